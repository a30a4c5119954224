import Domain
import Foundation
import GRDB
import Testing
import TestSupport
@testable import Persistence

/// Migration 0023 on a database as the previous release left it: each innstilling's lines move
/// from the JSON array in its row to one row each, in their order, and read as before.
@Suite struct InnstillingLinjeMigrationTests {
    @Test("every innstilling's lines move to rows in their order; whole and by behovsmelding, they read as before")
    func linesToRows() async throws {
        // Real lines: the demo's longest innstilling, written as the array held them.
        let demo = try await AppDatabase.demoForTesting()
        let stored = Array((try await demo.innstillinger(rundeAar: 2026)).values) + Array((try await demo.innstillinger(rundeAar: 2027)).values)
        let linjer = try #require(stored.max { $0.innstilling.linjer.count < $1.innstilling.linjer.count }).innstilling.linjer
        #expect(linjer.count > 3)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let array = String(decoding: try encoder.encode(linjer), as: UTF8.self)

        let release = try EarlierRelease(before: "0023")
        defer { release.remove() }
        let old = try release.open()
        try await old.createRunde(Runde.standard(aar: 2026, budsjett: [.rekom: Kroner(10_000_000), .dekom: Kroner(1)]),
                                  audit: AuditEvent(at: Repository.fixedNow, action: .opprett, objectType: "runde"))
        try await old.writer.write { db in
            try db.execute(sql: """
                INSERT INTO innstilling (id, runde_id, ordning, nummer, status, lines_json, version, updated_at, sent_at, vedtak_date, expected_json)
                VALUES (41, (SELECT id FROM runde WHERE year = 2026), 'rekom', 1, 'vedtatt', ?, 3, '2026-03-01T10:00:00Z', '2026-02-20T10:00:00Z',
                        '2026-03-01', '{}'),
                       (42, (SELECT id FROM runde WHERE year = 2026), 'dekom', 1, 'utkast', '[]', 1, '2026-03-01T10:00:00Z', NULL, NULL, '{}')
                """, arguments: [array])
        }
        try old.close()

        let db = try release.reopen()
        let moved = try await db.innstillinger(rundeAar: 2026)
        #expect(moved[.rekom]?.innstilling.linjer == linjer)
        #expect(moved[.rekom]?.version == 3 && moved[.rekom]?.status == .vedtatt)
        #expect(moved[.dekom]?.innstilling.linjer == [])
        let one = try #require(linjer.last?.behovsmeldingId)
        let own = try await db.innstillinger(rundeAar: 2026, behovsmeldinger: [one])
        #expect(own[.rekom]?.innstilling.linjer == linjer.filter { $0.behovsmeldingId == one })
        try await db.writer.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM innstilling_linje") == linjer.count)
            let columns = try db.columns(in: "innstilling").map(\.name)
            #expect(!columns.contains("lines_json"))
        }
        try db.close()
    }
}
