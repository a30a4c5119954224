import Foundation
import GRDB

/// One line of the audit trail: who did what to which object, with values before and after.
public struct AuditEvent: Sendable, Equatable {
    public var at: Date
    public var userId: Int64?
    public var userName: String?
    public var actingRole: String?
    public var action: String
    public var objectType: String
    public var objectId: String?
    public var before: String?
    public var after: String?

    public init(
        at: Date, userId: Int64? = nil, userName: String? = nil, actingRole: String? = nil, action: String,
        objectType: String, objectId: String? = nil, before: String? = nil, after: String? = nil
    ) {
        self.at = at
        self.userId = userId
        self.userName = userName
        self.actingRole = actingRole
        self.action = action
        self.objectType = objectType
        self.objectId = objectId
        self.before = before
        self.after = after
    }

    /// Writes the event inside the caller's transaction, so a change and its trace commit together.
    func write(_ db: Database) throws {
        var record = AuditRecord(
            id: nil, at: Self.timestamp(at), userId: userId, userName: userName, actingRole: actingRole,
            action: action, objectType: objectType, objectId: objectId, beforeJson: before, afterJson: after
        )
        try record.insert(db)
    }

    init(_ record: AuditRecord) {
        self.init(
            at: Self.parseTimestamp(record.at) ?? Date(timeIntervalSince1970: 0), userId: record.userId,
            userName: record.userName, actingRole: record.actingRole, action: record.action,
            objectType: record.objectType, objectId: record.objectId, before: record.beforeJson, after: record.afterJson
        )
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }

    static func parseTimestamp(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }
}

extension AppDatabase {
    /// The audit trail, newest first.
    public func auditEvents(objectType: String? = nil, limit: Int = 200) async throws -> [AuditEvent] {
        try await writer.read { db in
            var request = AuditRecord.order(Column("id").desc).limit(limit)
            if let objectType { request = request.filter(Column("object_type") == objectType) }
            return try request.fetchAll(db).map(AuditEvent.init)
        }
    }
}
