import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport
@testable import Web

/// The year cycle as an iCalendar file.
@Suite struct KalenderTests {
    @Test("one all-day event per step on its date, lines of at most 75 octets ending in CRLF, text escaped")
    func file() async throws {
        let app = try await TestApp.make()
        let response = try await app.test { client in try await client.execute(uri: "/runde/2027/kalender.ics", method: .get) }
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "text/calendar; charset=utf-8")
        let text = response.text
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n") && text.hasSuffix("END:VCALENDAR\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == 10)
        #expect(text.contains("DTSTART;VALUE=DATE:20261215\r\nDTEND;VALUE=DATE:20261216\r\nSUMMARY:Frist: "))
        #expect(text.contains("UID:2027-behovsmelding@127.0.0.1"))
        #expect(text.contains("DTSTAMP:20261123T110000Z"))
    }

    @Test("escaping and folding", arguments: [("a,b;c\\d\ne", "a\\,b\\;c\\\\d\\ne")])
    func escaping(input: String, expected: String) {
        #expect(Kalender.text(input) == expected)
        let long = "DESCRIPTION:" + String(repeating: "æ", count: 60)
        #expect(Kalender.fold(long).components(separatedBy: "\r\n ").allSatisfy { $0.utf8.count <= 75 })
        #expect(Kalender.fold(long).replacingOccurrences(of: "\r\n ", with: "") == long)
    }

    @Test("the day after, across months and years", arguments: [("2026-12-31", "20270101"), ("2027-02-28", "20270301"), ("2028-02-28", "20280229")])
    func nextDay(date: String, expected: String) {
        #expect(Kalender.compact(Kalender.nextDay(Dato(iso: date)!)) == expected)
    }
}
