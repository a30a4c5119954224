import Foundation
import PropertyBased
import Testing
@testable import Domain

/// How notices reach people (issue 21): each choice's way per kind, the digest time, the
/// retry delays and which deadlines are reminded of on which day.
@Suite struct VarselTests {
    static let oslo: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Oslo")!
        return calendar
    }()

    static func instant(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> Date {
        oslo.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }

    @Test("each choice sends a kind of notice its own way", arguments: [
        (Varsel.Valg.straks, Varsel.Slag.behovsmeldingTilUH, Varsel.Vei.enkelt),
        (.straks, .frist, .enkelt),
        (.daglig, .behovsmeldingTilUH, .samlet),
        (.daglig, .vedtak, .samlet),
        // Reminders of deadlines do not wait for the morning.
        (.daglig, .frist, .enkelt),
        (.daglig, .partnerskapPaminnelse, .enkelt),
        (.paminnelser, .behovsmeldingLevert, .ingen),
        (.paminnelser, .rapportPaminnelse, .enkelt),
        (.paminnelser, .frist, .enkelt),
        (.av, .frist, .ingen),
        (.av, .vedtak, .ingen),
    ])
    func vei(valg: Varsel.Valg, slag: Varsel.Slag, expected: Varsel.Vei) {
        #expect(valg.vei(for: slag) == expected)
    }

    @Test("only reminders are reminders")
    func reminders() {
        #expect(Varsel.Slag.allCases.filter(\.erPaminnelse) == [.partnerskapPaminnelse, .rapportPaminnelse, .frist])
    }

    @Test("the digest goes at 07:00 Oslo time, on the same morning or the next", arguments: [
        (instant(2026, 11, 23, 6, 59), instant(2026, 11, 23, 7)),
        (instant(2026, 11, 23, 7), instant(2026, 11, 23, 7)),
        (instant(2026, 11, 23, 7, 1), instant(2026, 11, 24, 7)),
        (instant(2026, 11, 23, 23, 30), instant(2026, 11, 24, 7)),
        // Across the change to summer time (29 March 2026) and back (25 October 2026).
        (instant(2026, 3, 28, 12), instant(2026, 3, 29, 7)),
        (instant(2026, 10, 24, 12), instant(2026, 10, 25, 7)),
        (instant(2026, 12, 31, 8), instant(2027, 1, 1, 7)),
    ])
    func digest(after: Date, expected: Date) {
        #expect(Varsel.nesteSamling(etter: after) == expected)
    }

    @Test("the digest time is never before the notice and less than a day after it")
    func digestProperty() async {
        await propertyCheck(input: Gen.int(in: 1_767_225_600...1_830_297_600)) { seconds in
            let instant = Date(timeIntervalSince1970: TimeInterval(seconds))
            let next = Varsel.nesteSamling(etter: instant)
            #expect(next >= instant)
            #expect(next.timeIntervalSince(instant) < 25 * 3600)
            #expect(Self.oslo.component(.hour, from: next) == 7)
        }
    }

    @Test("a failed e-mail is tried again after 1, 2, 4 … minutes, at most an hour apart", arguments: [
        (1, 60.0), (2, 120), (3, 240), (4, 480), (5, 960), (6, 1920), (7, 3600), (30, 3600),
    ])
    func retry(failed: Int, seconds: TimeInterval) {
        #expect(Varsel.ventetid(etterFeiledeForsok: failed) == seconds)
    }

    @Test("reminders go out from the given days before a deadline to the day itself", arguments: [
        // The 2027 round: behovsmeldinger 15 Dec 2026, the network 15 Jan 2027, half-year report
        // 1 Dec 2027, report 15 Jun 2028.
        ("2026-12-07", 7, [Arshjul.Stegkode]()),
        ("2026-12-08", 7, [.behovsmelding]),
        ("2026-12-15", 7, [.behovsmelding]),
        ("2026-12-16", 7, []),
        ("2027-01-10", 7, [.nettverk]),
        ("2027-01-10", 0, []),
        ("2026-12-16", 30, [.nettverk]),
        // The fagutvalg's and the letters' dates are no one's to be behind on.
        ("2027-02-10", 7, []),
        ("2027-03-30", 7, []),
        ("2027-11-28", 7, [.halvaarsrapport]),
        ("2028-06-15", 7, [.rapport]),
    ])
    func deadlines(today: String, days: Int, expected: [Arshjul.Stegkode]) {
        #expect(Varsel.fristerAPaminne(Fixture.runde, dager: days, today: Dato(iso: today)!).map(\.kode) == expected)
    }
}
