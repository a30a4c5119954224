import Foundation
import GRDB
import Testing
import TestSupport
@testable import Persistence

/// The file's read connections (`Lesere`): read-only, kept and lent one read at a time, never
/// more at once than there are of them, and replaced after `fornye`.
@Suite struct LesereTests {
    /// A file database with the migrations applied, and read connections to it that count how
    /// many times one was opened.
    final class Fil: Sendable {
        let directory: URL
        let database: AppDatabase
        private let teller = Teller()
        /// How many connections were opened.
        var apnet: Int { teller.verdi }
        let lesere: Lesere

        init(antall: Int = 5) throws {
            directory = try temporaryFolder()
            let path = directory.appendingPathComponent("a.sqlite").path
            database = try AppDatabase.openFile(path: path, migrations: try MigrationSet.load(from: Repository.migrations))
            let lesing = { var lesing = AppDatabase.configuration(); lesing.readonly = true; return lesing }()
            lesere = Lesere(antall: antall) { [teller] in
                teller.tell()
                return try DatabaseQueue(path: path, configuration: lesing)
            }
        }

        func regioner() throws -> Int {
            try lesere.les { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM region") ?? 0 }
        }

        final class Teller: Sendable {
            private let lock = NSLock()
            private nonisolated(unsafe) var antall = 0
            var verdi: Int { lock.withLock { antall } }
            func tell() { lock.withLock { antall += 1 } }
        }

        deinit {
            try? database.close()
            try? FileManager.default.removeItem(at: directory)
        }
    }

    @Test("a read cannot write: the connections are opened read-only")
    func readOnly() async throws {
        let fil = try Fil()
        func readOnly(_ error: any Error) -> Bool { (error as? DatabaseError)?.resultCode == .SQLITE_READONLY }
        do {
            try await fil.database.les { db in try db.execute(sql: "DELETE FROM region") }
            Issue.record("AppDatabase.les wrote")
        } catch {
            #expect(readOnly(error), "\(error)")
        }
        #expect { try fil.lesere.les { db in try db.execute(sql: "DELETE FROM region") } } throws: { readOnly($0) }
    }

    @Test("one connection serves reads one after another; many at once open at most as many as there are places")
    func kept() async throws {
        let fil = try Fil(antall: 3)
        for _ in 0..<10 { _ = try fil.regioner() }
        #expect(fil.apnet == 1)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<32 {
                group.addTask { for _ in 0..<20 { _ = try fil.regioner() } }
            }
            try await group.waitForAll()
        }
        #expect((1...3).contains(fil.apnet))
    }

    @Test("after fornye each read opens a new connection once; one lent out at that moment is not lent again")
    func fornye() throws {
        let fil = try Fil()
        _ = try fil.regioner()
        #expect(fil.apnet == 1)
        fil.lesere.fornye()
        _ = try fil.regioner()
        _ = try fil.regioner()
        #expect(fil.apnet == 2)
        // Replaced while a read has it: that connection is closed when the read is done.
        try fil.lesere.les { _ in fil.lesere.fornye() }
        _ = try fil.regioner()
        _ = try fil.regioner()
        #expect(fil.apnet == 3)
    }
}
