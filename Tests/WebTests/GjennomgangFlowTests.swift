import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Persistence
import Testing
import TestSupport
@testable import Web

/// The review over HTTP: the network prioritises, marks joint tiltak and forwards; the
/// fagutvalg assesses, with reasons required and a member's conflict of interest refused.
@Suite struct GjennomgangFlowTests {
    static func meldingId(_ db: AppDatabase, _ partnerskap: String, _ ordning: Ordning) async throws -> Int64 {
        let all = try await db.leverteBehovsmeldinger(rundeAar: 2027, ordning: ordning)
        let ids = try await db.partnerskap(ids: all.map(\.melding.partnerskapId)).filter { $0.partnerskap.navn == partnerskap }.map(\.id)
        return try #require(all.first { ids.contains($0.melding.partnerskapId) }).id
    }

    @Test("the network marks joint tiltak, sets its priority and forwards once; the fagutvalg then sees the behovsmeldinger")
    func network() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        let salten = try await Self.meldingId(db, "Salten kompetansepartnerskap", .kompetanseloftet)
        let beiarn = try await Self.meldingId(db, "Beiarn barnehageutvikling", .kompetanseloftet)
        try await app.test { client in
            var leader = try await Browser.loggedIn(client, "nettverk.salten@demo.no")
            let committee = try await Browser.loggedIn(client, "fagutvalg.bhg@demo.no")
            #expect(try await committee.get(client, "/fagutvalg/behovsmelding/\(salten)").status == .notFound)
            let home = try await leader.open(client, "/nettverk")
            #expect(home.text.contains("href=\"/nettverk/2027/kompetanseloftet\""))
            let page = try await leader.open(client, "/nettverk/2027/kompetanseloftet")
            #expect(page.text.contains("Salten kompetansepartnerskap") && page.text.contains("Beiarn barnehageutvikling"))
            // Joint tiltak are marked on a page of their own; the priority page only links to it.
            #expect(page.text.contains("href=\"/nettverk/2027/kompetanseloftet/felles\""))
            #expect(!page.text.contains("name=\"felles\""))

            let empty = try await leader.open(client, "/nettverk/2027/kompetanseloftet/felles")
            #expect(empty.text.contains("Ingen tiltak er markert som felles."))
            #expect(empty.text.contains("value=\"\(salten)-1\"") && empty.text.contains("value=\"\(beiarn)-1\""))
            #expect(empty.text.contains("href=\"/nettverk/2027/kompetanseloftet\""))
            // Sent from the priority page's address (a page open from before the two were parted):
            // the answer is the joint page, with what was typed.
            let one = try await leader.post(client, "/nettverk/2027/kompetanseloftet", [
                ("version", "0"), ("handling", "felles"), ("felles", "\(salten)-1"), ("fellesNote", "Felles fagdager"),
            ])
            #expect(one.status == .unprocessableContent)
            #expect(one.text.contains("Velg minst to tiltak fra minst to ulike partnerskap."))
            #expect(one.text.contains("value=\"\(salten)-1\" checked"))
            #expect(one.text.contains(">Felles fagdager</textarea>"))
            #expect(one.text.contains("<h1>Kompetanseløftet 2027: felles tiltak</h1>"))
            let joint = try await leader.post(client, "/nettverk/2027/kompetanseloftet/felles", [
                ("version", "0"), ("handling", "felles"), ("felles", "\(salten)-1"), ("felles", "\(beiarn)-1"), ("fellesNote", "Felles fagdager om tidlig innsats"),
            ])
            #expect(joint.status == .seeOther)
            #expect(joint.headers[.location] == "/nettverk/2027/kompetanseloftet/felles")
            let marked = try await leader.open(client, "/nettverk/2027/kompetanseloftet/felles")
            #expect(marked.text.contains("Felles fagdager om tidlig innsats") && marked.text.contains("value=\"fjern-felles-"))
            // Each removal button names its tiltak to a screen reader.
            #expect(marked.text.contains("Fjern markeringen<span class=\"visually-hidden\"> Tiltak 1 «"))
            // The priority page shows the group, without a button to remove it.
            let shown = try await leader.open(client, "/nettverk/2027/kompetanseloftet")
            #expect(shown.text.contains("Felles fagdager om tidlig innsats") && !shown.text.contains("value=\"fjern-felles-"))

            let bad = try await leader.post(client, "/nettverk/2027/kompetanseloftet", [
                ("version", "1"), ("handling", "lagre"), ("prioritet.\(salten)", "9"), ("prioritet.\(beiarn)", "1"), ("note", "Merknad"),
            ])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Skriv en prioritet fra 1 til 2."))
            #expect(bad.text.contains(">Merknad</textarea>"))
            // What was typed comes back, the wrong number beside its message, and a number is typed
            // on each row, not chosen among every place.
            #expect(bad.text.contains("name=\"prioritet.\(salten)\" type=\"text\" value=\"9\" aria-describedby=\"felt-prioritet.\(salten)-error\""))
            #expect(bad.text.contains("name=\"prioritet.\(beiarn)\" type=\"text\" value=\"1\""))
            #expect(!bad.text.contains("<option"))
            // Before the deadline the set may still grow: forwarding waits for it.
            let early = try await leader.post(client, "/nettverk/2027/kompetanseloftet", [
                ("version", "1"), ("handling", "videresend"), ("prioritet.\(salten)", "2"), ("prioritet.\(beiarn)", "1"), ("note", "Beiarn først"),
            ])
            #expect(early.status == .unprocessableContent)
            #expect(early.text.contains("Behovsmeldinger kan leveres til og med 15. desember 2026.".vist))
            #expect(!page.text.contains("value=\"videresend\""))
        }
        // The day after the deadline.
        let later = try await TestApp.make(database: db, now: Repository.fixedNow.addingTimeInterval(23 * 86_400))
        try await later.test { client in
            var leader = try await Browser.loggedIn(client, "nettverk.salten@demo.no")
            let committee = try await Browser.loggedIn(client, "fagutvalg.bhg@demo.no")
            let open = try await leader.open(client, "/nettverk/2027/kompetanseloftet")
            #expect(open.text.contains("value=\"videresend\""))
            let forwarded = try await leader.post(client, "/nettverk/2027/kompetanseloftet", [
                ("version", "1"), ("handling", "videresend"), ("prioritet.\(salten)", "2"), ("prioritet.\(beiarn)", "1"), ("note", "Beiarn først"),
            ])
            #expect(forwarded.status == .seeOther)
            let region = try #require(try await db.regions().first { $0.navn == "Salten" })
            let network = try #require(try await db.nettverk().first { $0.regionId == region.id && $0.type == .barnehage })
            let stored = try #require(try await db.nettverkBehandling(nettverkId: network.id, rundeAar: 2027, ordning: .kompetanseloftet))
            #expect(stored.prioritet == [beiarn, salten])
            #expect(stored.forwardedAt != nil && stored.forwardedBy == "Nina Nettverk")
            #expect(stored.felles.first?.medlemmer == [Tiltaksnokkel(behovsmeldingId: salten, nummer: 1), Tiltaksnokkel(behovsmeldingId: beiarn, nummer: 1)].sorted())
            let after = try await leader.open(client, "/nettverk/2027/kompetanseloftet")
            #expect(after.text.contains("Videresendt til Statsforvalteren"))
            #expect(!after.text.contains("value=\"videresend\""))
            #expect(!after.text.contains("/felles\""))
            // The order is shown, no longer typed.
            #expect(after.text.contains("<td>1</td>") && after.text.contains("<td>2</td>") && !after.text.contains("name=\"prioritet."))
            // After forwarding the joint page only shows what was marked.
            let jointAfter = try await leader.open(client, "/nettverk/2027/kompetanseloftet/felles")
            #expect(jointAfter.text.contains("Felles fagdager om tidlig innsats") && jointAfter.text.contains("Videresendt til Statsforvalteren"))
            #expect(!jointAfter.text.contains("name=\"felles\"") && !jointAfter.text.contains("value=\"fjern-felles-"))
            let removeAfter = try await leader.post(client, "/nettverk/2027/kompetanseloftet/felles", [("version", "2"), ("handling", "fjern-felles-1")])
            #expect(removeAfter.status == .conflict)
            #expect(removeAfter.text.contains("<h1>Kompetanseløftet 2027: felles tiltak</h1>"))
            let again = try await leader.post(client, "/nettverk/2027/kompetanseloftet", [("version", "2"), ("handling", "lagre")])
            #expect(again.status == .conflict)
            #expect(try await committee.get(client, "/fagutvalg/behovsmelding/\(salten)").status == .ok)
        }
    }

    @Test("with one partnership delivered there is nothing to mark as joint: the joint page says why, the priority page has no link to it")
    func jointNeedsTwo() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        let now = Repository.fixedNow
        // Beiarn's behovsmelding back to a draft: only Salten's is delivered in the region.
        let beiarn = try await Self.meldingId(db, "Beiarn barnehageutvikling", .kompetanseloftet)
        var stored = try #require(try await db.behovsmelding(id: beiarn))
        stored.melding.status = .utkast
        _ = try await db.saveBehovsmelding(stored, expectedVersion: stored.version, now: now,
                                           audit: AuditEvent(at: now, userName: "Test", action: .seedDemo, objectType: "test"))
        try await app.test { client in
            var leader = try await Browser.loggedIn(client, "nettverk.salten@demo.no")
            let page = try await leader.open(client, "/nettverk/2027/kompetanseloftet")
            #expect(page.text.contains("Salten kompetansepartnerskap") && !page.text.contains("Beiarn barnehageutvikling"))
            #expect(!page.text.contains("/felles\""))
            let joint = try await leader.open(client, "/nettverk/2027/kompetanseloftet/felles")
            #expect(joint.text.contains("Tiltak kan markeres som felles når minst to partnerskap i regionen har levert behovsmelding."))
            #expect(!joint.text.contains("name=\"felles\""))
        }
    }

    @Test("an assessment needs every criterion marked and a reason where not met; the newest is the committee's, older ones kept")
    func assessment() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        let ofoten = try await Self.meldingId(db, "Ofoten barnehage og skole", .rekom)
        try await app.test { client in
            var member = try await Browser.loggedIn(client, "fagutvalg.bhg@demo.no")
            let home = try await member.open(client, "/fagutvalg")
            #expect(home.text.contains("href=\"/fagutvalg/behovsmelding/\(ofoten)\""))
            let unmet = "/fagutvalg?tilstand=ikke-oppfylt"
            #expect(!(try await member.open(client, unmet)).text.contains("href=\"/fagutvalg/behovsmelding/\(ofoten)\""))
            _ = try await member.open(client, "/fagutvalg/behovsmelding/\(ofoten)")
            let refused = try await member.post(client, "/fagutvalg/behovsmelding/\(ofoten)", [
                ("kriterier.forankring", "ja"), ("kriterier.kollektiveProsesser", "nei"), ("kriterier.kollektiveProsesser.begrunnelse", " "),
                ("prioritet", "2"), ("anbefalt.1", "12,50"), ("kommentar", "<b>Godt</b>"),
            ])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Marker om kriteriet «Partnerskap» er oppfylt eller ikke."))
            #expect(refused.text.contains("Begrunn hvorfor kriteriet «Kollektive prosesser» ikke er oppfylt."))
            #expect(refused.text.contains("Skriv beløpet i hele kroner, uten øre"))
            #expect(refused.text.contains("&lt;b&gt;Godt&lt;/b&gt;"))
            #expect(try await db.vurderinger(behovsmeldingId: ofoten).count == 1)

            let saved = try await member.post(client, "/fagutvalg/behovsmelding/\(ofoten)", [
                ("kriterier.forankring", "ja"), ("kriterier.kollektiveProsesser", "nei"),
                ("kriterier.kollektiveProsesser.begrunnelse", "Bare ledere deltar."), ("kriterier.partnerskap", "ja"),
                ("prioritet", "4"), ("anbefalt.1", "600 000"), ("kommentar", "Må forankres bredere."),
            ])
            #expect(saved.status == .seeOther)
            let history = try await db.vurderinger(behovsmeldingId: ofoten)
            #expect(history.count == 2)
            #expect(history.first?.vurdering.ikkeOppfylt == [.kollektiveProsesser])
            #expect(history.first?.vurdering.anbefalt == [1: Kroner(600_000)])
            #expect(history.first?.userName == "Frida Fagutvalg")
            // The work list, kept between views, shows the new state at once.
            #expect(try await member.open(client, unmet).text.contains("href=\"/fagutvalg/behovsmelding/\(ofoten)\""))
            let page = try await member.open(client, "/fagutvalg/behovsmelding/\(ofoten)")
            #expect(page.text.contains("Tidligere vurderinger"))
            #expect(page.text.contains("Bare ledere deltar."))
        }
    }

    @Test("a member from an organisation in the partnership cannot assess it, and the page says why")
    func conflictOfInterest() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        let salten = try await Self.meldingId(db, "Salten kompetansepartnerskap", .rekom)
        let ofoten = try await Self.meldingId(db, "Ofoten barnehage og skole", .rekom)
        try await app.test { client in
            var member = try await Browser.loggedIn(client, "fagutvalg.nord@demo.no")
            // The work list says so too: that one is «inhabil», the other is not.
            let inhabile = try await member.open(client, "/fagutvalg?tilstand=inhabil")
            #expect(inhabile.text.contains("href=\"/fagutvalg/behovsmelding/\(salten)\""))
            #expect(!inhabile.text.contains("href=\"/fagutvalg/behovsmelding/\(ofoten)\""))
            let page = try await member.open(client, "/fagutvalg/behovsmelding/\(salten)")
            #expect(page.status == .ok)
            #expect(page.text.contains("du hører til Nord universitet, som er part i partnerskapet"))
            #expect(!page.text.contains("Lagre vurderingen"))
            let refused = try await member.post(client, "/fagutvalg/behovsmelding/\(salten)", [
                ("kriterier.forankring", "ja"), ("kriterier.kollektiveProsesser", "ja"), ("kriterier.partnerskap", "ja"),
            ])
            #expect(refused.status == .forbidden)
            #expect(try await db.vurderinger(behovsmeldingId: salten).count == 1)
            _ = try await member.open(client, "/fagutvalg/behovsmelding/\(ofoten)")
            let allowed = try await member.post(client, "/fagutvalg/behovsmelding/\(ofoten)", [
                ("kriterier.forankring", "ja"), ("kriterier.kollektiveProsesser", "ja"), ("kriterier.partnerskap", "ja"),
            ])
            #expect(allowed.status == .seeOther)
        }
    }
}
