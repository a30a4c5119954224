import Domain
import GRDB

/// The register: regions, networks and organisations.
extension AppDatabase {
    public func regions() async throws -> [Region] {
        try await writer.read { db in try RegionRecord.order(Column("name")).fetchAll(db).map(\.domain) }
    }

    public func nettverk() async throws -> [Kompetansenettverk] {
        try await writer.read { db in
            try KompetansenettverkRecord.order(Column("region_id"), Column("type")).fetchAll(db).map { try $0.domain() }
        }
    }

    /// All organisations, ordered by kind and name.
    public func organisasjoner() async throws -> [Organisasjon] {
        try await writer.read { db in
            try OrganisationRecord.order(Column("kind"), Column("name")).fetchAll(db).map { try $0.domain() }
        }
    }

    /// True when the register holds no organisation yet (a new database).
    public func isEmpty() async throws -> Bool {
        try await writer.read { db in try OrganisationRecord.fetchCount(db) == 0 }
    }

    /// True when any organisation is demo data: the database is a demo database.
    public func isDemo() async throws -> Bool {
        try await writer.read { db in try OrganisationRecord.filter(Column("is_demo") == true).fetchCount(db) > 0 }
    }
}
