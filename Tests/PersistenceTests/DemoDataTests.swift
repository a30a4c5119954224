import Domain
import Foundation
import Testing
import TestSupport
@testable import Persistence

@Suite struct DemoDataTests {
    func seeded() async throws -> AppDatabase {
        let db = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        #expect(try await db.seedDemo(now: Repository.fixedNow) == .seeded(runde: 2027))
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
        #expect(runde.ordninger[.rekom]?.parametre == .retningslinjer2024(for: .rekom))
        #expect(runde.frister == Runde.standardFrister(aar: 2027))
        #expect(try await db.gjeldendeRunde(today: Dato(iso: "2026-11-23")!)?.aar == 2027)
    }

    @Test("seeding twice leaves the data as it was, and the seed is in the audit log")
    func idempotent() async throws {
        let db = try await seeded()
        #expect(try await db.seedDemo(now: Repository.fixedNow) == .alreadyHasData)
        #expect(try await db.organisasjoner().count == 41 + 3 + 3 + 1)
        let audit = try await db.auditEvents()
        #expect(audit.count == 1)
        #expect(audit.first?.action == "seed-demo")
        #expect(audit.first?.objectId == "2027")
        #expect(audit.first?.at == Repository.fixedNow)
    }
}
