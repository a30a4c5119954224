import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Persistence
import Testing
import TestSupport
@testable import Web

/// The dataset `make bench` measures (issue 23), at one fylke's size: what it holds, that the
/// same seed gives the same data, that Domain's checks hold on its innstillinger, and that every
/// page each bench login reaches by links answers 200 with every text in place.
@Suite struct BenchDataTests {
    static func seeded(seed: UInt64 = 1) async throws -> TestApp {
        let database = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        let hash = try await PasswordHasher(cost: 4).hash(AppDatabase.demoPassword)
        #expect(try await database.seedBench(.fylke, seed: seed, now: Repository.fixedNow, passwordHash: hash) == .seeded(runde: 2027))
        return try await TestApp.make(database: database, now: Repository.fixedNow)
    }

    /// One seeded application for the tests that only read it (seeding takes seconds).
    static let shared = Task { try await seeded() }

    @Test("one fylke: three regions, six networks, 360 behovsmeldinger with 1–5 tiltak, nine in ten delivered; the same seed gives the same data")
    func contents() async throws {
        let app = try await Self.seeded()
        let db = app.deps.database
        #expect(try await db.regions().count == 3)
        #expect(try await db.nettverk().count == 6)
        let partnerskap = try await db.partnerskap(ids: Array(1...200))
        #expect(partnerskap.count == 120)
        let meldinger = try await db.behovsmeldinger(partnerskapIds: partnerskap.map(\.id))
        #expect(meldinger.count == 360)
        #expect(meldinger.allSatisfy { (1...5).contains($0.melding.tiltak.count) })
        #expect(meldinger.contains { $0.melding.tiltak.contains { $0.varighetAar > 1 } })
        let delivered = meldinger.filter { $0.melding.status == .levert }.count
        #expect(delivered > 290 && delivered < 350)
        let again = try await Self.seeded()
        #expect(try await again.deps.database.behovsmeldinger(partnerskapIds: partnerskap.map(\.id)).map(\.melding) == meldinger.map(\.melding))
        let other = try await Self.seeded(seed: 2)
        #expect(try await other.deps.database.behovsmeldinger(partnerskapIds: partnerskap.map(\.id)).map(\.melding) != meldinger.map(\.melding))
    }

    @Test("Domain's checks hold on every innstilling: nothing blocks, and Rekom's is decided")
    func innstillinger() async throws {
        let app = try await Self.shared.value
        let db = app.deps.database
        let runde = try #require(try await db.runde(aar: 2027))
        let all = try await db.innstillinger(rundeAar: 2027)
        #expect(all[.rekom]?.status == .vedtatt && all[.dekom]?.status == .forelopig && all[.kompetanseloftet]?.status == .forelopig)
        for (ordning, stored) in all {
            let kontroll = stored.innstilling.check(try #require(runde.ordninger[ordning]))
            #expect(!kontroll.blokkerer, "\(ordning): \(kontroll.violations)")
            #expect(stored.innstilling.linjer.count > 200)
        }
    }

    @Test("every page a bench login reaches by links answers 200, with every text in place", arguments: BenchData.innlogginger.map(\.epost))
    func pages(email: String) async throws {
        let app = try await Self.shared.value
        try await app.test { client in
            let browser = try await Browser.loggedIn(client, email)
            let home = try #require(try await browser.get(client, "/logg-inn").headers[.location])
            var queue = [home]
            var seen: Set<String> = []
            var broken: [String] = []
            // Enough to reach every kind of page; the bench data has hundreds of the same kind.
            while let page = queue.first, seen.count < 60 {
                queue.removeFirst()
                guard seen.insert(page).inserted else { continue }
                let response = try await browser.get(client, page)
                guard response.status == .ok else {
                    broken.append("\(page): \(response.status.code)")
                    continue
                }
                guard response.headers[.contentType]?.hasPrefix("text/html") == true else { continue }
                if response.text.contains("⟦") { broken.append("\(page): a message without its text") }
                // The logout and role forms are posts; links of a kind already seen add nothing.
                queue += LinkWalkTests.links(in: response.text).filter { !seen.contains($0) && !$0.hasPrefix("/logg-ut") }
            }
            #expect(broken.isEmpty, "\(email): \(broken.joined(separator: "; "))")
            #expect(seen.count > 3, "\(email) reached only \(seen.sorted())")
        }
    }
}
