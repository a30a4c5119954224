/// One of the three grant schemes.
public enum Ordning: String, CaseIterable, Hashable, Sendable, Codable {
    case rekom
    case dekom
    case kompetanseloftet

    /// Full name as in the guidelines.
    public var navn: String {
        switch self {
        case .rekom: return "Regional ordning for kompetanseutvikling i barnehage"
        case .dekom: return "Desentralisert ordning for kompetanseutvikling i skolen"
        case .kompetanseloftet: return "Kompetanseløftet for spesialpedagogikk og inkluderende praksis"
        }
    }

    /// Short name used in tables: "Rekom", "Dekom", "Kompetanseløftet".
    public var kortnavn: String {
        switch self {
        case .rekom: return "Rekom"
        case .dekom: return "Dekom"
        case .kompetanseloftet: return "Kompetanseløftet"
        }
    }

    /// The URL code (`rekom`, `dekom`, `kompetanseloftet`).
    public var kode: String { rawValue }

    public var sektorer: [Sektor] {
        switch self {
        case .rekom: return [.barnehage]
        case .dekom: return [.grunnskole, .videregaende]
        case .kompetanseloftet: return [.barnehage, .grunnskole, .videregaende]
        }
    }
}

/// The sectors; each fagutvalg covers one.
public enum Sektor: String, CaseIterable, Hashable, Sendable, Codable {
    case barnehage
    case grunnskole
    case videregaende

}

/// A kompetansenettverk is either for barnehage or for skole (seed 001).
public enum Nettverkstype: String, CaseIterable, Hashable, Sendable, Codable {
    case barnehage
    case skole

}

extension Nettverkstype {
    /// The ordninger whose behovsmeldinger a network of this type receives (seed 001): the
    /// barnehage network Rekom, the skole network Dekom, and both Kompetanseløftet.
    public var ordninger: [Ordning] {
        switch self {
        case .barnehage: return [.rekom, .kompetanseloftet]
        case .skole: return [.dekom, .kompetanseloftet]
        }
    }
}
