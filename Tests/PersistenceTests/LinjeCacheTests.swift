import Domain
import Foundation
import Testing
import GRDB
import TestSupport
@testable import Persistence

/// Whole innstillinger's decoded lines are kept by the version they were read at (`LinjeCache`):
/// a saved change is read at once, and what is kept is bounded.
@Suite struct LinjeCacheTests {
    @Test("a saved change to an innstilling's lines is read at once; an unchanged one is not decoded again")
    func changes() async throws {
        let db = try AppDatabase.forTesting()
        try await db.seedDemo(now: Repository.fixedNow, demoPasswordHash: "hash")
        let open = try #require(try await db.innstillinger(rundeAar: 2027).values.first { $0.status != .vedtatt && !$0.innstilling.linjer.isEmpty })
        let ordning = open.innstilling.ordning
        let kept = db.linjeCache.innstillinger
        #expect(kept >= 1)
        #expect(try await db.innstilling(rundeAar: 2027, ordning: ordning) == open)
        #expect(db.linjeCache.innstillinger == kept, "read again from what was kept")

        var changed = open
        changed.innstilling.linjer[0].begrunnelse = "Endret etter møtet i forumet."
        try await db.saveInnstilling(changed, expectedVersion: open.version, now: Repository.fixedNow + 60,
                                     audit: AuditEvent(at: Repository.fixedNow + 60, action: .endre, objectType: "innstilling"))
        let read = try #require(try await db.innstilling(rundeAar: 2027, ordning: ordning))
        #expect(read.innstilling.linjer[0].begrunnelse == "Endret etter møtet i forumet.")
        #expect(read.innstilling.linjer == changed.innstilling.linjer)
        #expect(read.version == open.version + 1)

        // One behovsmelding's lines: from the kept innstilling, as the index gives them.
        let one = open.innstilling.linjer[0].behovsmeldingId
        let own = try #require(try await db.innstillinger(rundeAar: 2027, behovsmeldinger: [one])[ordning])
        #expect(!own.innstilling.linjer.isEmpty)
        #expect(own.innstilling.linjer == read.innstilling.linjer.filter { $0.behovsmeldingId == one })
    }

    @Test("some behovsmeldinger's lines are read by the index while the innstilling is not kept, and keep nothing")
    func subset() async throws {
        let db = try AppDatabase.forTesting()
        try await db.seedDemo(now: Repository.fixedNow, demoPasswordHash: "hash")
        let kept = db.linjeCache.innstillinger
        let hoder = try await db.innstillingshoder(rundeAar: 2027)
        let ordning = try #require(hoder.keys.sorted { $0.rawValue < $1.rawValue }.first)
        let ids: Set<Int64> = try await db.writer.read { db in
            Set(try Int64.fetchAll(db, sql: "SELECT behovsmelding_id FROM innstilling_linje WHERE innstilling_id = ? LIMIT 3", arguments: [hoder[ordning]?.id]))
        }
        let some = try #require(try await db.innstillinger(rundeAar: 2027, behovsmeldinger: ids)[ordning])
        #expect(db.linjeCache.innstillinger == kept)
        let whole = try #require(try await db.innstilling(rundeAar: 2027, ordning: ordning))
        #expect(db.linjeCache.innstillinger == kept + 1, "it was not kept before")
        #expect(!some.innstilling.linjer.isEmpty)
        #expect(some.innstilling.linjer == whole.innstilling.linjer.filter { ids.contains($0.behovsmeldingId) })
    }

    @Test("a kept version is not read again; past the bound it starts over")
    func bound() throws {
        let cache = LinjeCache(grense: 3)
        let linje = Innstilling.Linje(id: 1, behovsmeldingId: 1, tiltakNummer: 1, tiltakTittel: "Lesing", partnerskap: "Bodø", regionId: 1,
                                      regionNavn: "Salten", sokt: [Belop(eier: Kroner(100), uh: Kroner(50))])
        var reads = 0
        func les() -> [Innstilling.Linje] { reads += 1; return [linje, linje] }
        let first = LinjeCache.Versjon(id: 1, version: 1, endret: "2027-03-01T10:00:00Z")
        #expect(cache.linjer(first, les: les).count == 2)
        #expect(cache.linjer(first, les: les).count == 2)
        #expect(reads == 1)
        #expect(cache.linjer(.init(id: 1, version: 2, endret: "2027-03-01T10:05:00Z"), les: les).count == 2)
        #expect(reads == 2, "a new version is read")
        #expect(cache.innstillinger == 1, "four lines are over the bound of three: the first was let go")
        _ = cache.linjer(first, les: les)
        #expect(reads == 3)
    }
}
