/// `{name}` placeholders in the catalogue's texts and in the routes' patterns.
enum Plassholdere {
    /// `text` with each `{name}` of `values` replaced by its value, in one pass: a value is not
    /// read again, so a name someone typed with braces in it stays as typed. Braces around a
    /// name that is not in `values` stay.
    static func fyll(_ text: String, _ values: [String: String]) -> String {
        fyll(text) { values[$0] }
    }

    /// The same, for a few values named in place (a route's parameters): looked for one by one,
    /// without a dictionary made and hashed for each link a page writes.
    static func fyll(_ text: String, _ values: KeyValuePairs<String, String>) -> String {
        fyll(text) { name in values.first { $0.key == name }?.value }
    }

    /// Over the text's bytes: a brace is one byte in UTF-8 and never part of another character,
    /// so the text is cut only between characters. (Walking it as a `Substring` was most of the
    /// time of a text a list formats for each row.)
    private static func fyll(_ text: String, _ value: (String) -> String?) -> String {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        var text = text
        return text.withUTF8 { bytes in
            guard var start = bytes.firstIndex(of: open) else { return nil }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 32)
            var rest = 0
            while true {
                result.append(contentsOf: bytes[rest..<start])
                if let end = bytes[(start + 1)...].firstIndex(of: close),
                   let value = value(String(decoding: bytes[(start + 1)..<end], as: UTF8.self)) {
                    result.append(contentsOf: value.utf8)
                    rest = end + 1
                } else {
                    result.append(open)
                    rest = start + 1
                }
                guard let next = bytes[rest...].firstIndex(of: open) else { break }
                start = next
            }
            result.append(contentsOf: bytes[rest...])
            return String(decoding: result, as: UTF8.self)
        } ?? text
    }
}
