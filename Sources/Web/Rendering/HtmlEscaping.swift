import Mustache

/// HTML escaping for the templates: the same five characters as swift-mustache's own HTML
/// content type (`<`, `>`, `&`, `"`, `'`), written as the same entities, but over the UTF-8 bytes
/// and returning the text untouched when it has none of them, as most texts do. swift-mustache's
/// walks the text character by character through a dictionary, which was a seventh of a
/// page's time (`make bench`). `Renderer` renders every page through it.
struct HtmlEscaping: MustacheContentType {
    static let name = "HTML_BEHOVSMELDING"

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: { entity($0) != nil }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                if let replacement = entity(byte) { replacement.withUTF8Buffer { out.append(contentsOf: $0) } } else { out.append(byte) }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    private static func entity(_ byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
