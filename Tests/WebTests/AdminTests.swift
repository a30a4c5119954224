import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Persistence
import Testing
import TestSupport
@testable import Web

@Suite struct AdminTests {
    static let newOrg: [(String, String)] = [
        ("navn", "Testvik kommune"), ("type", "kommune"), ("orgnr", "123 456 785"), ("kommunenummer", "1899"),
        ("regionId", "1"), ("saerligeUtfordringer", "ja"),
    ]

    @Test("a POST without the form token, or with another session's, is refused with 403, changes nothing and is audited",
          arguments: ["", "feil-token", "annen-okt"])
    func csrf(token: String) async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let other = try await Browser.loggedIn(client, "forum@demo.no")
            let before = try await app.deps.database.organisasjoner().count
            let auditBefore = try await app.deps.database.auditEvents(limit: 1000).count
            let response = try await sf.post(client, "/statsforvalter/organisasjoner", Self.newOrg, csrf: token == "annen-okt" ? other.csrf : token)
            #expect(response.status == .forbidden)
            #expect(response.text.contains("Skjemaet kunne ikke sendes"))
            #expect(try await app.deps.database.organisasjoner().count == before)
            // The one new audit line is the refusal itself.
            let events = try await app.deps.database.auditEvents(limit: 1000)
            #expect(events.count == auditBefore + 1)
            #expect(events.first?.action == "skjema uten gyldig nøkkel" && events.first?.objectId == "POST /statsforvalter/organisasjoner")
            #expect(events.first?.userId != nil)
        }
    }

    @Test("the login form needs its form token too")
    func loginCsrf() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var browser = Browser()
            _ = try await browser.open(client, "/logg-inn")
            let response = try await browser.post(client, "/logg-inn", [("epost", "sf@demo.no"), ("passord", "demo1234")], csrf: "")
            #expect(response.status == .forbidden)
            #expect(browser.cookies[Cookies.session] == nil)
        }
    }

    @Test("a wrong orgnr is refused with the Domain message; everything typed comes back; nothing is saved")
    func orgnrRefused() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            var fields = Self.newOrg
            fields[2] = ("orgnr", "123 456 789")
            let response = try await sf.post(client, "/statsforvalter/organisasjoner", fields)
            #expect(response.status == .unprocessableContent)
            let html = response.text
            let message = Catalogue.bokmal.tekst(.orgnr(.ugyldigKontrollsiffer))
            #expect(html.components(separatedBy: message).count == 3, "in the summary and next to the field")
            #expect(html.contains("href=\"#felt-orgnr\""))
            #expect(html.contains("value=\"Testvik kommune\""))
            #expect(html.contains("value=\"123 456 789\""))
            #expect(html.contains("value=\"1899\""))
            #expect(html.contains("<option value=\"kommune\" selected>"))
            #expect(html.contains("name=\"saerligeUtfordringer\" type=\"checkbox\" value=\"ja\" checked"))
            #expect(try await app.deps.database.organisasjoner().contains { $0.navn == "Testvik kommune" } == false)
        }
    }

    @Test("create and edit an organisation: redirect, message, audit with before and after; a taken orgnr is refused")
    func organisationLifecycle() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let created = try await sf.post(client, "/statsforvalter/organisasjoner", Self.newOrg)
            #expect(created.status == .seeOther)
            let location = try #require(created.headers[.location])
            let page = try await sf.open(client, location)
            #expect(page.text.contains("Testvik kommune er opprettet."))
            let again = try await sf.open(client, location)
            #expect(!again.text.contains("er opprettet."), "the message shows once")
            let org = try #require(try await app.deps.database.organisasjoner().first { $0.navn == "Testvik kommune" })
            #expect(org.saerligeUtfordringer && org.kommunenummer?.digits == "1899" && org.orgnr.digits == "123456785")

            var edit = Self.newOrg
            edit[0] = ("navn", "Testvik kommune (ny)")
            edit.removeLast()
            let updated = try await sf.post(client, location, edit)
            #expect(updated.status == .seeOther)
            let event = try #require(try await app.deps.database.auditEvents(AuditFilter(objectType: "organisasjon", objectId: String(org.id))).first)
            #expect(event.action == "endre" && event.userName == "Siri Fylkesmann" && event.actingRole == "Statsforvalter")
            #expect(AuditEvent.fields(event.before)["navn"] == "Testvik kommune")
            #expect(AuditEvent.fields(event.after)["navn"] == "Testvik kommune (ny)")
            #expect(AuditEvent.fields(event.after)["saerligeUtfordringer"] == "false")

            let taken = try await sf.post(client, "/statsforvalter/organisasjoner", Self.newOrg)
            #expect(taken.status == .unprocessableContent)
            #expect(taken.text.contains("allerede registrert"))
        }
    }

    @Test("search finds organisations by name, orgnr and kommunenummer")
    func search() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            let sf = try await Browser.loggedIn(client, "sf@demo.no")
            let byName = try await sf.get(client, "/statsforvalter/organisasjoner?q=bod%C3%B8").text
            #expect(byName.contains("Bodø kommune") && !byName.contains("Fauske kommune"))
            let byNumber = try await sf.get(client, "/statsforvalter/organisasjoner?q=1841").text
            #expect(byNumber.contains("Fauske kommune") && !byNumber.contains("Bodø kommune"))
            let byKind = try await sf.get(client, "/statsforvalter/organisasjoner?type=uh").text
            #expect(byKind.contains("Nord universitet") && !byKind.contains("Bodø kommune"))
            // As a browser's form sends two words: a space is «+», a «+» typed is %2B.
            let twoWords = try await sf.get(client, "/statsforvalter/organisasjoner?q=Fauske+kommune").text
            #expect(twoWords.contains("1 av ") && twoWords.contains(#"value="Fauske kommune""#))
            let plus = try await sf.get(client, "/delingssystem?q=lesing+og+fag%2B").text
            #expect(plus.contains(#"value="lesing og fag+""#) && plus.contains("6 tiltak passer søket."))
        }
    }

    @Test("a new user gets a one-time link; the link sets the password once; the user can log in")
    func newUserLink() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let created = try await sf.post(client, "/statsforvalter/brukere", [
                ("navn", "Kari Kommune"), ("epost", "Kari@Bodo.Kommune.no"), ("rolle", "eier"), ("organisasjonId", "1"),
            ])
            #expect(created.status == .created)
            let html = created.text
            let start = try #require(html.range(of: "/passord/"))
            let token = String(html[start.upperBound...].prefix { $0 != "\"" })
            #expect(token.count == 43)
            let user = try #require(try await app.deps.database.credentials(epost: "kari@bodo.kommune.no"))
            #expect(user.passwordHash == nil)
            #expect(user.bruker.tildelinger.map(\.rolle) == [.eier(organisasjonId: 1)])

            var kari = Browser()
            _ = try await kari.open(client, "/passord/\(token)")
            let short = try await kari.post(client, "/passord/\(token)", [("passord", "kort"), ("gjenta", "kort")])
            #expect(short.status == .unprocessableContent)
            #expect(short.text.contains("minst 10 tegn"))
            let set = try await kari.post(client, "/passord/\(token)", [("passord", "lang nok setning"), ("gjenta", "lang nok setning")])
            #expect(set.status == .seeOther)
            #expect(set.headers[.location] == "/logg-inn?passord=satt")
            let reused = try await kari.open(client, "/passord/\(token)")
            #expect(reused.status == .notFound)
            let loggedIn = try await Browser.loggedIn(client, "kari@bodo.kommune.no", password: "lang nok setning")
            #expect(loggedIn.cookies[Cookies.session] != nil)
        }
    }

    @Test("a taken e-mail and a missing role are refused with the form kept")
    func newUserRefused() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let taken = try await sf.post(client, "/statsforvalter/brukere", [("navn", "Ny"), ("epost", "SF@demo.no"), ("rolle", "statsforvalter")])
            #expect(taken.status == .unprocessableContent)
            #expect(taken.text.contains("brukes allerede"))
            let noOrg = try await sf.post(client, "/statsforvalter/brukere", [("navn", "Ny Person"), ("epost", "ny@demo.no"), ("rolle", "uh"), ("organisasjonId", "1")])
            #expect(noOrg.status == .unprocessableContent)
            #expect(noOrg.text.contains("Velg hvilken UH, fagskole eller hvilket nasjonalt senter"))
            #expect(noOrg.text.contains("value=\"Ny Person\""))
        }
    }

    @Test("grants: add one, switch to it in the header, remove it; each change is in the user's log")
    func grants() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let forum = try #require(try await app.deps.database.credentials(epost: "forum@demo.no")).bruker
            let added = try await sf.post(client, "/statsforvalter/brukere/\(forum.id)/roller", [("rolle", "fagutvalg"), ("sektor", "grunnskole")])
            #expect(added.status == .seeOther)
            let twice = try await sf.post(client, "/statsforvalter/brukere/\(forum.id)/roller", [("rolle", "fagutvalg"), ("sektor", "grunnskole")])
            #expect(twice.status == .unprocessableContent)

            var member = try await Browser.loggedIn(client, "forum@demo.no")
            let home = try await member.open(client, "/samarbeidsforum")
            #expect(home.text.contains("id=\"bytt-rolle\""))
            let grant = try #require(try await app.deps.database.user(id: forum.id)?.tildelinger.last)
            let switched = try await member.post(client, "/rolle", [("tildeling", String(grant.id))])
            #expect(switched.headers[.location] == "/fagutvalg")
            let fagutvalg = try await member.open(client, "/fagutvalg")
            #expect(fagutvalg.status == .ok)
            #expect(fagutvalg.text.contains("Fagutvalg – Grunnskole"))
            #expect(try await member.get(client, "/samarbeidsforum").status == .forbidden)
            // Somebody else's grant cannot be chosen.
            #expect(try await member.post(client, "/rolle", [("tildeling", "1")]).status == .forbidden)

            let removed = try await sf.post(client, "/statsforvalter/brukere/\(forum.id)/roller/\(grant.id)/fjern", [])
            #expect(removed.status == .seeOther)
            let actions = try await app.deps.database.auditEvents(AuditFilter(objectType: "bruker", objectId: String(forum.id))).map(\.action)
            #expect(actions.contains("gi rolle") && actions.contains("fjern rolle") && actions.contains("bytt rolle"))
        }
    }

    @Test("the Statsforvalter cannot deactivate themself or remove the role they act as")
    func selfProtection() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let me = try #require(try await app.deps.database.credentials(epost: "sf@demo.no")).bruker
            _ = try await sf.post(client, "/statsforvalter/brukere/\(me.id)/aktiv", [("aktiv", "0")])
            _ = try await sf.post(client, "/statsforvalter/brukere/\(me.id)/roller/\(me.tildelinger[0].id)/fjern", [])
            let after = try #require(try await app.deps.database.user(id: me.id))
            #expect(after.aktiv && after.tildelinger.count == 1)
        }
    }

    @Test("the Statsforvalter's home counts the register in words that agree with the number", arguments: [
        (1, "1 tildelingsrunde.", "1 aktiv brukar."), (2, "2 tildelingsrunder.", "2 aktive brukarar."), (1234, "1 234 tildelingsrunder.", "1 234 aktive brukarar."),
    ])
    func registerCounts(antall: Int, runder: String, brukereNynorsk: String) {
        #expect(Catalogue.bokmal.antall(antall, en: .homeCountRoundsOne, flere: .homeCountRounds) == runder.vist)
        #expect(Catalogue.nynorsk.antall(antall, en: .homeCountUsersOne, flere: .homeCountUsers) == brukereNynorsk.vist)
    }

    @Test("the Statsforvalter's home lists the latest changes, not who signed in; the log keeps both")
    func recentChanges() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            _ = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let home = try await sf.open(client, "/statsforvalter")
            let recent = try #require(home.text.components(separatedBy: "id=\"siste-endringer\"").last)
            #expect(recent.contains("seed-demo"))
            #expect(!recent.contains("logg inn"))
            let log = try await sf.open(client, "/statsforvalter/logg")
            #expect(log.text.contains("logg inn"))
        }
    }

    @Test("a network's leader: the chosen user gets the role, the former leader loses it")
    func networkLeader() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let network = try #require(try await app.deps.database.nettverk().first { $0.navn.contains("Salten") && $0.type == .barnehage })
            let former = try #require(try await app.deps.database.credentials(epost: "nettverk.salten@demo.no")).bruker
            let fauske = try #require(try await app.deps.database.credentials(epost: "eier.fauske@demo.no")).bruker
            // The page offers the current leader's address, not a list of every user of the country.
            let page = try await sf.open(client, "/statsforvalter/regioner/\(network.regionId)")
            #expect(page.text.contains(#"type="email" value="nettverk.salten@demo.no""#))
            #expect(!page.text.contains("<option"))
            // An address no active user has is named next to the field, and nothing changes.
            let unknown = try await sf.post(client, "/statsforvalter/nettverk/\(network.id)", [("navn", network.navn), ("leder", "ukjent@example.no")])
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.text.contains("Ingen aktiv bruker har e-postadressen ukjent@example.no."))
            #expect(unknown.text.contains(#"value="ukjent@example.no""#))
            #expect(try await app.deps.database.nettverksledere()[network.id]?.map(\.id) == [former.id])
            // The address as typed, with capitals and spaces, finds the user.
            let response = try await sf.post(client, "/statsforvalter/nettverk/\(network.id)", [("navn", network.navn), ("leder", "  Eier.Fauske@demo.no ")])
            #expect(response.status == .seeOther)
            let leaders = try await app.deps.database.nettverksledere()[network.id] ?? []
            #expect(leaders.map(\.id) == [fauske.id])
            #expect(try await app.deps.database.user(id: former.id)?.tildelinger.isEmpty == true)
            let empty = try await sf.post(client, "/statsforvalter/nettverk/\(network.id)", [("navn", " "), ("leder", "")])
            #expect(empty.status == .unprocessableContent)
            #expect(empty.text.contains("Skriv inn navnet på nettverket."))
        }
    }

    @Test("a round's budget changes with an audit line; wrong input is named per field; a locked round keeps its rules and moves only its dates")
    func rounds() async throws {
        let app = try await TestApp.make()
        // The demo rounds 2026 (decided) and 2027 are locked by their delivered behovsmeldinger; 2028 is not yet.
        try await app.deps.database.createRunde(
            .standard(aar: 2028, budsjett: [.rekom: Kroner(10_886_000), .dekom: Kroner(12_070_000)]),
            audit: AuditEvent(at: Repository.fixedNow, action: .opprett, objectType: "runde")
        )
        try await app.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            #expect(try await app.deps.database.lockedRoundYears() == [2026, 2027])
            let page = try await sf.open(client, "/statsforvalter/runder/2028")
            let fields = Self.formFields(page.text)
            var changed = fields.map { $0.0 == "ordning1_budsjett" ? ($0.0, "11 000 000") : $0 }
            let saved = try await sf.post(client, "/statsforvalter/runder/2028", changed)
            #expect(saved.status == .seeOther)
            #expect(try await app.deps.database.runde(aar: 2028)?.ordninger[.rekom]?.budsjett == Kroner(11_000_000))
            let event = try #require(try await app.deps.database.auditEvents(AuditFilter(objectType: "runde", objectId: "2028")).first)
            #expect(AuditEvent.fields(event.before)["rekom.budsjett"] == "10886000")
            #expect(AuditEvent.fields(event.after)["rekom.budsjett"] == "11000000")

            changed = changed.map { $0.0 == "ordning2_egenandel" ? ($0.0, "130") : $0 }
            let refused = try await sf.post(client, "/statsforvalter/runder/2028", changed)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Dekom: Prosentsatsen må være mellom 0 og 100."))
            #expect(refused.text.contains("value=\"130\""))

            // Locked: the rules stay whatever is sent; the dates may move, the deadline for behovsmeldinger only later.
            try await app.deps.database.lockRoundRules(aar: 2028, at: Repository.fixedNow)
            let lockedPage = try await sf.open(client, "/statsforvalter/runder/2028")
            #expect(lockedPage.text.contains(Catalogue.bokmal.tekst(.rundeLaast)))
            #expect(lockedPage.text.contains("Lagre datoene"))
            let deadline = try #require(try await app.deps.database.runde(aar: 2028)?.frister.behovsmelding)
            let earlier = fields.map { $0.0 == "behovsmelding" ? ($0.0, "2027-12-01") : $0 }
            let tooEarly = try await sf.post(client, "/statsforvalter/runder/2028", earlier)
            #expect(tooEarly.status == .unprocessableContent)
            #expect(tooEarly.text.contains("Fristen for behovsmeldinger kan bare flyttes senere enn \(deadline.formatted)"))
            #expect(tooEarly.text.contains("value=\"2027-12-01\""))
            let later = fields.map { $0.0 == "behovsmelding" ? ($0.0, "2027-12-20") : $0 }
            let moved = try await sf.post(client, "/statsforvalter/runder/2028", later)
            #expect(moved.status == .seeOther)
            let stored = try #require(try await app.deps.database.runde(aar: 2028))
            #expect(stored.frister.behovsmelding == Dato(iso: "2027-12-20"))
            #expect(stored.ordninger[.rekom]?.budsjett == Kroner(11_000_000), "the rules stay as they were")
        }
    }

    @Test("a new round for the next free year; the same year twice is refused")
    func newRound() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let form = try await sf.open(client, "/statsforvalter/runder/ny")
            let fields = Self.formFields(form.text)
            #expect(fields.contains { $0 == ("aar", "2028") })
            let created = try await sf.post(client, "/statsforvalter/runder", fields.map { $0.0 == "ordning1_budsjett" ? ($0.0, "5 000 000") : $0 })
            #expect(created.status == .seeOther)
            #expect(try await app.deps.database.runde(aar: 2028)?.frister.behovsmelding == Dato(year: 2027, month: 12, day: 15))
            let again = try await sf.post(client, "/statsforvalter/runder", fields)
            #expect(again.status == .unprocessableContent)
            #expect(again.text.contains("Det finnes allerede en tildelingsrunde for 2028."))
        }
    }

    @Test("the audit reader filters by a user's name or address, or a part of one, and by date")
    func auditFilter() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            let sf = try await Browser.loggedIn(client, "sf@demo.no")
            _ = try await Browser.loggedIn(client, "forum@demo.no")
            let all = try await sf.get(client, "/statsforvalter/logg").text
            #expect(all.contains("Siri Fylkesmann") && all.contains("Frode Forum"))
            for text in ["sf@demo.no", "SF@demo.no", "siri", " Fylkes "] {
                let mine = try await sf.get(client, "/statsforvalter/logg?bruker=" + (text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")).text
                #expect(mine.contains("Siri Fylkesmann") && !mine.contains("Frode Forum"), "\(text)")
                #expect(mine.contains("value=\"\(text)\""), "the text stays in the field")
            }
            let both = try await sf.get(client, "/statsforvalter/logg?bruker=f").text
            #expect(both.contains("Siri Fylkesmann") && both.contains("Frode Forum"))
            #expect(both.contains("brukere passer: "), "more than one user: they are named")
            let nobody = try await sf.get(client, "/statsforvalter/logg?bruker=%3Cingen%3E")
            #expect(nobody.status == .unprocessableContent)
            #expect(nobody.text.contains("Ingen bruker har navn eller e-postadresse med «&lt;ingen&gt;».") && nobody.text.contains("value=\"&lt;ingen&gt;\""))
            let today = try await sf.get(client, "/statsforvalter/logg?fra=2026-11-23&til=23.11.2026").text
            #expect(today.contains("logg inn"))
            let past = try await sf.get(client, "/statsforvalter/logg?til=2026-01-01")
            #expect(past.text.contains("Ingen linjer passer med utvalget."))
            let wrong = try await sf.get(client, "/statsforvalter/logg?fra=i+morgen")
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.text.contains("Skriv datoen som dd.mm.åååå"))
        }
    }

    @Test("the users a filter text names: the one whose address it is, else every name or address containing it, ignoring case",
          arguments: [
              ("kari@x.no", [1]), ("KARI@X.NO", [1]), ("kari", [1, 2]), ("ari@x", [1, 2]), ("Nordmann", [1, 3]), ("  ola ", [3]),
              ("øy", [2]), ("ØY", [2]), ("per", []), ("", [1, 2, 3]),
          ] as [(String, [Int64])])
    func auditUsers(text: String, expected: [Int64]) {
        let users = [Bruker(id: 1, navn: "Kari Nordmann", epost: "kari@x.no"), Bruker(id: 2, navn: "Øystein Li", epost: "bkari@x.no"),
                     Bruker(id: 3, navn: "Ola Nordmann", epost: "ola@y.no")]
        #expect(AdminAuditPage.brukere(text, blant: users).map(\.id) == expected)
    }

    /// The named inputs of the first form in `html` with their values (checked boxes only).
    static func formFields(_ html: String) -> [(String, String)] {
        let form = html.components(separatedBy: "<form class=\"form form-wide\"").dropFirst().first ?? ""
        var fields: [(String, String)] = []
        for piece in form.components(separatedBy: "<input").dropFirst() {
            let tag = String(piece.prefix { $0 != ">" })
            func attribute(_ name: String) -> String? {
                guard let range = tag.range(of: " \(name)=\"") else { return nil }
                return String(tag[range.upperBound...].prefix { $0 != "\"" })
            }
            guard let name = attribute("name"), name != "_csrf" else { continue }
            if attribute("type") == "checkbox", !tag.contains(" checked") { continue }
            fields.append((name, attribute("value") ?? ""))
        }
        return fields
    }
}
