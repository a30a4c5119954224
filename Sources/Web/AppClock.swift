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
