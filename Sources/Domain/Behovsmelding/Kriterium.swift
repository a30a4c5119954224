/// R1: the three criteria every behovsmelding must meet (seeds 003 and 004).
public enum Kriterium: String, CaseIterable, Hashable, Sendable, Codable {
    case forankring
    case kollektiveProsesser
    case partnerskap

}
