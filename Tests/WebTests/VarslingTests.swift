import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Persistence
import Testing
import TestSupport
@testable import Web

/// A mail server in the tests: it records what it accepts, is unavailable for the first
/// `failures` attempts (451), and refuses the addresses in `refused` for good (550).
actor Opptak: Postbud {
    var sendt: [Epost] = []
    var failures: Int
    let refused: Set<String>

    init(failures: Int = 0, refused: Set<String> = []) {
        self.failures = failures
        self.refused = refused
    }

    nonisolated var leverer: Bool { true }

    func send(_ epost: Epost, now: Date) async throws {
        if failures > 0 {
            failures -= 1
            throw SMTPFeil.svar(kode: 451, tekst: "Prøv igjen senere")
        }
        if refused.contains(epost.til) { throw SMTPFeil.svar(kode: 550, tekst: "Ukjent mottaker") }
        sendt.append(epost)
    }
}

/// Notifications end to end (issue 21): the delivery worker over the outbox, each person's
/// choice, the reminders, the e-mail's format, the «Varsler» page, the outbox page and the
/// private calendar feed.
@Suite struct VarslingTests {
    static let now = Repository.fixedNow
    static let site = SiteSettings(publicURL: URL(string: "https://behovsmelding.example.no")!)

    func worker(_ app: TestApp, _ postbud: any Postbud, dager: Int = 7) -> Utsending {
        Utsending(database: app.deps.database, postbud: postbud, clock: app.deps.clock, site: Self.site, paminnelsesdager: dager)
    }

    /// Two events for the parties of the demo's partnership 1 (Bodø and Nord universitet)
    /// and one for the Statsforvalter (the demo itself starts with no notices).
    func events(_ app: TestApp) async throws {
        let database = app.deps.database
        let parties = try #require(try await database.partnerskap(id: 1)).partnerskap.parter.map(\.organisasjonId)
        try await database.varsle(.behovsmeldingLevert, hendelse: "test-1", til: [.organisasjoner(parties)],
                                  params: ["behovsmelding": "1", "navn": "Salten", "ordning": "Rekom", "aar": "2027"], now: Self.now)
        try await database.varsle(.vedtak, hendelse: "test-2", til: [.organisasjoner(parties), .statsforvalter],
                                  params: ["aar": "2027", "ordning": "Rekom", "ordningkode": "rekom"], now: Self.now)
    }

    func userId(_ app: TestApp, _ email: String) async throws -> Int64 {
        try #require(try await app.deps.database.brukere().first { $0.epost == email }).id
    }

    @Test("every kind of notice has a subject, a text and a link, with every placeholder filled", arguments: Varsel.Slag.allCases)
    func wording(slag: Varsel.Slag) {
        let params = ["behovsmelding": "1", "partnerskap": "1", "navn": "Salten", "ordning": "Rekom", "ordningkode": "rekom", "aar": "2027",
                      "dato": "2026-12-15", "nettverk": "1", "hva": "Fagdag", "antall": "3", "slag": "aar", "andel": "30 %", "organisasjon": "1",
                      "rolle": "Fagressurs"]
        for hva in slag == .frist ? ["utkast", "signatur", "nettverk", "rapport"] : ["Fagdag"] {
            let text = Varseltekst(slag, params.merging(["hva": hva]) { $1 }, t: .bokmal)
            for part in [text.emne, text.tekst] {
                #expect(!part.isEmpty && !part.contains("{") && !part.contains("⟦"), "\(slag) \(hva): \(part)")
            }
            #expect(text.lenke.hasPrefix("/") && !text.lenke.contains("/0"), "\(slag) \(hva): \(text.lenke)")
        }
    }

    @Test("each notice goes out once; an unavailable server ends the pass and is tried again after the wait; a refused address does not hold up the rest; a restart sends nothing twice")
    func deliveryAndRetry() async throws {
        let app = try await TestApp.make()
        let database = app.deps.database
        try await events(app)
        let server = Opptak(failures: 1, refused: ["uh.nord@demo.no"])
        // The server is unavailable: the first attempt fails and the pass ends there.
        try await worker(app, server).kjor(now: Self.now)
        let (all, total) = try await database.eposter(limit: 1000)
        #expect(total > 2)
        #expect(await server.sendt.isEmpty)
        let failed = try #require(all.first { $0.forsok == 1 })
        #expect(failed.feil?.contains("451") == true && failed.tilstand == .venter)
        #expect(failed.nesteForsok == Self.now.addingTimeInterval(60))
        #expect(all.filter { $0.forsok == 0 }.count == total - 1)
        // The next pass sends the rest, but not the failed one before its wait is over, and
        // not to the address the server refuses.
        try await worker(app, server).kjor(now: Self.now.addingTimeInterval(30))
        let refused = all.filter { $0.til == "uh.nord@demo.no" }.count
        #expect(refused > 0)
        let expectedNow = total - 1 - refused + (failed.til == "uh.nord@demo.no" ? 1 : 0)
        #expect(await server.sendt.count == expectedNow)
        #expect(await !server.sendt.contains { $0.messageId == failed.messageId })
        // After the wait it goes, with the Message-ID it was written with.
        try await worker(app, server).kjor(now: Self.now.addingTimeInterval(61))
        if failed.til != "uh.nord@demo.no" {
            #expect(await server.sendt.contains { $0.messageId == failed.messageId })
        }
        #expect(await server.sendt.count == total - refused)
        let stored = try await database.eposter(limit: 1000).eposter
        #expect(stored.filter { $0.til == "uh.nord@demo.no" }.allSatisfy { $0.tilstand == .venter && $0.feil?.contains("550") == true })
        // A restart: a new worker over the same database sends nothing again.
        let restarted = Opptak(refused: ["uh.nord@demo.no"])
        try await worker(app, restarted).kjor(now: Self.now.addingTimeInterval(7200))
        #expect(await restarted.sendt.isEmpty)
        #expect(try await database.eposter(limit: 1000).eposter.filter { $0.til != "uh.nord@demo.no" }.allSatisfy { $0.tilstand == .sendt })
    }

    @Test("a daily digest waits for 07:00 and carries the day's notices in one e-mail; «no e-mail» writes none")
    func choices() async throws {
        let app = try await TestApp.make()
        let database = app.deps.database
        let bodo = try await userId(app, "eier.bodo@demo.no")
        let sf = try await userId(app, "sf@demo.no")
        let audit = AuditEvent(at: Self.now, userName: "Test", action: .endre)
        try await events(app)
        try await database.settVarselvalg(userId: bodo, .daglig, now: Self.now, audit: audit)
        try await database.settVarselvalg(userId: sf, .av, now: Self.now, audit: audit)
        let waiting = try await database.ventendeVarsler(limit: 10_000).filter { $0.userId == bodo && !$0.slag.erPaminnelse }
        #expect(waiting.count >= 2)
        let server = Opptak()
        func digests() async -> [Epost] {
            await server.sendt.filter { $0.til == "eier.bodo@demo.no" && $0.emne.hasPrefix("Varsler fra Behovsmelding") }
        }
        try await worker(app, server).kjor(now: Self.now)
        #expect(await digests().isEmpty)
        let morning = OrdningFlowTests.noon("2026-11-24").addingTimeInterval(-5 * 3600)
        try await worker(app, server).kjor(now: morning.addingTimeInterval(-60))
        #expect(await digests().isEmpty)
        try await worker(app, server).kjor(now: morning)
        let digest = await digests()
        #expect(digest.count == 1)
        #expect(digest.first?.emne == "Varsler fra Behovsmelding (\(waiting.count))")
        #expect(digest.first?.tekst.contains("Dette har skjedd siden forrige e-post:") == true)
        // A reminder of a deadline still comes on its own (the half-year report, 1 December).
        #expect(await server.sendt.contains { $0.til == "eier.bodo@demo.no" && $0.emne.hasPrefix("Påminnelse: frist 1. desember 2026".vist) })
        #expect(await server.sendt.filter { $0.til == "sf@demo.no" }.isEmpty)
        #expect(try await database.ventendeVarsler(limit: 10_000).filter { $0.userId == sf }.isEmpty)
    }

    @Test("reminders before a deadline go to those still behind, once, with a link to the page that needs them")
    func reminders() async throws {
        let app = try await TestApp.make()
        let server = Opptak()
        let day = OrdningFlowTests.noon("2026-12-10")
        try await worker(app, server).kjor(now: day)
        try await worker(app, server).kjor(now: day.addingTimeInterval(3600))
        let bodo = await server.sendt.filter { $0.til == "eier.bodo@demo.no" && $0.emne.hasPrefix("Påminnelse: frist 15. desember 2026".vist) }
        #expect(bodo.count == 2, "Bodø's two drafts, each once")
        #expect(bodo.contains { $0.tekst.contains("https://behovsmelding.example.no/behovsmelding/5") })
        #expect(bodo.allSatisfy { $0.tekst.contains("Fristen er 15. desember 2026.".vist) })
        // With reminders turned off, none.
        let quiet = try await TestApp.make()
        let none = Opptak()
        try await worker(quiet, none, dager: 0).kjor(now: day)
        #expect(await none.sendt.filter { $0.emne.hasPrefix("Påminnelse: frist") }.isEmpty)
    }

    @Test("without a mail server every e-mail is kept and the outbox page shows it, with its text and links")
    func kept() async throws {
        let app = try await TestApp.make()
        try await events(app)
        try await worker(app, HoldendePostbud()).kjor(now: Self.now)
        let (all, total) = try await app.deps.database.eposter(limit: 1000)
        #expect(total > 0 && all.allSatisfy { $0.tilstand == .holdt })
        try await app.test { client in
            let browser = try await Browser.loggedIn(client, "sf@demo.no")
            let list = try await browser.get(client, "/statsforvalter/epost")
            #expect(list.status == .ok)
            #expect(list.text.contains("Ingen e-posttjener er satt opp"))
            #expect(list.text.contains("Ikke sendt (ingen e-posttjener)"))
            let first = try #require(all.first)
            let one = try await browser.get(client, "/statsforvalter/epost/\(first.id)")
            #expect(one.status == .ok)
            #expect(one.text.contains("https://behovsmelding.example.no/varsler"))
            #expect(one.text.contains(first.messageId))
        }
    }

    @Test("the outbox shows 50 e-mails a page with the common pager; a page past the end shows the last")
    func outboxPages() async throws {
        let app = try await TestApp.make()
        for number in 1...(VarslerController.perSide + 3) {
            let epost = Epost(userId: 1, til: "kari@example.no", navn: "Kari", emne: "Melding \(number)", tekst: "Hei.",
                              messageId: "test-\(number)@example.no", createdAt: Self.now.addingTimeInterval(Double(number)), nesteForsok: Self.now)
            #expect(try await app.deps.database.lagEpost(epost, varsler: []))
        }
        try await app.test { client in
            let browser = try await Browser.loggedIn(client, "sf@demo.no")
            let first = try await browser.get(client, "/statsforvalter/epost")
            #expect(first.text.contains("Side 1 av 2"))
            #expect(first.text.contains(#"href="/statsforvalter/epost?side=2" rel="next""#))
            #expect(!first.text.contains(#"rel="prev""#))
            for path in ["/statsforvalter/epost?side=2", "/statsforvalter/epost?side=99"] {
                let last = try await browser.get(client, path)
                #expect(last.status == .ok)
                #expect(last.text.contains("Side 2 av 2"), "\(path)")
                #expect(last.text.contains(#"href="/statsforvalter/epost" rel="prev""#), "\(path)")
                #expect(last.text.contains("51–53 av 53"), "\(path)")
            }
        }
    }

    @Test("the e-mail: Date, Message-ID, an encoded UTF-8 subject in words of at most 75 characters, a base64 body")
    func format() throws {
        let epost = Epost(userId: 1, til: "kari@example.no", navn: "Kari Ødegård", emne: String(repeating: "Behovsmeldingen fra «Salten» er levert – ", count: 3),
                          tekst: "Hei, Kari.\n\n.punktum først\nÆØÅ", messageId: "varsel-1.abc@behovsmelding.example.no", createdAt: Self.now, nesteForsok: Self.now)
        let message = Epostmelding.tekst(epost, fra: "post@example.no", fraNavn: "Behovsmelding", dato: Self.now)
        let (head, body) = try #require(message.components(separatedBy: "\r\n\r\n").splitFirst())
        #expect(head.contains("Date: Mon, 23 Nov 2026 11:00:00 +0000"))
        #expect(head.contains("Message-ID: <varsel-1.abc@behovsmelding.example.no>"))
        #expect(head.contains("Content-Type: text/plain; charset=utf-8"))
        #expect(head.components(separatedBy: "\r\n").allSatisfy { $0.count <= 78 })
        let subject = head.components(separatedBy: "\r\n").drop { !$0.hasPrefix("Subject:") }.prefix { $0.hasPrefix("Subject:") || $0.hasPrefix(" ") }
        let decoded = subject.map { line in
            line.replacingOccurrences(of: "Subject: ", with: "").trimmingCharacters(in: .whitespaces)
                .replacingOccurrences(of: "=?utf-8?B?", with: "").replacingOccurrences(of: "?=", with: "")
        }.map { String(decoding: Data(base64Encoded: $0) ?? Data(), as: UTF8.self) }.joined()
        #expect(decoded == epost.emne)
        let text = String(decoding: Data(base64Encoded: body.replacingOccurrences(of: "\r\n", with: "")) ?? Data(), as: UTF8.self)
        #expect(text == "Hei, Kari.\r\n\r\n.punktum først\r\nÆØÅ")
        #expect(!body.components(separatedBy: "\r\n").contains { $0.hasPrefix(".") })
        #expect(Epostmelding.ord("Plain subject") == "Plain subject")
    }

    @Test("the «Varsler» page keeps each person's choice; a choice the page does not offer is refused")
    func page() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var browser = try await Browser.loggedIn(client, "uh.nord@demo.no")
            var page = try await browser.open(client, "/varsler")
            #expect(page.text.contains("value=\"straks\" checked"))
            let saved = try await browser.post(client, "/varsler", [("handling", "lagre"), ("valg", "daglig")])
            #expect(saved.status == .seeOther)
            page = try await browser.open(client, "/varsler")
            #expect(page.text.contains("value=\"daglig\" checked"))
            #expect(page.text.contains("Valget ditt er lagret."))
            #expect(page.text.contains("E-postene går til uh.nord@demo.no."))
            let bad = try await browser.post(client, "/varsler", [("handling", "lagre"), ("valg", "ofte")])
            #expect(bad.status == .badRequest)
        }
    }

    @Test("the private feed has only the holder's steps and their networks' meetings; renewing ends the old address")
    func feed() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var browser = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            _ = try await browser.open(client, "/varsler")
            let made = try await browser.post(client, "/varsler", [("handling", "kalender")])
            #expect(made.status == .ok)
            let address = try #require(made.text.firstMatch(of: /value="(http[^"]+\.ics)"/)?.1).description
            #expect(address.hasPrefix("http://127.0.0.1:8080/kalender/"))
            let path = String(address.dropFirst("http://127.0.0.1:8080".count))
            let feed = try await client.execute(uri: path, method: .get)
            #expect(feed.status == .ok)
            #expect(feed.headers[.contentType] == "text/calendar; charset=utf-8")
            let text = feed.text.replacingOccurrences(of: "\r\n ", with: "")
            #expect(text.contains("X-WR-CALNAME:Behovsmelding: fristene til Berit Bodø"))
            #expect(text.contains("UID:2027-behovsmelding@"))
            #expect(!text.contains("UID:2027-nettverk@"), "the network's deadline is not the owner's")
            #expect(text.contains("UID:nettverksmote-"), "Bodø is a member of Salten's networks")
            #expect(text.contains("Prioritering av behovsmeldingene før fristen til nettverket"))
            _ = try await browser.open(client, "/varsler")
            let renewed = try await browser.post(client, "/varsler", [("handling", "kalender")])
            let next = try #require(renewed.text.firstMatch(of: /value="(http[^"]+\.ics)"/)?.1).description
            #expect(next != address)
            #expect(try await client.execute(uri: path, method: .get).status == .notFound)
            #expect(try await client.execute(uri: String(next.dropFirst("http://127.0.0.1:8080".count)), method: .get).status == .ok)
        }
    }
}

extension Array {
    /// The first element and the rest joined back (a message's head and body).
    func splitFirst() -> (Element, Element)? where Element == String {
        guard let first else { return nil }
        return (first, dropFirst().joined(separator: "\r\n\r\n"))
    }
}
