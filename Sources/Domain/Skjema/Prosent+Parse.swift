extension Prosent {
    public enum ParseFeil: Error, Hashable, Sendable {
        case tom
        case ugyldig
        case utenforOmrade
    }

    /// Parses "30", "30 %", "12,5" or "12.5" into basis points; at most two decimals, 0–100 %.
    public static func parse(_ input: String) -> Result<Prosent, ParseFeil> {
        var text = input.filter { !$0.isWhitespace }
        if text.hasSuffix("%") { text.removeLast() }
        if text.isEmpty { return .failure(.tom) }
        let parts = text.replacingOccurrences(of: ",", with: ".").split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let wholeText = parts.first, !wholeText.isEmpty,
              wholeText.count <= 3, wholeText.allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int(wholeText) else {
            return .failure(text.hasPrefix("-") ? .utenforOmrade : .ugyldig)
        }
        var fraction = 0
        if parts.count == 2 {
            let decimals = parts[1]
            guard !decimals.isEmpty, decimals.count <= 2, decimals.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.ugyldig) }
            fraction = Int(decimals.count == 1 ? decimals + "0" : String(decimals))!
        }
        let basisPoints = whole * 100 + fraction
        guard basisPoints <= 10_000 else { return .failure(.utenforOmrade) }
        return .success(Prosent(basisPoints: basisPoints))
    }

    /// How a form shows the value back: "30" or "12,5" (no sign; the label has it).
    public var inputValue: String { String(formatted.dropLast(2)) }
}
