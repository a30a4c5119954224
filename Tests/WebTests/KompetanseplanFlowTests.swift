import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Persistence
import Testing
import TestSupport
@testable import Web

/// The Salten barnehage network's competence plan over HTTP: the leader publishes version 3
/// (refused while parts or the change note are missing, the text kept; refused when someone
/// published in between), the members read it and the versions before.
@Suite struct KompetanseplanFlowTests {
    static let path = "/kompetanseplan/1"
    static let form = "/kompetanseplan/1/endre"

    static func fields(mal: String, endring: String, forrige: String = "2") -> [(String, String)] {
        [("forrige", forrige), ("grunnlag", "Analysene viser behov for språkarbeid."), ("mal", mal),
         ("kompetansetiltak", "Fagdager og veiledning."), ("arbeidsmater", "Fire samlinger i året."), ("midler", "Til fagdager og frikjøp."),
         ("tidsrammer", "2026–2029."), ("endring", endring)]
    }

    @Test("leader: refused with every problem and the text kept → published as version 3; readers see it and the earlier versions")
    func publish() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        try await app.test { client in
            var leader = try await Browser.loggedIn(client, "nettverk.salten@demo.no")
            let home = try await leader.open(client, "/nettverk")
            #expect(home.text.contains("href=\"\(Self.path)\"") && home.text.contains("Versjon 2, publisert"))
            let form = try await leader.open(client, Self.form)
            #expect(form.text.contains("Publiser versjon 3") && form.text.contains("Nyansatte i alle barnehager får veiledning det første året."))

            let refused = try await leader.post(client, Self.form, Self.fields(mal: "Språk\n", endring: " ") .map { $0.0 == "midler" ? ($0.0, "") : $0 })
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Skriv bruk av kompetansemidler før du publiserer planen."))
            #expect(refused.text.contains("Skriv kort hva som er endret fra forrige versjon."))
            #expect(refused.text.contains(">Fire samlinger i året.</textarea>"), "what was typed comes back")
            #expect(try await db.kompetanseplaner(nettverkId: 1).count == 2, "nothing published")

            let stale = try await leader.post(client, Self.form, Self.fields(mal: "Språk", endring: "Kortere.", forrige: "1"))
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("Noen har publisert versjon 2 av planen i mellomtiden.") && stale.text.contains(">Kortere.</textarea>"))

            let published = try await leader.post(client, Self.form, Self.fields(mal: "Språk i hverdagen\nInkluderende praksis", endring: "Kortere mål."))
            #expect(published.status == .seeOther && published.headers[.location] == Self.path)
            let versions = try await db.kompetanseplaner(nettverkId: 1)
            #expect(versions.map(\.plan.versjon) == [3, 2, 1] && versions[0].publisertAv == "Nina Nettverk" && versions[0].plan.mal.count == 2)

            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            #expect(try await owner.open(client, "/eier").text.contains("Kompetanseplan for Kompetansenettverk barnehage Salten</a><p>Versjon 3"))
            let page = try await owner.open(client, Self.path)
            #expect(page.text.contains("<li id=\"mal-2\">Inkluderende praksis</li>") && page.text.contains("Kortere mål."))
            #expect(!page.text.contains(Self.form), "only the leader writes")
            #expect(page.text.contains("<tr><th scope=\"row\">Bodø kommune</th><td>Barnehagemyndighet og eier</td></tr>"))
            #expect(page.text.contains("<tr><th scope=\"row\">Nord universitet</th><td>Samarbeidspartner (UH eller annen kunnskapspartner)</td></tr>"))
            let old = try await owner.open(client, Self.path + "?versjon=2")
            #expect(old.text.contains("Dette er versjon 2. Gjeldende plan er versjon 3"))
            #expect(old.text.contains("<li id=\"mal-3\">Nyansatte i alle barnehager får veiledning det første året.</li>"))
            let history = try await db.auditEvents(AuditFilter(objectType: "kompetanseplan", objectId: "1-3")).map(\.action)
            #expect(history == ["ny_versjon"])
        }
    }
}

extension KompetanseplanFlowTests {
    @Test("a tiltak serves a goal of the plan of the networks that receive it: chosen in the form, a forged one refused, shown to readers")
    func tiltakGoal() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        try await app.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            // Kompetanseløftet goes to both of Salten's networks; only the barnehage network has a plan.
            let empty = try await owner.open(client, "/behovsmelding/6")
            #expect(try await owner.post(client, "/behovsmelding/6", [("version", BehovsmeldingFlowTests.version(empty.text)), ("handling", "lagre")]
                + BehovsmeldingFlowTests.criteria + BehovsmeldingFlowTests.tiltak(1)).status == .seeOther)
            let form = try await owner.open(client, "/behovsmelding/6")
            #expect(form.text.contains("Mål i nettverkets kompetanseplan"))
            #expect(form.text.contains(">Mål 3: Nyansatte i alle barnehager får veiledning det første året.</option>"))
            // Dekom goes to the skole network, which has none: no choice.
            #expect(!(try await owner.open(client, "/behovsmelding/5")).text.contains("Mål i nettverkets kompetanseplan"))

            let goal = "Nyansatte i alle barnehager får veiledning det første året."
            let forged = try await owner.post(client, "/behovsmelding/6", [("version", BehovsmeldingFlowTests.version(form.text)), ("handling", "lagre")]
                + BehovsmeldingFlowTests.criteria + BehovsmeldingFlowTests.tiltak(1, extra: [("tiltak[1].planmal", "Et mål som ikke står i planen")]))
            #expect(forged.status == .unprocessableContent)
            #expect(forged.text.contains("Velg et av målene i nettverkets kompetanseplan for Tiltak 1 «Tiltak nummer 1», eller ingen."))
            let saved = try await owner.post(client, "/behovsmelding/6", [("version", BehovsmeldingFlowTests.version(form.text)), ("handling", "lagre")]
                + BehovsmeldingFlowTests.criteria + BehovsmeldingFlowTests.tiltak(1, extra: [("tiltak[1].planmal", goal)]))
            #expect(saved.status == .seeOther)
            #expect(try await db.behovsmelding(id: 6)?.melding.tiltak.first?.planmal == goal)
            #expect(try await owner.open(client, "/behovsmelding/6").text.contains("<option value=\"\(goal)\" selected>"))

            // A new version of the plan without that goal: the choice stays, marked as from an earlier version.
            var leader = try await Browser.loggedIn(client, "nettverk.salten@demo.no")
            _ = try await leader.open(client, Self.form)
            #expect(try await leader.post(client, Self.form, Self.fields(mal: "Språk i hverdagen", endring: "Ett mål.")).status == .seeOther)
            let after = try await owner.open(client, "/behovsmelding/6")
            #expect(after.text.contains("\(goal) (fra en tidligere versjon av planen)"))
            #expect(try await owner.post(client, "/behovsmelding/6", [("version", BehovsmeldingFlowTests.version(after.text)), ("handling", "lagre")]
                + BehovsmeldingFlowTests.criteria + BehovsmeldingFlowTests.tiltak(1, extra: [("tiltak[1].planmal", goal)])).status == .seeOther,
                   "a goal already chosen may stay")

            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let read = try await sf.open(client, "/behovsmelding/6")
            #expect(read.text.contains("<dt>Mål i nettverkets kompetanseplan</dt><dd class=\"prewrap\">\(goal)</dd>"))
        }
    }
}

extension KompetanseplanFlowTests {
    @Test("the meeting plan: the leader adds (refused with every problem first, the text kept), changes and removes; members see the next meeting")
    func meetings() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        try await app.test { client in
            var leader = try await Browser.loggedIn(client, "nettverk.salten@demo.no")
            let page = try await leader.open(client, "/nettverksmoter/1")
            #expect(page.text.contains("Kommende møter") && page.text.contains("Prioritering av behovsmeldingene før fristen til nettverket"))
            #expect(page.text.contains("Tidligere møter"))
            let before = try await db.nettverksmoter(nettverkId: 1).count

            let refused = try await leader.post(client, "/nettverksmoter/1", [("handling", "lagre"), ("mote", "0"), ("dato", "32.13.2027"),
                                                                               ("hva", "Styrersamling"), ("ansvar", ""), ("form", "fysisk"), ("sted", "")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Skriv datoen for møtet som dd.mm.åååå") && refused.text.contains("Skriv hvem som har ansvaret for møtet.")
                && refused.text.contains("et fysisk møte trenger et sted"))
            #expect(refused.text.contains(">Styrersamling</textarea>"))
            #expect(try await db.nettverksmoter(nettverkId: 1).count == before)

            let added = try await leader.post(client, "/nettverksmoter/1", [("handling", "lagre"), ("mote", "0"), ("dato", "2026-11-30"),
                                                                             ("hva", "Styrersamling"), ("ansvar", "Fauske kommune"), ("form", "fysisk"), ("sted", "Fauske")])
            #expect(added.status == .seeOther)
            let stored = try #require(try await db.nettverksmoter(nettverkId: 1).first { $0.hva == "Styrersamling" })

            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            #expect(try await owner.open(client, "/eier").text.contains("Neste møte 30. november 2026: Styrersamling (fysisk).".vist))
            #expect(try await owner.get(client, "/nettverksmoter/1?endre=\(stored.id)").status == .notFound, "only the leader edits")
            #expect(try await owner.post(client, "/nettverksmoter/1", [("handling", "slett"), ("mote", String(stored.id))]).status == .forbidden)

            let form = try await leader.open(client, "/nettverksmoter/1?endre=\(stored.id)")
            #expect(form.text.contains("value=\"2026-11-30\"") && form.text.contains("Lagre endringen"))
            #expect(try await leader.post(client, "/nettverksmoter/1", [("handling", "lagre"), ("mote", String(stored.id)), ("dato", "2026-12-01"),
                                                                        ("hva", "Styrersamling"), ("ansvar", "Fauske kommune"), ("form", "digital"), ("sted", ""),
                                                                        ("referat", "Styrerne deler erfaringer i mars.")]).status == .seeOther)
            #expect(try await db.nettverksmoter(nettverkId: 1).first { $0.id == stored.id }?.form == .digital)
            #expect(try await owner.open(client, "/nettverksmoter/1").text.contains("<summary>Referat</summary><p class=\"prewrap\">Styrerne deler erfaringer i mars.</p>"))
            // Another network's meeting cannot be reached through this one.
            #expect(try await leader.post(client, "/nettverksmoter/1", [("handling", "slett"), ("mote", "999")]).status == .notFound)
            #expect(try await leader.post(client, "/nettverksmoter/1", [("handling", "slett"), ("mote", String(stored.id))]).status == .seeOther)
            #expect(try await db.nettverksmoter(nettverkId: 1).count == before)
            let history = try await db.auditEvents(AuditFilter(objectType: "nettverksmote", objectId: String(stored.id))).map(\.action)
            #expect(history.reversed() == ["opprett", "endre", "slett"])
        }
    }
}

extension KompetanseplanFlowTests {
    static let pdf = Array("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".utf8)

    @Test("documents: the leader uploads a PDF (a missing title, another kind of file or none refused); readers download it; one for the members only is not for the fagutvalg")
    func documents() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        try await app.test { client in
            var leader = try await Browser.loggedIn(client, "nettverk.salten@demo.no")
            let page = try await leader.open(client, "/nettverksdokumenter/1")
            #expect(page.text.contains("Referat fra oppstartsmøtet") && page.text.contains("enctype=\"multipart/form-data\""))
            let before = try await db.nettverksdokumenter(nettverkId: 1).count

            let refused = try await leader.postMultipart(client, "/nettverksdokumenter/1", [("handling", "last-opp"), ("tittel", " "), ("lesere", "alle")],
                                                         files: [("fil", "bilde.png", Array("\u{89}PNG\r\n".utf8))])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Skriv en tittel på dokumentet.") && refused.text.contains("Filen er ikke en PDF."))
            let none = try await leader.postMultipart(client, "/nettverksdokumenter/1", [("handling", "last-opp"), ("tittel", "Plan for våren"), ("lesere", "")],
                                                      files: [("fil", "", [])])
            #expect(none.status == .unprocessableContent)
            #expect(none.text.contains("Velg en PDF-fil å laste opp.") && none.text.contains("Velg hvem som kan lese dokumentet."))
            #expect(none.text.contains("value=\"Plan for våren\""), "the title typed is kept")
            #expect(try await db.nettverksdokumenter(nettverkId: 1).count == before)
            // Without the form token nothing is stored.
            let forged = try await leader.postMultipart(client, "/nettverksdokumenter/1", [("handling", "last-opp"), ("tittel", "X"), ("lesere", "alle")],
                                                        files: [("fil", "x.pdf", Self.pdf)], csrf: "feil")
            #expect(forged.status == .forbidden)

            let uploaded = try await leader.postMultipart(client, "/nettverksdokumenter/1",
                                                          [("handling", "last-opp"), ("tittel", "Notat til eierne"), ("lesere", "medlemmer")],
                                                          files: [("fil", "C:\\Dokumenter\\notat til eierne.PDF", Self.pdf)])
            #expect(uploaded.status == .seeOther)
            let stored = try #require(try await db.nettverksdokumenter(nettverkId: 1).first { $0.dokument.tittel == "Notat til eierne" })
            #expect(stored.dokument.filnavn == "notat til eierne.PDF" && stored.dokument.bytes == Self.pdf.count && stored.dokument.lesere == .medlemmer)

            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let file = try await owner.get(client, "/nettverksdokumenter/1/\(stored.dokument.id)")
            #expect(file.status == .ok && Array(file.body.readableBytesView) == Self.pdf)
            #expect(file.headers[.contentType] == "application/pdf")
            #expect(file.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"notat til eierne.PDF\"") == true)
            #expect(try await owner.open(client, "/eier").text.contains("Dokumenter fra Kompetansenettverk barnehage Salten"))
            #expect(try await owner.postMultipart(client, "/nettverksdokumenter/1", [("handling", "slett"), ("dokument", String(stored.dokument.id))], files: []).status == .forbidden)

            var fagutvalg = try await Browser.loggedIn(client, "fagutvalg.bhg@demo.no")
            #expect(try await fagutvalg.get(client, "/nettverksdokumenter/1/\(stored.dokument.id)").status == .notFound)
            let list = try await fagutvalg.open(client, "/nettverksdokumenter/1")
            #expect(list.text.contains("Referat fra oppstartsmøtet") && !list.text.contains("Notat til eierne"))

            #expect(try await leader.post(client, "/nettverksdokumenter/1", [("handling", "slett"), ("dokument", String(stored.dokument.id))]).status == .seeOther)
            #expect(try await db.nettverksdokumenter(nettverkId: 1).count == before)
            // A multipart body where no file is taken is refused before it is read.
            #expect(try await leader.postMultipart(client, "/nettverksmoter/1", [("handling", "lagre")], files: []).status == .unsupportedMediaType)
        }
    }
}

/// The leader invites others into the network (seed 001: «inviterte andre»): an organisation
/// outside the region becomes a member with the role it is given, reads the network's work,
/// is told, and is no member once the invitation ends.
@Suite struct NettverksinvitasjonFlowTests {
    @Test("invite: refused with every problem and the choice kept → invited with a role, told, reads the plan → removed, reads no more")
    func invite() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        let fagskole = try #require(try await db.organisasjoner().first { $0.navn == "Fagskolen i Nordland" })
        let bodo = try #require(try await db.organisasjoner().first { $0.navn == "Bodø kommune" })
        try await app.test { client in
            let guest = try await Browser.loggedIn(client, "fagskole@demo.no")
            #expect(try await guest.get(client, "/kompetanseplan/1").status == .forbidden)

            var leader = try await Browser.loggedIn(client, "nettverk.salten@demo.no")
            let page = try await leader.open(client, "/kompetanseplan/1")
            #expect(page.text.contains("Inviter en organisasjon"))
            #expect(page.text.contains("<option value=\"\(fagskole.id)\">Fagskolen i Nordland</option>"))
            #expect(!page.text.contains("<option value=\"\(bodo.id)\">"), "a member is no candidate")

            let empty = try await leader.post(client, "/kompetanseplan/1/medlemmer", [("handling", "inviter"), ("organisasjon", ""), ("rolle", " ")])
            #expect(empty.status == .unprocessableContent)
            #expect(empty.text.contains("Velg organisasjonen du vil invitere."))
            #expect(empty.text.contains("Skriv hvilken rolle organisasjonen har i nettverket."))
            let member = try await leader.post(client, "/kompetanseplan/1/medlemmer", [("handling", "inviter"), ("organisasjon", String(bodo.id)),
                                                                                      ("rolle", "Fagressurs")])
            #expect(member.status == .unprocessableContent)
            #expect(member.text.contains("allerede med i nettverket"))
            #expect(member.text.contains("value=\"Fagressurs\""), "what was typed comes back")
            #expect(try await db.inviterte(nettverkId: 1).isEmpty, "nothing saved")

            let invited = try await leader.post(client, "/kompetanseplan/1/medlemmer", [("handling", "inviter"), ("organisasjon", String(fagskole.id)),
                                                                                       ("rolle", "Fagressurs på språk")])
            #expect(invited.status == .seeOther)
            let after = try await leader.open(client, "/kompetanseplan/1")
            #expect(after.text.contains("Fagskolen i Nordland er invitert med i nettverket."))
            #expect(after.text.contains("Invitert: Fagressurs på språk"))
            #expect(try await db.ventendeVarsler().contains { $0.slag == .nettverksinvitasjon && $0.epost == "fagskole@demo.no" })

            #expect(try await guest.get(client, "/kompetanseplan/1").status == .ok)
            #expect(try await guest.get(client, "/nettverksmoter/1").status == .ok)
            #expect(try await db.nettverk(medlem: fagskole.id).contains(1))

            let removed = try await leader.post(client, "/kompetanseplan/1/medlemmer", [("handling", "fjern"), ("organisasjon", String(fagskole.id))])
            #expect(removed.status == .seeOther)
            #expect(try await guest.get(client, "/kompetanseplan/1").status == .forbidden)
            // Only an invited member can be removed here; the region's members are members by the register.
            let regional = try await leader.post(client, "/kompetanseplan/1/medlemmer", [("handling", "fjern"), ("organisasjon", String(bodo.id))])
            #expect(regional.status == .badRequest)
        }
    }
}
