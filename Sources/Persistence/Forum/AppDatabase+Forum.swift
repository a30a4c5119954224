import Domain
import Foundation
import GRDB

/// A samarbeidsforum member's comment or approval of a foreløpig innstilling.
public struct ForumInnspill: Sendable, Equatable {
    public typealias Art = Forumsvar.Art
    public var id: Int64
    public var userId: Int64?
    public var userName: String
    public var at: Date
    public var art: Art
    public var text: String
}

extension AppDatabase {
    /// The forum's comments and approvals of an innstilling, oldest first; kept until the data changes
    /// (`beholdt`): the innstilling and the forum's pages show them on every view.
    public func forumInnspill(innstillingId: Int64) async throws -> [ForumInnspill] {
        struct Nokkel: Hashable, Sendable { let innstillingId: Int64 }
        return try await beholdt(Nokkel(innstillingId: innstillingId)) {
            try await les { db in
                try Row.fetchAll(db, kept: "SELECT * FROM innstilling_forum WHERE innstilling_id = ? ORDER BY id", arguments: [innstillingId]).map { row in
                    ForumInnspill(id: row["id"], userId: row["user_id"], userName: row["user_name"],
                                  at: (row["at"] as String?).flatMap(AuditEvent.parseTimestamp) ?? Date(timeIntervalSince1970: 0),
                                  art: ForumInnspill.Art(rawValue: row["kind"]) ?? .kommentar, text: row["text"])
                }
            }
        }
    }

    /// Adds a comment or an approval; refused (`.locked`) unless the innstilling is foreløpig.
    public func addForumInnspill(innstillingId: Int64, art: ForumInnspill.Art, text: String, userId: Int64?, userName: String, now: Date, audit: AuditEvent) async throws {
        try await writer.write { db in
            guard let status = try String.fetchOne(db, kept: "SELECT status FROM innstilling WHERE id = ?", arguments: [innstillingId]) else {
                throw StorageError.notFound
            }
            guard status == Innstillingsstatus.forelopig.rawValue else { throw StorageError.locked }
            try db.execute(sql: "INSERT INTO innstilling_forum (innstilling_id, user_id, user_name, at, kind, text) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [innstillingId, userId, userName, AuditEvent.timestamp(now), art.rawValue, text])
            try audit.on(art == .godkjent ? .godkjenn : .kommenter, "innstilling", String(innstillingId),
                         after: text.isEmpty ? nil : AuditEvent.json(["tekst": text])).write(db)
        }
    }
}
