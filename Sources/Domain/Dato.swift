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

    /// The date in Norway at the moment `instant`.
    public init(instant: Date, timeZone: TimeZone = .oslo) {
        let parts = Calendar.norwegian(timeZone).dateComponents([.year, .month, .day], from: instant)
        self.year = parts.year!
        self.month = parts.month!
        self.day = parts.day!
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

    /// `15. desember 2023`
    public var formatted: String { "\(day). \(Dato.monthNames[month - 1]) \(year)" }

    public var description: String { iso }

    /// The first instant of this date in `timeZone` (midnight; DST-safe through Calendar).
    public func startInstant(timeZone: TimeZone = .oslo) -> Date {
        Calendar.norwegian(timeZone).date(from: DateComponents(year: year, month: month, day: day))!
    }

    /// The first instant after this date has ended in `timeZone`: a deadline "by 15 December"
    /// is open while `now < endInstant`.
    public func endInstant(timeZone: TimeZone = .oslo) -> Date {
        Calendar.norwegian(timeZone).date(byAdding: .day, value: 1, to: startInstant(timeZone: timeZone))!
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(until other: Dato) -> Int {
        let calendar = Calendar.norwegian(TimeZone(identifier: "UTC")!)
        let from = calendar.date(from: DateComponents(year: year, month: month, day: day))!
        let to = calendar.date(from: DateComponents(year: other.year, month: other.month, day: other.day))!
        return calendar.dateComponents([.day], from: from, to: to).day!
    }
}

extension TimeZone {
    /// The user-facing time zone of the service.
    public static let oslo = TimeZone(identifier: "Europe/Oslo")!
}

extension Calendar {
    static func norwegian(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
