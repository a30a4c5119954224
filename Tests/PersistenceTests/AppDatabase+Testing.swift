import TestSupport
@testable import Persistence

extension AppDatabase {
    /// A fresh in-memory database with the repository's migrations applied.
    static func forTesting() throws -> AppDatabase {
        try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
    }
}
