import Foundation
import TestSupport
@testable import Persistence

extension AppDatabase {
    /// A fresh in-memory database with the repository's migrations applied.
    static func forTesting() throws -> AppDatabase {
        try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
    }

    /// A fresh in-memory database with the demo loaded, as of `Repository.fixedNow`.
    static func demoForTesting() async throws -> AppDatabase {
        let db = try forTesting()
        try await db.seedDemo(now: Repository.fixedNow, demoPasswordHash: "hash")
        return db
    }
}

/// A new empty folder of its own under the temporary directory, for database files.
func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bm-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// A database file as an earlier release left it: the migrations before `migration` applied, in a
/// folder of its own that `remove()` deletes. `reopen()` applies every migration, as the new
/// release does on start.
struct EarlierRelease {
    let path: String
    let folder: URL
    private let earlier: MigrationSet
    private let all: MigrationSet

    init(before migration: String) throws {
        all = try MigrationSet.load(from: Repository.migrations)
        earlier = MigrationSet(files: all.files.filter { $0.identifier < migration })
        folder = try temporaryFolder()
        path = folder.appendingPathComponent("db.sqlite").path
    }

    /// The database with the earlier release's migrations only.
    func open() throws -> AppDatabase { try AppDatabase.openFile(path: path, migrations: earlier) }

    /// The same file with every migration applied.
    func reopen() throws -> AppDatabase { try AppDatabase.openFile(path: path, migrations: all) }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
