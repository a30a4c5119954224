import Domain
import Foundation
import GRDB

/// Users and their role grants.
extension AppDatabase {
    /// A user with the stored password hash, for login.
    public struct Credentials: Sendable {
        public let bruker: Bruker
        public let passwordHash: String?
    }

    /// Creates a user with grants in one transaction, with an audit line.
    @discardableResult
    public func createUser(
        navn: String, epost: String, passwordHash: String?, roller: [Rolle], erDemo: Bool = false, audit: AuditEvent
    ) async throws -> Bruker {
        try await writer.write { db in
            try Self.insertUser(navn: navn, epost: epost, passwordHash: passwordHash, roller: roller, erDemo: erDemo, audit: audit, db)
        }
    }

    static func insertUser(
        navn: String, epost: String, passwordHash: String?, roller: [Rolle], erDemo: Bool, audit: AuditEvent, _ db: Database
    ) throws -> Bruker {
        var user = UserRecord(
            id: nil, name: navn, email: epost.lowercased(), passwordHash: passwordHash, isActive: true, isDemo: erDemo,
            createdAt: AuditEvent.timestamp(audit.at), language: nil
        )
        try unique("epost") { try user.insert(db) }
        let id = user.id!
        for rolle in roller {
            var grant = RoleGrantRecord(userId: id, rolle: rolle)
            try grant.insert(db)
        }
        var event = audit
        event = event.with(.opprett)
        event.objectType = "bruker"
        event.objectId = String(id)
        event.after = AuditEvent.json([
            "navn": user.name, "epost": user.email, "roller": try roller.map { try grantText($0, db) }.joined(separator: "; "),
        ])
        try event.write(db)
        return try fetchUser(id: id, db)!
    }

    public func credentials(epost: String) async throws -> Credentials? {
        try await les { db in
            guard let record = try UserRecord.filter(Column("email") == epost.lowercased()).fetchOne(db),
                  let bruker = try Self.fetchUser(id: record.id!, db) else { return nil }
            return Credentials(bruker: bruker, passwordHash: record.passwordHash)
        }
    }

    public func user(id: Int64) async throws -> Bruker? {
        try await les { db in try Self.fetchUser(id: id, db) }
    }

    /// Remembers the screen language the user chose (a preference, not an audited change).
    public func lagreSprak(userId: Int64, _ sprak: Malform) async throws {
        try await writer.write { db in
            try db.execute(sql: "UPDATE user SET language = ? WHERE id = ?", arguments: [sprak.rawValue, userId])
        }
    }

    static func fetchUser(id: Int64, _ db: Database) throws -> Bruker? { try bruker(id: id, db) }
}

/// Sessions kept in SQLite so they survive a restart.
extension AppDatabase {
    public struct StoredSession: Sendable, Equatable {
        public let userId: Int64
        public let roleGrantId: Int64?
        public let csrfToken: String
        public let lastSeen: Date
        public let expires: Date
    }

    /// A session with its user, the user's grants and the names of what each grant covers
    /// (organisation or network name by grant id): all the header needs, in one read.
    public struct SessionUser: Sendable {
        public let session: StoredSession
        public let bruker: Bruker
        public let scopeNames: [Int64: String]
    }

    /// Kept in memory between changes of the tables it is read from (`sesjonBuffer`); whether
    /// it has expired is for the caller to say, by the clock.
    public func sessionUser(tokenHash: String) async throws -> SessionUser? {
        try await sesjonBuffer.verdi(tokenHash) {
            try await les { db in
                guard let record = try SessionRecord.fetchOne(db, kept: "SELECT * FROM session WHERE token_hash = ?", arguments: [tokenHash]),
                      let bruker = try Self.fetchUser(id: record.userId, db) else { return nil }
                return SessionUser(session: StoredSession(record), bruker: bruker, scopeNames: try Self.scopeNames(bruker.tildelinger, db))
            }
        }
    }

    static func scopeNames(_ grants: [Bruker.Tildeling], _ db: Database) throws -> [Int64: String] {
        var names: [Int64: String] = [:]
        for grant in grants { names[grant.id] = try scopeName(grant.rolle, db) }
        return names
    }

    /// The name of the organisation or network a grant covers; nil for the others.
    static func scopeName(_ rolle: Rolle, _ db: Database) throws -> String? {
        switch rolle {
        case .eier(let org), .uh(let org):
            return try String.fetchOne(db, kept: "SELECT name FROM organisation WHERE id = ?", arguments: [org])
        case .nettverksleder(let id):
            return try String.fetchOne(db, kept: "SELECT name FROM kompetansenettverk WHERE id = ?", arguments: [id])
        case .fagutvalg, .statsforvalter, .samarbeidsforum:
            return nil
        }
    }

    /// Acts as another of the user's grants from now on.
    public func setSessionRole(tokenHash: String, roleGrantId: Int64) async throws {
        try await writer.write { db in
            try db.execute(sql: "UPDATE session SET role_grant_id = ? WHERE token_hash = ?", arguments: [roleGrantId, tokenHash])
        }
    }

    /// Ends every session of a user (deactivation, new password).
    static func deleteSessions(userId: Int64, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM session WHERE user_id = ?", arguments: [userId])
    }

    /// Starts a session; `replacing` (the session the browser had before login) is deleted in
    /// the same transaction, so an old id never becomes a logged-in one.
    public func createSession(
        tokenHash: String, userId: Int64, roleGrantId: Int64?, csrfToken: String, now: Date, expires: Date, replacing: String? = nil
    ) async throws {
        try await writer.write { db in
            if let replacing { _ = try SessionRecord.deleteOne(db, key: replacing) }
            try SessionRecord(
                tokenHash: tokenHash, userId: userId, roleGrantId: roleGrantId, csrfToken: csrfToken,
                createdAt: AuditEvent.timestamp(now), lastSeenAt: AuditEvent.timestamp(now), expiresAt: AuditEvent.timestamp(expires)
            ).insert(db)
        }
    }

    /// The session, if it exists; expiry is the caller's decision (Web knows the timeouts).
    public func session(tokenHash: String) async throws -> StoredSession? {
        try await les { db in
            try SessionRecord.fetchOne(db, key: tokenHash).map(StoredSession.init)
        }
    }

    public func touchSession(tokenHash: String, now: Date) async throws {
        try await writer.write { db in
            try db.execute(sql: "UPDATE session SET last_seen_at = ? WHERE token_hash = ?", arguments: [AuditEvent.timestamp(now), tokenHash])
        }
    }

    public func deleteSession(tokenHash: String) async throws {
        _ = try await writer.write { db in try SessionRecord.deleteOne(db, key: tokenHash) }
    }

    /// Removes sessions past their absolute lifetime (at start-up).
    @discardableResult
    public func deleteExpiredSessions(now: Date) async throws -> Int {
        try await writer.write { db in
            try SessionRecord.filter(Column("expires_at") <= AuditEvent.timestamp(now)).deleteAll(db)
        }
    }

    public func recordLoginAttempt(epost: String, address: String, succeeded: Bool, at: Date) async throws {
        try await writer.write { db in
            var record = LoginAttemptRecord(id: nil, email: epost.lowercased(), address: address, at: AuditEvent.timestamp(at), succeeded: succeeded)
            try record.insert(db)
        }
    }

    /// Failed logins since `since`, for the account and for the address.
    public func recentFailures(epost: String, address: String, since: Date) async throws -> (account: [Date], address: [Date]) {
        try await les { db in
            let from = AuditEvent.timestamp(since)
            func dates(_ column: String, _ value: String) throws -> [Date] {
                try LoginAttemptRecord
                    .filter(Column(column) == value && Column("succeeded") == false && Column("at") >= from)
                    .fetchAll(db).compactMap { AuditEvent.parseTimestamp($0.at) }
            }
            return (try dates("email", epost.lowercased()), try dates("address", address))
        }
    }
}

extension AppDatabase.StoredSession {
    init(_ record: SessionRecord) {
        self.init(
            userId: record.userId, roleGrantId: record.roleGrantId, csrfToken: record.csrfToken,
            lastSeen: AuditEvent.parseTimestamp(record.lastSeenAt) ?? .distantPast,
            expires: AuditEvent.parseTimestamp(record.expiresAt) ?? .distantPast
        )
    }
}
