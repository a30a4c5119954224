import Domain
import GRDB

struct RegionRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "region"
    var id: Int64?
    var name: String
    var fylke: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(id: Int64? = nil, name: String, fylke: String) {
        (self.id, self.name, self.fylke) = (id, name, fylke)
    }

    /// Column by column, as the other records of the register (GRDB's Codable decoding is slow).
    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        name = try row.decode(forColumn: "name")
        fylke = try row.decode(forColumn: "fylke")
    }

    var domain: Region { Region(id: id ?? 0, navn: name, fylke: fylke) }
}

struct KompetansenettverkRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "kompetansenettverk"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    var id: Int64?
    var regionId: Int64
    var type: String
    var name: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(id: Int64? = nil, regionId: Int64, type: String, name: String) {
        (self.id, self.regionId, self.type, self.name) = (id, regionId, type, name)
    }

    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        regionId = try row.decode(forColumn: "region_id")
        type = try row.decode(forColumn: "type")
        name = try row.decode(forColumn: "name")
    }

    func domain() throws -> Kompetansenettverk {
        guard let kind = Nettverkstype(rawValue: type) else { throw StorageError.corrupt("nettverk \(name): \(type)") }
        return Kompetansenettverk(id: id ?? 0, regionId: regionId, type: kind, navn: name)
    }
}

struct OrganisationRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "organisation"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    var id: Int64?
    var kind: String
    var name: String
    var orgnr: String
    var kommunenummer: String?
    var regionId: Int64?
    var saerligeUtfordringer: Bool
    var oppfolgingsordningen: Bool
    var isDemo: Bool
    var malform: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Column by column: GRDB's Codable decoding converts each key from snake case on every row,
    /// and pages read many organisations.
    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        kind = try row.decode(forColumn: "kind")
        name = try row.decode(forColumn: "name")
        orgnr = try row.decode(forColumn: "orgnr")
        kommunenummer = try row.decode(forColumn: "kommunenummer")
        regionId = try row.decode(forColumn: "region_id")
        saerligeUtfordringer = try row.decode(forColumn: "saerlige_utfordringer")
        oppfolgingsordningen = try row.decode(forColumn: "oppfolgingsordningen")
        isDemo = try row.decode(forColumn: "is_demo")
        malform = try row.decode(forColumn: "malform")
    }

    init(
        kind: Organisasjonstype, name: String, orgnr: Organisasjonsnummer, kommunenummer: Kommunenummer?,
        regionId: Int64?, saerligeUtfordringer: Bool = false, oppfolgingsordningen: Bool = false, isDemo: Bool,
        malform: Malform = .noytral
    ) {
        self.malform = malform.rawValue
        self.kind = kind.rawValue
        self.name = name
        self.orgnr = orgnr.digits
        self.kommunenummer = kommunenummer?.digits
        self.regionId = regionId
        self.saerligeUtfordringer = saerligeUtfordringer
        self.oppfolgingsordningen = oppfolgingsordningen
        self.isDemo = isDemo
    }

    func domain() throws -> Organisasjon {
        guard let type = Organisasjonstype(rawValue: kind) else { throw StorageError.corrupt("organisasjon \(name): \(kind)") }
        guard case .success(let number) = Organisasjonsnummer.parse(orgnr) else {
            throw StorageError.corrupt("organisasjon \(name): orgnr \(orgnr)")
        }
        var kommune: Kommunenummer?
        if let kommunenummer {
            guard case .success(let parsed) = Kommunenummer.parse(kommunenummer) else {
                throw StorageError.corrupt("organisasjon \(name): kommunenummer \(kommunenummer)")
            }
            kommune = parsed
        }
        guard let form = Malform(rawValue: malform) else { throw StorageError.corrupt("organisasjon \(name): målform \(malform)") }
        return Organisasjon(
            id: id ?? 0, type: type, navn: name, orgnr: number, kommunenummer: kommune, regionId: regionId,
            saerligeUtfordringer: saerligeUtfordringer, oppfolgingsordningen: oppfolgingsordningen, erDemo: isDemo, malform: form
        )
    }
}

struct AuditRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "audit_log"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    var id: Int64?
    var at: String
    var userId: Int64?
    var userName: String?
    var actingRole: String?
    var action: String
    var objectType: String
    var objectId: String?
    var beforeJson: String?
    var afterJson: String?

    init(id: Int64?, at: String, userId: Int64?, userName: String?, actingRole: String?, action: String, objectType: String, objectId: String?,
         beforeJson: String?, afterJson: String?) {
        (self.id, self.at, self.userId, self.userName, self.actingRole) = (id, at, userId, userName, actingRole)
        (self.action, self.objectType, self.objectId, self.beforeJson, self.afterJson) = (action, objectType, objectId, beforeJson, afterJson)
    }

    /// Read by column, not through `Decodable`: with the snake-case keys that cost more than the
    /// query for a behovsmelding's history of three lines.
    init(row: Row) throws {
        self.init(id: row["id"], at: row["at"], userId: row["user_id"], userName: row["user_name"], actingRole: row["acting_role"],
                  action: row["action"], objectType: row["object_type"], objectId: row["object_id"],
                  beforeJson: row["before_json"], afterJson: row["after_json"])
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
