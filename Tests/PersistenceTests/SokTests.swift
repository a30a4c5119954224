import Domain
import Foundation
import GRDB
import Testing
import TestSupport
@testable import Persistence

/// The «delingssystem»'s search on the demo's delivered tiltak: the hits expected, in order.
@Suite struct SokTests {
    static func database() async throws -> AppDatabase {
        let database = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        _ = try await database.seedDemo(now: Date(timeIntervalSince1970: 1_795_000_000), demoPasswordHash: "x")
        return database
    }

    @Test("a word's beginning finds it, with or without æøå, in any case; every word must match; titles rank first", arguments: [
        ("språkløft", ["Språkløftet i Salten"]),
        ("SPRAKLOFT", ["Språkløftet i Salten"]),
        ("veiledning nyutdann", ["Veiledning av nyutdannede barnehagelærere"]),
        ("lesing fag", Array(repeating: "Lesing i alle fag", count: 6)),
        ("tettere", Array(repeating: "PPT tettere på", count: 6)),
        ("ingenting slikt", []),
    ])
    func hits(query: String, titles: [String]) async throws {
        let database = try await Self.database()
        let (treff, antall) = try await database.sokTiltak(Soksfilter(tekst: query))
        #expect(treff.map(\.tiltak.tittel) == titles)
        #expect(antall == titles.count)
    }

    @Test("the count is of every match, not of the hits shown; a smaller limit shows the first of the same order")
    func countBeyondLimit() async throws {
        let database = try await Self.database()
        for filter in [Soksfilter(tekst: "lesing"), Soksfilter(tekst: "kommune"), Soksfilter(ordning: .rekom), Soksfilter()] {
            let all = try await database.sokTiltak(filter, limit: 10_000)
            #expect(all.antall == all.treff.count && all.antall > 3, "\(filter)")
            let three = try await database.sokTiltak(filter, limit: 3)
            #expect(three.antall == all.antall)
            #expect(three.treff.map(\.tiltak.tittel) == all.treff.prefix(3).map(\.tiltak.tittel))
        }
        let none = try await database.sokTiltak(Soksfilter(tekst: "lesing"), limit: 0)
        let lesing = try await database.sokTiltak(Soksfilter(tekst: "lesing"))
        #expect(none.treff.isEmpty && none.antall == lesing.antall, "a limit of 0 shows nothing and still counts")
    }

    @Test("the goal of the plan is searched too; a name finds its partnership's tiltak; drafts are never found")
    func fields() async throws {
        let database = try await Self.database()
        let goal = try await database.sokTiltak(Soksfilter(tekst: "nyansatte veiledning"))
        #expect(goal.treff.first?.tiltak.tittel == "Veiledning av nyutdannede barnehagelærere")
        let named = try await database.sokTiltak(Soksfilter(tekst: "Fauske kommune"))
        #expect(!named.treff.isEmpty && named.treff.allSatisfy { $0.eiere.contains("Fauske kommune") })
        // Behovsmelding 5 is a draft with «Matematikk på mellomtrinnet».
        #expect(try await database.sokTiltak(Soksfilter(tekst: "mellomtrinnet")).treff.allSatisfy { $0.behovsmeldingId != 5 })
    }

    @Test("filters narrow by scheme, region and round; the operators of the query language are only words")
    func filters() async throws {
        let database = try await Self.database()
        let all = try await database.sokTiltak(Soksfilter(tekst: "inkluderende"))
        let loftet = try await database.sokTiltak(Soksfilter(tekst: "inkluderende", ordning: .kompetanseloftet))
        #expect(loftet.antall > 0 && loftet.antall < all.antall && loftet.treff.allSatisfy { $0.ordning == .kompetanseloftet })
        let salten = try await database.sokTiltak(Soksfilter(ordning: .rekom, regionId: 1))
        #expect(salten.treff.allSatisfy { $0.region == "Salten" && $0.ordning == .rekom } && salten.antall > 0)
        #expect(try await database.sokTiltak(Soksfilter(tekst: "\") OR * NEAR(")).antall == 0)
        #expect(Sok.uttrykk("\") OR *") == "\"OR\"*")
    }

    @Test("similar tiltak: other partnerships' tiltak sharing the title's words, the closest first")
    func similar() async throws {
        let database = try await Self.database()
        let lesing = try await database.sokTiltak(Soksfilter(tekst: "Lesing i alle fag")).treff[0]
        let all = try await database.lignendeTiltak(behovsmeldingId: lesing.behovsmeldingId)
        let similar = try #require(all[lesing.tiltak.nummer])
        #expect(similar.count == 3 && similar.allSatisfy { $0.tiltak.tittel == "Lesing i alle fag" && $0.partnerskap != lesing.partnerskap })
        // Each tiltak of the behovsmelding whose title has a word to search for gets its own list, of other partnerships only.
        let melding = try #require(try await database.behovsmelding(id: lesing.behovsmeldingId)).melding
        #expect(Set(all.keys) == Set(melding.tiltak.filter { Sok.lignende($0.tittel) != nil }.map(\.nummer)))
        #expect(all.values.allSatisfy { $0.count <= 3 && $0.allSatisfy { $0.partnerskap != lesing.partnerskap } })
    }

    @Test("each hit read with the others carries its own tiltak and its partnership's owners and UH, in order")
    func treffLestSammen() async throws {
        let database = try await Self.database()
        let treff = try await database.sokTiltak(Soksfilter(), limit: 40).treff
        #expect(treff.count == 40)
        let meldinger = try await database.behovsmeldinger(partnerskapIds: Array(1...100))
        let partnerskap = Dictionary(uniqueKeysWithValues: try await database.partnerskap(ids: Array(1...100)).map { ($0.partnerskap.navn, $0.partnerskap) })
        for hit in treff {
            let melding = try #require(meldinger.first { $0.id == hit.behovsmeldingId })
            #expect(melding.melding.tiltak.contains(hit.tiltak))
            let parter = try #require(partnerskap[hit.partnerskap])
            #expect(hit.eiere == parter.eiere.map(\.navn) && hit.uh == parter.uh.map(\.navn))
        }
    }
}
