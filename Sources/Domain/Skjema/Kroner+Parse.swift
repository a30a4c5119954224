import Foundation

extension Kroner {
    public enum ParseFeil: Error, Hashable, Sendable {
        case tom
        case ugyldig
        case negativ
        case forStor
        case desimaler
    }

    /// Parses a whole-kroner amount as people type it: "10 886 000", "10886000", "10 886 000 kr",
    /// "10.886.000". Øre ("12,50", "1.5") are refused rather than rounded away; a dot counts as
    /// a thousands separator only before a group of three digits.
    public static func parse(_ input: String) -> Result<Kroner, ParseFeil> {
        var text = input.trimmingCharacters(in: .whitespaces).lowercased()
        if text.hasSuffix("kr") { text.removeLast(2) }
        if text.hasSuffix(",-") { text.removeLast(2) }
        let spaced = text.filter { !$0.isWhitespace }
        if spaced.isEmpty { return .failure(.tom) }
        if spaced.hasPrefix("-") { return .failure(.negativ) }
        let groups = spaced.split(separator: ".", omittingEmptySubsequences: false)
        if spaced.contains(",") || groups.dropFirst().contains(where: { $0.count != 3 }) {
            let digitsAndMarks = spaced.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." }
            return .failure(digitsAndMarks ? .desimaler : .ugyldig)
        }
        let compact = groups.joined()
        guard compact.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.ugyldig) }
        guard compact.count <= 13, let value = Int(compact), value <= Kroner.maximum.value else { return .failure(.forStor) }
        return .success(Kroner(value))
    }
}
