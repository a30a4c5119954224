import Domain
import GRDB

struct UserRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "user"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    var id: Int64?
    var name: String
    var email: String
    var passwordHash: String?
    var isActive: Bool
    var isDemo: Bool
    var createdAt: String
    var language: String?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(id: Int64? = nil, name: String, email: String, passwordHash: String?, isActive: Bool, isDemo: Bool, createdAt: String, language: String? = nil) {
        (self.id, self.name, self.email, self.passwordHash) = (id, name, email, passwordHash)
        (self.isActive, self.isDemo, self.createdAt, self.language) = (isActive, isDemo, createdAt, language)
    }

    /// Column by column: every request reads its user (GRDB's Codable decoding is slow).
    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        name = try row.decode(forColumn: "name")
        email = try row.decode(forColumn: "email")
        passwordHash = try row.decode(forColumn: "password_hash")
        isActive = try row.decode(forColumn: "is_active")
        isDemo = try row.decode(forColumn: "is_demo")
        createdAt = try row.decode(forColumn: "created_at")
        language = try row.decode(forColumn: "language")
    }
}

struct RoleGrantRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "role_grant"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    var id: Int64?
    var userId: Int64
    var role: String
    var organisationId: Int64?
    var kompetansenettverkId: Int64?
    var sector: String?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        userId = try row.decode(forColumn: "user_id")
        role = try row.decode(forColumn: "role")
        organisationId = try row.decode(forColumn: "organisation_id")
        kompetansenettverkId = try row.decode(forColumn: "kompetansenettverk_id")
        sector = try row.decode(forColumn: "sector")
    }

    init(userId: Int64, rolle: Rolle) {
        self.userId = userId
        role = rolle.kind.rawValue
        switch rolle {
        case .eier(let org), .uh(let org): organisationId = org
        case .nettverksleder(let id): kompetansenettverkId = id
        case .fagutvalg(let sektor): sector = sektor.rawValue
        case .statsforvalter, .samarbeidsforum: break
        }
    }

    func domain() throws -> Bruker.Tildeling {
        let rolle: Rolle
        switch (Rolle.Kind(rawValue: role), organisationId, kompetansenettverkId, sector.flatMap(Sektor.init(rawValue:))) {
        case (.eier, let org?, _, _): rolle = .eier(organisasjonId: org)
        case (.uh, let org?, _, _): rolle = .uh(organisasjonId: org)
        case (.nettverksleder, _, let id?, _): rolle = .nettverksleder(nettverkId: id)
        case (.fagutvalg, _, _, let sektor?): rolle = .fagutvalg(sektor: sektor)
        case (.statsforvalter, _, _, _): rolle = .statsforvalter
        case (.samarbeidsforum, _, _, _): rolle = .samarbeidsforum
        default: throw StorageError.corrupt("rolle \(role) for bruker \(userId)")
        }
        return Bruker.Tildeling(id: id ?? 0, rolle: rolle)
    }
}

struct SessionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "session"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    var tokenHash: String
    var userId: Int64
    var roleGrantId: Int64?
    var csrfToken: String
    var createdAt: String
    var lastSeenAt: String
    var expiresAt: String

    init(tokenHash: String, userId: Int64, roleGrantId: Int64?, csrfToken: String, createdAt: String, lastSeenAt: String, expiresAt: String) {
        (self.tokenHash, self.userId, self.roleGrantId, self.csrfToken) = (tokenHash, userId, roleGrantId, csrfToken)
        (self.createdAt, self.lastSeenAt, self.expiresAt) = (createdAt, lastSeenAt, expiresAt)
    }

    /// Column by column: every request reads its session.
    init(row: Row) throws {
        tokenHash = try row.decode(forColumn: "token_hash")
        userId = try row.decode(forColumn: "user_id")
        roleGrantId = try row.decode(forColumn: "role_grant_id")
        csrfToken = try row.decode(forColumn: "csrf_token")
        createdAt = try row.decode(forColumn: "created_at")
        lastSeenAt = try row.decode(forColumn: "last_seen_at")
        expiresAt = try row.decode(forColumn: "expires_at")
    }
}

struct PasswordTokenRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "password_token"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    var tokenHash: String
    var userId: Int64
    var expiresAt: String
    var usedAt: String?
}

struct LoginAttemptRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "login_attempt"
    var id: Int64?
    var email: String
    var address: String
    var at: String
    var succeeded: Bool
}
