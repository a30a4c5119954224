import Foundation

/// How long a typed text may be. Every free-text field of a form has one; the database has
/// the same bound as a CHECK, and the form says so before the database would refuse.
///
/// Length is counted as SQLite's `length()` counts text: in Unicode code points, not in
/// Swift's `Character`s (a CRLF or a decomposed «å» is one `Character` but two code points).
/// Text arrives normalised (`normalisert`), so what a person sees as one letter is one code
/// point wherever Unicode has a composed form.
public enum Tekstgrense: Int, Sendable {
    /// Names, titles, contact persons.
    case kort = 200
    /// Lists of units, participants, comments, justifications.
    case middels = 2000
    /// Answers to the criteria, descriptions, the agreement.
    case lang = 4000

    public var maks: Int { rawValue }

    /// The length of `tekst` as the database counts it.
    public static func lengde(_ tekst: String) -> Int { tekst.unicodeScalars.count }

    /// True when `tekst` fits.
    public func tillater(_ tekst: String) -> Bool { Self.lengde(tekst) <= maks }

    /// The problem when `tekst` is longer than allowed; nil when it fits. `navn` says which
    /// text it is, e.g. the title of tiltak 2.
    public func sjekk(_ tekst: String, felt: Felt, navn: Tekstnavn) -> Feltfeil? {
        let antall = Self.lengde(tekst)
        guard antall > maks else { return nil }
        return Feltfeil(felt, .forLang(navn, lengde: antall, maks: maks))
    }

    /// Typed text as it is stored: line ends as `\n` (browsers send CRLF), no control
    /// characters but tab and line feed (a NUL would also cut SQLite's `length()` short), and
    /// Unicode in its composed form (NFC).
    public static func normalisert(_ tekst: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousCR = false
        for scalar in tekst.unicodeScalars {
            switch scalar.value {
            case 0x0D:
                scalars.append("\n")
                previousCR = true
                continue
            case 0x0A where previousCR:
                break
            case 0x09, 0x0A:
                scalars.append(scalar)
            case 0x00..<0x20, 0x7F, 0x80..<0xA0:
                break
            default:
                scalars.append(scalar)
            }
            previousCR = false
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }
}
