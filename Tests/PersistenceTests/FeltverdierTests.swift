import Foundation
import Testing
@testable import Persistence

/// The fields of audit lines and notices are read by hand (`Feltverdier`): they must read as
/// Foundation reads them, and anything else must be left to it.
@Suite struct FeltverdierTests {
    static func foundation(_ json: String) -> [String: String]? {
        try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
    }

    /// A text of up to `lengde` scalars, from quotes, backslashes, slashes, control characters,
    /// Norwegian letters, other scripts and emoji.
    static func tekst(_ lengde: Int, _ generator: inout some RandomNumberGenerator) -> String {
        let alfabet: [Unicode.Scalar] = ["\"", "\\", "/", "\n", "\t", "\r", "\u{0}", "\u{1F}", "\u{7F}", " ", "a", "Z", "9", "æ", "ø", "å", "Å",
                                         "{", "}", ":", ",", "é", "ß", "ж", "中", "\u{2028}", "\u{FEFF}", "\u{1F600}", "\u{10FFFF}"]
        var text = ""
        for _ in 0..<Int.random(in: 0...lengde, using: &generator) { text.unicodeScalars.append(alfabet.randomElement(using: &generator)!) }
        return text
    }

    @Test("every object of strings written reads back as itself, as Foundation reads it but for U+FEFF")
    func property() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            var felter: [String: String] = [:]
            for _ in 0..<Int.random(in: 0...6, using: &generator) { felter[Self.tekst(8, &generator)] = Self.tekst(40, &generator) }
            let json = AuditEvent.json(felter)
            #expect(Feltverdier.les(json) == felter, "\(json)")
            #expect(AuditEvent.fields(json) == felter, "\(json)")
            // Foundation's reading on Linux drops a U+FEFF (a zero-width no-break space) in some
            // places, such as after an escape; read by hand, it stays.
            if !json.unicodeScalars.contains("\u{FEFF}") {
                #expect(Self.foundation(json) == felter, "\(json)")
            }
        }
    }

    @Test("JSON written by hand with escapes and space reads as Foundation reads it", arguments: [
        #"{}"#, #" { } "#, #"{"a":"b"}"#, "{\n  \"navn\" : \"Bodø\",\t\"type\":\"kommune\"\r\n}", #"{"a":"\u00e6\u00F8\u0041\/\b\f\n\r\t\"\\"}"#,
        #"{"":""}"#, #"{"a":"\u0000"}"#,
    ])
    func skrevetForHand(_ json: String) {
        #expect(Feltverdier.les(json) != nil, "\(json)")
        #expect(Feltverdier.les(json) == Self.foundation(json), "\(json)")
    }

    @Test("what is not plainly an object of strings is left to Foundation", arguments: [
        "", " ", "[]", #"{"a":1}"#, #"{"a":null}"#, #"{"a":{"b":"c"}}"#, #"{"a":"b",}"#, #"{"a":"b"} x"#, #"{"a":"b""#, #"{"a" "b"}"#,
        #"{a:"b"}"#, #"{"a":"b","a":"c"}"#, #"{"a":"\x"}"#, #"{"a":"\u12"}"#, #"{"a":"\ud83d\ude00"}"#, #"{"a":"\udc00"}"#, "{\"a\":\"\n\"}",
        #"{"a":"b"#,
    ])
    func overlatt(_ json: String) {
        #expect(Feltverdier.les(json) == nil, "\(json)")
    }

    @Test("random JSON-like text: what is read by hand is what Foundation reads")
    func tilfeldig() {
        var generator = SystemRandomNumberGenerator()
        let deler = ["{", "}", "\"", ":", ",", " ", "a", "\\", "\\u00e6", "\\n", "1", "ø", "\n", "\\ud83d"]
        for _ in 0..<20_000 {
            let json = (0..<Int.random(in: 0...14, using: &generator)).map { _ in deler.randomElement(using: &generator)! }.joined()
            if let lest = Feltverdier.les(json) {
                #expect(lest == Self.foundation(json), "\(json)")
            }
        }
        // Fields reads what Foundation reads, or nothing.
        #expect(AuditEvent.fields(#"{"a":"\ud83d\ude00"}"#) == ["a": "\u{1F600}"])
        #expect(AuditEvent.fields(#"{"a":1}"#) == [:])
        #expect(AuditEvent.fields(nil) == [:])
    }
}
