import Domain
import Foundation
import GRDB
import Testing
import TestSupport
@testable import Persistence

/// The loaders that read many rows at once read their children (tiltak, years, signatures,
/// parties, priorities, joint tiltak, recommended sums, report and application lines) in one
/// query for them all: each row must get its own children, in order, as when read alone.
@Suite struct BatchLoadingTests {
    /// The demo, plus what it lacks: joint tiltak in two networks' handlings, recommended sums
    /// on two assessments, and a second line in two reports.
    func seeded() async throws -> AppDatabase {
        let db = try await AppDatabase.demoForTesting()
        try await db.writer.write { db in
            let prioritised = try Row.fetchAll(db, sql: """
                SELECT p.behandling_id, p.behovsmelding_id FROM nettverk_prioritet p
                WHERE EXISTS (SELECT 1 FROM tiltak t WHERE t.behovsmelding_id = p.behovsmelding_id AND t.nummer = 2)
                ORDER BY p.behandling_id, p.position
                """)
            let perBehandling = Dictionary(grouping: prioritised, by: { $0["behandling_id"] as Int64 })
            for (behandling, rows) in perBehandling.sorted(by: { $0.key < $1.key }).prefix(2) {
                for note in ["Felles kurs", "Felles veiledning"] {
                    try db.execute(sql: "INSERT INTO felles_tiltak (behandling_id, note) VALUES (?, ?)", arguments: [behandling, note])
                    let group = db.lastInsertedRowID
                    for row in rows {
                        for nummer in [2, 1] {
                            try db.execute(sql: "INSERT INTO felles_tiltak_medlem (felles_tiltak_id, behovsmelding_id, tiltak_nummer) VALUES (?, ?, ?)",
                                           arguments: [group, row["behovsmelding_id"] as Int64, nummer])
                        }
                    }
                }
            }
            for (index, vurdering) in try Int64.fetchAll(db, sql: "SELECT id FROM vurdering ORDER BY id LIMIT 2").enumerated() {
                for nummer in 1...2 {
                    try db.execute(sql: "INSERT INTO vurdering_anbefaling (vurdering_id, tiltak_nummer, belop) VALUES (?, ?, ?)",
                                   arguments: [vurdering, nummer, 10_000 * (index + 1) + nummer])
                }
            }
            try db.execute(sql: """
                INSERT INTO rapport_linje (rapport_id, position, behovsmelding_id, tiltak_nummer, title, granted)
                SELECT rapport_id, position + 1, behovsmelding_id, tiltak_nummer, title || ' (del 2)', granted + 1 FROM rapport_linje
                WHERE rapport_id IN (SELECT id FROM rapport ORDER BY id LIMIT 2) AND position = 1
                """)
        }
        return db
    }

    @Test("every row read with the others equals the same row read alone, and the data has several children per row")
    func sameAsAlone() async throws {
        let database = try await seeded()
        try await database.writer.read { db in
            let behandlinger = try AppDatabase.loadBehandling(db, "1 = 1", [])
            #expect(behandlinger.filter { $0.felles.count == 2 && $0.prioritet.count >= 1 }.count == 2)
            for stored in behandlinger {
                #expect(try AppDatabase.loadBehandling(db, "nb.id = ?", [stored.id]) == [stored])
            }

            let vurderinger = try AppDatabase.loadVurderinger(db, "1 = 1", [])
            #expect(vurderinger.filter { $0.vurdering.anbefalt.count == 2 }.count == 2)
            for stored in vurderinger {
                #expect(try AppDatabase.loadVurderinger(db, "id = ?", [stored.id]) == [stored])
            }

            let rapporter = try AppDatabase.loadRapporter(db, where: "1 = 1", [])
            #expect(rapporter.filter { $0.rapport.linjer.count == 2 }.count == 2)
            #expect(rapporter.allSatisfy { $0.rapport.linjer.first.map { !$0.tittel.hasSuffix("(del 2)") } ?? true }, "lines in their order")
            for stored in rapporter {
                #expect(try AppDatabase.loadRapporter(db, where: "p.id = ?", [stored.id]) == [stored])
            }

            let soknader = try AppDatabase.loadRekom30(db, where: "1 = 1", [])
            #expect(soknader.filter { $0.soknad.linjer.count >= 2 }.count >= 2)
            for stored in soknader {
                #expect(try AppDatabase.loadRekom30(db, where: "s.id = ?", [stored.soknad.id]) == [stored])
            }

            let meldinger = try AppDatabase.loadBehovsmeldinger(db, where: "1 = 1", [])
            #expect(meldinger.filter { $0.melding.tiltak.count >= 2 }.count >= 2)
            #expect(meldinger.contains { !$0.uhSignert.isEmpty })
            for stored in meldinger {
                #expect(try AppDatabase.loadBehovsmeldinger(db, where: "b.id = ?", [stored.id]) == [stored])
            }

            let partnerskap = try AppDatabase.loadPartnerskap(meldinger.map(\.melding.partnerskapId), db)
            #expect(partnerskap.values.filter { $0.partnerskap.parter.count >= 3 }.count >= 2)
            for (id, stored) in partnerskap {
                #expect(try AppDatabase.loadPartnerskap(id, db) == stored)
            }
        }
    }

    @Test("a list of ids given as one argument reads what it names: none, one, more than a statement keeps placeholders for, all, repeated and unknown ids")
    func iListe() async throws {
        let db = try await seeded()
        try await db.writer.read { db in
            let alle = try Int64.fetchAll(db, sql: "SELECT id FROM behovsmelding ORDER BY id")
            #expect(alle.count > Row.behold)
            for ids in [[], [alle[0]], Array(alle.prefix(Row.behold + 1)), alle, [alle[1], alle[1], 999_999]] {
                let liste = AppDatabase.iListe(ids)
                let lest = try Int64.fetchAll(db, sql: "SELECT id FROM behovsmelding WHERE id \(liste.sql) ORDER BY id", arguments: liste.argument)
                #expect(lest == alle.filter(Set(ids).contains), "\(ids.count) ids")
            }
        }
    }

    @Test("the readers given a list of ids read by one argument: more ids than SQLite's default limit of parameters (32 766), unknown ones among them; each row as read alone")
    func readersByList() async throws {
        let database = try await seeded()
        let mange = Array(Int64(1)...Int64(40_000))
        let navn = try await database.organisasjonsnavn(Set(mange))
        #expect(navn.count == (try await database.organisasjoner().count))
        #expect(try await database.malformer(mange).count == mange.count, "one målform for each id asked for")
        try await database.writer.read { db in
            let meldinger = try Int64.fetchAll(db, sql: "SELECT id FROM behovsmelding ORDER BY id")
            let tiltak = try AppDatabase.loadTiltak(mange, db)
            #expect(tiltak.count > Row.behold && Set(tiltak.keys).isSubset(of: Set(meldinger)))
            for id in meldinger {
                #expect(tiltak[id] ?? [] == (try AppDatabase.loadTiltak(db, behovsmelding: "= ?", [id])[id] ?? []))
            }
            let vurderinger = try AppDatabase.loadGjeldendeVurderinger(db, behovsmeldingIds: mange)
            #expect(!vurderinger.isEmpty)
            for (id, stored) in vurderinger {
                #expect(try AppDatabase.loadGjeldendeVurderinger(db, behovsmeldingIds: [id]) == [id: stored])
            }
            let partnerskap = try AppDatabase.loadPartnerskap(mange, db)
            #expect(partnerskap.count == (try Int.fetchOne(db, sql: "SELECT count(*) FROM partnerskap")))
        }
    }

    @Test("a home's view of each network in one read: its current plan, how many documents, its meetings, as read one by one")
    func nettverksoversikt() async throws {
        let db = try await seeded()
        let ids = Set(try await db.nettverk().map(\.id))
        let oversikt = try await db.nettverksoversikt(ids)
        #expect(Set(oversikt.keys) == ids)
        for id in ids {
            let enkelt = try #require(oversikt[id])
            #expect(enkelt.plan == (try await db.kompetanseplaner(nettverkId: id).first))
            #expect(enkelt.dokumenter == (try await db.nettverksdokumenter(nettverkId: id).count))
            #expect(enkelt.moter == (try await db.nettverksmoter(nettverkId: id)))
        }
        #expect(oversikt.values.contains { $0.plan != nil } && oversikt.values.contains { $0.plan == nil })
        #expect(oversikt.values.contains { $0.dokumenter > 0 } && oversikt.values.contains { !$0.moter.isEmpty })
        #expect(try await db.nettverksoversikt([]).isEmpty)
        // Some of them: only those, each as read alone.
        let noen = Set(ids.sorted().enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
        let delvis = try await db.nettverksoversikt(noen)
        #expect(Set(delvis.keys) == noen && noen.count < ids.count)
        for id in noen { #expect(delvis[id] == oversikt[id]) }
        // Without meetings (the fagutvalg's home shows only the plans): the same plans, nothing else.
        let planer = try await db.nettverksoversikt(ids, moter: false)
        #expect(Set(planer.keys) == ids)
        for id in ids { #expect(planer[id] == Nettverksoversikt(plan: oversikt[id]?.plan, dokumenter: 0, moter: [])) }
    }

    @Test("an organisation's behovsmeldinger, read by a subquery, are those of its partnerships read by their ids; without their tiltak the same in all else; their places in the workflow alone the same")
    func organisasjonensBehovsmeldinger() async throws {
        let db = try await seeded()
        // Every organisation that is a party: owners and UH, with one partnership or many.
        let organisasjoner = try await db.writer.read { try Int64.fetchAll($0, sql: "SELECT DISTINCT organisation_id FROM partnerskap_part ORDER BY 1") }
        #expect(organisasjoner.count > 3)
        var (flere, eldre) = (0, 0)
        for org in organisasjoner {
            let partnerskap = try await db.partnerskap(forOrganisation: org)
            let ids = partnerskap.map(\.id)
            #expect(ids == ids.sorted(by: >), "newest partnership first")
            #expect(try await db.writer.read { try AppDatabase.loadPartnerskap(ids, $0) } == Dictionary(uniqueKeysWithValues: partnerskap.map { ($0.id, $0) }))
            if partnerskap.count > 1 { flere += 1 }

            let hele = try await db.behovsmeldinger(organisasjonId: org)
            #expect(hele == (try await db.behovsmeldinger(partnerskapIds: ids)))
            #expect(Set(hele.map(\.id)) == (try await db.behovsmeldingIds(organisasjonId: org)))
            for id in ids {
                #expect(Set(hele.filter { $0.melding.partnerskapId == id }.map(\.id)) == (try await db.behovsmeldingIds(partnerskapId: id)))
            }
            // Each with the others of its partnership (without their tiltak), in one read, as read one by one.
            for melding in hele {
                let (stored, andre) = try #require(try await db.behovsmeldingMedAndre(id: melding.id))
                let single = try await db.behovsmelding(id: melding.id)
                #expect(stored == melding && stored == single)
                var andreUtenTiltak = hele.filter { $0.melding.partnerskapId == melding.melding.partnerskapId && $0.id != melding.id }
                for index in andreUtenTiltak.indices { andreUtenTiltak[index].melding.tiltak = [] }
                #expect(andre == andreUtenTiltak)
            }

            // Their place in the workflow alone, in the same order.
            #expect(try await db.saker(organisasjonId: org) == hele.map(StoredSak.init))
            var utkastenes = hele
            for index in utkastenes.indices where utkastenes[index].melding.status != .utkast { utkastenes[index].melding.tiltak = [] }
            #expect(try await db.behovsmeldinger(organisasjonId: org, medTiltak: .utkast) == utkastenes)
            // From a round on: the same, without the rounds before, which are counted by partnership.
            #expect(try await db.saker(organisasjonId: org, fraAar: 2027) == hele.filter { $0.melding.rundeAar >= 2027 }.map(StoredSak.init))
            #expect(try await db.behovsmeldinger(organisasjonId: org, fraAar: 2027, medTiltak: .utkast) == utkastenes.filter { $0.melding.rundeAar >= 2027 })
            let plasser = try await db.behovsmeldingPlasser(organisasjonId: org)
            #expect(plasser.map { "\($0.id) \($0.partnerskapId) \($0.rundeAar)" } == hele.sorted { $0.id < $1.id }.map {
                "\($0.id) \($0.melding.partnerskapId) \($0.melding.rundeAar)"
            })
            eldre += plasser.contains { $0.rundeAar < 2027 } ? 1 : 0
        }
        #expect(eldre > 0, "some organisation has behovsmeldinger of the round before")
        #expect(flere > 0, "some organisation is in several partnerships")
        let missing = try await db.behovsmeldingMedAndre(id: 999_999)
        #expect(missing == nil)
        let alle = try await db.behovsmeldinger(partnerskapIds: Array(1...40).map(Int64.init))
        #expect(alle.contains { !$0.uhSignert.isEmpty } && alle.contains { !$0.melding.tiltak.isEmpty })
        #expect(alle.contains { $0.melding.status == .utkast && !$0.melding.tiltak.isEmpty } && alle.contains { $0.melding.status != .utkast && !$0.melding.tiltak.isEmpty },
                "drafts and others with tiltak")
    }

    @Test("the delivered behovsmeldinger read without their long texts are the full read with those texts empty, and nothing else changed")
    func leverteUtenTekster() async throws {
        let db = try await seeded()
        var sett = 0
        for (aar, ordning) in [(2027, Ordning.rekom), (2027, .dekom), (2026, .rekom)] {
            for regionId in [nil] + (try await db.regions()).map(\.id) as [Int64?] {
                let hele = try await db.leverteBehovsmeldinger(rundeAar: aar, ordning: ordning, regionId: regionId)
                let korte = try await db.leverteBehovsmeldinger(rundeAar: aar, ordning: ordning, regionId: regionId, utenTekster: true)
                var tomme = hele
                for index in tomme.indices {
                    tomme[index].melding.kriterier = [:]
                    tomme[index].melding.uhLaererutdanning = ""
                    tomme[index].melding.enheter = ""
                    for nummer in tomme[index].melding.tiltak.indices {
                        tomme[index].melding.tiltak[nummer].hvaSkalGjores = ""
                        tomme[index].melding.tiltak[nummer].hvemGjorHva = ""
                        tomme[index].melding.tiltak[nummer].deltakere = ""
                        tomme[index].melding.tiltak[nummer].koordinatorBegrunnelse = ""
                        tomme[index].melding.tiltak[nummer].planmal = ""
                    }
                }
                #expect(korte == tomme)
                sett += hele.filter { !$0.melding.kriterier.isEmpty && $0.melding.tiltak.contains { !$0.hvaSkalGjores.isEmpty } }.count
            }
        }
        #expect(sett > 0, "some delivered behovsmelding has texts to leave out")
    }

    @Test("the count of a round's sent Rekom 30 % applications is the full read's: drafts and other rounds left out")
    func sendteRekom30() async throws {
        let db = try await seeded()
        let medSoknad = Set(try await db.rekom30Soknader(rundeAar: 2026).map(\.soknad.organisasjonId))
        let uten = try #require(try await db.organisasjoner().first { $0.type == .kommune && !medSoknad.contains($0.id) })
        let audit = AuditEvent(at: Repository.fixedNow, userName: "Test", action: .lagre, objectType: "rekom30_soknad")
        _ = try await db.saveRekom30Soknad(Rekom30Soknad(id: 0, organisasjonId: uten.id, rundeAar: 2026), expectedVersion: 0, now: Repository.fixedNow, audit: audit)
        for aar in [2025, 2026, 2027] {
            let alle = try await db.rekom30Soknader(rundeAar: aar)
            #expect(try await db.antallSendteRekom30(rundeAar: aar) == alle.filter { $0.soknad.status == .sendt }.count)
        }
        let alle2026 = try await db.rekom30Soknader(rundeAar: 2026)
        #expect(alle2026.contains { $0.soknad.status == .utkast } && alle2026.contains { $0.soknad.status == .sendt }, "drafts and sent ones")
    }
}
