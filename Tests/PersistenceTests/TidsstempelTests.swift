import Foundation
import Testing
@testable import Persistence

/// The stored times are read by hand (`Tidsstempel`): they must read as Foundation's ISO 8601
/// parser reads them, and anything not in the written form must go to that parser.
@Suite struct TidsstempelTests {
    static func foundation(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }

    @Test("every time written reads back as Foundation reads it, to the microsecond")
    func property() throws {
        var generator = SystemRandomNumberGenerator()
        // From 1901 to 2099, with every edge of a day, a month and a leap year among them.
        let fixed: [Double] = [0, -1, 951_782_400, 951_868_799.999, 4_107_542_399.999, -2_145_916_800]
        let random = (0..<5_000).map { _ in Double(Int64.random(in: -2_145_916_800_000...4_102_444_799_999, using: &generator)) / 1000 }
        let near2001 = (0..<2_000).map { _ in Double(Int64.random(in: 973_000_000_000...984_000_000_000, using: &generator)) / 1000 }
        for seconds in fixed + random + near2001 {
            let text = AuditEvent.timestamp(Date(timeIntervalSince1970: seconds))
            let ours = Tidsstempel.les(text.utf8)
            #expect(ours != nil, "\(text)")
            // To the last bit except within weeks of 2001, Date's zero, where Foundation's sum
            // rounds differently by an ulp or three: far below the millisecond written.
            let theirs = try #require(Self.foundation(text))
            #expect(abs((ours ?? .distantPast).timeIntervalSince(theirs)) < 1e-6, "\(text)")
        }
    }

    @Test("what is not the written form is not read by hand", arguments: [
        "2026-02-29T10:00:00Z", "2026-13-01T10:00:00Z", "2026-04-31T10:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T07:60:00Z",
        "2026-11-23T07:31:44.Z", "2026-11-23T07:31:44.342", "2026-11-23 07:31:44Z", "2026-11-23T07:31:44.342+0100",
        "2026-11-23T07:31:44.342Zx", "26-11-23T07:31:44Z", "", "2026-11-23",
    ])
    func refused(_ text: String) {
        #expect(Tidsstempel.les(text.utf8) == nil)
    }

    @Test("a leap day and a time without a fraction are read; another zone goes to Foundation")
    func accepted() {
        #expect(Tidsstempel.les("2024-02-29T23:59:59Z".utf8) == Date(timeIntervalSince1970: 1_709_251_199))
        #expect(Tidsstempel.les("2000-02-29T00:00:00.5Z".utf8) == Date(timeIntervalSince1970: 951_782_400.5))
        let offset = "2026-11-23T08:31:44.342+0100"
        #expect(AuditEvent.parseTimestamp(offset) == Self.foundation(offset))
        #expect(AuditEvent.parseTimestamp(offset) != nil)
    }
}
