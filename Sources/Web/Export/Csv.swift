import Foundation

/// CSV as Excel in Norway opens it: semicolon separated, UTF-8 with a byte order mark, CRLF
/// line ends, amounts as plain integers and shares as decimal numbers with a comma.
enum Csv {
    static func data(_ tabell: Tabell) -> Data {
        var lines = [tabell.kolonner.map(field).joined(separator: ";")]
        for rad in tabell.rader {
            lines.append(rad.celler.map { celle in
                switch celle {
                case .tekst(let text): return field(text)
                case .kroner(let amount): return String(amount.value)
                case .prosent(let share): return share.map { decimal($0.basisPoints) } ?? ""
                }
            }.joined(separator: ";"))
        }
        return Data([0xEF, 0xBB, 0xBF]) + Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// `8350` basis points → `83,5`.
    static func decimal(_ basisPoints: Int) -> String {
        let sign = basisPoints < 0 ? "-" : ""
        let whole = abs(basisPoints) / 100
        var fraction = String(format: "%02d", abs(basisPoints) % 100)
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + String(whole) + (fraction.isEmpty ? "" : "," + fraction)
    }

    /// Quoted when it holds a separator, a quote or a line break; a leading `=`, `+`, `-` or `@`
    /// is prefixed with `'` so a spreadsheet does not run it as a formula.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { ";\"\n\r".contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
