import Foundation

/// A calendar date in Norway (no time, no zone): deadlines, decision dates.
public struct Dato: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Dato.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses a date as Norwegians type it: `15.12.2026` or `5.1.2027`.
    public init?(norsk text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The date in Norway at the moment `instant`: the zone's offset at that instant, then
    /// plain arithmetic on days (a `Calendar` for each date cost a tenth of pages that ask
    /// whether hundreds of reports are overdue).
    public init(instant: Date, timeZone: TimeZone = .oslo) {
        let local = instant.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: instant))
        self = Dato(dagnummer: Int((local / 86_400).rounded(.down)))
    }

    /// The date `dagnummer` days after 1 January 1970 (negative before).
    init(dagnummer: Int) {
        // Days to civil date in the proleptic Gregorian calendar (H. Hinnant, «chrono-compatible
        // low-level date algorithms»): eras of 400 years, years from March.
        let z = dagnummer + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let month = mp < 10 ? mp + 3 : mp - 9
        (year, self.month, day) = (yoe + era * 400 + (month <= 2 ? 1 : 0), month, doy - (153 * mp + 2) / 5 + 1)
    }

    /// Days from 1 January 1970 to this date (the inverse of `init(dagnummer:)`).
    public var dagnummer: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func < (lhs: Dato, rhs: Dato) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `2023-12-15`
    public var iso: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    public static let monthNames = [
        "januar", "februar", "mars", "april", "mai", "juni",
        "juli", "august", "september", "oktober", "november", "desember",
    ]

    /// `15. desember 2023`, with a no-break space (`Kroner.mellomrom`) after the day, so that a
    /// line never ends in «15.» with the month on the next.
    public var formatted: String { "\(day).\(Kroner.mellomrom)\(Dato.monthNames[month - 1]) \(year)" }

    public var description: String { iso }

    /// The first instant of this date in `timeZone`: its midnight, less the zone's offset then.
    /// Where midnight does not exist (a zone that changes its clocks at midnight), Calendar
    /// decides, as before.
    public func startInstant(timeZone: TimeZone = .oslo) -> Date {
        midnatt(timeZone) ?? Calendar.norwegian(timeZone).date(from: DateComponents(year: year, month: month, day: day))!
    }

    /// The first instant after this date has ended in `timeZone`: a deadline "by 15 December"
    /// is open while `now < endInstant`.
    public func endInstant(timeZone: TimeZone = .oslo) -> Date {
        Dato(dagnummer: dagnummer + 1).midnatt(timeZone)
            ?? Calendar.norwegian(timeZone).date(byAdding: .day, value: 1, to: startInstant(timeZone: timeZone))!
    }

    /// The instant the clocks of `timeZone` show midnight at the start of this date; nil when
    /// they skip it.
    private func midnatt(_ timeZone: TimeZone) -> Date? {
        let midnight = Double(dagnummer) * 86_400
        let guess = Date(timeIntervalSince1970: midnight - Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: midnight))))
        let start = Date(timeIntervalSince1970: midnight - Double(timeZone.secondsFromGMT(for: guess)))
        return start.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: start)) == midnight ? start : nil
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(until other: Dato) -> Int {
        other.dagnummer - dagnummer
    }
}

extension TimeZone {
    /// The user-facing time zone of the service.
    public static let oslo = TimeZone(identifier: "Europe/Oslo")!
}

extension Calendar {
    /// The Gregorian calendar in Europe/Oslo, made once: a timestamp on every row of a list
    /// made its own (1 % of the Statsforvalter's home).
    public static let oslo = norwegian(.oslo)

    static func norwegian(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
