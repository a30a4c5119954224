import Domain
import Foundation
import GRDB
import Testing
import TestSupport
@testable import Persistence

/// The rounds are kept in memory between changes (`RunderCache`): a committed change to a round
/// or its schemes is read at once, a rolled-back one never.
@Suite struct RunderCacheTests {
    @Test("a committed change to a round or its schemes is read at once; a rolled-back one is not")
    func changes() async throws {
        let db = try AppDatabase.forTesting()
        try await db.seedDemo(now: Repository.fixedNow, demoPasswordHash: "hash")
        let before = try #require(try await db.runde(aar: 2027))
        #expect(try await db.runde(aar: 2027) == before, "read again, unchanged")

        try await db.writer.write { db in try db.execute(sql: "UPDATE runde SET report_deadline = '2028-09-01' WHERE year = 2027") }
        #expect(try await db.runde(aar: 2027)?.frister.rapport == Dato(iso: "2028-09-01"))

        try await db.writer.write { db in try db.execute(sql: "UPDATE runde_ordning SET budget = 1000000 WHERE ordning = 'rekom' AND runde_id = (SELECT id FROM runde WHERE year = 2027)") }
        #expect(try await db.runde(aar: 2027)?.ordninger[.rekom]?.budsjett == Kroner(1_000_000))

        try? await db.writer.write { db in
            try db.execute(sql: "UPDATE runde SET report_deadline = '2029-01-01' WHERE year = 2027")
            throw StorageError.conflict
        }
        #expect(try await db.runde(aar: 2027)?.frister.rapport == Dato(iso: "2028-09-01"), "the rolled-back change is not read")

        let created = Runde.standard(aar: 2029, budsjett: [.rekom: Kroner(1_000)])
        try await db.createRunde(created, audit: AuditEvent(at: Repository.fixedNow, action: nil))
        #expect(try await db.runder().map(\.aar).contains(2029))
    }
}
