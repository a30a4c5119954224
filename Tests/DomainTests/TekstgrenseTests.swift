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
}
