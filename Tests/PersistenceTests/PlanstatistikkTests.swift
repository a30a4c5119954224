import Foundation
import GRDB
import Testing
import TestSupport
@testable import Persistence

/// The query planner's counts of rows (`oppdaterPlanstatistikk`): with them, a network's read
/// of its region's delivered behovsmeldinger goes through the region's partnerships.
@Suite struct PlanstatistikkTests {
    @Test("after the counts, a region's behovsmeldinger are found through its partnerships, not every delivered one, by every reader of the file's pool; what is read is the same")
    func regionensBehovsmeldinger() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("planstatistikk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = try AppDatabase.openFile(path: directory.appendingPathComponent("a.sqlite").path,
                                          migrations: try MigrationSet.load(from: Repository.migrations))
        // One round: with the round before, a region of one fylke is a third of each round, and
        // SQLite rightly reads the round's delivered ones of the ordning by their index (with ten
        // fylker it goes through the region's partnerships, as here).
        _ = try await db.seedBench(.fylke, seed: 1, now: Repository.fixedNow, passwordHash: "x", forrigeRunde: false)
        let region = try #require(try await db.regions().first).id
        // Readers opened before the counts, as a running server's are.
        let before = try await db.leverteBehovsmeldinger(rundeAar: 2027, ordning: .rekom, regionId: region)
        func plan() async throws -> [String] {
            try await db.les { db in
                try Row.fetchAll(db, kept: """
                    EXPLAIN QUERY PLAN SELECT b.id FROM behovsmelding b JOIN runde r ON r.id = b.runde_id
                    WHERE r.year = ? AND b.ordning = ? AND b.status = 'levert' AND b.partnerskap_id IN (SELECT id FROM partnerskap WHERE region_id = ?)
                    """, arguments: [2027, "rekom", region]).map { $0["detail"] as String }
            }
        }
        #expect(try await !plan().contains { $0.contains("sqlite_autoindex_behovsmelding_1") }, "without counts SQLite goes by round")
        try await db.oppdaterPlanstatistikk()
        for _ in 0..<3 {
            let plan = try await plan()
            #expect(plan.contains { $0.contains("partnerskap_region") }, "\(plan)")
            #expect(plan.contains { $0.contains("b USING INDEX sqlite_autoindex_behovsmelding_1 (partnerskap_id=?") }, "\(plan)")
        }
        #expect(try await db.leverteBehovsmeldinger(rundeAar: 2027, ordning: .rekom, regionId: region) == before)
        #expect(!before.isEmpty)
        try db.close()
    }
}
