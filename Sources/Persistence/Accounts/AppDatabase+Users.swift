import Domain
import Foundation
import GRDB

/// The Statsforvalter's user administration. Users are never deleted: the audit log keeps
/// their names, and a deactivated user simply cannot log in.
extension AppDatabase {
    /// Every user with grants, ordered by name.
    public func brukere() async throws -> [Bruker] {
        try await les { db in
            let records = try UserRecord.order(Column("name").collating(.localizedCaseInsensitiveCompare), Column("id")).fetchAll(db)
            let grants = Dictionary(grouping: try RoleGrantRecord.order(Column("id")).fetchAll(db), by: \.userId)
            return try records.map { try Self.bruker($0, grants[$0.id!] ?? []) }
        }
    }

    /// The user `id` with their grants; nil when there is none.
    static func bruker(id: Int64, _ db: Database) throws -> Bruker? {
        guard let record = try UserRecord.fetchOne(db, kept: "SELECT * FROM user WHERE id = ?", arguments: [id]) else { return nil }
        return try bruker(record, try RoleGrantRecord.fetchAll(db, kept: "SELECT * FROM role_grant WHERE user_id = ? ORDER BY id", arguments: [id]))
    }

    static func bruker(_ record: UserRecord, _ grants: [RoleGrantRecord]) throws -> Bruker {
        Bruker(
            id: record.id!, navn: record.name, epost: record.email, aktiv: record.isActive, erDemo: record.isDemo,
            tildelinger: try grants.map { try $0.domain() }, sprak: record.language.flatMap(Malform.init(rawValue:))
        )
    }

    /// Changes name and e-mail.
    public func updateUser(id: Int64, navn: String, epost: String, audit: AuditEvent) async throws {
        try await writer.write { db in
            guard var record = try UserRecord.fetchOne(db, key: id) else { throw StorageError.notFound }
            let before = AuditEvent.json(["navn": record.name, "epost": record.email])
            record.name = navn
            record.email = epost.lowercased()
            try Self.unique("epost") { try record.update(db) }
            try audit.on(.endre, "bruker", String(id), before: before, after: AuditEvent.json(["navn": navn, "epost": record.email])).write(db)
        }
    }

    /// Adds a grant; adding one the user already has changes nothing and says so.
    public func addGrant(userId: Int64, rolle: Rolle, audit: AuditEvent) async throws {
        try await writer.write { db in
            guard try UserRecord.exists(db, key: userId) else { throw StorageError.notFound }
            var grant = RoleGrantRecord(userId: userId, rolle: rolle)
            try Self.unique("rolle") { try grant.insert(db) }
            try audit.on(.giRolle, "bruker", String(userId), after: AuditEvent.json(["rolle": Self.grantText(rolle, db)])).write(db)
        }
    }

    /// Removes a grant; sessions acting as it fall back to no role (the session row's
    /// foreign key sets it to NULL) and must choose again.
    public func removeGrant(userId: Int64, grantId: Int64, audit: AuditEvent) async throws {
        try await writer.write { db in
            guard let record = try RoleGrantRecord.filter(Column("id") == grantId && Column("user_id") == userId).fetchOne(db) else {
                throw StorageError.notFound
            }
            let text = try Self.grantText(try record.domain().rolle, db)
            _ = try record.delete(db)
            try audit.on(.fjernRolle, "bruker", String(userId), before: AuditEvent.json(["rolle": text])).write(db)
        }
    }

    /// Deactivates (ending every session) or reactivates a user.
    public func setActive(userId: Int64, _ active: Bool, audit: AuditEvent) async throws {
        try await writer.write { db in
            guard var record = try UserRecord.fetchOne(db, key: userId) else { throw StorageError.notFound }
            guard record.isActive != active else { return }
            record.isActive = active
            try record.update(db)
            if !active { try Self.deleteSessions(userId: userId, db) }
            try audit.on(active ? .aktiver : .deaktiver, "bruker", String(userId),
                         before: AuditEvent.json(["aktiv": String(!active)]), after: AuditEvent.json(["aktiv": String(active)])).write(db)
        }
    }

    /// Stores a one-time password link (its hash) and voids the user's older unused links.
    public func createPasswordToken(userId: Int64, tokenHash: String, expires: Date, audit: AuditEvent) async throws {
        try await writer.write { db in
            guard try UserRecord.exists(db, key: userId) else { throw StorageError.notFound }
            try db.execute(sql: "DELETE FROM password_token WHERE user_id = ? AND used_at IS NULL", arguments: [userId])
            try PasswordTokenRecord(tokenHash: tokenHash, userId: userId, expiresAt: AuditEvent.timestamp(expires), usedAt: nil).insert(db)
            try audit.on(.lagPassordlenke, "bruker", String(userId), after: AuditEvent.json(["gyldigTil": AuditEvent.timestamp(expires)])).write(db)
        }
    }

    /// The user a one-time link belongs to, while it is unused and unexpired.
    public func passwordTokenUser(tokenHash: String, now: Date) async throws -> Bruker? {
        try await les { db in
            guard let token = try Self.validToken(tokenHash, now: now, db) else { return nil }
            return try Self.fetchUser(id: token.userId, db)
        }
    }

    /// Sets the password through a one-time link: the link is used up, every older session
    /// of the user ends. Returns the user, or nil when the link is no longer valid.
    public func setPassword(tokenHash: String, passwordHash: String, now: Date, audit: AuditEvent) async throws -> Bruker? {
        try await writer.write { db in
            guard var token = try Self.validToken(tokenHash, now: now, db),
                  var user = try UserRecord.fetchOne(db, key: token.userId), user.isActive else { return nil }
            token.usedAt = AuditEvent.timestamp(now)
            try token.update(db)
            user.passwordHash = passwordHash
            try user.update(db)
            try Self.deleteSessions(userId: token.userId, db)
            var event = audit.on(.settPassord, "bruker", String(token.userId))
            event.userId = token.userId
            event.userName = user.name
            try event.write(db)
            return try Self.fetchUser(id: token.userId, db)
        }
    }

    static func validToken(_ tokenHash: String, now: Date, _ db: Database) throws -> PasswordTokenRecord? {
        guard let token = try PasswordTokenRecord.fetchOne(db, key: tokenHash), token.usedAt == nil,
              let expires = AuditEvent.parseTimestamp(token.expiresAt), expires > now else { return nil }
        return token
    }

    /// "eier: Bodø kommune" — how a grant reads in the audit log.
    static func grantText(_ rolle: Rolle, _ db: Database) throws -> String {
        switch rolle {
        case .eier(let id), .uh(let id), .nettverksleder(let id):
            return "\(rolle.kind.rawValue): " + (try scopeName(rolle, db) ?? "#\(id)")
        case .fagutvalg(let sektor):
            return "fagutvalg: \(sektor.rawValue)"
        case .statsforvalter, .samarbeidsforum:
            return rolle.kind.rawValue
        }
    }

    /// Runs `body`, turning a UNIQUE constraint failure into `StorageError.duplicate(field)`.
    static func unique<T>(_ field: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw StorageError.duplicate(field: field)
        }
    }
}
