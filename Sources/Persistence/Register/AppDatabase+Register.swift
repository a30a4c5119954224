import Domain
import GRDB

/// The register: regions, networks and organisations.
extension AppDatabase {
    /// Every region by name (kept in memory between changes: `regionBuffer`).
    public func regions() async throws -> [Region] {
        try await regionBuffer.verdi(true) {
            try await les { db in try RegionRecord.fetchAll(db, kept: "SELECT * FROM region ORDER BY name").map(\.domain) }
        }
    }

    /// Every region by id, for lists that name the region of each row.
    public func regionerEtterId() async throws -> [Int64: Region] {
        Dictionary(try await regions().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every network by region and kind (kept in memory between changes: `nettverkBuffer`).
    public func nettverk() async throws -> [Kompetansenettverk] {
        try await nettverkBuffer.verdi(true) {
            try await les { db in
                try KompetansenettverkRecord.fetchAll(db, kept: "SELECT * FROM kompetansenettverk ORDER BY region_id, type").map { try $0.domain() }
            }
        }
    }

    /// All organisations, ordered by kind and name.
    public func organisasjoner() async throws -> [Organisasjon] {
        try await les { db in
            try OrganisationRecord.order(Column("kind"), Column("name")).fetchAll(db).map { try $0.domain() }
        }
    }

    /// The organisations of region `regionId`, ordered as `organisasjoner()`: a network's home
    /// reads its own region's, not the country's. Kept (`beholdt(forOrganisasjon:)`).
    public func organisasjoner(regionId: Int64) async throws -> [Organisasjon] {
        struct Nokkel: Hashable, Sendable { let regionId: Int64 }
        return try await beholdt(forOrganisasjon: Nokkel(regionId: regionId)) {
            try await les { db in
                try OrganisationRecord.fetchAll(db, kept: "SELECT * FROM organisation WHERE region_id = ? ORDER BY kind, name", arguments: [regionId])
                    .map { try $0.domain() }
            }
        }
    }

    /// How many organisations, active users and rounds there are: the Statsforvalter's home
    /// says so without reading them.
    public func registerTall() async throws -> (organisasjoner: Int, aktiveBrukere: Int, runder: Int) {
        // Counted once until the register changes: the Statsforvalter's home asks on every view,
        // and counting the active users walks the table.
        struct Nokkel: Hashable, Sendable {}
        return try await beholdt(Nokkel()) {
            // One statement the connection keeps: the query builder wrote and compiled three anew each time.
            try await les { db in
                let row = try Row.fetchOne(db, kept: """
                    SELECT (SELECT count(*) FROM organisation), (SELECT count(*) FROM user WHERE is_active), (SELECT count(*) FROM runde)
                    """)
                return (row?[0] ?? 0, row?[1] ?? 0, row?[2] ?? 0)
            }
        }
    }

    /// True when the register holds no organisation yet (a new database).
    public func isEmpty() async throws -> Bool {
        try await les { db in try OrganisationRecord.fetchCount(db) == 0 }
    }

    /// True when any organisation is demo data: the database is a demo database.
    public func isDemo() async throws -> Bool {
        try await les { db in try OrganisationRecord.filter(Column("is_demo") == true).fetchCount(db) > 0 }
    }
}

/// The Statsforvalter's changes to the register, each with its audit line.
extension AppDatabase {
    /// Organisation `id`, kept for its pages (`beholdt(forOrganisasjon:)`).
    public func organisasjon(id: Int64) async throws -> Organisasjon? {
        struct Nokkel: Hashable, Sendable { let id: Int64 }
        return try await beholdt(forOrganisasjon: Nokkel(id: id)) {
            try await les { db in try OrganisationRecord.fetchOne(db, kept: "SELECT * FROM organisation WHERE id = ?", arguments: [id]).map { try $0.domain() } }
        }
    }

    /// The names of the organisations `ids` (an id that is not there is left out).
    public func organisasjonsnavn(_ ids: Set<Int64>) async throws -> [Int64: String] {
        try await les { db in
            var names: [Int64: String] = [:]
            let liste = Self.iListe(ids)
            for row in try Row.fetchAll(db, kept: "SELECT id, name FROM organisation WHERE id \(liste.sql)", arguments: liste.argument) {
                names[row["id"]] = row["name"] as String
            }
            return names
        }
    }

    /// The målform of each of `ids`, in their order (nøytral for an id that is not there).
    public func malformer(_ ids: [Int64]) async throws -> [Malform] {
        let byId = try await les { db in
            let liste = Self.iListe(ids)
            return Dictionary(try Row.fetchAll(db, kept: "SELECT id, malform FROM organisation WHERE id \(liste.sql)", arguments: liste.argument)
                .map { ($0["id"] as Int64, Malform(rawValue: $0["malform"]) ?? .noytral) }) { first, _ in first }
        }
        return ids.map { byId[$0] ?? .noytral }
    }

    /// Creates an organisation; a taken orgnr is `StorageError.duplicate(field: "orgnr")`.
    @discardableResult
    public func createOrganisasjon(_ org: Organisasjon, audit: AuditEvent) async throws -> Int64 {
        try await writer.write { db in
            var record = OrganisationRecord(org)
            try Self.unique("orgnr") { try record.insert(db) }
            let id = record.id!
            try audit.on(.opprett, "organisasjon", String(id), after: AuditEvent.json(record.auditFields)).write(db)
            return id
        }
    }

    /// Saves changed fields; the audit line holds the values before and after.
    public func updateOrganisasjon(_ org: Organisasjon, audit: AuditEvent) async throws {
        try await writer.write { db in
            guard let old = try OrganisationRecord.fetchOne(db, key: org.id) else { throw StorageError.notFound }
            var record = OrganisationRecord(org)
            record.id = org.id
            record.isDemo = old.isDemo
            guard record.auditFields != old.auditFields else { return }
            try Self.unique("orgnr") { try record.update(db) }
            try audit.on(.endre, "organisasjon", String(org.id), before: AuditEvent.json(old.auditFields), after: AuditEvent.json(record.auditFields)).write(db)
        }
    }

    /// Each network's leaders (users with a nettverksleder grant for it), by network id.
    public func nettverksledere() async throws -> [Int64: [Bruker]] {
        try await les { db in
            let grants = try RoleGrantRecord.filter(Column("role") == Rolle.Kind.nettverksleder.rawValue).order(Column("id")).fetchAll(db)
            var result: [Int64: [Bruker]] = [:]
            for grant in grants {
                guard let network = grant.kompetansenettverkId, let user = try Self.fetchUser(id: grant.userId, db) else { continue }
                result[network, default: []].append(user)
            }
            return result
        }
    }

    /// Renames a network and sets its leader: the chosen user gets the leader grant, anyone
    /// else loses it. `lederId` nil leaves the network without a leader.
    public func updateNettverk(id: Int64, navn: String, lederId: Int64?, audit: AuditEvent) async throws {
        try await writer.write { db in
            guard var record = try KompetansenettverkRecord.fetchOne(db, key: id) else { throw StorageError.notFound }
            let leaders = try Int64.fetchAll(db, kept: "SELECT user_id FROM role_grant WHERE role = 'nettverksleder' AND kompetansenettverk_id = ? ORDER BY id", arguments: [id])
            if let lederId, try !UserRecord.exists(db, key: lederId) { throw StorageError.notFound }
            func names(_ ids: [Int64]) throws -> String {
                try ids.map { try String.fetchOne(db, kept: "SELECT name FROM user WHERE id = ?", arguments: [$0]) ?? "#\($0)" }.joined(separator: ", ")
            }
            let before = AuditEvent.json(["navn": record.name, "leder": try names(leaders)])
            record.name = navn
            try record.update(db)
            try db.execute(sql: "DELETE FROM role_grant WHERE role = 'nettverksleder' AND kompetansenettverk_id = ? AND user_id IS NOT ?", arguments: [id, lederId])
            if let lederId, !leaders.contains(lederId) {
                var grant = RoleGrantRecord(userId: lederId, rolle: .nettverksleder(nettverkId: id))
                try grant.insert(db)
            }
            let after = AuditEvent.json(["navn": navn, "leder": try names(lederId.map { [$0] } ?? [])])
            guard before != after else { return }
            try audit.on(.endre, "nettverk", String(id), before: before, after: after).write(db)
        }
    }
}

extension OrganisationRecord {
    init(_ org: Organisasjon) {
        self.init(
            kind: org.type, name: org.navn, orgnr: org.orgnr, kommunenummer: org.kommunenummer, regionId: org.regionId,
            saerligeUtfordringer: org.saerligeUtfordringer, oppfolgingsordningen: org.oppfolgingsordningen, isDemo: org.erDemo,
            malform: org.malform
        )
    }

    /// The values the audit log records for an organisation.
    var auditFields: [String: String] {
        [
            "navn": name, "type": kind, "orgnr": orgnr, "kommunenummer": kommunenummer ?? "",
            "region": regionId.map(String.init) ?? "", "saerligeUtfordringer": String(saerligeUtfordringer),
            "oppfolgingsordningen": String(oppfolgingsordningen), "malform": malform,
        ]
    }
}
