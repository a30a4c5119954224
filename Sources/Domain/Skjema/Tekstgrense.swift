/// How long a typed text may be. Every free-text field of a form has one; the database has
/// the same bound as a CHECK, and the form says so before the database would refuse.
public enum Tekstgrense: Int, Sendable {
    /// Names, titles, contact persons.
    case kort = 200
    /// Lists of units, participants, comments, justifications.
    case middels = 2000
    /// Answers to the criteria, descriptions, the agreement.
    case lang = 4000

    public var maks: Int { rawValue }

    /// The message when `tekst` is longer than allowed; nil when it fits. `navn` is how the
    /// message names the field, e.g. "Tittelen på tiltak 2".
    public func sjekk(_ tekst: String, felt: String, navn: String) -> Feltfeil? {
        let antall = tekst.count
        guard antall > maks else { return nil }
        return Feltfeil(felt, "\(navn) er for lang: \(Kroner.groupDigits(antall)) tegn. Kort den ned til høyst \(Kroner.groupDigits(maks)) tegn.")
    }
}
