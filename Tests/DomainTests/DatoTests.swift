import Foundation
import Testing
@testable import Domain

@Suite struct DatoTests {
    @Test("parses ISO dates and refuses impossible ones", arguments: [
        ("2023-12-15", true), ("2024-02-29", true), ("2023-02-29", false), ("2023-13-01", false),
        ("2023-1-01", false), ("15.12.2023", false), ("", false), ("2100-02-29", false), ("2000-02-29", true),
    ])
    func parse(text: String, valid: Bool) {
        #expect((Dato(iso: text) != nil) == valid)
        if valid { #expect(Dato(iso: text)?.iso == text) }
    }

    @Test("Norwegian long format", arguments: [
        ("2023-12-15", "15. desember 2023"), ("2027-04-01", "1. april 2027"), ("2027-10-15", "15. oktober 2027"),
    ])
    func formatted(iso: String, expected: String) {
        #expect(Dato(iso: iso)?.formatted == expected)
    }

    @Test("a day ends at midnight Oslo time, winter (UTC+1) and summer (UTC+2)")
    func endOfDay() throws {
        let winter = try #require(Dato(iso: "2026-12-15")).endInstant()
        #expect(winter == Date(timeIntervalSince1970: 1_797_375_600)) // 2026-12-15T23:00:00Z
        let summer = try #require(Dato(iso: "2027-06-15")).endInstant()
        #expect(summer == Date(timeIntervalSince1970: 1_813_096_800)) // 2027-06-15T22:00:00Z
    }

    @Test("the date in Oslo at an instant follows the zone, not UTC")
    func dateAtInstant() {
        // 2026-12-15T23:30:00Z is already 16 December in Oslo.
        #expect(Dato(instant: Date(timeIntervalSince1970: 1_797_377_400)) == Dato(year: 2026, month: 12, day: 16))
    }

    @Test("days between dates across a DST change")
    func days() {
        #expect(Dato(year: 2027, month: 3, day: 27)!.days(until: Dato(year: 2027, month: 3, day: 29)!) == 2)
        #expect(Dato(year: 2026, month: 12, day: 15)!.days(until: Dato(year: 2026, month: 11, day: 23)!) == -22)
    }
}
