import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Persistence
import Testing
import TestSupport
@testable import Web

/// Reports over HTTP on the demo's decided 2026 Rekom letter to «Salten kompetansepartnerskap»:
/// the owners' report from draft to approval, and the UH's, not started, overdue after 15 June.
@Suite struct RapportFlowTests {
    static let path = "/rapport/2026/rekom/1"
    static let sfPath = "/statsforvalter/rapporter/2026/rekom/1/1"

    static func line(_ brukt: String, avvik: String = "") -> [(String, String)] {
        [
            ("linje[1].brukt", brukt), ("linje[1].hvaErGjort", "Fire fagdager og veiledning i hver barnehage."),
            ("linje[1].deltakere", "12 barnehager, 140 ansatte"), ("linje[1].motPlan", "Som planlagt, men én samling ble flyttet."),
            ("linje[1].utbytte", "Personalet bruker språkkartleggingen i det daglige."), ("linje[1].avvik", avvik),
        ]
    }

    @Test("letter → draft → refused send, typed kept → sent → returned with a comment → corrected → approved")
    func ownersReport() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        try await app.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let letter = try await owner.open(client, "/tildelingsbrev/2026/rekom/1")
            #expect(letter.text.contains("href=\"\(Self.path)\""))
            var form = try await owner.open(client, Self.path)
            #expect(form.text.contains("Eiernes rapport for Salten kompetansepartnerskap"))
            #expect(form.text.contains("Tildelt til eier for 2026: 300 000 kr".vist))

            // A draft keeps half-typed text.
            let draft = try await owner.post(client, Self.path, [("version", "0"), ("handling", "lagre"), ("linje[1].hvaErGjort", "Fagdager")])
            #expect(draft.status == .seeOther)
            var stored = try #require(try await db.rapport(rundeAar: 2026, .aar, ordning: .rekom, partnerskapId: 1, organisasjonId: 1))
            #expect(stored.rapport.status == .utkast && stored.rapport.linjer[0].hvaErGjort == "Fagdager")

            // Sending with a difference and no reason is refused, with what was typed kept and nothing saved.
            form = try await owner.open(client, Self.path)
            let refused = try await owner.post(client, Self.path, [("version", BehovsmeldingFlowTests.version(form.text)), ("handling", "send")] + Self.line("250 000"))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("50 000 kr av midlene til Tiltak 1 «Lekende læring i Salten» er ikke brukt. Forklar avviket fra planen.".vist))
            #expect(refused.text.contains("value=\"250 000\""))
            #expect(try await db.rapport(rundeAar: 2026, .aar, ordning: .rekom, partnerskapId: 1, organisasjonId: 1)?.rapport.status == .utkast)
            let bad = try await owner.post(client, Self.path, [("version", BehovsmeldingFlowTests.version(form.text)), ("handling", "lagre")] + Self.line("12,50"))
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Skriv beløpet i hele kroner, uten øre"))

            let sent = try await owner.post(client, Self.path, [("version", BehovsmeldingFlowTests.version(form.text)), ("handling", "send")]
                                            + Self.line("250 000", avvik: "En samling ble avlyst på grunn av sykdom."))
            #expect(sent.status == .seeOther)
            stored = try #require(try await db.rapport(rundeAar: 2026, .aar, ordning: .rekom, partnerskapId: 1, organisasjonId: 1))
            #expect(stored.rapport.status == .sendt && stored.rapport.ubrukt == Kroner(50_000))
            let readOnly = try await owner.open(client, Self.path)
            #expect(!readOnly.text.contains("name=\"linje[1].brukt\""))
            #expect(readOnly.text.contains("Personalet bruker språkkartleggingen i det daglige."))
            let late = try await owner.post(client, Self.path, [("version", String(stored.version)), ("handling", "lagre")] + Self.line("1"))
            #expect(late.status == .conflict)

            // The Statsforvalter returns it with a comment (not without), the owner corrects and sends again.
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let list = try await sf.open(client, "/statsforvalter/rapporter/2026")
            #expect(list.text.contains("href=\"\(Self.sfPath)\""))
            #expect(list.text.contains("Sendt") && list.text.contains("Utkast") && list.text.contains("Godkjent"))
            let page = try await sf.open(client, Self.sfPath)
            let noComment = try await sf.post(client, Self.sfPath, [("version", BehovsmeldingFlowTests.version(page.text)), ("handling", "returner"), ("kommentar", " ")])
            #expect(noComment.status == .unprocessableContent)
            #expect(noComment.text.contains("Skriv hva partnerskapet må rette"))
            let returned = try await sf.post(client, Self.sfPath, [
                ("version", BehovsmeldingFlowTests.version(page.text)), ("handling", "returner"), ("kommentar", "Beskriv hvem som deltok i hver barnehage."),
            ])
            #expect(returned.status == .seeOther)
            form = try await owner.open(client, Self.path)
            #expect(form.text.contains("Beskriv hvem som deltok i hver barnehage."))
            #expect(form.text.contains("name=\"linje[1].brukt\""))
            let again = try await owner.post(client, Self.path, [("version", BehovsmeldingFlowTests.version(form.text)), ("handling", "send")]
                                             + Self.line("250 000", avvik: "En samling ble avlyst på grunn av sykdom."))
            #expect(again.status == .seeOther)
            let second = try await sf.open(client, Self.sfPath)
            let approved = try await sf.post(client, Self.sfPath, [("version", BehovsmeldingFlowTests.version(second.text)), ("handling", "godkjenn")])
            #expect(approved.status == .seeOther)
            #expect(try await db.rapport(rundeAar: 2026, .aar, ordning: .rekom, partnerskapId: 1, organisasjonId: 1)?.rapport.status == .godkjent)
            #expect(try await sf.post(client, Self.sfPath, [("version", "9"), ("handling", "godkjenn")]).status == .conflict)
            // The follow-up's tables: the page, the CSV and the forum's summary agree.
            let csv = try await sf.get(client, "/statsforvalter/rapporteksport/2026/rapporter-oversikt-2026.csv")
            #expect(csv.status == .ok)
            #expect(csv.text.contains("Rekom;450000;250000;50000;0;0;1 / 2;0"), "granted both sides; used and unused as the owners reported")
            #expect(csv.text.contains("Dekom;600000;"))
            var forum = try await Browser.loggedIn(client, "forum@demo.no")
            let forumPage = try await forum.open(client, "/samarbeidsforum/2026")
            #expect(forumPage.text.contains("Rapportene for 2026 per ordning"))
            #expect(try await forum.get(client, "/samarbeidsforum/2026/eksport/rapporter-oversikt-2026.csv").text == csv.text)
            let history = try await db.auditEvents(AuditFilter(objectType: "rapport", objectId: String(stored.id))).map(\.action)
            #expect(history.reversed() == ["lagre", "send", "returner", "send", "godkjenn"])
        }
    }

    @Test("after 15 June the reports not sent are overdue: first in the Statsforvalter's list, marked on the reporter's home page")
    func overdue() async throws {
        let database = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        try await TestApp.seed(database)
        let before = try await TestApp.make(database: database, now: OrdningFlowTests.noon("2027-06-15"))
        try await before.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            #expect(!(try await sf.open(client, "/statsforvalter/rapporter/2026")).text.contains("badge-warning\">Forsinket"))
            // The tables' last column, overdue: none yet.
            let table = try await sf.get(client, "/statsforvalter/rapporteksport/2026/rapporter-oversikt-2026.csv").text
            #expect(table.contains("Rekom;") && table.split(whereSeparator: \.isNewline).dropFirst().allSatisfy { $0.hasSuffix(";0") }, "\(table)")
        }
        // The same database, so the same kept round: the tables' sums must follow the clock.
        let after = try await TestApp.make(database: database, now: OrdningFlowTests.noon("2027-06-16"))
        try await after.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let list = try await sf.open(client, "/statsforvalter/rapporter/2026")
            #expect(list.text.components(separatedBy: "badge-warning\">Forsinket").count - 1 == 2, "Salten's two: the owners' not begun, Nord's a draft")
            let table = try await sf.get(client, "/statsforvalter/rapporteksport/2026/rapporter-oversikt-2026.csv").text
            #expect(table.split(whereSeparator: \.isNewline).contains { $0.hasPrefix("Totalt;") && $0.hasSuffix(";2") }, "\(table)")
            var uh = try await Browser.loggedIn(client, "uh.nord@demo.no")
            let home = try await uh.open(client, "/uh")
            #expect(home.text.contains("Rapport for 2026: Rekom – Salten kompetansepartnerskap"))
            #expect(home.text.contains("Utkast (forsinket)"))
            // The Statsforvalter reminds Nord; Nord sees it on its home page. A sent report needs no reminder.
            let reminded = try await sf.post(client, "/statsforvalter/rapporter/2026/rekom/1/45", [("handling", "paminn")])
            #expect(reminded.status == .seeOther)
            #expect(try await uh.open(client, "/uh").text.contains("Statsforvalteren minnet dere på rapporten 16.06.2027"))
            #expect(try await sf.open(client, "/statsforvalter/rapporter/2026").text.contains("Påminnet 16.06.2027"))
            // The rows are kept for the round, not for a session: each page carries its own form token only.
            var other = try await Browser.loggedIn(client, "sf@demo.no")
            let (mine, theirs) = (try await sf.open(client, "/statsforvalter/rapporter/2026").text, try await other.open(client, "/statsforvalter/rapporter/2026").text)
            #expect(sf.csrf != other.csrf && mine.contains(sf.csrf) && !mine.contains(other.csrf) && theirs.contains(other.csrf) && !theirs.contains(sf.csrf))
            #expect(mine.contains("formaction=\"/statsforvalter/rapporter/2026/rekom/1/1\""))
            #expect(try await sf.post(client, "/statsforvalter/rapporter/2026/dekom/4/2", [("handling", "paminn")]).status == .conflict)
            let form = try await uh.open(client, Self.path)
            #expect(form.text.contains("Rapporten fra Nord universitet for Salten kompetansepartnerskap"))
            #expect(form.text.contains("Fristen var 15. juni 2027.".vist))
        }
    }
}

extension RapportFlowTests {
    @Test("the Statsforvalter's home counts each kind of report as the follow-up lists them: in all, sent, and overdue on either side of each deadline")
    func telling() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        let runde = try #require(try await db.runde(aar: 2026))
        let lister = try await Rapportgrunnlag.load(db, runde: runde, Rapport.Slag.allCases, t: Catalogue.bokmal)
        var forsinket: [String: [Int]] = [:]
        for dag in ["2026-12-01", "2026-12-02", "2027-06-15", "2027-06-16"] {
            let now = OrdningFlowTests.noon(dag)
            let tellinger = try await Rapportgrunnlag.telling(db, runde: runde, Rapport.Slag.allCases, now: now)
            #expect(tellinger == lister.map { grunnlag in
                Rapportgrunnlag.Telling(slag: grunnlag.slag, antall: grunnlag.forventet.count,
                                        sendt: grunnlag.forventet.filter(\.stored.rapport.erRapportert).count,
                                        forsinket: grunnlag.forventet.filter { $0.status.forSent(frist: grunnlag.frist, now: now) }.count)
            }, "\(dag)")
            forsinket[dag] = tellinger.map(\.forsinket)
        }
        #expect(lister.allSatisfy { !$0.forventet.isEmpty } && lister.contains { $0.forventet.contains(where: \.stored.rapport.erRapportert) })
        let aar = try #require(Rapport.Slag.allCases.firstIndex(of: .aar))
        #expect(forsinket["2027-06-15"]?[aar] == 0 && forsinket["2027-06-16"]?[aar] == 2, "Salten's two: the owners' not begun, Nord's a draft")
        let halvaar = try #require(Rapport.Slag.allCases.firstIndex(of: .halvaar))
        #expect(forsinket["2026-12-01"]?[halvaar] == 0 && (forsinket["2026-12-02"]?[halvaar] ?? 0) > 0)

        // The count is kept between views, and a report sent is counted on the next one.
        let now = OrdningFlowTests.noon("2026-12-02")
        let before = try await Rapportgrunnlag.telling(db, runde: runde, Rapport.Slag.allCases, now: now)
        var apen = try #require(lister[halvaar].forventet.first { !$0.stored.rapport.erRapportert }?.stored)
        apen.rapport.status = .sendt
        _ = try await db.saveRapport(apen, now: now, audit: AuditEvent(at: now, userName: "Test", action: .send, objectType: "rapport"))
        let after = try await Rapportgrunnlag.telling(db, runde: runde, Rapport.Slag.allCases, now: now)
        #expect(after[halvaar].sendt == before[halvaar].sendt + 1 && after[halvaar].forsinket == before[halvaar].forsinket - 1)
        #expect(after[aar] == before[aar])
    }

    @Test("unused funds: decided once every report of the letter is sent, with a choice and a reason; the tables show the decision")
    func unused() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        try await app.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            // Salten's letter: Nord's report is a draft, so nothing can be decided yet.
            let salten = try await sf.open(client, "/statsforvalter/rapporter/2026/rekom/1/45")
            #expect(salten.text.contains("Avgjøres når alle rapportene på tildelingsbrevet er sendt (0 av 2)."))
            let early = try await sf.post(client, "/statsforvalter/rapporter/2026/rekom/1/45", [
                ("handling", "ubrukt"), ("avgjorelse", "tilbakebetales"), ("ubruktBegrunnelse", "For tidlig."),
            ])
            #expect(early.status == .unprocessableContent)
            #expect(early.text.contains("Ubrukte midler avgjøres når alle rapportene på tildelingsbrevet er sendt."))

            // Ofoten's letter: Narvik's is sent (40 000 unused), UiT's approved.
            let ofoten = try await sf.open(client, "/statsforvalter/rapporter/2026/dekom/4/2")
            #expect(ofoten.text.contains("viser 40 000 kr ubrukt".vist))
            let noReason = try await sf.post(client, "/statsforvalter/rapporter/2026/dekom/4/2", [("handling", "ubrukt"), ("ubruktBegrunnelse", " ")])
            #expect(noReason.status == .unprocessableContent)
            #expect(noReason.text.contains("Velg om de ubrukte midlene skal betales tilbake") && noReason.text.contains("Begrunn avgjørelsen"))
            let decided = try await sf.post(client, "/statsforvalter/rapporter/2026/dekom/4/2", [
                ("handling", "ubrukt"), ("avgjorelse", "brukes_neste_var"), ("ubruktBegrunnelse", "Samlingen holdes i mars."),
            ])
            #expect(decided.status == .seeOther)
            let stored = try await db.ubrukteMidler(rundeAar: 2026)
            #expect(stored.map(\.belop) == [Kroner(40_000)] && stored.first?.avgjorelse == .brukesNesteVar)
            // An owner's or partner's home reads only its own letters' reports, reminders and
            // decisions: for every party, the same as it finds among the whole round's.
            try await db.paminnRapport(rundeAar: 2026, .aar, ordning: .rekom, partnerskapId: 1, organisasjonId: 45, now: Repository.fixedNow,
                                       audit: AuditEvent(at: Repository.fixedNow, action: .endre, objectType: "rapport"))
            let runde = try #require(try await db.runde(aar: 2026))
            let hele = try await Rapportgrunnlag.load(db, runde: runde, .aar, t: Catalogue.bokmal)
            #expect(hele.forventet.contains { $0.stored.id != 0 } && hele.forventet.contains { $0.paminnet != nil } && !hele.ubrukte.isEmpty)
            let parter = Set(hele.forventet.flatMap { $0.brev.partnerskap.parter.map(\.organisasjonId) })
            #expect(parter.count > 3)
            for org in parter.sorted() {
                let egne = try await Rapportgrunnlag.load(db, runde: runde, .aar, behovsmeldinger: try await db.behovsmeldingIds(organisasjonId: org), t: Catalogue.bokmal)
                let partnerskap = Set(egne.forventet.map(\.brev.partnerskap.id))
                func nokler(_ grunnlag: Rapportgrunnlag) -> [String] {
                    grunnlag.forventet.filter { partnerskap.contains($0.brev.partnerskap.id) }
                        .map { "\($0.brev.ordning.rawValue)/\($0.brev.partnerskap.id)/\($0.organisasjonId): \($0.stored.id) \($0.stored.version) \(String(describing: $0.paminnet))" }
                }
                #expect(nokler(egne) == nokler(hele))
                #expect(egne.ubrukte == hele.ubrukte.filter { partnerskap.contains($0.partnerskapId) })
            }
            // No partnership at all: nothing, without a read (the round's own has some of each).
            let (rapporter, paminnelser, ubrukte) = (try await db.rapporter(rundeAar: 2026), try await db.rapportPaminnelser(rundeAar: 2026),
                                                     try await db.ubrukteMidler(rundeAar: 2026))
            #expect(!rapporter.isEmpty && !paminnelser.isEmpty && !ubrukte.isEmpty)
            #expect(try await db.rapporter(rundeAar: 2026, partnerskap: []).isEmpty)
            #expect(try await db.rapportPaminnelser(rundeAar: 2026, partnerskap: []).isEmpty)
            #expect(try await db.ubrukteMidler(rundeAar: 2026, partnerskap: []).isEmpty)
            let csv = try await sf.get(client, "/statsforvalter/rapporteksport/2026/rapporter-oversikt-2026.csv")
            #expect(csv.text.contains(";Brukes våren etter;"))
            #expect(csv.text.contains("Dekom;600000;560000;40000;0;40000;2 / 2;0"))
            #expect(try await sf.open(client, "/statsforvalter/rapporter/2026/dekom/4/2").text.contains("Avgjort: 40 000 kr kan brukes våren 2027.".vist))
            // The next round's innstilling shows it beside the partnership's new behovsmeldinger.
            let innstilling = try await sf.open(client, "/statsforvalter/innstilling/2027/dekom")
            #expect(innstilling.text.contains("Rapporter fra tidligere tildelinger"))
            #expect(innstilling.text.contains("40 000 kr (kan brukes våren 2027)".vist))
            #expect(innstilling.text.contains("Eierne (Narvik kommune): sendt · UiT Norges arktiske universitet: godkjent"))
        }
    }
}

extension RapportFlowTests {
    static let halfPath = "/halvaarsrapport/2026/rekom/1"
    static let sfHalfPath = "/statsforvalter/halvaarsrapporter/2026/rekom/1/1"

    @Test("the half-year report: the shorter form from the letter, sent without a reason for money not yet used, returned, corrected, approved; the report on the year is untouched")
    func halfYear() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        try await app.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            #expect(try await owner.open(client, "/tildelingsbrev/2026/rekom/1").text.contains("href=\"\(Self.halfPath)\""))
            let home = try await owner.open(client, "/eier")
            #expect(home.text.contains("Halvårsrapport for 2026: Rekom – Salten kompetansepartnerskap"))
            #expect(home.text.contains("Ikke påbegynt. Frist 1. desember 2026.".vist))
            var form = try await owner.open(client, Self.halfPath)
            #expect(form.text.contains("<h1>Halvårsrapport: Rekom 2026</h1>"))
            #expect(form.text.contains("Brukt hittil (kr)") && form.text.contains("name=\"linje[1].motPlan\""))
            #expect(!form.text.contains("name=\"linje[1].utbytte\"") && !form.text.contains("name=\"linje[1].avvik\""))

            let missing = try await owner.post(client, Self.halfPath, [("version", "0"), ("handling", "send"), ("linje[1].hvaErGjort", "To fagdager.")])
            #expect(missing.status == .unprocessableContent)
            #expect(missing.text.contains(">To fagdager.</textarea>"), "what was typed comes back")
            #expect(missing.text.contains("Skriv hvor mye av midlene til Tiltak 1 «Lekende læring i Salten» som er brukt"))
            #expect(try await db.rapport(rundeAar: 2026, .halvaar, ordning: .rekom, partnerskapId: 1, organisasjonId: 1) == nil, "nothing saved")
            let typed = [("linje[1].brukt", "120 000"), ("linje[1].hvaErGjort", "To fagdager."), ("linje[1].motPlan", "Som planlagt.")]
            let sent = try await owner.post(client, Self.halfPath, [("version", "0"), ("handling", "send")] + typed)
            #expect(sent.status == .seeOther)
            let stored = try #require(try await db.rapport(rundeAar: 2026, .halvaar, ordning: .rekom, partnerskapId: 1, organisasjonId: 1))
            #expect(stored.rapport.status == .sendt && stored.rapport.brukt == Kroner(120_000))
            #expect(try await db.rapport(rundeAar: 2026, .aar, ordning: .rekom, partnerskapId: 1, organisasjonId: 1) == nil, "the report on the year is not begun")
            form = try await owner.open(client, Self.halfPath)
            #expect(form.text.contains("Halvårsrapporten er sendt til Statsforvalteren."))
            #expect(form.text.contains("Brukt hittil") && !form.text.contains("Ubrukt"))

            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let list = try await sf.open(client, "/statsforvalter/halvaarsrapporter/2026")
            #expect(list.text.contains("href=\"\(Self.sfHalfPath)\"") && list.text.contains("Returnert for retting"))
            #expect(list.text.contains("href=\"/statsforvalter/rapporter/2026\""))
            let page = try await sf.open(client, Self.sfHalfPath)
            #expect(page.text.contains("Halvårsrapport fra Eierne (Bodø kommune, Fauske kommune): Rekom 2026"))
            #expect(!page.text.contains("Ubrukte midler for partnerskapet"))
            #expect(try await sf.post(client, Self.sfHalfPath, [("version", BehovsmeldingFlowTests.version(page.text)), ("handling", "ubrukt")]).status == .badRequest)
            let returned = try await sf.post(client, Self.sfHalfPath, [
                ("version", BehovsmeldingFlowTests.version(page.text)), ("handling", "returner"), ("kommentar", "Skriv hvilke barnehager som var med."),
            ])
            #expect(returned.status == .seeOther)
            form = try await owner.open(client, Self.halfPath)
            #expect(form.text.contains("Skriv hvilke barnehager som var med."))
            let again = try await owner.post(client, Self.halfPath, [("version", BehovsmeldingFlowTests.version(form.text)), ("handling", "send")]
                                             + [("linje[1].brukt", "120 000"), ("linje[1].hvaErGjort", "To fagdager i 12 barnehager."), ("linje[1].motPlan", "Som planlagt.")])
            #expect(again.status == .seeOther)
            let second = try await sf.open(client, Self.sfHalfPath)
            #expect(try await sf.post(client, Self.sfHalfPath, [("version", BehovsmeldingFlowTests.version(second.text)), ("handling", "godkjenn")]).status == .seeOther)
            #expect(try await db.rapport(rundeAar: 2026, .halvaar, ordning: .rekom, partnerskapId: 1, organisasjonId: 1)?.rapport.status == .godkjent)
            #expect(!(try await owner.open(client, "/eier")).text.contains("Halvårsrapport for 2026"), "an approved report leaves the home page")

            // Its file lists every half-year report, without an unused column; the year's files are unchanged.
            let csv = try await sf.get(client, "/statsforvalter/rapporteksport/2026/halvaarsrapporter-2026.csv")
            #expect(csv.status == .ok)
            #expect(csv.text.contains("Brukt hittil") && !csv.text.contains("Ubrukt"))
            #expect(csv.text.contains("Eierne (Bodø kommune, Fauske kommune);Godkjent;;300000;120000"))
            let year = try await sf.get(client, "/statsforvalter/rapporteksport/2026/rapporter-oversikt-2026.csv")
            #expect(year.text.contains("Rekom;450000;0;0;0;0;0 / 2;0"), "half-year money is not the year's")
        }
    }

    @Test("after 1 December the half-year reports not sent are overdue; a reminder is for that report only")
    func halfYearOverdue() async throws {
        let database = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        try await TestApp.seed(database)
        let app = try await TestApp.make(database: database, now: OrdningFlowTests.noon("2026-12-02"))
        try await app.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let list = try await sf.open(client, "/statsforvalter/halvaarsrapporter/2026")
            #expect(list.text.components(separatedBy: "badge-warning\">Forsinket").count - 1 == 2, "Salten's owners not begun, Nord's returned")
            #expect(!(try await sf.open(client, "/statsforvalter/rapporter/2026")).text.contains("badge-warning\">Forsinket"))
            #expect(try await sf.open(client, "/statsforvalter").text.contains("Halvårsrapporter for tildelingen 2026</a><p>2 av 4 sendt, 2 forsinket."))
            let reminded = try await sf.post(client, "/statsforvalter/halvaarsrapporter/2026/rekom/1/45", [("handling", "paminn")])
            #expect(reminded.status == .seeOther && reminded.headers[.location] == "/statsforvalter/halvaarsrapporter/2026")
            var uh = try await Browser.loggedIn(client, "uh.nord@demo.no")
            let home = try await uh.open(client, "/uh")
            #expect(home.text.contains("Returnert for retting (forsinket). Frist 1. desember 2026. Statsforvalteren minnet dere på rapporten 02.12.2026".vist))
            #expect(home.text.components(separatedBy: "Statsforvalteren minnet dere").count - 1 == 1, "the report on the year was not reminded")
            let csv = try await sf.get(client, "/statsforvalter/rapporteksport/2026/halvaarsrapporter-2026.csv")
            #expect(csv.text.components(separatedBy: ";Forsinket;").count - 1 == 3, "the column's name and Salten's two")
        }
    }
}

extension RapportFlowTests {
    @Test("the reports of the rounds before beside a behovsmelding: read for its partnership alone, the same as read with the whole rounds")
    func tidligereRapporter() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        let runde = try #require(try await db.runde(aar: 2027))
        func rader(_ ids: Set<Int64>, alle: Bool) async throws -> [String] {
            try await TidligereRapporter.load(db, runde: runde, partnerskapIds: ids, alle: alle, now: Repository.fixedNow, t: .bokmal)?.rader
                .map { [$0.partnerskap, $0.tildeling, $0.rapporter, $0.ubrukt, String($0.overdue)].joined(separator: " | ") } ?? []
        }
        var med = 0
        let alle = try await db.partnerskap(ids: Array(1...100)).map(\.id)
        for id in alle {
            let egne = try await rader([id], alle: false)
            #expect(egne == (try await rader([id], alle: true)), "partnerskap \(id)")
            med += egne.isEmpty ? 0 : 1
        }
        #expect(med >= 2, "Salten's and Ofoten's letters of the round before")
        #expect(try await rader(Set(alle), alle: false) == (try await rader(Set(alle), alle: true)))
    }
}

extension RapportFlowTests {
    @Test("the reports a home links, read from their states alone, are those the follow-up lists for the reader and not approved, in its order")
    func apne() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        var sett = 0
        for aar in [2026, 2027] {
            let runde = try #require(try await db.runde(aar: aar))
            for partnerskap in try await db.partnerskap(ids: Array(1...100)) {
                for part in partnerskap.partnerskap.parter {
                    let rolle: Rolle = partnerskap.partnerskap.eiere.contains { $0.organisasjonId == part.organisasjonId }
                        ? .eier(organisasjonId: part.organisasjonId) : .uh(organisasjonId: part.organisasjonId)
                    let egne = try await db.behovsmeldingIds(organisasjonId: part.organisasjonId)
                    let samling = try await Tildelingsbrevsamling.load(db, runde: runde, behovsmeldinger: egne)
                    let slag = Array(Rapport.Slag.allCases.reversed())
                    let lest = try await Rapportgrunnlag.load(db, runde: runde, slag, behovsmeldinger: egne, lest: samling, t: .bokmal).flatMap { grunnlag in
                        grunnlag.forRolle(rolle).filter { $0.stored.rapport.status != .godkjent }.map {
                            "\(grunnlag.slag) \($0.brev.ordning) \($0.brev.partnerskap.id) \($0.status) \(String(describing: $0.paminnet))"
                        }
                    }
                    let apne = try await Rapportgrunnlag.apne(db, samling: samling, slag, rolle: rolle).map {
                        "\($0.slag) \(samling.brev[$0.brev].ordning) \(samling.brev[$0.brev].partnerskap.id) \($0.status) \(String(describing: $0.paminnet))"
                    }
                    #expect(apne == lest, "\(aar) \(part.navn)")
                    sett += apne.isEmpty ? 0 : 1
                }
            }
        }
        #expect(sett > 3)
    }
}

extension RapportFlowTests {
    @Test("a scheme's money as kept for all its reports is the sum of its letters' money, each summed from its reports")
    func pengerPerOrdning() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        let runde = try #require(try await db.runde(aar: 2026))
        var ordninger = 0
        for slag in Rapport.Slag.allCases {
            let grunnlag = try await Rapportgrunnlag.load(db, runde: runde, slag, t: .bokmal)
            for (ordning, plasser) in grunnlag.iListeorden where !plasser.isEmpty {
                ordninger += 1
                let perBrev = Dictionary(grouping: plasser) { grunnlag.kjennetegn[$0].partnerskapId }.values.map { brevets in
                    Rapport.summer(brevets.map { grunnlag.forventet[$0].stored.rapport })
                }
                let summert = perBrev.reduce((Kroner.zero, Kroner.zero, Kroner.zero)) { ($0.0 + $1.tildelt, $0.1 + $1.brukt, $0.2 + $1.ubrukt) }
                let hele = grunnlag.penger(plasser.reversed())
                #expect([hele.tildelt, hele.brukt, hele.ubrukt] == [summert.0, summert.1, summert.2], "\(slag) \(ordning)")
                #expect(hele.tildelt > .zero)
            }
        }
        #expect(ordninger >= 2, "the demo's letters of the round before, for both kinds of report")
    }
}
