/// A role grant: what a user may act as, tied to what it covers.
public enum Rolle: Hashable, Sendable, Codable {
    /// Owner of barnehager/schools: acts for one organisation.
    case eier(organisasjonId: Int64)
    /// University or university college partner: acts for one UH organisation.
    case uh(organisasjonId: Int64)
    /// Leader of one kompetansenettverk.
    case nettverksleder(nettverkId: Int64)
    /// Member of the fagutvalg of one sector.
    case fagutvalg(sektor: Sektor)
    /// Statsforvalter staff of the county.
    case statsforvalter
    /// Member of the county's samarbeidsforum.
    case samarbeidsforum

    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        case eier, uh, nettverksleder, fagutvalg, statsforvalter, samarbeidsforum

    }

    public var kind: Kind {
        switch self {
        case .eier: return .eier
        case .uh: return .uh
        case .nettverksleder: return .nettverksleder
        case .fagutvalg: return .fagutvalg
        case .statsforvalter: return .statsforvalter
        case .samarbeidsforum: return .samarbeidsforum
        }
    }

    /// The organisation the role acts for, where it acts for one.
    public var organisasjonId: Int64? {
        switch self {
        case .eier(let id), .uh(let id): return id
        default: return nil
        }
    }

    /// The network a network leader leads.
    public var nettverkId: Int64? {
        if case .nettverksleder(let id) = self { return id }
        return nil
    }

    /// The sector a fagutvalg member assesses.
    public var sektor: Sektor? {
        if case .fagutvalg(let sektor) = self { return sektor }
        return nil
    }
}
