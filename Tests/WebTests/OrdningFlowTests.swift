import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Persistence
import Testing
import TestSupport
@testable import Web

/// A round under the 2026 forskrift over HTTP: the Statsforvalter makes the 2027 round from the
/// template, a kommune and a fagskole form a partnership and deliver a behovsmelding, and it
/// goes through the network, the fagutvalg, the innstilling, the forum and the vedtak to the
/// grant letter, every page naming the scheme as the round does.
@Suite struct OrdningFlowTests {
    static let navn = "Tilskuddsordning for kollektiv kompetanseutvikling i barnehage og grunnskole"

    /// Noon in Oslo on `iso`.
    static func noon(_ iso: String) -> Date { Dato(iso: iso)!.startInstant().addingTimeInterval(12 * 3_600) }

    @Test("a one-scheme round from the 2026 template with a fagskole partner: round → partnership → behovsmelding → network → fagutvalg → innstilling → forum → vedtak → letter")
    func forskriftRound() async throws {
        // The demo as it would have been a year earlier: its rounds are 2025 (decided) and 2026.
        let database = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        try await TestApp.seed(database, now: Self.noon("2025-11-23"))
        #expect(try await database.runder().map(\.aar).sorted() == [2025, 2026])
        let organisations = try await database.organisasjoner()
        let fagskole = try #require(organisations.first { $0.navn == "Fagskolen i Nordland" })
        #expect(fagskole.type == .fagskole)
        let salten = try #require(try await database.regions().first { $0.navn == "Salten" })

        // Autumn 2026: the round, the partnership and the behovsmelding.
        let autumn = try await TestApp.make(database: database, now: Self.noon("2026-10-01"))
        let (partnerskapId, meldingId) = try await autumn.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let blank = try await sf.open(client, "/statsforvalter/runder/ny")
            #expect(blank.text.contains("value=\"forrige\" checked"), "the round before is the default start")
            let form = try await sf.open(client, "/statsforvalter/runder/ny?mal=forskrift2026")
            #expect(form.text.contains("value=\"forskrift2026\" checked"))
            #expect(form.text.contains(Self.navn))
            let fields = AdminTests.formFields(form.text)
            #expect(fields.contains { $0 == ("ordning1_kode", "kollektiv") })
            #expect(fields.contains { $0 == ("ordning1_partnertyper", "fagskole") })
            #expect(fields.contains { $0 == ("ordning1_budsjett", "") }, "a template's budget is for the Statsforvalter to type")
            let noBudget = try await sf.post(client, "/statsforvalter/runder", fields)
            #expect(noBudget.status == .unprocessableContent)
            #expect(noBudget.text.contains("Kollektiv kompetanseutvikling: Skriv inn et beløp i hele kroner"))
            let created = try await sf.post(client, "/statsforvalter/runder", fields.map { $0.0 == "ordning1_budsjett" ? ($0.0, "4 000 000") : $0 })
            #expect(created.status == .seeOther)
            #expect(fields.contains { $0 == ("aar", "2027") })
            let runde = try #require(try await database.runde(aar: 2027))
            #expect(runde.ordninger.keys.sorted() == [.kollektiv])
            #expect(runde.ordninger[.kollektiv]?.budsjett == Kroner(4_000_000))
            #expect(runde.senereRunde == nil)

            // The partnership of Fauske kommune and the fagskole; both sign.
            var owner = try await Browser.loggedIn(client, "eier.fauske@demo.no")
            var partner = try await Browser.loggedIn(client, "fagskole@demo.no")
            let newForm = try await owner.open(client, "/partnerskap/ny")
            #expect(newForm.text.contains("Fagskolen i Nordland"))
            let made = try await owner.post(client, "/partnerskap", [
                ("navn", "Fauske og fagskolen"), ("regionId", String(salten.id)), ("uh", String(fagskole.id)),
                ("avtale.hvem", "Fauske organiserer, fagskolen underviser."), ("avtale.hva", "Fagarbeidere i barnehage og SFO."), ("avtale.naar", "2027"),
            ])
            #expect(made.status == .seeOther)
            let partnerskapId = try #require(BehovsmeldingFlowTests.id(from: made.headers[.location]))
            #expect(try await owner.post(client, "/partnerskap/\(partnerskapId)/signer", [("version", "1")]).status == .seeOther)
            _ = try await partner.open(client, "/partnerskap/\(partnerskapId)")
            #expect(try await partner.post(client, "/partnerskap/\(partnerskapId)/signer", [("version", "1")]).status == .seeOther)

            // The partnership page offers the round's one scheme, by its name; a 2021 code is not in this round.
            let page = try await owner.open(client, "/partnerskap/\(partnerskapId)")
            #expect(page.text.contains(Self.navn))
            #expect(page.text.contains("/partnerskap/\(partnerskapId)/behovsmelding/kollektiv"))
            #expect(!page.text.contains("/behovsmelding/rekom"))
            let started = try await owner.post(client, "/partnerskap/\(partnerskapId)/behovsmelding/kollektiv", [])
            let meldingId = try #require(BehovsmeldingFlowTests.id(from: started.headers[.location]))

            // The round is not locked yet, but its scheme has a draft now: it keeps its code.
            let roundPage = try await sf.open(client, "/statsforvalter/runder/2027")
            let renamed = AdminTests.formFields(roundPage.text).map { $0.0 == "ordning1_kode" ? ($0.0, "kollektiv-2027") : $0 }
            let refusedRename = try await sf.post(client, "/statsforvalter/runder/2027", renamed)
            #expect(refusedRename.status == .unprocessableContent)
            #expect(refusedRename.text.contains("Det finnes behovsmeldinger for ordningen «kollektiv» i runden."))
            #expect(refusedRename.text.contains("value=\"kollektiv-2027\""), "what was typed is kept")
            #expect(try await database.runde(aar: 2027)?.ordninger.keys.sorted() == [.kollektiv])
            let melding = try await owner.open(client, "/behovsmelding/\(meldingId)")
            #expect(melding.text.contains("Kollektiv kompetanseutvikling"))
            #expect(melding.text.contains("Send til UH/fagskole/nasjonalt senter"), "the form names the partner as the scheme does")
            let sent = try await owner.post(client, "/behovsmelding/\(meldingId)", [("version", BehovsmeldingFlowTests.version(melding.text)), ("handling", "send")]
                                           + BehovsmeldingFlowTests.criteria + BehovsmeldingFlowTests.tiltak(1))
            #expect(sent.status == .seeOther)
            #expect(try await owner.open(client, "/behovsmelding/\(meldingId)").text.contains("Behovsmeldingen er hos UH/fagskole/nasjonalt senter for signering."))

            // The fagskole writes its text and signs: delivered.
            let partnerPage = try await partner.open(client, "/behovsmelding/\(meldingId)")
            let signed = try await partner.post(client, "/behovsmelding/\(meldingId)/uh", [
                ("version", BehovsmeldingFlowTests.version(partnerPage.text)), ("handling", "signer"),
                ("uhLaererutdanning", "Fagskolen bruker erfaringene i fagskoleutdanningen for barne- og ungdomsarbeidere."),
            ])
            #expect(signed.status == .seeOther)
            #expect(try await database.behovsmelding(id: meldingId)?.melding.status == .levert)
            return (partnerskapId, meldingId)
        }

        // After the deadline: the network, the fagutvalg, the innstilling, the forum, the vedtak.
        let winter = try await TestApp.make(database: database, now: Self.noon("2026-12-20"))
        try await winter.test { client in
            var leader = try await Browser.loggedIn(client, "nettverk.salten@demo.no")
            #expect(try await leader.open(client, "/nettverk").text.contains("href=\"/nettverk/2027/kollektiv\""))
            let network = try await leader.open(client, "/nettverk/2027/kollektiv")
            #expect(network.text.contains("Fauske og fagskolen"))
            let forwarded = try await leader.post(client, "/nettverk/2027/kollektiv", [
                ("version", "0"), ("handling", "videresend"), ("prioritet.\(meldingId)", "1"), ("note", ""),
            ])
            #expect(forwarded.status == .seeOther)

            var committee = try await Browser.loggedIn(client, "fagutvalg.bhg@demo.no")
            #expect(try await committee.open(client, "/fagutvalg").text.contains("href=\"/fagutvalg/behovsmelding/\(meldingId)\""))
            _ = try await committee.open(client, "/fagutvalg/behovsmelding/\(meldingId)")
            let assessed = try await committee.post(client, "/fagutvalg/behovsmelding/\(meldingId)", [
                ("kriterier.forankring", "ja"), ("kriterier.kollektiveProsesser", "ja"), ("kriterier.partnerskap", "ja"),
                ("prioritet", "1"), ("anbefalt.1", "1 500 000"), ("kommentar", ""),
            ])
            #expect(assessed.status == .seeOther)

            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let innstilling = try await sf.open(client, "/statsforvalter/innstilling/2027/kollektiv")
            #expect(innstilling.text.contains(Self.navn))
            #expect(try await sf.post(client, "/statsforvalter/innstilling/2027/kollektiv", [("version", "0"), ("handling", "foresla")]).status == .seeOther)
            let suggested = try #require(try await database.innstilling(rundeAar: 2027, ordning: .kollektiv))
            #expect(suggested.innstilling.linjer.map(\.foreslattForsteAar.sum) == [Kroner(1_500_000)])
            let toForum = try await sf.post(client, "/statsforvalter/innstilling/2027/kollektiv", [("version", String(suggested.version)), ("handling", "send")])
            #expect(toForum.status == .seeOther)

            var forum = try await Browser.loggedIn(client, "forum@demo.no")
            let tables = try await forum.open(client, "/samarbeidsforum/2027")
            #expect(tables.text.contains("Kollektiv kompetanseutvikling"))
            #expect(!tables.text.contains("Rekom"))
            #expect(tables.text.contains("Søkt UH/fagskole/nasjonalt senter"))
            _ = try await forum.open(client, "/samarbeidsforum/2027/kollektiv")
            #expect(try await forum.post(client, "/samarbeidsforum/2027/kollektiv", [("handling", "godkjenn"), ("kommentar", "")]).status == .seeOther)

            let before = try await sf.open(client, "/statsforvalter/innstilling/2027/kollektiv")
            let decided = try await sf.post(client, "/statsforvalter/innstilling/2027/kollektiv", [
                ("version", InnstillingFlowTests.version(before.text)), ("handling", "vedta"), ("vedtaksdato", "20.12.2026"),
            ])
            #expect(decided.status == .seeOther)

            // The letter, for both parties, names the scheme as the round does and the fagskole as recipient.
            var owner = try await Browser.loggedIn(client, "eier.fauske@demo.no")
            let list = try await owner.open(client, "/tildelingsbrev/2027")
            #expect(list.text.contains("href=\"/tildelingsbrev/2027/kollektiv/\(partnerskapId)\""))
            let letter = try await owner.open(client, "/tildelingsbrev/2027/kollektiv/\(partnerskapId)")
            #expect(letter.status == .ok)
            #expect(letter.text.contains(Self.navn))
            #expect(letter.text.contains("Fagskolen i Nordland"))
            #expect(letter.text.contains("1 500 000".vist))
            #expect(letter.text.contains("UH/fagskole/nasjonalt senter (kr)"), "the letter's columns name the partner as the scheme does")
            var partner = try await Browser.loggedIn(client, "fagskole@demo.no")
            #expect(try await partner.open(client, "/tildelingsbrev/2027/kollektiv/\(partnerskapId)").status == .ok)
        }
    }
}
