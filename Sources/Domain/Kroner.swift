/// An amount of money in whole Norwegian kroner.
///
/// Money is never floating point. Arithmetic uses Swift's checked operators, so an
/// overflow stops the program instead of silently wrapping; amounts entered by users are
/// bounded by `Kroner.maximum` when parsed, which keeps every realistic sum far from the limit.
public struct Kroner: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var value: Int

    /// The largest amount a single field accepts (one thousand billion kroner).
    public static let maximum = Kroner(1_000_000_000_000)
    public static let zero = Kroner(0)

    public init(_ value: Int) { self.value = value }

    public static func + (lhs: Kroner, rhs: Kroner) -> Kroner { Kroner(lhs.value + rhs.value) }
    public static func - (lhs: Kroner, rhs: Kroner) -> Kroner { Kroner(lhs.value - rhs.value) }
    public static func += (lhs: inout Kroner, rhs: Kroner) { lhs = lhs + rhs }
    public static func -= (lhs: inout Kroner, rhs: Kroner) { lhs = lhs - rhs }
    public static func < (lhs: Kroner, rhs: Kroner) -> Bool { lhs.value < rhs.value }

    /// `percent` of this amount in whole kroner.
    ///
    /// Rounding rule (the only one in the system): exact integer arithmetic, then half
    /// away from zero. 70 % of 10 886 000 is exactly 7 620 200; 30 % of 1 kr is 0 kr;
    /// 50 % of 1 kr is 1 kr.
    public func percent(_ percent: Prosent) -> Kroner {
        let numerator = value * percent.basisPoints
        let quotient = numerator / 10_000
        let remainder = numerator % 10_000
        if remainder * 2 >= 10_000 { return Kroner(quotient + 1) }
        if remainder * 2 <= -10_000 { return Kroner(quotient - 1) }
        return Kroner(quotient)
    }

    /// Splits the amount in two parts that always sum to the whole: the first is
    /// `percent(first)`, the second is the rest (R10: 10 886 000 → 7 620 200 + 3 265 800).
    public func split(first: Prosent) -> (first: Kroner, rest: Kroner) {
        let part = percent(first)
        return (part, self - part)
    }

    /// The share `self` is of `whole`, in whole percent, rounded half up; nil when whole is 0.
    public func share(of whole: Kroner) -> Prosent? {
        guard whole.value != 0 else { return nil }
        let basisPoints = (value * 10_000 * 2 + whole.value) / (whole.value * 2)
        return Prosent(basisPoints: basisPoints)
    }

    /// Norwegian style: `10 886 000 kr`, with a no-break space (`Kroner.mellomrom`) between the
    /// groups and before "kr", so that a narrow screen never breaks an amount over two lines.
    public var formatted: String { "\(Self.groupDigits(value))\(Self.mellomrom)kr" }

    /// The space inside an amount, a share or an organisation number, and after a date's day:
    /// U+00A0 NO-BREAK SPACE, Norwegian's group separator (as in CLDR's `nb` and `nn`). It looks
    /// like a space, and a line never breaks at it. The parsers take it back from a form as any
    /// other space.
    public static let mellomrom: Character = "\u{00A0}"

    /// The number alone, grouped: `10 886 000`. For tables whose header says "kr".
    public var formattedNumber: String { Self.groupDigits(value) }

    public var description: String { formatted }

    /// `number` with a no-break space between each group of three digits: `-10 886 000`. Written
    /// over the digits' bytes: counting the characters of the text for each digit, as it did, was a
    /// fiftieth of a page of amounts (`make bench`).
    public static func groupDigits(_ number: Int) -> String {
        var digits = String(number.magnitude)
        return digits.withUTF8 { digits in
            var grouped: [UInt8] = []
            grouped.reserveCapacity(digits.count + 2 * (digits.count / 3) + 1)
            if number < 0 { grouped.append(UInt8(ascii: "-")) }
            for (index, digit) in digits.enumerated() {
                if index > 0, (digits.count - index) % 3 == 0 { grouped.append(contentsOf: mellomrom.utf8) }
                grouped.append(digit)
            }
            return String(decoding: grouped, as: UTF8.self)
        }
    }
}

extension Sequence where Element == Kroner {
    /// The sum of the amounts.
    public func sum() -> Kroner { reduce(.zero, +) }
}
