import Domain
import Foundation

/// Where the web layer reads the time; domain code is handed the result.
public protocol AppClock: Sendable {
    func now() -> Date
}

public struct SystemClock: AppClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that always answers the same instant (tests, snapshots).
public struct FixedClock: AppClock {
    public let instant: Date
    public init(_ instant: Date) { self.instant = instant }
    public func now() -> Date { instant }
}

/// The system clock moved by whole days (`--today`), so a demo or a browser test sees one day
/// of the year whenever it runs; the time of day still passes as usual.
public struct ShiftedClock: AppClock {
    public let offset: TimeInterval

    public init(today: Dato, now: Date = Date()) {
        offset = TimeInterval(Dato(instant: now).days(until: today)) * 86_400
    }

    /// `--today 2026-11-23`; nil when the text is not a date.
    public init?(today iso: String) {
        guard let dato = Dato(iso: iso) else { return nil }
        self.init(today: dato)
    }

    public func now() -> Date { Date().addingTimeInterval(offset) }
}
