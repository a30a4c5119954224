/// A percentage, stored in basis points (hundredths of a percent) so that a rule
/// parameter like 12,5 % is possible without floating point.
public struct Prosent: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var basisPoints: Int

    public init(_ wholePercent: Int) { basisPoints = wholePercent * 100 }
    public init(basisPoints: Int) { self.basisPoints = basisPoints }

    public static let hundred = Prosent(100)
    public static let zero = Prosent(0)

    public static func < (lhs: Prosent, rhs: Prosent) -> Bool { lhs.basisPoints < rhs.basisPoints }
    public static func - (lhs: Prosent, rhs: Prosent) -> Prosent {
        Prosent(basisPoints: lhs.basisPoints - rhs.basisPoints)
    }

    /// `30 %`, `12,5 %` (Norwegian decimal comma, a no-break space before the sign).
    public var formatted: String {
        let whole = basisPoints / 100
        let fraction = abs(basisPoints % 100)
        if fraction == 0 { return "\(whole)\(Kroner.mellomrom)%" }
        let decimals = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(whole),\(decimals)\(Kroner.mellomrom)%"
    }

    public var description: String { formatted }
}
