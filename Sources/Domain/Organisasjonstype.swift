/// What kind of organisation takes part.
public enum Organisasjonstype: String, CaseIterable, Hashable, Sendable, Codable {
    case kommune
    case fylkeskommune
    case privatEier = "privat_eier"
    case uh
    case statsforvalter

    public var navn: String {
        switch self {
        case .kommune: return "Kommune"
        case .fylkeskommune: return "Fylkeskommune"
        case .privatEier: return "Privat eier"
        case .uh: return "Universitet eller høgskole"
        case .statsforvalter: return "Statsforvalter"
        }
    }

    /// Owners (eiere) of barnehager and schools write behovsmeldinger.
    public var erEier: Bool { self == .kommune || self == .fylkeskommune || self == .privatEier }
}
