import Domain
import Foundation

/// A submitted `application/x-www-form-urlencoded` body: every value of every field, in order,
/// with an index by name so a lookup does not scan the whole form.
///
/// Text is normalised here, once, on the way in (`Tekstgrense.normalisert`): line ends become
/// `\n`, control characters other than tab and line feed are dropped, and Unicode is NFC. So
/// Domain's length check and the database's CHECK count the same thing.
public struct FormData: Sendable, Equatable {
    private(set) var fields: [(String, String)]
    private var positions: [String: [Int]]

    public static func == (lhs: FormData, rhs: FormData) -> Bool {
        lhs.fields.elementsEqual(rhs.fields) { $0 == $1 }
    }

    public init(fields: [(String, String)] = []) {
        self.fields = fields
        positions = [:]
        for (index, field) in fields.enumerated() { positions[field.0, default: []].append(index) }
    }

    /// Decodes `a=1&b=x+y%C3%A6`. A `%` not followed by two hex digits is kept as typed; bytes
    /// that are not UTF-8 become U+FFFD.
    public init(urlEncoded body: String) {
        self.init(urlEncoded: Array(body.utf8))
    }

    /// Decodes the raw bytes of a body (see `init(urlEncoded:)`).
    public init(urlEncoded bytes: [UInt8]) {
        var fields: [(String, String)] = []
        var start = 0
        func piece(_ from: Int, _ to: Int) {
            guard from < to else { return }
            var equals = to
            for index in from..<to where bytes[index] == UInt8(ascii: "=") {
                equals = index
                break
            }
            let name = Self.decode(bytes[from..<equals])
            let value = equals < to ? Self.decode(bytes[(equals + 1)..<to]) : ""
            fields.append((name, value))
        }
        for index in bytes.indices where bytes[index] == UInt8(ascii: "&") {
            piece(start, index)
            start = index + 1
        }
        piece(start, bytes.count)
        self.init(fields: fields)
    }

    /// How many fields a body of these bytes holds at most: counted before anything is decoded,
    /// so an oversized form is refused cheaply.
    public static func fieldCount(_ bytes: some Sequence<UInt8>) -> Int {
        var count = 1
        for byte in bytes where byte == UInt8(ascii: "&") { count += 1 }
        return count
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.endIndex, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) {
                out.append(high << 4 | low)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        return Tekstgrense.normalisert(String(decoding: out, as: UTF8.self))
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The first value of `name`, or "" when the field was not sent.
    public subscript(_ name: String) -> String { positions[name]?.first.map { fields[$0].1 } ?? "" }

    /// The value of the field Domain names `felt`.
    public subscript(_ felt: Felt) -> String { self[felt.navn] }

    /// Every value sent for `name` (a group of checkboxes), in order.
    public func all(_ name: String) -> [String] { (positions[name] ?? []).map { fields[$0].1 } }

    /// True when a checkbox named `name` was ticked.
    public func isChecked(_ name: String) -> Bool { all(name).contains { !$0.isEmpty } }

    /// The form without the fields named in `names`, as a urlencoded body.
    func encoded(without names: Set<String>) -> String {
        fields.filter { !names.contains($0.0) }.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
    }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlFormValueAllowed) ?? ""
    }
}

extension CharacterSet {
    /// Characters left as they are in a urlencoded form name or value.
    static let urlFormValueAllowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._*")
}
