import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Persistence
import Testing
import TestSupport
@testable import Web

/// What a tired user and an attacker found: typed text kept when the session has ended, long
/// text stored, limits on what a form may be, the proxy's address, redirects, headers.
@Suite struct HardeningTests {
    static let typed = "Vi har kartlagt behovet i alle barnehagene.\r\nAnsatte, ledere og UH har vært med – «å» og emoji 👩🏽‍🏫 også."

    // MARK: A session that ended while typing

    @Test("a save after the session ended: the login page keeps what was typed, and after login one click saves it")
    func loggedOutWhileTyping() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let form = try await owner.open(client, "/behovsmelding/5")
            let version = BehovsmeldingFlowTests.version(form.text)
            // Logged out in another tab: the session row is gone, the cookie stays in this tab.
            var otherTab = owner
            _ = try await otherTab.post(client, "/logg-ut", [])
            let fields = [("version", version), ("handling", "lagre"), ("kriterier.forankring", Self.typed), ("kontaktperson", "Berit Bodø")]
            let login = try await owner.post(client, "/behovsmelding/5", fields, sameOrigin: true)
            #expect(login.status == .unauthorized)
            #expect(login.text.contains("Du ble logget ut før skjemaet ble lagret"))
            #expect(try await app.deps.database.behovsmelding(id: 5)?.melding.kontaktperson == "")
            // The login form carries the typed form; the browser sends it back with the login.
            let carried = Browser.hiddenFields(in: login.text, after: "<form method=\"post\" action=\"/logg-inn\"")
            #expect(carried.contains { $0.0 == "gjenoppta-til" && $0.1 == "/behovsmelding/5" })
            let resume = try await owner.post(client, "/logg-inn", carried + [("epost", "eier.bodo@demo.no"), ("passord", AppDatabase.demoPassword)], csrf: "")
            #expect(resume.status == .ok)
            #expect(resume.text.contains("Lagre det du skrev"))
            // One click: the resume page's form, with the new session's token.
            let again = Browser.hiddenFields(in: resume.text, after: "<form method=\"post\" action=\"/behovsmelding/5\"")
            let saved = try await owner.post(client, "/behovsmelding/5", again, csrf: "", sameOrigin: true)
            #expect(saved.status == .seeOther)
            let stored = try await app.deps.database.behovsmelding(id: 5)?.melding
            #expect(stored?.kontaktperson == "Berit Bodø")
            #expect(stored?.kriterier[.forankring] == Tekstgrense.normalisert(Self.typed))
        }
    }

    @Test("the same for the forum's comment: typed, logged out, logged in, saved with one click")
    func forumCommentKept() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var forum = try await Browser.loggedIn(client, "forum@demo.no")
            _ = try await forum.open(client, "/samarbeidsforum/2027/rekom")
            var otherTab = forum
            _ = try await otherTab.post(client, "/logg-ut", [])
            let text = "Lofoten bør få hjelp til å søke på nytt.\r\nOg Salten bør samordne."
            let login = try await forum.post(client, "/samarbeidsforum/2027/rekom", [("handling", "kommentar"), ("kommentar", text)], sameOrigin: true)
            #expect(login.status == .unauthorized)
            let carried = Browser.hiddenFields(in: login.text, after: "<form method=\"post\" action=\"/logg-inn\"")
            let resume = try await forum.post(client, "/logg-inn", carried + [("epost", "forum@demo.no"), ("passord", AppDatabase.demoPassword)], csrf: "")
            let again = Browser.hiddenFields(in: resume.text, after: "<form method=\"post\" action=\"/samarbeidsforum/2027/rekom\"")
            let saved = try await forum.post(client, "/samarbeidsforum/2027/rekom", again, csrf: "", sameOrigin: true)
            #expect(saved.status == .seeOther)
            let page = try await forum.get(client, "/samarbeidsforum/2027/rekom")
            #expect(page.text.contains("Og Salten bør samordne."))
        }
    }

    @Test("a post from another site after the session ended keeps nothing on the login page")
    func loggedOutCrossSite() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            var otherTab = owner
            _ = try await otherTab.post(client, "/logg-ut", [])
            let login = try await owner.post(client, "/behovsmelding/5", [("version", "2"), ("kontaktperson", "Planted")])
            #expect(login.status == .unauthorized)
            #expect(!login.text.contains("gjenoppta"))
            #expect(!login.text.contains("Planted"))
        }
    }

    @Test("a form from an earlier session of a user logged in again: offered for saving, with the other person's newer save still protected")
    func formFromEarlierSession() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let form = try await owner.open(client, "/behovsmelding/5")
            let oldToken = owner.csrf
            // Logged out and in again in another tab: a new session and a new token.
            var otherTab = owner
            _ = try await otherTab.post(client, "/logg-ut", [])
            owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            // Meanwhile a colleague saves a newer version.
            var colleague = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let theirs = try await colleague.open(client, "/behovsmelding/5")
            _ = try await colleague.post(client, "/behovsmelding/5", [("version", BehovsmeldingFlowTests.version(theirs.text)), ("handling", "lagre"), ("kontaktperson", "Kollega")])
            let fields = [("version", BehovsmeldingFlowTests.version(form.text)), ("handling", "lagre"), ("kontaktperson", "Min tekst")]
            let offer = try await owner.post(client, "/behovsmelding/5", fields, csrf: oldToken, sameOrigin: true)
            #expect(offer.status == .ok)
            #expect(offer.text.contains("Lagre det jeg skrev"))
            let again = Browser.hiddenFields(in: offer.text, after: "<form method=\"post\" action=\"/behovsmelding/5\"")
            let conflict = try await owner.post(client, "/behovsmelding/5", again, csrf: "", sameOrigin: true)
            #expect(conflict.status == .conflict)
            #expect(conflict.text.contains("value=\"Min tekst\""))
            #expect(try await app.deps.database.behovsmelding(id: 5)?.melding.kontaktperson == "Kollega")
        }
    }

    @Test("«Forbli innlogget» keeps an idle session alive")
    func renew() async throws {
        let database = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        try await TestApp.seed(database)
        let start = Repository.fixedNow
        let owner = try await TestApp.make(database: database, now: start).test { client in
            try await Browser.loggedIn(client, "eier.bodo@demo.no")
        }
        // 1 h 50 min later the page's script asks to stay logged in…
        let renewed = try await TestApp.make(database: database, now: start.addingTimeInterval(110 * 60)).test { client in
            var browser = owner
            return try await browser.post(client, "/okt/forny", [])
        }
        #expect(renewed.status == .noContent)
        // …so 1 h 50 min after that (3 h 40 min after the last page) the session still lives.
        let page = try await TestApp.make(database: database, now: start.addingTimeInterval(220 * 60)).test { client in
            try await owner.get(client, "/eier")
        }
        #expect(page.status == .ok)
    }

    // MARK: Text as browsers send it

    @Test("3 800 characters with 250 CRLF line breaks, and a decomposed «å», are stored, not a 500")
    func longTextStored() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let form = try await owner.open(client, "/behovsmelding/5")
            let line = String(repeating: "x", count: 14)
            let text = Array(repeating: line, count: 251).joined(separator: "\r\n").prefix(3_800)
            #expect(String(text).count <= 3_800 && String(text).unicodeScalars.count > 4_000)
            let name = String(repeating: "a\u{030A}", count: 150)
            let saved = try await owner.post(client, "/behovsmelding/5", [
                ("version", BehovsmeldingFlowTests.version(form.text)), ("handling", "lagre"),
                ("kriterier.forankring", String(text)), ("kontaktperson", name),
            ])
            #expect(saved.status == .seeOther)
            let stored = try await app.deps.database.behovsmelding(id: 5)?.melding
            #expect(stored?.kriterier[.forankring]?.contains("\r") == false)
            #expect(stored?.kontaktperson == String(repeating: "å", count: 150))
        }
    }

    @Test("form bodies are decoded once: names, values, plus, invalid escapes, line ends, NFC, control characters", arguments: [
        ("a=1&b=x+y%C3%A6", [("a", "1"), ("b", "x yæ")]),
        ("a=%zz&b=100%", [("a", "%zz"), ("b", "100%")]),
        ("t=linje1%0D%0Alinje2%0Dlinje3", [("t", "linje1\nlinje2\nlinje3")]),
        ("n=a%CC%8A%00%07", [("n", "å")]),
        ("&&a&=x", [("a", ""), ("", "x")]),
        ("ugyldig=%FF", [("ugyldig", "\u{FFFD}")]),
    ])
    func formData(body: String, fields: [(String, String)]) {
        let form = FormData(urlEncoded: body)
        #expect(form == FormData(fields: fields))
        for (name, value) in fields { #expect(form[name] == value) }
    }

    @Test("a form round-trips through the encoding the login page carries it in")
    func formEncoding() {
        let form = FormData(fields: [("_csrf", "x"), ("tiltak[1].tittel", "Språk & lek = 100 %"), ("t", "a\nb+c")])
        #expect(FormData(urlEncoded: form.encoded(without: ["_csrf"])) == FormData(fields: [("tiltak[1].tittel", "Språk & lek = 100 %"), ("t", "a\nb+c")]))
    }

    // MARK: Limits

    @Test("too many fields or too large a body is refused with 413 and the connection closed, before anything is parsed")
    func limits() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var browser = Browser()
            _ = try await browser.open(client, "/logg-inn")
            let empty = String(repeating: "&", count: 330_000)
            var headers = browser.headers
            headers[.contentType] = "application/x-www-form-urlencoded"
            let many = try await client.execute(
                uri: "/logg-inn", method: .post, headers: headers,
                body: ByteBuffer(string: "_csrf=\(browser.csrf)" + empty)
            )
            #expect(many.status == .contentTooLarge)
            #expect(many.headers[.connection] == "close")
            let large = try await client.execute(
                uri: "/passord/abc", method: .post, headers: browser.headers, body: ByteBuffer(string: String(repeating: "x", count: 20_000))
            )
            #expect(large.status == .contentTooLarge)
            #expect(FormLimits.of("/statsforvalter/innstilling/2027/dekom") == .innstilling)
            #expect(FormLimits.of("/behovsmelding/5") == .standard)
            #expect(FormLimits.of("/logg-inn") == .login)
        }
    }

    // MARK: Redirects, proxies, links

    @Test("after login only a path on this site is followed", arguments: [
        ("/behovsmelding/5", true), ("/eier?x=1#a", true), ("/a%20b", true), ("/%09/evil.com", false),
        ("/\t/evil.com", false), ("//evil.com", false), ("/\\evil.com", false), ("https://evil.com", false),
        ("/%2F/evil.com", false), ("/%5Cevil.com", false), ("/a%0D%0ALocation:%20x", false), ("evil.com", false), ("/logg-inn", false),
        ("/ø", false), ("/ /evil", false),
    ])
    func safeNext(next: String, followed: Bool) {
        #expect((RedirectTarget.safe(next) != nil) == followed)
    }

    @Test("address ranges", arguments: [
        ("10.0.0.0/8", "10.1.2.3", true), ("10.0.0.0/8", "11.0.0.1", false), ("127.0.0.1", "127.0.0.1", true),
        ("127.0.0.1", "::ffff:127.0.0.1", true), ("192.168.1.0/25", "192.168.1.200", false), ("::1", "::1", true),
        ("2001:db8::/32", "2001:db8:1::5", true), ("2001:db8::/32", "2001:db9::5", false), ("0.0.0.0/0", "8.8.8.8", true),
        ("10.0.0.0/8", "ukjent", false),
    ])
    func ranges(range: String, address: String, inside: Bool) throws {
        let parsed = try #require(AddressRange(range))
        #expect(parsed.contains(address) == inside)
    }

    @Test("malformed address ranges are refused", arguments: ["10.0.0.0/33", "10.0.0", "abc", "1::2::3", "10.0.0.0/x", "256.1.1.1"])
    func badRanges(range: String) {
        #expect(AddressRange(range) == nil)
    }

    @Test("the client behind a trusted proxy is the first untrusted hop from the proxy back", arguments: [
        ("10.0.0.5", ["203.0.113.7"], [String](), "203.0.113.7"),
        ("10.0.0.5", ["198.51.100.1, 203.0.113.7"], [], "203.0.113.7"),
        ("10.0.0.5", ["203.0.113.7, 10.0.0.9"], [], "203.0.113.7"),
        ("10.0.0.5", [], ["for=\"[2001:db8::1]:4711\";proto=https"], "2001:db8::1"),
        ("10.0.0.5", ["198.51.100.1"], ["for=203.0.113.9"], "203.0.113.9"),
        ("10.0.0.5", ["noe tull"], [], "10.0.0.5"),
        ("203.0.113.50", ["198.51.100.1"], [], "203.0.113.50"),
    ])
    func client(peer: String, forwardedFor: [String], forwarded: [String], expected: String) {
        let trusted = [AddressRange("10.0.0.0/8")!]
        #expect(ClientAddressMiddleware.client(peer: peer, forwardedFor: forwardedFor, forwarded: forwarded, trusted: trusted) == expected)
    }

    @Test("a one-time password link is built from the public URL, never from the request")
    func publicURL() async throws {
        let database = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        try await TestApp.seed(database)
        let renderer = try await Renderer(templatesDirectory: Repository.templates)
        let deps = try await AppDependencies(
            database: database, renderer: renderer, clock: FixedClock(Repository.fixedNow), isDemo: true,
            site: SiteSettings(publicURL: URL(string: "https://behovsmelding.example.no/")), passwordHasher: PasswordHasher(cost: 4)
        )
        try await TestApp(deps: deps).test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let page = try await sf.post(client, "/statsforvalter/brukere/2/passordlenke", [])
            #expect(page.status == .ok)
            #expect(page.text.contains("https://behovsmelding.example.no/passord/"))
        }
    }

    @Test("the request log shows the one-time link's pattern, not its token")
    func redacted() {
        #expect(SiteRoute.loggbar("/passord/hemmelig-token") == "/passord/{token}")
        #expect(SiteRoute.loggbar("/behovsmelding/5") == "/behovsmelding/5")
    }

    // MARK: Headers and methods

    @Test("HEAD answers where GET does, with the headers and no body", arguments: [("/healthz", HTTPResponse.Status.ok), ("/", .ok), ("/eier", .seeOther)])
    func head(path: String, status: HTTPResponse.Status) async throws {
        try await TestApp.make().test { client in
            try await client.execute(uri: path, method: .head) { response in
                #expect(response.status == status)
                #expect(response.body.readableBytes == 0)
            }
        }
    }

    @Test("static text files say they are UTF-8", arguments: ["/css/site.css", "/js/okt.js", "/robots.txt"])
    func charset(path: String) async throws {
        try await TestApp.make().test { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasSuffix("charset=utf-8") == true)
        }
    }

    @Test("HSTS only when the site is served over HTTPS", arguments: [true, false])
    func hsts(https: Bool) async throws {
        let database = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        let app = try await TestApp.make(database: database, now: Repository.fixedNow, sessions: SessionSettings(secureCookies: https))
        try await app.test { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect((response.headers[.strictTransportSecurity] != nil) == https)
        }
    }

    // MARK: The audit trail

    @Test("a refused page is audited for the logged-in user")
    func refusalAudited() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            let owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let response = try await owner.get(client, "/statsforvalter/logg")
            #expect(response.status == .forbidden)
            let event = try await app.deps.database.auditEvents(limit: 1).first
            #expect(event?.action == "tilgang nektet" && event?.objectId == "GET /statsforvalter/logg" && event?.userName == "Berit Bodø")
        }
    }

    @Test("a save's audit line has the changed fields' values before and after")
    func auditChangedFields() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let form = try await owner.open(client, "/behovsmelding/5")
            _ = try await owner.post(client, "/behovsmelding/5", [
                ("version", BehovsmeldingFlowTests.version(form.text)), ("handling", "lagre"), ("kriterier.forankring", "Ny tekst"), ("kontaktperson", "Berit"),
            ])
            let event = try #require(try await app.deps.database.auditEvents(objectType: "behovsmelding", limit: 1).first)
            let before = try #require(AuditEvent.fields(event.before)["kriterium.forankring"])
            #expect(before.hasPrefix("Behovet er vurdert"))
            #expect(AuditEvent.fields(event.after)["kriterium.forankring"] == "Ny tekst")
            #expect(AuditEvent.fields(event.after)["kontaktperson"] == "Berit")
            #expect(AuditEvent.fields(event.after)["enheter"] == nil)
        }
    }
}
