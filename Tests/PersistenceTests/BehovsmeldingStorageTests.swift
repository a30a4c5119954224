import Domain
import Foundation
@testable import Persistence
import Testing
import TestSupport

/// Partnerships and behovsmeldinger in SQLite: round trips, versions, R2 and the round lock.
@Suite struct BehovsmeldingStorageTests {
    let now = Repository.fixedNow
    let audit = AuditEvent(at: Repository.fixedNow, userId: nil, userName: "Test", action: .lagre)

    func database() async throws -> AppDatabase {
        let db = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        try await db.seedDemo(now: now, demoPasswordHash: "x")
        return db
    }

    @Test("the demo's delivered behovsmeldinger break no rule; its drafts are drafts")
    func demo() async throws {
        let db = try await database()
        let runde = try #require(try await db.runde(aar: 2027))
        let all = try await db.behovsmeldinger(partnerskapIds: [1, 2, 3]).filter { $0.melding.rundeAar == 2027 }
        #expect(all.map(\.melding.status) == [.levert, .levert, .levert, .utkast, .utkast, .utkast])
        for stored in all where stored.melding.status == .levert {
            let partnerskap = try #require(try await db.partnerskap(id: stored.melding.partnerskapId)).partnerskap
            #expect(stored.melding.validate(partnerskap: partnerskap, runde: runde, andre: [], now: now).filter(\.blokkerer).isEmpty)
        }
        #expect(Set(all.map(\.melding.ordning)) == Set(Runde.Mal.retningslinjer2021.koder))
    }

    @Test("a save round-trips every field and tiltak, bumps the version, and refuses an old version")
    func roundTrip() async throws {
        let db = try await database()
        var stored = try #require(try await db.behovsmelding(id: 5))
        stored.melding.kontaktperson = "Kari"
        stored.melding.tiltak = [Tiltak(nummer: 1, tittel: "A", fase: .vurdering, hvemGjorHva: "B", varighetAar: 2,
                                        aarsbelop: [Belop(eier: Kroner(10), uh: Kroner(20)), Belop(eier: Kroner(30), uh: .zero)],
                                        koordinator: Kroner(5), koordinatorBegrunnelse: "C")]
        let version = try await db.saveBehovsmelding(stored, expectedVersion: stored.version, now: now, audit: audit)
        #expect(version == stored.version + 1)
        let back = try #require(try await db.behovsmelding(id: 5))
        #expect(back.melding == stored.melding)
        await #expect(throws: StorageError.conflict) {
            try await db.saveBehovsmelding(stored, expectedVersion: stored.version, now: now, audit: audit)
        }
    }

    @Test("a behovsmelding's columns, read by position, each land in their own field")
    func columns() async throws {
        let db = try await database()
        let before = try #require(try await db.behovsmelding(id: 5))
        // A value of its own in every column the loader reads, as SQL writes them.
        try await db.writer.write { db in
            try db.execute(sql: """
                UPDATE behovsmelding SET status = 'til_uh', forankring = 'F', kollektive_prosesser = 'K', partnerskap_svar = 'P',
                    uh_laererutdanning = 'U', enheter = 'E', kontaktperson = 'KP', return_comment = 'R', version = 41,
                    updated_at = '2026-01-02T03:04:05Z', sent_at = '2026-02-03T04:05:06Z', delivered_at = '2026-03-04T05:06:07Z',
                    deadline_extended_to = '2026-04-05', deadline_extension_reason = 'D'
                WHERE id = 5
                """)
        }
        let back = try #require(try await db.behovsmelding(id: 5))
        let melding = back.melding
        #expect(melding.id == 5 && melding.partnerskapId == before.melding.partnerskapId && melding.ordning == before.melding.ordning)
        #expect(melding.rundeAar == before.melding.rundeAar && melding.status == .tilUH)
        #expect(melding.kriterier == [.forankring: "F", .kollektiveProsesser: "K", .partnerskap: "P"])
        #expect(melding.uhLaererutdanning == "U" && melding.enheter == "E" && melding.kontaktperson == "KP")
        #expect(back.returnComment == "R" && back.version == 41)
        let time = { (iso: String) in try #require(ISO8601DateFormatter().date(from: iso)) }
        #expect(back.updatedAt == (try time("2026-01-02T03:04:05Z")))
        #expect(back.sentAt == (try time("2026-02-03T04:05:06Z")))
        #expect(back.deliveredAt == (try time("2026-03-04T05:06:07Z")))
        #expect(melding.fristforlengelse == Fristforlengelse(dato: try #require(Dato(iso: "2026-04-05")), begrunnelse: "D"))
        #expect(melding.tiltak == before.melding.tiltak && back.uhSignert == before.uhSignert)
        // Its place in the workflow alone, read for a UH's home, from the same columns.
        let partnerskap = try #require(try await db.partnerskap(id: melding.partnerskapId))
        for part in partnerskap.partnerskap.parter {
            let sak = try #require(try await db.saker(organisasjonId: part.organisasjonId).first { $0.id == 5 })
            #expect(sak == StoredSak(back))
            #expect(sak.sak.status == .tilUH && sak.sak.fristforlengelse == melding.fristforlengelse && sak.sak == Behovsmelding.Sak(melding, id: 5))
        }
    }

    @Test("a partnership's and a tiltak's columns, read by position, each land in their own field")
    func partnerskapOgTiltakColumns() async throws {
        let db = try await database()
        let before = try #require(try await db.behovsmelding(id: 5))
        let partnerskapId = before.melding.partnerskapId
        let partnerskap = try #require(try await db.partnerskap(id: partnerskapId))
        let eier = try #require(partnerskap.partnerskap.eiere.first).organisasjonId
        let region = try #require(try await db.regions().map(\.id).first { $0 != partnerskap.partnerskap.regionId })
        try await db.writer.write { db in
            try db.execute(sql: """
                UPDATE partnerskap SET name = 'N', region_id = ?, avtale_hvem = 'HV', avtale_hva = 'HA', avtale_naar = 'NA', version = 17 WHERE id = ?
                """, arguments: [region, partnerskapId])
            try db.execute(sql: """
                UPDATE partnerskap_part SET signed_at = '2026-05-06T07:08:09Z', reminded_at = '2026-06-07T08:09:10Z'
                WHERE partnerskap_id = ? AND organisation_id = ?
                """, arguments: [partnerskapId, eier])
            try db.execute(sql: "DELETE FROM tiltak_aar WHERE tiltak_id IN (SELECT id FROM tiltak WHERE behovsmelding_id = 5)")
            try db.execute(sql: "DELETE FROM tiltak WHERE behovsmelding_id = 5")
            try db.execute(sql: """
                INSERT INTO tiltak (behovsmelding_id, nummer, title, fase, hva_skal_gjores, hvem_gjor_hva, deltakere, varighet_aar, koordinator,
                                    koordinator_begrunnelse, plan_goal)
                VALUES (5, 3, 'T', 'gjennomforing', 'HS', 'HG', 'D', 2, 7, 'KB', 'PM')
                """)
            try db.execute(sql: "INSERT INTO tiltak_aar (tiltak_id, aar, eier, uh) VALUES (?, 1, 11, 12), (?, 2, 13, 14)",
                           arguments: [db.lastInsertedRowID, db.lastInsertedRowID])
        }
        let stored = try #require(try await db.partnerskap(id: partnerskapId))
        #expect(stored.partnerskap.navn == "N" && stored.partnerskap.regionId == region && stored.version == 17)
        #expect(stored.partnerskap.avtale == .init(hvem: "HV", hva: "HA", naar: "NA"))
        let time = { (iso: String) in try #require(ISO8601DateFormatter().date(from: iso)) }
        #expect(stored.signedAt[eier] == (try time("2026-05-06T07:08:09Z")))
        #expect(stored.remindedAt[eier] == (try time("2026-06-07T08:09:10Z")))
        #expect(stored.partnerskap.eiere == partnerskap.partnerskap.eiere && stored.partnerskap.uh == partnerskap.partnerskap.uh)
        let tiltak = try #require(try await db.behovsmelding(id: 5)).melding.tiltak
        #expect(tiltak == [Tiltak(nummer: 3, tittel: "T", fase: .gjennomforing, hvaSkalGjores: "HS", hvemGjorHva: "HG", deltakere: "D", varighetAar: 2,
                                  aarsbelop: [Belop(eier: Kroner(11), uh: Kroner(12)), Belop(eier: Kroner(13), uh: Kroner(14))],
                                  koordinator: Kroner(7), koordinatorBegrunnelse: "KB", planmal: "PM")])
    }

    @Test("R2: a second behovsmelding for the same partnership, ordning and round is a duplicate")
    func r2() async throws {
        let db = try await database()
        await #expect(throws: StorageError.duplicate(field: "ordning")) {
            try await db.createBehovsmelding(partnerskapId: 1, ordning: .rekom, rundeAar: 2027, now: now, audit: audit)
        }
    }

    @Test("sending to the UH locks the round's rules in the same transaction")
    func lock() async throws {
        let db = try await database()
        try await db.createRunde(.standard(aar: 2028, budsjett: [.rekom: Kroner(1_000_000)]), audit: audit)
        let id = try await db.createBehovsmelding(partnerskapId: 2, ordning: .rekom, rundeAar: 2028, now: now, audit: audit)
        var stored = try #require(try await db.behovsmelding(id: id))
        #expect(try await db.lockedRoundYears() == [2026, 2027])
        stored.melding.status = .tilUH
        try await db.saveBehovsmelding(stored, expectedVersion: stored.version, now: now, audit: audit)
        #expect(try await db.lockedRoundYears() == [2026, 2027, 2028])
        #expect(try await db.behovsmelding(id: id)?.sentAt == now)
    }

    @Test("a reminder is kept for a party that has not signed, and refused for one that has")
    func reminder() async throws {
        let db = try await database()
        try await db.remindPartnerskap(id: 2, organisationId: 45, now: now, audit: audit)
        #expect(try await db.partnerskap(id: 2)?.remindedAt[45] == now)
        await #expect(throws: StorageError.notFound) { try await db.remindPartnerskap(id: 2, organisationId: 42, now: now, audit: audit) }
    }
}
