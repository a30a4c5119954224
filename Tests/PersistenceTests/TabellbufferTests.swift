import Domain
import Foundation
import GRDB
import Synchronization
import Testing
import TestSupport
@testable import Persistence

/// What is kept in memory between changes of its tables (`Tabellbuffer`): the rounds and whole
/// ordninger's reviews. A committed change to a table they are read from is read at once, a
/// rolled-back one never, and a change to a table they are not read from keeps them.
@Suite struct TabellbufferTests {
    @Test("a committed change to a round or its schemes is read at once; a rolled-back one is not")
    func changes() async throws {
        let db = try await AppDatabase.demoForTesting()
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

    @Test("a transaction that says its change is nothing kept leaves the values; the next one does not inherit it, even after a rollback")
    func utenVirkning() async throws {
        let db = try await AppDatabase.demoForTesting()
        let regions = try await db.regions()
        try await db.writer.write { conn in
            try conn.execute(sql: "UPDATE region SET name = 'Ikke sett' WHERE id = ?", arguments: [regions[0].id])
            db.regionBuffer.utenVirkning(conn)
        }
        #expect(try await db.regions() == regions && db.regionBuffer.lesninger == 1, "kept, as the transaction said")
        func navn() async throws -> String? { try await db.regions().first { $0.id == regions[0].id }?.navn }
        try await db.writer.write { conn in try conn.execute(sql: "UPDATE region SET name = 'Sett' WHERE id = ?", arguments: [regions[0].id]) }
        #expect(try await navn() == "Sett", "the next transaction does not inherit the word")
        try? await db.writer.write { conn in
            db.regionBuffer.utenVirkning(conn)
            throw StorageError.conflict
        }
        try await db.writer.write { conn in try conn.execute(sql: "UPDATE region SET name = 'Sett igjen' WHERE id = ?", arguments: [regions[0].id]) }
        #expect(try await navn() == "Sett igjen", "nor after a rollback")
    }

    @Test("a committed change to the regions or the networks is read at once")
    func register() async throws {
        let db = try await AppDatabase.demoForTesting()
        let regions = try await db.regions()
        let nettverk = try await db.nettverk()
        #expect(try await db.regions() == regions && db.regionBuffer.lesninger == 1, "kept")
        #expect(try await db.nettverk() == nettverk && db.nettverkBuffer.lesninger == 1, "kept")

        let region = try #require(regions.first)
        try await db.writer.write { db in try db.execute(sql: "UPDATE region SET name = 'Ny region' WHERE id = ?", arguments: [region.id]) }
        #expect(try await db.regions().contains { $0.id == region.id && $0.navn == "Ny region" })
        #expect(db.nettverkBuffer.lesninger == 1, "the networks are kept when a region changes")

        let network = try #require(nettverk.first)
        try await db.writer.write { db in
            try db.execute(sql: "UPDATE kompetansenettverk SET name = 'Nytt nettverk' WHERE id = ?", arguments: [network.id])
        }
        #expect(try await db.nettverk().first { $0.id == network.id }?.navn == "Nytt nettverk")
    }

    @Test("a session is kept; a touch, a removed grant, a renamed organisation, a deactivated user and a logout are read at once")
    func sesjon() async throws {
        let db = try await AppDatabase.demoForTesting()
        let userId = try #require(try await db.writer.read { try Int64.fetchOne($0, sql: "SELECT user_id FROM role_grant WHERE role = 'eier' ORDER BY id") })
        let grant = try #require(try await db.writer.read { try Row.fetchOne($0, sql: "SELECT id, organisation_id FROM role_grant WHERE user_id = ? ORDER BY id", arguments: [userId]) })
        let audit = AuditEvent(at: Repository.fixedNow, action: .endre, objectType: "bruker")
        try await db.createSession(tokenHash: "h", userId: userId, roleGrantId: grant["id"], csrfToken: "c", now: Repository.fixedNow,
                                   expires: Repository.fixedNow + 3_600)
        #expect(try await db.sessionUser(tokenHash: "ukjent") == nil)
        let first = try #require(try await db.sessionUser(tokenHash: "h"))
        #expect(try await db.sessionUser(tokenHash: "h")?.session == first.session)
        #expect(try await db.sessionUser(tokenHash: "ukjent") == nil)
        #expect(db.sesjonBuffer.lesninger == 2, "both kept, the unknown one too")

        try await db.touchSession(tokenHash: "h", now: Repository.fixedNow + 120)
        #expect(try await db.sessionUser(tokenHash: "h")?.session.lastSeen == Repository.fixedNow + 120)

        let org: Int64 = grant["organisation_id"]
        try await db.writer.write { try $0.execute(sql: "UPDATE organisation SET name = 'Nytt navn' WHERE id = ?", arguments: [org]) }
        #expect(try await db.sessionUser(tokenHash: "h")?.scopeNames[grant["id"]] == "Nytt navn")

        try await db.removeGrant(userId: userId, grantId: grant["id"], audit: audit)
        #expect(try await db.sessionUser(tokenHash: "h")?.bruker.tildelinger.contains { $0.id == grant["id"] } == false)

        try await db.setActive(userId: userId, false, audit: audit)
        #expect(try await db.sessionUser(tokenHash: "h") == nil, "deactivating ends the sessions")

        try await db.writer.write { try $0.execute(sql: "UPDATE user SET is_active = 1 WHERE id = ?", arguments: [userId]) }
        try await db.createSession(tokenHash: "h2", userId: userId, roleGrantId: nil, csrfToken: "c", now: Repository.fixedNow, expires: Repository.fixedNow + 3_600)
        #expect(try await db.sessionUser(tokenHash: "h2") != nil)
        try await db.deleteSession(tokenHash: "h2")
        #expect(try await db.sessionUser(tokenHash: "h2") == nil, "logged out")
    }

    @Test("a whole ordning's review is kept until a table it is read from changes; one behovsmelding's never")
    func gjennomgang() async throws {
        let db = try await AppDatabase.demoForTesting()
        let runde = try #require(try await db.runde(aar: 2027))
        let first = try await Gjennomgang.load(db, runde: runde, ordning: .rekom)
        _ = try await Gjennomgang.load(db, runde: runde, ordning: .rekom)
        #expect(db.innholdBuffer.lesninger == 1, "read once, kept")
        _ = try await Gjennomgang.load(db, runde: runde, ordning: .rekom, bareHoder: true)
        _ = try await Gjennomgang.load(db, runde: runde, ordning: .dekom)
        #expect(db.innholdBuffer.lesninger == 3, "kept by ordning and reading")
        let melding = try #require(first.leverte.first)
        _ = try await Gjennomgang.load(db, runde: runde, ordning: .rekom, behovsmeldinger: [melding.id])
        #expect(db.innholdBuffer.lesninger == 3, "one behovsmelding's review is read, never kept")

        // Logging in and the audit trail touch no table a review reads.
        try await db.writer.write { db in
            try db.execute(sql: "INSERT INTO audit_log (at, action, object_type, object_id) VALUES ('2026-11-23T10:00:00Z', 'endre', 'x', '1')")
        }
        _ = try await Gjennomgang.load(db, runde: runde, ordning: .rekom)
        #expect(db.innholdBuffer.lesninger == 3)

        let partnerskapId = melding.melding.partnerskapId
        try? await db.writer.write { db in
            try db.execute(sql: "UPDATE partnerskap SET name = 'Tilbakerullet' WHERE id = ?", arguments: [partnerskapId])
            throw StorageError.conflict
        }
        #expect(try await Gjennomgang.load(db, runde: runde, ordning: .rekom).partnerskap[partnerskapId]?.navn != "Tilbakerullet")
        #expect(db.innholdBuffer.lesninger == 3, "a rolled-back change keeps it")

        try await db.writer.write { db in
            try db.execute(sql: "UPDATE partnerskap SET name = 'Nytt navn' WHERE id = ?", arguments: [partnerskapId])
        }
        #expect(try await Gjennomgang.load(db, runde: runde, ordning: .rekom).partnerskap[partnerskapId]?.navn == "Nytt navn")
        #expect(try await Gjennomgang.load(db, runde: runde, ordning: .rekom, bareHoder: true).partnerskap[partnerskapId]?.navn == "Nytt navn")
        #expect(db.innholdBuffer.lesninger == 5, "a committed change forgets every review kept")
    }

    @Test("one behovsmelding's review takes the kept regions and networks: what it reads in one transaction, also after they change")
    func gjennomgangMedRegister() async throws {
        let db = try await AppDatabase.demoForTesting()
        let runde = try #require(try await db.runde(aar: 2027))
        func sammenlign() async throws {
            for ordning in [Ordning.rekom, .dekom] {
                for melding in try await Gjennomgang.load(db, runde: runde, ordning: ordning).leverte.prefix(3) {
                    let kept = try await Gjennomgang.load(db, runde: runde, ordning: ordning, behovsmeldinger: [melding.id])
                    let lest = try await db.les { try Gjennomgang.load($0, runde: runde, ordning: ordning, behovsmeldinger: [melding.id]) }
                    #expect(kept.regions == lest.regions && kept.nettverk == lest.nettverk && kept.leverte == lest.leverte)
                    #expect(kept.partnerskap == lest.partnerskap && kept.organisasjoner == lest.organisasjoner && kept.vurderinger == lest.vurderinger)
                    #expect(!kept.regions.isEmpty && !kept.nettverk.isEmpty && kept.leverte.map(\.id) == [melding.id])
                }
            }
        }
        try await sammenlign()
        try await db.writer.write { db in
            try db.execute(sql: "UPDATE region SET name = name || ' (ny)' WHERE id = (SELECT MIN(id) FROM region)")
            try db.execute(sql: "UPDATE kompetansenettverk SET name = name || ' (ny)' WHERE id = (SELECT MIN(id) FROM kompetansenettverk)")
        }
        try await sammenlign()
        let regions = try await db.regions(), nettverk = try await db.nettverk()
        #expect(regions.contains { $0.navn.hasSuffix(" (ny)") } && nettverk.contains { $0.navn.hasSuffix(" (ny)") }, "the kept ones changed")
    }

    @Test("the register's counts and the innstillinger's heads are kept until a table they are read from changes")
    func registerOgHoder() async throws {
        let db = try await AppDatabase.demoForTesting()
        let tall = try await db.registerTall()
        let hoder = try await db.innstillingshoder(rundeAar: 2027)
        #expect(try await db.registerTall() == tall && db.innholdBuffer.lesninger == 2, "each read once, kept")
        #expect(try await db.innstillingshoder(rundeAar: 2027).mapValues(\.version) == hoder.mapValues(\.version) && db.innholdBuffer.lesninger == 2)
        let forum = try await db.innstillingshoder(rundeAar: 2027, status: [.forelopig, .vedtatt])
        #expect(db.innholdBuffer.lesninger == 3 && forum.count <= hoder.count, "kept by the states asked for")

        try await db.writer.write { try $0.execute(sql: "UPDATE user SET is_active = 0 WHERE id = (SELECT min(id) FROM user WHERE is_active)") }
        #expect(try await db.registerTall().aktiveBrukere == tall.aktiveBrukere - 1)
        let (ordning, head) = try #require(hoder.first)
        try await db.writer.write { try $0.execute(sql: "UPDATE innstilling SET version = version + 1 WHERE id = ?", arguments: [head.id]) }
        #expect(try await db.innstillingshoder(rundeAar: 2027)[ordning]?.version == head.version + 1, "a committed change is seen at once")
    }

    @Test("what is kept under keys of different types is kept apart, and read again after a change")
    func beholdt() async throws {
        struct A: Hashable, Sendable { let n: Int }
        struct B: Hashable, Sendable { let n: Int }
        let db = try AppDatabase.forTesting()
        #expect(try await db.beholdt(A(n: 1)) { "a" } == "a")
        #expect(try await db.beholdt(B(n: 1)) { 2 } == 2)
        #expect(try await db.beholdt(A(n: 1)) { "ny" } == "a", "kept")
        #expect(try await db.beholdt(A(n: 2)) { "to" } == "to")
        try await db.seedDemo(now: Repository.fixedNow, demoPasswordHash: "hash")
        #expect(try await db.beholdt(A(n: 1)) { "ny" } == "ny", "the demo data changed the tables")
    }

    /// Waits (at most ten seconds) until `ferdig` holds.
    private func inntil(_ ferdig: () -> Bool) async throws {
        for _ in 0..<1_000 where !ferdig() { try await Task.sleep(for: .milliseconds(10)) }
    }

    @Test("requests that ask for a value while it is read wait for that read instead of reading it too")
    func enLesing() async throws {
        let buffer = Tabellbuffer<Int, String>(plasser: 4) { _ in true }
        let lest = try await withThrowingTaskGroup(of: String.self) { group in
            group.addTask {
                // The read goes on until the other nine wait for it.
                try await buffer.verdi(1) {
                    try await self.inntil { buffer.venter(pa: 1) == 9 }
                    return "verdi"
                }
            }
            try await inntil { buffer.venter(pa: 1) == 0 }
            for _ in 0..<9 { group.addTask { try await buffer.verdi(1) { "lest igjen" } } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(lest == Array(repeating: "verdi", count: 10))
        #expect(buffer.lesninger == 1 && buffer.venter(pa: 1) == nil)

        // A read that fails leaves its waiters to read for themselves.
        struct Feil: Error {}
        let etterFeil = try await withThrowingTaskGroup(of: String?.self) { group in
            group.addTask {
                try? await buffer.verdi(2) {
                    try await self.inntil { buffer.venter(pa: 2) == 1 }
                    throw Feil()
                }
            }
            try await inntil { buffer.venter(pa: 2) == 0 }
            group.addTask { try await buffer.verdi(2) { "selv" } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(etterFeil.compactMap { $0 } == ["selv"])
    }

    @Test("a request that asks after a change does not wait for a read begun before it, and takes over its waiters")
    func lesingForEndring() async throws {
        let buffer = Tabellbuffer<Int, String>(plasser: 4) { _ in true }
        let apne = Atomic<Bool>(false)
        async let gammel = buffer.verdi(1) {
            try await self.inntil { apne.load(ordering: .relaxed) }
            return "før"
        }
        try await inntil { buffer.venter(pa: 1) == 0 }
        async let venter = buffer.verdi(1) { "venteren leste selv" }
        try await inntil { buffer.venter(pa: 1) == 1 }

        try DatabaseQueue().inDatabase { db in
            buffer.databaseDidChange()
            buffer.databaseDidCommit(db)
        }
        #expect(try await buffer.verdi(1) { "etter" } == "etter", "not the read from before the change")
        #expect(try await venter == "etter")
        apne.store(true, ordering: .relaxed)
        #expect(try await gammel == "før")
        #expect(try await buffer.verdi(1) { "igjen" } == "etter", "what was read after the change is kept")
    }
}
