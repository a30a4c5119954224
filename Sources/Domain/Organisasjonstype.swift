/// What kind of organisation takes part.
public enum Organisasjonstype: String, CaseIterable, Hashable, Sendable, Codable {
    case kommune
    case fylkeskommune
    case privatEier = "privat_eier"
    case uh
    case statsforvalter

    /// Owners (eiere) of barnehager and schools write behovsmeldinger.
    public var erEier: Bool { self == .kommune || self == .fylkeskommune || self == .privatEier }
}
