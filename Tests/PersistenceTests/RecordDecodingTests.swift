import Domain
import Foundation
import GRDB
import Testing
import TestSupport
@testable import Persistence

/// The records read column by column (`init(row:)`, for speed) must read every column into its
/// own property: each stored row, read and written back through the record's Codable encoding,
/// gives the same row. A column read into the wrong property, or not read, fails here.
@Suite struct RecordDecodingTests {
    @Test("every register and account record reads back the row it was stored as")
    func roundTrip() async throws {
        let db = try await AppDatabase.demoForTesting()
        let user = try #require(try await db.credentials(epost: "sf@demo.no")).bruker
        try await db.createSession(tokenHash: "hash", userId: user.id, roleGrantId: user.tildelinger.first?.id, csrfToken: "csrf",
                                   now: Repository.fixedNow, expires: Repository.fixedNow.addingTimeInterval(3600))
        try await db.writer.read { db in
            try Self.check(RundeRecord.self, db)
            try Self.check(RundeOrdningRecord.self, db)
            try Self.check(RegionRecord.self, db)
            try Self.check(KompetansenettverkRecord.self, db)
            try Self.check(OrganisationRecord.self, db)
            try Self.check(UserRecord.self, db)
            try Self.check(RoleGrantRecord.self, db)
            try Self.check(SessionRecord.self, db)
            try Self.check(AuditRecord.self, db)
        }
    }

    static func check<R: FetchableRecord & EncodableRecord & TableRecord>(_ type: R.Type, _ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(R.databaseTableName)")
        #expect(!rows.isEmpty, "no \(R.databaseTableName) to read")
        for row in rows {
            let written = try R(row: row).databaseDictionary
            // A table may have columns its record does not carry (runde.rules_locked_at is written on its own).
            #expect(Set(written.keys).isSubset(of: row.columnNames), "\(R.databaseTableName): the record's columns")
            for (column, value) in written {
                #expect(row[column] as DatabaseValue == value, "\(R.databaseTableName).\(column)")
            }
        }
    }
}
