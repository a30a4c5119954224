import Foundation

/// A submitted `application/x-www-form-urlencoded` body: every value of every field, in order.
public struct FormData: Sendable, Equatable {
    var fields: [(String, String)]

    public static func == (lhs: FormData, rhs: FormData) -> Bool {
        lhs.fields.elementsEqual(rhs.fields) { $0 == $1 }
    }

    public init(fields: [(String, String)] = []) { self.fields = fields }

    /// Decodes `a=1&b=x+y%C3%A6`. Pieces that are not valid percent-encoding are kept as typed.
    public init(urlEncoded body: String) {
        fields = body.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    /// The first value of `name`, or "" when the field was not sent.
    public subscript(_ name: String) -> String { fields.first { $0.0 == name }?.1 ?? "" }

    /// Every value sent for `name` (a group of checkboxes), in order.
    public func all(_ name: String) -> [String] { fields.filter { $0.0 == name }.map(\.1) }

    /// True when a checkbox named `name` was ticked.
    public func isChecked(_ name: String) -> Bool { fields.contains { $0.0 == name && !$0.1.isEmpty } }
}
