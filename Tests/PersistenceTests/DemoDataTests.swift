import Domain
import Foundation
import Testing
import TestSupport
@testable import Persistence

@Suite struct DemoDataTests {
    func seeded() async throws -> AppDatabase {
        let db = try AppDatabase.forTesting()
        #expect(try await db.seedDemo(now: Repository.fixedNow, demoPasswordHash: "hash") == .seeded(runde: 2027))
        return db
    }

    @Test("Nordland: 41 kommuner in 7 regions, 3 UH, 3 private owners, the Statsforvalter")
    func register() async throws {
        let db = try await seeded()
        let orgs = try await db.organisasjoner()
        let kommuner = orgs.filter { $0.type == .kommune }
        #expect(kommuner.count == 41)
        #expect(kommuner.allSatisfy { $0.kommunenummer?.fylke == "18" && $0.regionId != nil })
        #expect(kommuner.contains { $0.navn == "Bodø kommune" && $0.kommunenummer?.digits == "1804" })
        #expect(orgs.filter { $0.type == .uh }.map(\.navn).sorted().first == "DMMH – Dronning Mauds Minne Høgskole for barnehagelærerutdanning")
        #expect(orgs.filter { $0.type == .uh }.count == 3)
        #expect(orgs.filter { $0.type == .privatEier }.count == 3)
        #expect(orgs.filter { $0.type == .statsforvalter }.map(\.navn) == ["Statsforvalteren i Nordland"])
        #expect(orgs.allSatisfy { $0.erDemo })
        #expect(Set(orgs.map(\.orgnr)).count == orgs.count)
        let regions = try await db.regions()
        #expect(Set(regions.map(\.navn)) == ["Salten", "Indre Helgeland", "Sør-Helgeland", "Ytre Helgeland", "Vesterålen", "Lofoten", "Ofoten"])
        let networks = try await db.nettverk()
        #expect(networks.count == 14)
        for region in regions {
            #expect(Set(networks.filter { $0.regionId == region.id }.map(\.type)) == [.barnehage, .skole])
        }
    }

    @Test("every demo organisation number is valid by mod 11")
    func orgnrValid() async throws {
        for org in try await seeded().organisasjoner() {
            #expect((try? Organisasjonsnummer.parse(org.orgnr.digits).get()) != nil)
        }
    }

    @Test("the round seeded in November 2026 is 2027, with seed 003's budgets and deadlines")
    func round() async throws {
        let db = try await seeded()
        let runde = try #require(try await db.runde(aar: 2027))
        #expect(runde.ordninger[.rekom]?.budsjett == Kroner(10_886_000))
        #expect(runde.ordninger[.dekom]?.budsjett == Kroner(12_070_000))
        #expect(runde.ordninger[.kompetanseloftet]?.budsjett == Kroner(8_296_000))
        #expect(runde.ordninger[.rekom]?.parametre == Runde.Mal.retningslinjer2021.ordninger[.rekom]?.parametre)
        #expect(runde.frister == Runde.standardFrister(aar: 2027))
        #expect(try await db.gjeldendeRunde(today: Dato(iso: "2026-11-23")!)?.aar == 2027)
    }

    @Test("seeding twice leaves the data as it was, and the seed is in the audit log")
    func idempotent() async throws {
        let db = try await seeded()
        #expect(try await db.seedDemo(now: Repository.fixedNow, demoPasswordHash: "hash") == .alreadyHasData)
        #expect(try await db.organisasjoner().count == 41 + 3 + 3 + 1 + 1)
        // The demo round and the decided round before it.
        let audit = try await db.auditEvents(objectType: "runde")
        #expect(audit.count == 2)
        #expect(audit.allSatisfy { $0.action == "seed-demo" })
        #expect(Set(audit.compactMap(\.objectId)) == ["2026", "2027"])
        #expect(audit.first?.at == Repository.fixedNow)
        #expect(try await db.auditEvents(objectType: "bruker").count == AppDatabase.demoLogins.count)
    }

    @Test("an innstilling's head is the innstilling without its lines, and the register's counts are the register's")
    func hoderOgTall() async throws {
        let db = try await seeded()
        let whole = try await db.innstillinger(rundeAar: 2026)
        let heads = try await db.innstillingshoder(rundeAar: 2026)
        #expect(!whole.isEmpty && whole.values.allSatisfy { !$0.innstilling.linjer.isEmpty })
        #expect(Set(heads.keys) == Set(whole.keys))
        for (ordning, stored) in whole {
            var head = stored
            head.innstilling.linjer = []
            #expect(heads[ordning] == head)
        }
        let tall = try await db.registerTall()
        #expect(tall.organisasjoner == (try await db.organisasjoner()).count)
        #expect(tall.aktiveBrukere == (try await db.brukere()).filter { $0.aktiv }.count)
        #expect(tall.runder == (try await db.runder()).count)
    }
}

/// The demo is a Nordland at seed 003's scale: the round's requests are seed 003's figures,
/// every region has delivered behovsmeldinger in every ordning, and each ordning is oversubscribed.
@Suite struct DemoScaleTests {
    @Test("the demo round requests exactly seed 003's «Innkomne behovsmeldinger», per ordning and eier/UH")
    func seed003() async throws {
        let db = try await AppDatabase.demoForTesting()
        let runde = try #require(try await db.runde(aar: 2027))
        var total = Belop(eier: .zero, uh: .zero)
        let expected: [Ordning: Int] = [.rekom: 14_825_160, .dekom: 17_816_072, .kompetanseloftet: 17_530_348]
        let regions = try await db.regions()
        for ordning in Runde.Mal.retningslinjer2021.koder {
            let review = try await Gjennomgang.load(db, runde: runde, ordning: ordning)
            let requested = review.leverte.flatMap(\.melding.tiltak).compactMap(\.aarsbelop.first).sum()
            #expect(requested.sum == Kroner(expected[ordning] ?? 0), "\(ordning)")
            total = total + requested
            // Every region asks in every ordning.
            #expect(Set(review.leverte.compactMap { review.regionId($0.melding) }) == Set(regions.map(\.id)), "\(ordning)")
            // Oversubscribed: more is asked than the ordning has to allocate.
            #expect(requested.sum > (runde.ordninger[ordning]?.tildelbart ?? .zero))
            // Multi-year tiltak in every ordning.
            #expect(review.leverte.flatMap(\.melding.tiltak).contains { $0.varighetAar > 1 })
            // Each delivered behovsmelding breaks no rule but the deadline the demo clock has not reached.
            for melding in review.leverte {
                let partnerskap = try #require(review.partnerskap[melding.melding.partnerskapId])
                let broken = melding.melding.validate(partnerskap: partnerskap, runde: runde, now: Repository.fixedNow).filter(\.blokkerer)
                #expect(broken.isEmpty, "\(partnerskap.navn) \(ordning): \(broken)")
            }
        }
        #expect(total == Belop(eier: Kroner(21_367_898), uh: Kroner(28_803_682)))
        #expect(total.sum == Kroner(50_171_580))
    }

    @Test("the demo's Rekom innstilling cuts, and the demo's own walk-through keeps its full amounts")
    func rekomCuts() async throws {
        let db = try await AppDatabase.demoForTesting()
        let innstilling = try #require(try await db.innstilling(rundeAar: 2027, ordning: .rekom)).innstilling
        let kvalifiserte = innstilling.kvalifiserte
        #expect(kvalifiserte.contains { $0.foreslattForsteAar.sum < $0.soktForsteAar.sum }, "some lines are cut")
        for navn in ["Salten kompetansepartnerskap", "Ofoten barnehage og skole"] {
            #expect(kvalifiserte.filter { $0.partnerskap == navn }.allSatisfy { $0.foreslatt == $0.sokt }, "\(navn)")
        }
        // What the 2026 vedtak bind in 2027 is still the demo's two multi-year tiltak.
        #expect(try await db.forpliktelser(ordning: .rekom, fraAar: 2027).map(\.belop.sum).sum() == Kroner(300_000))
    }
}

@Suite struct DemoUserTests {
    @Test("the eleven demo users exist with their grants and the given password hash")
    func users() async throws {
        let db = try await AppDatabase.demoForTesting()
        #expect(AppDatabase.demoLogins.count == 11)
        let orgs = try await db.organisasjoner()
        for email in AppDatabase.demoLogins {
            let credentials = try #require(try await db.credentials(epost: email.uppercased()))
            #expect(credentials.passwordHash == "hash")
            #expect(credentials.bruker.erDemo && credentials.bruker.aktiv)
            #expect(credentials.bruker.tildelinger.count == (email == "fagutvalg.nord@demo.no" ? 2 : 1))
        }
        let bodo = try #require(orgs.first { $0.navn == "Bodø kommune" })
        #expect(try await db.credentials(epost: "eier.bodo@demo.no")?.bruker.tildelinger.first?.rolle == .eier(organisasjonId: bodo.id))
        #expect(try await db.credentials(epost: "fagutvalg.skole@demo.no")?.bruker.tildelinger.first?.rolle == .fagutvalg(sektor: .grunnskole))
        let salten = try #require(try await db.regions().first { $0.navn == "Salten" })
        let network = try #require(try await db.nettverk().first { $0.regionId == salten.id && $0.type == .barnehage })
        #expect(try await db.credentials(epost: "nettverk.salten@demo.no")?.bruker.tildelinger.first?.rolle == .nettverksleder(nettverkId: network.id))
    }
}

@Suite struct SessionStorageTests {
    @Test("a session survives closing and reopening the database file, and is gone after delete")
    func survivesRestart() async throws {
        let directory = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("db.sqlite").path
        let migrations = try MigrationSet.load(from: Repository.migrations)
        let first = try AppDatabase.openFile(path: path, migrations: migrations)
        try await first.seedDemo(now: Repository.fixedNow, demoPasswordHash: "hash")
        let user = try #require(try await first.credentials(epost: "sf@demo.no")).bruker
        let expires = Repository.fixedNow.addingTimeInterval(3600)
        try await first.createSession(tokenHash: "abc", userId: user.id, roleGrantId: user.tildelinger[0].id, csrfToken: "csrf", now: Repository.fixedNow, expires: expires)
        try first.close()
        let second = try AppDatabase.openFile(path: path, migrations: migrations)
        let session = try #require(try await second.session(tokenHash: "abc"))
        #expect(session.userId == user.id)
        #expect(session.csrfToken == "csrf")
        #expect(session.expires == expires)
        #expect(try await second.deleteExpiredSessions(now: expires) == 1)
        #expect(try await second.session(tokenHash: "abc") == nil)
        try second.close()
    }

    @Test("failed logins are counted per account and per address, newer than the window")
    func attempts() async throws {
        let db = try AppDatabase.forTesting()
        let now = Repository.fixedNow
        try await db.recordLoginAttempt(epost: "A@demo.no", address: "10.0.0.1", succeeded: false, at: now.addingTimeInterval(-2000))
        try await db.recordLoginAttempt(epost: "a@demo.no", address: "10.0.0.1", succeeded: false, at: now.addingTimeInterval(-10))
        try await db.recordLoginAttempt(epost: "b@demo.no", address: "10.0.0.1", succeeded: false, at: now.addingTimeInterval(-5))
        try await db.recordLoginAttempt(epost: "a@demo.no", address: "10.0.0.2", succeeded: true, at: now)
        let failures = try await db.recentFailures(epost: "a@demo.no", address: "10.0.0.1", since: now.addingTimeInterval(-900))
        #expect(failures.account.count == 1)
        #expect(failures.address.count == 2)
    }
}
