import Foundation
import PropertyBased
import Testing
@testable import Domain

/// Typed text: normalised once, counted as the database counts it.
@Suite struct TekstgrenseTests {
    /// Pieces people and browsers type: letters composed and decomposed, CR, LF and CRLF,
    /// NUL and other control characters, emoji sequences of several code points, tabs.
    static let pieces = ["a", "å", "a\u{030A}", "\r\n", "\r", "\n", "\u{0}", "\u{7}", "👩🏽‍🏫", "🇳🇴", "e\u{0301}\u{0302}", "\t", "Ø", "\u{85}"]
    static let text = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...600).map { $0.map { pieces[$0] }.joined() }

    @Test("normalised: line ends as LF, control characters dropped, NFC", arguments: [
        ("linje1\r\nlinje2\rlinje3\n", "linje1\nlinje2\nlinje3\n"),
        ("a\u{030A}", "å"),
        ("null\u{0}tegn\u{7}", "nulltegn"),
        ("tab\tbeholdes", "tab\tbeholdes"),
        ("\r\n\r\n", "\n\n"),
    ])
    func normalised(input: String, expected: String) {
        #expect(Tekstgrense.normalisert(input) == expected)
    }

    @Test("length is counted in code points, as SQLite's length() does", arguments: [
        ("abc", 3), ("å", 1), ("a\u{030A}", 2), ("👩🏽‍🏫", 4), ("\r\n", 2), ("🇳🇴", 2),
    ])
    func length(text: String, expected: Int) {
        #expect(Tekstgrense.lengde(text) == expected)
    }

    @Test("a text at the limit fits; one more code point, even one that joins a letter, does not")
    func limit() {
        let full = String(repeating: "x", count: 199) + "å"
        #expect(Tekstgrense.kort.sjekk(full, felt: Felt("f"), navn: .partnerskapNavn) == nil)
        #expect(Tekstgrense.kort.sjekk(full + "\u{0301}", felt: Felt("f"), navn: .partnerskapNavn)?.grunn == .forLang(.partnerskapNavn, lengde: 201, maks: 200))
    }

    @Test("normalising is done once: it changes nothing the second time, and leaves no CR and no NUL")
    func idempotent() async {
        await propertyCheck(count: 300, input: Self.text) { text in
            let once = Tekstgrense.normalisert(text)
            #expect(Tekstgrense.normalisert(once) == once)
            #expect(!once.unicodeScalars.contains { $0 == "\r" || $0 == "\u{0}" })
        }
    }

    @Test("trimmed by scalar: the scalars trimmed are exactly Foundation's white space and line breaks")
    func trimmedScalarSet() {
        let foundation = CharacterSet.whitespacesAndNewlines
        let ulike = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter { foundation.contains($0) != String.trims($0) }
        #expect(ulike.isEmpty, "\(ulike.map { String($0.value, radix: 16) })")
    }

    /// White space of several kinds, and a space that a combining mark follows (one character,
    /// two scalars: Foundation trims the space and keeps the mark).
    static let kanter = ["\u{200B}", " ", "\t", "\n", "\r\n", "\u{A0}", "\u{2003}", "\u{3000}", "\u{85}", " \u{0301}", "\u{2028}"]
    static let kantet = zip(Gen.int(in: 0...(kanter.count - 1)).array(of: 0...3), text, Gen.int(in: 0...(kanter.count - 1)).array(of: 0...3))
        .map { før, midt, etter in før.map { kanter[$0] }.joined() + midt + etter.map { kanter[$0] }.joined() }

    @Test("trimmed by scalar: the same text as Foundation's trim of white space and line breaks", arguments: [
        "", " ", "Tiltak 1", "  Lesing  ", "\n\tLesing\r\n", "\u{A0}Lesing\u{2003}", " \u{0301}Lesing", "Les ing", "\u{85}",
    ])
    func trimmedScalarsTable(text: String) {
        #expect(text.trimmedScalars == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test("trimmed by scalar: Foundation's trim for any text with any white space around it")
    func trimmedScalars() async {
        await propertyCheck(count: 300, input: Self.kantet) { text in
            #expect(text.trimmedScalars == text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}
