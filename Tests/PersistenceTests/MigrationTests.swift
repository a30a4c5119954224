import Foundation
import Testing
import TestSupport
@testable import Persistence

@Suite struct MigrationTests {
    let migrations: MigrationSet

    init() throws {
        migrations = try MigrationSet.load(from: Repository.migrations)
    }

    @Test("the applied list equals the migration files, in order")
    func appliedEqualsFiles() async throws {
        let db = try AppDatabase.inMemory(migrations: migrations)
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.migrations.path)
            .filter { $0.hasSuffix(".sql") }.sorted().map { String($0.dropLast(4)) }
        #expect(try await db.appliedMigrations() == files)
        #expect(try await db.schemaVersion() == files.last)
    }

    @Test("a WAL file database migrates, and opening it again applies nothing twice")
    func walFileTwice() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bm-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("db.sqlite").path
        let first = try AppDatabase.openFile(path: path, migrations: migrations)
        #expect(try await first.journalMode() == "wal")
        let applied = try await first.appliedMigrations()
        try first.close()
        let second = try AppDatabase.openFile(path: path, migrations: migrations)
        #expect(try await second.appliedMigrations() == applied)
        try second.close()
    }

    @Test("the schema after all migrations matches the snapshot")
    func schemaSnapshot() async throws {
        let db = try AppDatabase.inMemory(migrations: migrations)
        let failure = assertSnapshot(try await db.schemaSQL(), named: "schema.sql")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test("migration file names must be NNNN_verb_object.sql", arguments: [
        ("0001_create_core.sql", true), ("0012_add_user_table.sql", true), ("1_create.sql", false),
        ("0001-create.sql", false), ("0001_Create.sql", false), ("0001_.sql", false), ("abcd_create.sql", false),
    ])
    func names(name: String, valid: Bool) {
        #expect(MigrationSet.isValidName(name) == valid)
    }

    @Test("a missing migrations folder gives a clear message")
    func missingFolder() {
        #expect {
            try MigrationSet.load(from: URL(fileURLWithPath: "/nonexistent/Migrations"))
        } throws: { error in
            "\(error)".contains("Fant ikke migreringsmappen")
        }
    }
}
