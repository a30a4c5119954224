import Foundation

/// Login throttling: after `tillatteFeil` failed logins for one account or one address
/// within `vindu`, each further attempt must wait, and the pause doubles with each failure.
public struct Innloggingsvern: Sendable {
    public var tillatteFeil: Int
    public var vindu: TimeInterval
    public var forstePause: TimeInterval
    public var lengstePause: TimeInterval

    public init(tillatteFeil: Int = 5, vindu: TimeInterval = 15 * 60, forstePause: TimeInterval = 30, lengstePause: TimeInterval = 15 * 60) {
        self.tillatteFeil = tillatteFeil
        self.vindu = vindu
        self.forstePause = forstePause
        self.lengstePause = lengstePause
    }

    /// Seconds to wait before the next attempt is even checked, given the instants of recent
    /// failures (for the account or the address, whichever has more); nil when no pause applies.
    public func ventetid(feil: [Date], now: Date) -> TimeInterval? {
        let recent = feil.filter { now.timeIntervalSince($0) < vindu && $0 <= now }.sorted()
        guard recent.count >= tillatteFeil, let last = recent.last else { return nil }
        let steps = recent.count - tillatteFeil
        let pause = min(lengstePause, forstePause * pow(2, Double(min(steps, 30))))
        let remaining = last.addingTimeInterval(pause).timeIntervalSince(now)
        return remaining > 0 ? remaining.rounded(.up) : nil
    }
}
