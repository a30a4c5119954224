import Domain
import Foundation
import GRDB
import Testing
import TestSupport
@testable import Persistence

/// The outbox in SQLite (issue 21): a notice commits with its change or not at all, reaches
/// the people who must act and not the one who acted, is written once per event and person,
/// and goes into one e-mail only.
@Suite struct VarselStorageTests {
    let now = Repository.fixedNow
    let audit = AuditEvent(at: Repository.fixedNow, userId: nil, userName: "Test", action: .lagre)

    func database() async throws -> AppDatabase {
        let db = try AppDatabase.forTesting()
        try await db.seedDemo(now: now, demoPasswordHash: "x")
        return db
    }

    func userId(_ db: AppDatabase, _ email: String) async throws -> Int64 {
        try #require(try await db.brukere().first { $0.epost == email }).id
    }

    func waiting(_ db: AppDatabase, _ slag: Varsel.Slag) async throws -> [VentendeVarsel] {
        try await db.ventendeVarsler(limit: 10_000).filter { $0.slag == slag }
    }

    @Test("a behovsmelding sent to the UH tells the UH's users, not the owner who sent it, with what the text needs")
    func sentToUH() async throws {
        let db = try await database()
        let owner = try await userId(db, "eier.bodo@demo.no")
        let uh = try await userId(db, "uh.nord@demo.no")
        var stored = try #require(try await db.behovsmelding(id: 5))
        stored.melding.status = .tilUH
        let before = try await waiting(db, .behovsmeldingTilUH).count
        try await db.saveBehovsmelding(stored, expectedVersion: stored.version, now: now,
                                       audit: AuditEvent(at: now, userId: owner, userName: "Berit Bodø", action: .send))
        let notices = try await waiting(db, .behovsmeldingTilUH).dropFirst(before)
        // Everyone with a role at Nord universitet (one of them also sits in a fagutvalg).
        #expect(Set(notices.map(\.userId)).contains(uh) && !notices.contains { $0.userId == owner })
        let notice = try #require(notices.first { $0.userId == uh })
        #expect(notice.params["behovsmelding"] == "5")
        #expect(notice.params["ordning"] == "Dekom")
        #expect(notice.params["navn"]?.isEmpty == false)
        #expect(notice.epost == "uh.nord@demo.no")
        #expect(notice.valg == .straks)
    }

    @Test("a change that fails leaves no notice: a stale save, and a transaction that throws after writing one")
    func atomic() async throws {
        let db = try await database()
        let count = try await db.ventendeVarsler(limit: 10_000).count
        var stored = try #require(try await db.behovsmelding(id: 5))
        stored.melding.status = .tilUH
        await #expect(throws: StorageError.conflict) {
            try await db.saveBehovsmelding(stored, expectedVersion: stored.version - 1, now: now, audit: audit)
        }
        struct Failure: Error {}
        await #expect(throws: Failure.self) {
            try await db.writer.write { tx in
                try AppDatabase.varsle(.vedtak, hendelse: "x", til: [.statsforvalter], params: [:], now: now, tx)
                throw Failure()
            }
        }
        #expect(try await db.ventendeVarsler(limit: 10_000).count == count)
    }

    @Test("one notice per event and person, however often it is written; an inactive user gets none")
    func once() async throws {
        let db = try await database()
        let sf = try await userId(db, "sf@demo.no")
        for _ in 0..<3 {
            try await db.varsle(.frist, hendelse: "2027:behovsmelding:test", til: [.statsforvalter], params: [:], now: now)
        }
        #expect(try await waiting(db, .frist).filter { $0.userId == sf }.count == 1)
        try await db.setActive(userId: sf, false, audit: audit)
        try await db.varsle(.frist, hendelse: "2027:behovsmelding:test2", til: [.statsforvalter], params: [:], now: now)
        #expect(try await waiting(db, .frist).filter { $0.userId == sf }.count == 1)
    }

    @Test("notices go into one e-mail only: a second e-mail for the same notices is refused and not written")
    func oneMail() async throws {
        let db = try await database()
        try await db.varsle(.vedtak, hendelse: "test", til: [.statsforvalter], params: ["aar": "2027"], now: now)
        let notices = try await waiting(db, .vedtak).filter { $0.params["aar"] == "2027" && $0.epost == "sf@demo.no" }
        let ids = notices.map(\.id)
        func mail(_ id: String) -> Epost {
            Epost(userId: notices[0].userId, til: "sf@demo.no", navn: "SF", emne: "Vedtak", tekst: "Tekst", messageId: id, createdAt: now, nesteForsok: now)
        }
        try await db.lagEpost(mail("a@test"), varsler: ids)
        await #expect(throws: StorageError.conflict) { try await db.lagEpost(mail("b@test"), varsler: ids) }
        let (eposter, antall) = try await db.eposter(limit: 10)
        #expect(antall == 1 && eposter.map(\.messageId) == ["a@test"])
        #expect(try await waiting(db, .vedtak).filter { ids.contains($0.id) }.isEmpty)
    }

    @Test("an attempt that fails keeps the e-mail waiting with the error and the next time; a sent one is not due again")
    func attempts() async throws {
        let db = try await database()
        try await db.lagEpost(Epost(userId: nil, til: "a@b.no", navn: "A", emne: "E", tekst: "T", messageId: "m@test", createdAt: now, nesteForsok: now),
                              varsler: [])
        let mail = try #require(try await db.forfalteEposter(now: now).first)
        let later = now.addingTimeInterval(60)
        try await db.markerEpost(id: mail.id, .venter, now: now, feil: "SMTP 451: prøv igjen", nesteForsok: later)
        #expect(try await db.forfalteEposter(now: now).isEmpty)
        let failed = try #require(try await db.epost(id: mail.id))
        #expect(failed.forsok == 1 && failed.feil == "SMTP 451: prøv igjen" && failed.tilstand == .venter)
        #expect(try await db.forfalteEposter(now: later).map(\.id) == [mail.id])
        try await db.markerEpost(id: mail.id, .sendt, now: later)
        #expect(try await db.forfalteEposter(now: later.addingTimeInterval(3600)).isEmpty)
        let sent = try #require(try await db.epost(id: mail.id))
        #expect(sent.tilstand == .sendt && sent.sentAt == later && sent.forsok == 2)
    }

    @Test("a deadline reminds the owners of an unsent draft (not of a delivered one) and the leader of a network that has not forwarded; once")
    func deadlines() async throws {
        let db = try await database()
        let runde = try #require(try await db.runde(aar: 2027))
        let owner = try await userId(db, "eier.bodo@demo.no")
        let steg = Arshjul(runde: runde, today: Dato(instant: now)).steg
        let behovsmelding = try #require(steg.first { $0.kode == .behovsmelding })
        for _ in 0..<2 { try await db.varsleFrist(behovsmelding, runde: runde, now: now) }
        let reminders = try await waiting(db, .frist)
        // Bodø's drafts (behovsmeldinger 5 and 6) are still drafts in the demo.
        let bodo = reminders.filter { $0.userId == owner }
        #expect(Set(bodo.compactMap { $0.params["behovsmelding"] }).isSuperset(of: ["5", "6"]))
        #expect(bodo.allSatisfy { $0.params["hva"] == "utkast" && $0.params["dato"] == "2026-12-15" })
        #expect(Set(bodo.map(\.id)).count == bodo.count)
        // A delivered behovsmelding needs no reminder.
        #expect(!reminders.contains { $0.params["behovsmelding"] == "1" })
        try await db.varsleFrist(try #require(steg.first { $0.kode == .nettverk }), runde: runde, now: now)
        // Every demo network with delivered behovsmeldinger has forwarded them, but Salten's
        // for Kompetanseløftet, left for its leader.
        let leader = try await userId(db, "nettverk.salten@demo.no")
        let network = try await waiting(db, .frist).filter { $0.params["hva"] == "nettverk" }
        #expect(!network.isEmpty)
        #expect(network.allSatisfy { $0.params["ordningkode"] == "kompetanseloftet" })
        #expect(network.contains { $0.userId == leader })
    }
}
