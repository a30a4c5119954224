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
        let db = try await AppDatabase.demoForTesting()
        let open = try #require(try await db.innstillinger(rundeAar: 2027).values.first { $0.status != .vedtatt && !$0.innstilling.linjer.isEmpty })
        let ordning = open.innstilling.ordning
        let kept = db.linjeCache.innstillinger
        #expect(kept >= 1)
        #expect(try await db.innstilling(rundeAar: 2027, ordning: ordning) == open)
        #expect(db.linjeCache.innstillinger == kept, "read again from what was kept")

        var changed = open
        changed.innstilling.linjer[0].begrunnelse = "Endret etter møtet i forumet."
        changed.innstilling.forventet[2027] = Kroner(1_234_567)
        try await db.saveInnstilling(changed, expectedVersion: open.version, now: Repository.fixedNow + 60,
                                     audit: AuditEvent(at: Repository.fixedNow + 60, action: .endre, objectType: "innstilling"))
        let read = try #require(try await db.innstilling(rundeAar: 2027, ordning: ordning))
        #expect(read.innstilling.linjer[0].begrunnelse == "Endret etter møtet i forumet.")
        #expect(read.innstilling.linjer == changed.innstilling.linjer)
        #expect(read.innstilling.forventet == changed.innstilling.forventet && read.innstilling.forventet != open.innstilling.forventet)
        #expect(read.version == open.version + 1)

        // One behovsmelding's lines: from the kept innstilling, as the index gives them.
        let one = open.innstilling.linjer[0].behovsmeldingId
        let own = try #require(try await db.innstillinger(rundeAar: 2027, behovsmeldinger: [one])[ordning])
        #expect(!own.innstilling.linjer.isEmpty)
        #expect(own.innstilling.linjer == read.innstilling.linjer.filter { $0.behovsmeldingId == one })
    }

    @Test("some behovsmeldinger's lines: by the index while an open innstilling is not kept; a vedtatt one is read whole and kept")
    func subset() async throws {
        let db = try await AppDatabase.demoForTesting()
        let hoder = try await db.innstillingshoder(rundeAar: 2027)
        let hoder2026 = try await db.innstillingshoder(rundeAar: 2026)
        func some(_ head: StoredInnstilling?) async throws -> Set<Int64> {
            try await db.writer.read { db in
                Set(try Int64.fetchAll(db, sql: "SELECT behovsmelding_id FROM innstilling_linje WHERE innstilling_id = ? ORDER BY position DESC LIMIT 3",
                                       arguments: [head?.id]))
            }
        }

        let open = try #require(hoder.first { $0.value.status != .vedtatt }?.key)
        let openIds = try await some(hoder[open])
        let kept = db.linjeCache.innstillinger
        let fewOpen = try #require(try await db.innstillinger(rundeAar: 2027, behovsmeldinger: openIds)[open])
        #expect(db.linjeCache.innstillinger == kept, "an open innstilling is not kept for a few of its lines")
        let wholeOpen = try #require(try await db.innstilling(rundeAar: 2027, ordning: open))
        #expect(db.linjeCache.innstillinger == kept + 1, "it was not kept before")
        #expect(!fewOpen.innstilling.linjer.isEmpty)
        #expect(fewOpen.innstilling.linjer == wholeOpen.innstilling.linjer.filter { openIds.contains($0.behovsmeldingId) })

        let vedtatt = try #require(hoder2026.first { $0.value.status == .vedtatt }?.key)
        let vedtattIds = try await some(hoder2026[vedtatt])
        let fewVedtatt = try #require(try await db.innstillinger(rundeAar: 2026, status: [.vedtatt], behovsmeldinger: vedtattIds)[vedtatt])
        let vedtatte = hoder2026.values.filter { $0.status == .vedtatt }.count
        #expect(db.linjeCache.innstillinger == kept + 1 + vedtatte, "each vedtatt innstilling of the round is kept whole")
        let wholeVedtatt = try #require(try await db.innstilling(rundeAar: 2026, ordning: vedtatt))
        #expect(db.linjeCache.innstillinger == kept + 1 + vedtatte, "and read from what is kept")
        #expect(!fewVedtatt.innstilling.linjer.isEmpty)
        #expect(fewVedtatt.innstilling.linjer == wholeVedtatt.innstilling.linjer.filter { vedtattIds.contains($0.behovsmeldingId) })
    }

    @Test("some behovsmeldinger's lines, found by the index of the kept innstilling, are the lines on them in their order, for any lines and any choice")
    func index() throws {
        var generator = SystemRandomNumberGenerator()
        for runde in 0..<200 {
            let cache = LinjeCache()
            let versjon = LinjeCache.Versjon(id: Int64(runde), version: 1, endret: "")
            let linjer = (0..<Int.random(in: 0...40, using: &generator)).map { nr in
                Innstilling.Linje(id: Int64(nr), behovsmeldingId: Int64.random(in: 1...12, using: &generator), tiltakNummer: nr % 5 + 1,
                                  tiltakTittel: "Tiltak \(nr)", partnerskap: "P", regionId: 1, regionNavn: "R", sokt: [])
            }
            let valgt = Set((0..<Int.random(in: 0...6, using: &generator)).map { _ in Int64.random(in: 0...13, using: &generator) })
            #expect(cache.kjente(versjon, pa: valgt) == nil, "nothing kept yet")
            let funnet = cache.linjer(versjon, pa: valgt) { linjer }
            #expect(funnet == linjer.filter { valgt.contains($0.behovsmeldingId) })
            #expect(cache.kjente(versjon, pa: valgt) == funnet)
        }
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

    @Test("a version's expected amounts are decoded once; a new version's again; past 500 versions it starts over")
    func forventet() {
        let cache = LinjeCache()
        var reads = 0
        func versjon(_ version: Int) -> LinjeCache.Versjon { .init(id: 1, version: version, endret: "2027-03-01T10:00:00Z") }
        func les(_ version: Int) -> () -> [Int: Kroner] { { reads += 1; return [2027: Kroner(version)] } }
        #expect(cache.forventet(versjon(1), les: les(1)) == [2027: Kroner(1)])
        #expect(cache.forventet(versjon(1), les: les(99)) == [2027: Kroner(1)])
        #expect(reads == 1)
        #expect(cache.forventet(versjon(2), les: les(2)) == [2027: Kroner(2)])
        #expect(reads == 2)
        for version in 3...501 { _ = cache.forventet(versjon(version), les: les(version)) }
        #expect(reads == 501)
        #expect(cache.forventet(versjon(1), les: les(1)) == [2027: Kroner(1)])
        #expect(reads == 502, "the first was let go")
    }
}
