import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Persistence
import Testing
import TestSupport
@testable import Web

/// The Rekom 30 % round over HTTP: an owner's application from draft to sent, changed until
/// the deadline and read-only after it.
@Suite struct Rekom30FlowTests {
    /// 3 September 2027, 12:00 in Oslo: the 2027 round's application period (15 August – 20 September).
    static let inPeriod = Date(timeIntervalSince1970: 1_819_965_600)
    /// 21 September 2027, 12:00: after the deadline.
    static let afterDeadline = Date(timeIntervalSince1970: 1_821_520_800)

    static func version(_ html: String) -> String {
        html.components(separatedBy: "name=\"version\" value=\"").dropFirst().first?.components(separatedBy: "\"").first ?? ""
    }

    static func line(_ nr: Int, _ values: [(String, String)]) -> [(String, String)] {
        values.map { ("linje[\(nr)].\($0.0)", $0.1) }
    }

    static let study = [("formal", "ablu"), ("barnehage", "Solsikken barnehage"), ("person", "Kari Nordmann"), ("studium", "ABLU, Nord universitet"),
                        ("semester", "5"), ("semestre", "8"), ("dispensasjoner", "2"), ("belop", "120 000")]

    @Test("an owner writes, saves and sends an application; problems come back next to the field with what was typed")
    func apply() async throws {
        let seeded = try await TestApp.make()
        let db = seeded.deps.database
        let app = try await TestApp.make(database: db, now: Self.inPeriod)
        try await app.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let home = try await owner.open(client, "/eier")
            #expect(home.text.contains("Søknad til Rekom 30 %-runden 2027".vist))
            let page = try await owner.open(client, "/rekom30/2027")
            #expect(page.status == .ok)
            #expect(page.text.contains("Hvorfor vi spør om personopplysninger"))
            #expect(page.text.contains("3 265 800 kr".vist), "the held-back 30 % of 10 886 000")
            // The round's applications as the letters and homes read them: kept, and read again once one is saved.
            let runde = try #require(try await db.runde(aar: 2027))
            #expect(try await Rekom30Grunnlag.load(db, runde: runde)?.soknader.isEmpty == true)

            // Another line is added without saving anything.
            let added = try await owner.post(client, "/rekom30/2027", [("version", "0"), ("handling", "ny-linje")] + Self.line(1, Self.study))
            #expect(added.status == .ok)
            #expect(added.text.contains("Linje 2") && added.text.contains("value=\"Kari Nordmann\""))
            #expect(try await db.rekom30Soknad(rundeAar: 2027, organisasjonId: 1) == nil)

            // An amount that cannot be read: named next to the field, the rest kept, nothing saved.
            let bad = try await owner.post(client, "/rekom30/2027", [("version", "0"), ("handling", "lagre"), ("kontaktperson", "Per Hansen")]
                + Self.line(1, Self.study.map { $0.0 == "belop" ? ("belop", "120,50") : $0 }))
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Beløpet i linje 1: Skriv beløpet i hele kroner"))
            #expect(bad.text.contains("value=\"120,50\"") && bad.text.contains("value=\"Per Hansen\""))
            #expect(try await db.rekom30Soknad(rundeAar: 2027, organisasjonId: 1) == nil)

            // A draft with a line not yet complete is saved.
            let draft = try await owner.post(client, "/rekom30/2027", [("version", "0"), ("handling", "lagre"), ("dispensasjonerKommune", "7")]
                + Self.line(1, Self.study.map { $0.0 == "person" ? ("person", "") : $0 }))
            #expect(draft.status == .seeOther)
            var stored = try #require(try await db.rekom30Soknad(rundeAar: 2027, organisasjonId: 1))
            #expect(stored.soknad.status == .utkast && stored.soknad.dispensasjonerKommune == 7 && stored.soknad.linjer.count == 1)
            #expect(try await Rekom30Grunnlag.load(db, runde: runde)?.soknader.map(\.soknad) == [stored.soknad])

            // Sending checks everything.
            let form = try await owner.open(client, "/rekom30/2027")
            let incomplete = try await owner.post(client, "/rekom30/2027", [("version", Self.version(form.text)), ("handling", "send"), ("dispensasjonerKommune", "7")]
                + Self.line(1, Self.study.map { $0.0 == "person" ? ("person", "") : $0 }))
            #expect(incomplete.status == .unprocessableContent)
            #expect(incomplete.text.contains("Skriv hvem Statsforvalteren kan kontakte om søknaden."))
            #expect(incomplete.text.contains("Skriv navnet på personen som studerer (linje 1)."))
            #expect(try await db.rekom30Soknad(rundeAar: 2027, organisasjonId: 1)?.soknad.status == .utkast)
            let tilrettelegging = [("formal", "tilrettelegging"), ("barnehage", "Alle kommunale barnehager"), ("belop", "80 000")]
            let sent = try await owner.post(client, "/rekom30/2027", [("version", Self.version(form.text)), ("handling", "send"), ("dispensasjonerKommune", "7"),
                                                                       ("kontaktperson", "Per Hansen, barnehagesjef")]
                + Self.line(1, Self.study) + Self.line(2, tilrettelegging))
            #expect(sent.status == .seeOther)
            stored = try #require(try await db.rekom30Soknad(rundeAar: 2027, organisasjonId: 1))
            #expect(stored.soknad.status == .sendt && stored.soknad.sendt == Self.inPeriod)
            #expect(stored.soknad.sum == Kroner(200_000))
            #expect(stored.soknad.kandidater.map(\.framdrift) == [Prosent(basisPoints: 6_250), Prosent(0)])

            // A save on top of a newer one is refused with the text kept.
            let stale = try await owner.post(client, "/rekom30/2027", [("version", Self.version(form.text)), ("handling", "send"), ("kontaktperson", "Ny person")]
                + Self.line(1, Self.study))
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("lagret av noen andre") && stale.text.contains("value=\"Ny person\""))

            // No personal data in the audit trail.
            let audit = try await db.auditEvents(objectType: "rekom30_soknad")
            #expect(!audit.isEmpty && audit.allSatisfy { !($0.after ?? "").contains("Kari") })

            // Only an owner applies, for its own organisation.
            var uh = try await Browser.loggedIn(client, "uh.nord@demo.no")
            #expect(try await uh.open(client, "/rekom30/2027").status == .forbidden)
            var fauske = try await Browser.loggedIn(client, "eier.fauske@demo.no")
            let own = try await fauske.open(client, "/rekom30/2027")
            #expect(own.status == .ok && !own.text.contains("Kari Nordmann"))
        }

        // After the deadline the application can only be read.
        let later = try await TestApp.make(database: db, now: Self.afterDeadline)
        try await later.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let page = try await owner.open(client, "/rekom30/2027")
            #expect(page.text.contains("Fristen er ute, og søknaden kan bare leses."))
            #expect(!page.text.contains("name=\"handling\""))
            #expect(page.text.contains("Kari Nordmann"))
            let late = try await owner.post(client, "/rekom30/2027", [("version", "2"), ("handling", "send"), ("kontaktperson", "Sent")] + Self.line(1, Self.study))
            #expect(late.status == .conflict)
            #expect(late.text.contains("Søknadsfristen var 20. september 2027".vist))
        }
    }

    @Test("the Statsforvalter ranks the demo's 2026 applications, changes an amount with a reason, and sends the allocation to the forum")
    func allocate() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        try await app.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let home = try await sf.open(client, "/statsforvalter")
            #expect(home.text.contains("Rekom 30 %-runden 2026".vist))
            let page = try await sf.open(client, "/statsforvalter/rekom30/2026")
            #expect(page.status == .ok)
            // R10's order: ABLU first, the kommune with most dispensasjoner first, then the barnehage.
            let marte = try #require(page.text.range(of: "Marte Nilsen")), hanne = try #require(page.text.range(of: "Hanne Moe"))
            let siv = try #require(page.text.range(of: "Siv Iversen"))
            #expect(marte.lowerBound < hanne.lowerBound && hanne.lowerBound < siv.lowerBound)
            #expect(page.text.contains("3 585 000 kr".vist), "requested")
            #expect(page.text.contains("3 265 800 kr".vist), "the pool")
            // The last funded line is partly funded: Sortland's local measures get what is left.
            let plasser = Rekom30Fordeling().plasser(try await db.rekom30Soknader(rundeAar: 2026).map(\.soknad), pott: Kroner(3_265_800))
            #expect(plasser.map(\.forslag).sum() == Kroner(3_265_800))
            let partial = try #require(plasser.first { $0.forslag > .zero && $0.forslag < $0.linje.belop })
            #expect(partial.forslag == Kroner(80_800) && partial.linje.formal == .tilrettelegging)

            // An amount changed without a reason can be saved, not sent.
            let version = Self.version(page.text)
            let changed = [("tildelt[\(partial.linjeId)]", "0"), ("tillegg", "")]
            let saved = try await sf.post(client, "/statsforvalter/rekom30/2026", [("version", version), ("handling", "lagre")] + changed)
            #expect(saved.status == .seeOther)
            let draft = try await sf.open(client, "/statsforvalter/rekom30/2026")
            #expect(draft.text.contains("Skriv hvorfor linje 2 fra Sortland kommune får et annet beløp enn forslaget."))
            let refused = try await sf.post(client, "/statsforvalter/rekom30/2026", [("version", Self.version(draft.text)), ("handling", "send")] + changed)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("value=\"0\""))
            // An addition from the 70 % part: at most what the vedtatt 2026 Rekom innstilling left (7 620 200 − 450 000).
            let added = try await sf.post(client, "/statsforvalter/rekom30/2026", [("version", Self.version(draft.text)), ("handling", "send"),
                                                                                  ("tillegg", "8 000 000")])
            #expect(added.status == .unprocessableContent)
            #expect(added.text.contains("Fra 70-prosentdelen kan høyst 7 170 200 kr legges til".vist))
            let unreadable = try await sf.post(client, "/statsforvalter/rekom30/2026", [("version", Self.version(draft.text)), ("handling", "lagre"), ("tillegg", "mye")])
            #expect(unreadable.status == .unprocessableContent)
            #expect(unreadable.text.contains("Tillegget fra 70-prosentdelen"))

            let sent = try await sf.post(client, "/statsforvalter/rekom30/2026", [("version", Self.version(draft.text)), ("handling", "send"),
                                                                                 ("begrunnelse[\(partial.linjeId)]", "Sortland får tilretteleggingsmidler fra en annen ordning.")] + changed)
            #expect(sent.status == .seeOther)
            let stored = try await db.rekom30Fordeling(rundeAar: 2026)
            #expect(stored.status == .forelopig && stored.sentAt != nil)
            #expect(stored.fordeling.valg[partial.linjeId] == .init(tildelt: .zero, begrunnelse: "Sortland får tilretteleggingsmidler fra en annen ordning."))
            let forum = try await sf.open(client, "/statsforvalter/rekom30/2026")
            #expect(forum.text.contains("Sendt til samarbeidsforumet") && !forum.text.contains("name=\"tillegg\""))

            // The forum reads it without names of persons, as a table with a chart and as files, and approves.
            var forumMember = try await Browser.loggedIn(client, "forum@demo.no")
            let forumHome = try await forumMember.open(client, "/samarbeidsforum/2026")
            #expect(forumHome.text.contains("/samarbeidsforum/2026/rekom30/fordeling"))
            let forumPage = try await forumMember.open(client, "/samarbeidsforum/2026/rekom30/fordeling")
            #expect(forumPage.status == .ok)
            #expect(forumPage.text.contains("Rana kommune") && !forumPage.text.contains("Marte Nilsen"))
            #expect(forumPage.text.contains("Sortland får tilretteleggingsmidler fra en annen ordning."))
            #expect(forumPage.text.contains("diagram-rekom30"))
            let csv = try await forumMember.open(client, "/samarbeidsforum/2026/eksport/rekom30-2026.csv")
            #expect(csv.status == .ok && csv.text.contains("Plass;Eier;") && !csv.text.contains("Marte"))
            let approved = try await forumMember.post(client, "/samarbeidsforum/2026/rekom30/fordeling", [("handling", "godkjenn"), ("kommentar", "Enig.")])
            #expect(approved.status == .seeOther)
            #expect(try await db.rekom30Innspill(rundeAar: 2026).map(\.art) == [.godkjent])

            // The vedtak: a letter per owner, each seeing only its own.
            let beforeDecision = try await sf.open(client, "/statsforvalter/rekom30/2026")
            #expect(beforeDecision.text.contains("Godkjent av Frode Forum."))
            let badDate = try await sf.post(client, "/statsforvalter/rekom30/2026", [("version", Self.version(beforeDecision.text)), ("handling", "vedta"), ("vedtaksdato", "i morgen")])
            #expect(badDate.status == .unprocessableContent)
            let decided = try await sf.post(client, "/statsforvalter/rekom30/2026", [("version", Self.version(beforeDecision.text)), ("handling", "vedta"),
                                                                                    ("vedtaksdato", "20.11.2026")])
            #expect(decided.status == .seeOther)
            #expect(try await db.rekom30Fordeling(rundeAar: 2026).status == .vedtatt)
            let list = try await sf.open(client, "/tildelingsbrev/2026")
            #expect(list.text.contains("Rekom 30 %-runden".vist) && list.text.contains("3 185 000".vist), "the pool less what Sortland was refused")

            // The money tables show what the 30 % round gave of its part and what is left.
            let perOrdning = try await forumMember.open(client, "/samarbeidsforum/2026/eksport/per-ordning-2026.csv")
            #expect(perOrdning.text.contains("Fordelt i senere runde;Igjen i senere runde"))
            #expect(perOrdning.text.contains(";3185000;80800"))

            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let ownerHome = try await owner.open(client, "/eier")
            #expect(ownerHome.text.contains("Tildelingsbrev Rekom 30 %-runden 2026".vist))
            let letter = try await owner.open(client, "/tildelingsbrev/2026/rekom30/eier/1")
            #expect(letter.status == .ok)
            #expect(letter.text.contains("Bodø kommune får til sammen 490 000 kr".vist))
            #expect(letter.text.contains("Ingrid Berg"), "the owner sees its own people")
            #expect(letter.text.contains("kan påklages"))
            let sortland = try #require(try await db.organisasjoner().first { $0.navn == "Sortland kommune" })
            #expect(try await owner.open(client, "/tildelingsbrev/2026/rekom30/eier/\(sortland.id)").status == .notFound)
            let refusedLetter = try await sf.open(client, "/tildelingsbrev/2026/rekom30/eier/\(sortland.id)")
            #expect(refusedLetter.text.contains("Sortland får tilretteleggingsmidler fra en annen ordning."))
            #expect(refusedLetter.text.range(of: #"søkt \d{1,3}(\x{A0}\d{3})*&nbsp;kr\)"#, options: .regularExpression) != nil,
                    "what was asked for, kept on one line")

            // The 2027 round's allocation is not open before its «fordeles etter» date.
            let early = try await sf.open(client, "/statsforvalter/rekom30/2027")
            #expect(early.text.contains("Midlene kan fordeles etter 15. oktober 2027".vist))
            let tooEarly = try await sf.post(client, "/statsforvalter/rekom30/2027", [("version", "0"), ("handling", "lagre")])
            #expect(tooEarly.status == .conflict)
        }
    }

    /// 26 October 2027, 12:00 in Oslo: after the 2027 round's «fordeles etter» (15 October).
    static let allocating = Date(timeIntervalSince1970: 1_824_544_800)

    @Test("one round from end to end: apply → deadline → rank → allocate → forum → vedtak → letter")
    func wholeRound() async throws {
        let seeded = try await TestApp.make()
        let db = seeded.deps.database
        let applying = try await TestApp.make(database: db, now: Self.inPeriod)
        try await applying.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let sent = try await owner.post(client, "/rekom30/2027", [("version", "0"), ("handling", "send"), ("dispensasjonerKommune", "12"),
                                                                       ("kontaktperson", "Per Hansen")] + Self.line(1, Self.study))
            #expect(sent.status == .seeOther)
        }
        let later = try await TestApp.make(database: db, now: Self.allocating)
        try await later.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let page = try await sf.open(client, "/statsforvalter/rekom30/2027")
            #expect(page.text.contains("Kari Nordmann") && page.text.contains("Kommunen: 12 disp."))
            let toForum = try await sf.post(client, "/statsforvalter/rekom30/2027", [("version", Self.version(page.text)), ("handling", "send")])
            #expect(toForum.status == .seeOther)
            var forum = try await Browser.loggedIn(client, "forum@demo.no")
            #expect(try await forum.post(client, "/samarbeidsforum/2027/rekom30/fordeling", [("handling", "godkjenn")]).status == .seeOther)
            let sentPage = try await sf.open(client, "/statsforvalter/rekom30/2027")
            let decided = try await sf.post(client, "/statsforvalter/rekom30/2027", [("version", Self.version(sentPage.text)), ("handling", "vedta"),
                                                                                    ("vedtaksdato", "20.10.2027")])
            #expect(decided.status == .seeOther)
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let letter = try await owner.open(client, "/tildelingsbrev/2027/rekom30/eier/1")
            #expect(letter.status == .ok)
            #expect(letter.text.contains("Bodø kommune får til sammen 120 000 kr".vist))
            #expect(letter.text.contains("Kari Nordmann") && letter.text.contains("5 av 8 semestre"))
            // The forum was told when it was sent to them; Bodø, which applied, of the vedtak with the way to its letter.
            let told = try await db.ventendeVarsler()
            #expect(told.contains { $0.slag == .rekom30TilForum && $0.epost == "forum@demo.no" && $0.params["andel"] == "30 %".vist })
            let vedtak = told.filter { $0.slag == .rekom30Vedtak }
            #expect(vedtak.contains { $0.epost == "eier.bodo@demo.no" })
            #expect(vedtak.allSatisfy { $0.epost != "sf@demo.no" && $0.epost != "forum@demo.no" })
            let text = Varseltekst(.rekom30Vedtak, try #require(vedtak.first { $0.epost == "eier.bodo@demo.no" }).params, t: .bokmal)
            #expect(text.lenke == "/tildelingsbrev/2027/rekom30/eier/1")
            #expect(text.emne == "Vedtak i 30 %-runden 2027".vist)
        }
    }
}
