/// R1: the three criteria every behovsmelding must meet (seeds 003 and 004).
public enum Kriterium: String, CaseIterable, Hashable, Sendable, Codable {
    case forankring
    case kollektiveProsesser
    case partnerskap

    public var navn: String {
        switch self {
        case .forankring: return "Forankring"
        case .kollektiveProsesser: return "Kollektive prosesser"
        case .partnerskap: return "Partnerskap"
        }
    }

    /// What the answer must show, as the guidelines put it.
    public var sporsmal: String {
        switch self {
        case .forankring:
            return "Hvordan er behovet vurdert lokalt i den enkelte barnehage eller skole, med ansatte og ledere, og i faglig dialog med UH?"
        case .kollektiveProsesser:
            return "Hvordan fremmer tiltakene kollektive prosesser for profesjonsutvikling som utvikler barnehagen eller skolen?"
        case .partnerskap:
            return "Hvordan samarbeider eier og UH om alle tiltakene?"
        }
    }
}
