/// A Norwegian organisation number (Brønnøysundregistrene): nine digits, the last a
/// mod 11 check digit over the first eight with weights 3, 2, 7, 6, 5, 4, 3, 2.
public struct Organisasjonsnummer: Hashable, Sendable, Codable, CustomStringConvertible {
    public let digits: String

    public enum Feil: Error, Hashable, Sendable {
        case tom
        case ikkeSifre
        case feilLengde(Int)
        case ugyldigKontrollsiffer
    }

    static let weights = [3, 2, 7, 6, 5, 4, 3, 2]

    /// Parses user input; spaces are allowed ("123 456 785").
    public static func parse(_ input: String) -> Result<Organisasjonsnummer, Feil> {
        let compact = input.filter { !$0.isWhitespace }
        if compact.isEmpty { return .failure(.tom) }
        guard compact.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.ikkeSifre) }
        guard compact.count == 9 else { return .failure(.feilLengde(compact.count)) }
        let values = compact.compactMap { $0.wholeNumberValue }
        guard let check = checkDigit(forFirstEight: Array(values.prefix(8))), check == values[8] else {
            return .failure(.ugyldigKontrollsiffer)
        }
        return .success(Organisasjonsnummer(digits: compact))
    }

    private init(digits: String) { self.digits = digits }

    /// The check digit for eight digits, or nil when no valid number starts with them (remainder 1).
    public static func checkDigit(forFirstEight digits: [Int]) -> Int? {
        precondition(digits.count == 8)
        let sum = zip(digits, weights).map(*).reduce(0, +)
        let remainder = sum % 11
        if remainder == 0 { return 0 }
        if remainder == 1 { return nil }
        return 11 - remainder
    }

    /// The first valid organisation number at or after the eight-digit prefix (used for demo data).
    public static func firstValid(from prefix: Int) -> Organisasjonsnummer {
        var candidate = prefix
        while true {
            let digits = String(candidate).compactMap { $0.wholeNumberValue }
            if digits.count == 8, let check = checkDigit(forFirstEight: digits) {
                return Organisasjonsnummer(digits: String(candidate) + String(check))
            }
            candidate += 1
        }
    }

    /// `123 456 785`, as Enhetsregisteret shows it, with no-break spaces (`Kroner.mellomrom`) so that
    /// it is never broken over two lines.
    public var formatted: String {
        let chars = Array(digits)
        return [chars[0..<3], chars[3..<6], chars[6..<9]].map { String($0) }.joined(separator: String(Kroner.mellomrom))
    }

    public var description: String { digits }
}
