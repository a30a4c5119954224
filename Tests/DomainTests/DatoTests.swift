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

    @Test("Norwegian long format, a no-break space after the day", arguments: [
        ("2023-12-15", "15. desember 2023"), ("2027-04-01", "1. april 2027"), ("2027-10-15", "15. oktober 2027"),
    ])
    func formatted(iso: String, expected: String) {
        #expect(Dato(iso: iso)?.formatted == expected.replacingOccurrences(of: ". ", with: ".\u{00A0}"))
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

    /// What Calendar says, as Dato said it before it counted days itself.
    static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// Where Calendar says the day `dato` starts.
    static func start(_ dato: Dato, _ calendar: Calendar) -> Date {
        calendar.date(from: DateComponents(year: dato.year, month: dato.month, day: dato.day))!
    }

    /// Kolkata and St. John's are off by half hours, Lord Howe changes its clocks by half an hour.
    static let soner = ["Europe/Oslo", "UTC", "Asia/Kolkata", "America/St_Johns", "Australia/Lord_Howe"]

    /// A day ends where the next one starts. Not where Calendar's "start plus one day" is: that
    /// keeps the clock time of the start, and Lord Howe's 1 March 1981 started at 00:30 (the
    /// zone went from +10 to +10:30 at midnight), so it ended, by that count, half an hour into
    /// 2 March. A random instant on that day once failed CI that way; every day is checked here.
    @Test("every day from 1970 to 2199 starts where Calendar starts it and ends where the next starts, and the instants at its edges lie in it", arguments: soner)
    func everyDay(zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        let calendar = Self.calendar(timeZone)
        // The same years as the random instants below: up to 1 January 2200.
        let slutt = try #require(Dato(year: 2200, month: 1, day: 1)).dagnummer
        for n in 0..<slutt {
            let dato = Dato(dagnummer: n)
            let start = Self.start(dato, calendar)
            #expect(dato.startInstant(timeZone: timeZone) == start, "\(zone) \(dato)")
            #expect(dato.endInstant(timeZone: timeZone) == Self.start(Dato(dagnummer: n + 1), calendar), "\(zone) \(dato)")
            for sekunder in [-3_601.0, -1_800, -1, 0, 1, 1_800, 3_599, 43_200] {
                let instant = start.addingTimeInterval(sekunder)
                let parts = calendar.dateComponents([.year, .month, .day], from: instant)
                let funnet = Dato(instant: instant, timeZone: timeZone)
                #expect((funnet.year, funnet.month, funnet.day) == (parts.year!, parts.month!, parts.day!), "\(zone) \(instant)")
            }
        }
    }

    @Test("counted days agree with Calendar at every instant, in Oslo and in zones with other rules", arguments: soner)
    func agreesWithCalendar(zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        let calendar = Self.calendar(timeZone)
        var generator = SystemRandomNumberGenerator()
        // Random instants from 1970 (before it, zones' histories differ between the two sources) to 2200,
        // and every half hour around this service's DST changes and St. John's turning its clocks back
        // from 00:01 to 23:01 on 30 October 2005.
        let random = (0..<2_000).map { _ in Date(timeIntervalSince1970: Double.random(in: 0...7_258_118_400, using: &generator)) }
        let aroundChanges = (0..<(24 * 8)).flatMap { hour in
            [1_806_368_400.0, 1_824_512_400.0, 1_325_239_200.0, 1_130_639_460.0].map { Date(timeIntervalSince1970: $0 + Double((hour - 96) * 1_800)) }
        }
        for instant in random + aroundChanges {
            let parts = calendar.dateComponents([.year, .month, .day], from: instant)
            let dato = Dato(instant: instant, timeZone: timeZone)
            #expect((dato.year, dato.month, dato.day) == (parts.year!, parts.month!, parts.day!), "\(zone) \(instant)")
            #expect(dato.startInstant(timeZone: timeZone) == Self.start(dato, calendar), "\(zone) \(dato)")
            #expect(dato.endInstant(timeZone: timeZone) == Self.start(Dato(dagnummer: dato.dagnummer + 1), calendar), "\(zone) \(dato)")
            // An instant lies in its day, unless the clocks were turned back across midnight: St. John's
            // did so at 00:01 until 2011, and the hour after showed the day that had already ended.
            let end = dato.endInstant(timeZone: timeZone)
            let tilbakeOverMidnatt = timeZone.secondsFromGMT(for: instant) < timeZone.secondsFromGMT(for: end)
            #expect(dato.startInstant(timeZone: timeZone) <= instant && (instant < end || tilbakeOverMidnatt), "\(zone) \(instant)")
        }
    }

    @Test("where the clocks skip midnight, the day starts when they start it")
    func skippedMidnight() throws {
        // São Paulo, 4 November 2018: 00:00 became 01:00 (UTC-2), that is 03:00 UTC.
        let saoPaulo = try #require(TimeZone(identifier: "America/Sao_Paulo"))
        let day = try #require(Dato(year: 2018, month: 11, day: 4))
        #expect(day.startInstant(timeZone: saoPaulo) == Date(timeIntervalSince1970: 1_541_300_400))
        #expect(try #require(Dato(year: 2018, month: 11, day: 3)).endInstant(timeZone: saoPaulo) == Date(timeIntervalSince1970: 1_541_300_400))
        #expect(Dato(instant: Date(timeIntervalSince1970: 1_541_300_400), timeZone: saoPaulo) == day)
        #expect(Dato(instant: Date(timeIntervalSince1970: 1_541_300_399), timeZone: saoPaulo) == Dato(year: 2018, month: 11, day: 3))
    }

    @Test("day numbers run on without a gap or a repeat, and agree with Calendar's count of days")
    func dayNumbers() throws {
        let utc = Self.calendar(try #require(TimeZone(identifier: "UTC")))
        var previous = Dato(dagnummer: -80_000)
        for n in -79_999...120_000 {
            let dato = Dato(dagnummer: n)
            #expect(dato.dagnummer == n)
            #expect(previous < dato && Dato(year: dato.year, month: dato.month, day: dato.day) == dato)
            previous = dato
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let a = Dato(dagnummer: Int.random(in: -50_000...100_000, using: &generator))
            let b = Dato(dagnummer: Int.random(in: -50_000...100_000, using: &generator))
            let from = utc.date(from: DateComponents(year: a.year, month: a.month, day: a.day))!
            let to = utc.date(from: DateComponents(year: b.year, month: b.month, day: b.day))!
            #expect(a.days(until: b) == utc.dateComponents([.day], from: from, to: to).day!)
        }
        #expect(Dato(dagnummer: 0) == Dato(year: 1970, month: 1, day: 1) && Dato(dagnummer: 11_016) == Dato(year: 2000, month: 2, day: 29))
    }
}
