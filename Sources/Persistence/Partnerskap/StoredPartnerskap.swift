import Domain
import Foundation

/// A partnership as stored: the domain value with its version, when each party signed and
/// when each was last reminded.
public struct StoredPartnerskap: Sendable, Equatable {
    public var partnerskap: Partnerskap
    public var version: Int
    /// Organisation id → when it signed the current agreement.
    public var signedAt: [Int64: Date]
    /// Organisation id → the latest reminder to sign (only for parties that have not signed).
    public var remindedAt: [Int64: Date]

    public var id: Int64 { partnerskap.id }
}

/// A behovsmelding as stored: the domain value with its version, which UH have co-signed,
/// the UH's return comment and the times of its steps.
public struct StoredBehovsmelding: Sendable, Equatable {
    public var melding: Behovsmelding
    public var version: Int
    public var uhSignert: Set<Int64>
    public var returnComment: String?
    public var updatedAt: Date
    public var sentAt: Date?
    public var deliveredAt: Date?

    public var id: Int64 { melding.id ?? 0 }
}

/// A behovsmelding's place in the workflow, without its texts and tiltak, and which UH have
/// co-signed it: what a home with a hundred partnerships needs of each (`AppDatabase.saker`).
public struct StoredSak: Sendable, Equatable {
    public var sak: Behovsmelding.Sak
    public var uhSignert: Set<Int64>

    public var id: Int64 { sak.id }

    public init(sak: Behovsmelding.Sak, uhSignert: Set<Int64>) {
        self.sak = sak
        self.uhSignert = uhSignert
    }

    /// The place of `stored`, which has been stored.
    public init(_ stored: StoredBehovsmelding) {
        self.init(sak: Behovsmelding.Sak(stored.melding, id: stored.id), uhSignert: stored.uhSignert)
    }
}
