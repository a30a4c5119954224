/// `{name}` placeholders in the catalogue's texts and in the routes' patterns.
enum Plassholdere {
    /// `text` with each `{name}` of `values` replaced by its value, in one pass: a value is not
    /// read again, so a name someone typed with braces in it stays as typed. Braces around a
    /// name that is not in `values` stay.
    static func fyll(_ text: String, _ values: [String: String]) -> String {
        fyll(text) { values[String($0)] }
    }

    /// The same, for a few values named in place (a route's parameters): looked for one by one,
    /// without a dictionary made and hashed for each link a page writes.
    static func fyll(_ text: String, _ values: KeyValuePairs<String, String>) -> String {
        fyll(text) { name in values.first { $0.key == name }?.value }
    }

    private static func fyll(_ text: String, _ value: (Substring) -> String?) -> String {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        guard text.utf8.contains(open) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 32)
        var rest = text[...]
        while let start = rest.utf8.firstIndex(of: open) {
            result += rest[..<start]
            let nameStart = rest.utf8.index(after: start)
            if let end = rest.utf8[nameStart...].firstIndex(of: close), let value = value(rest[nameStart..<end]) {
                result += value
                rest = rest[rest.utf8.index(after: end)...]
            } else {
                result += "{"
                rest = rest[nameStart...]
            }
        }
        result += rest
        return result
    }
}
