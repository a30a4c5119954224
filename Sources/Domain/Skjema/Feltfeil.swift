/// A form field that cannot be accepted, with the Norwegian message shown next to it.
/// `felt` is the field's name in the form, so Web can put the message in the right place.
public struct Feltfeil: Hashable, Sendable, CustomStringConvertible {
    public let felt: String
    public let melding: String

    public init(_ felt: String, _ melding: String) {
        self.felt = felt
        self.melding = melding
    }

    public var description: String { "\(felt): \(melding)" }
}

extension Array where Element == Feltfeil {
    /// The message for `felt`, if any; several messages for one field are joined.
    public func melding(for felt: String) -> String? {
        let messages = filter { $0.felt == felt }.map(\.melding)
        return messages.isEmpty ? nil : messages.joined(separator: " ")
    }
}

/// Every problem with one submitted form, so the user can mend them all at once.
public struct Skjemafeil: Error, Hashable, Sendable {
    public let felter: [Feltfeil]
    public init(_ felter: [Feltfeil]) { self.felter = felter }
}
