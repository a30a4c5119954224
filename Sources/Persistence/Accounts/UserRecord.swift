import Domain
import GRDB

struct UserRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "user"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
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
}

struct RoleGrantRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "role_grant"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    var id: Int64?
    var userId: Int64
    var role: String
    var organisationId: Int64?
    var kompetansenettverkId: Int64?
    var sector: String?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

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
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    var tokenHash: String
    var userId: Int64
    var roleGrantId: Int64?
    var csrfToken: String
    var createdAt: String
    var lastSeenAt: String
    var expiresAt: String
    var flash: String?
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
