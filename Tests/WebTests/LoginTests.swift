import Foundation
import Hummingbird
import HummingbirdTesting
import Persistence
import Testing
import TestSupport
@testable import Web

@Suite struct LoginTests {
    @Test("a token's stored hash is the lowercase hex SHA-256 it always was (sessions and links already stored still open)")
    func tokenHash() {
        // FIPS 180-2's and NIST's examples.
        #expect(SecureToken.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SecureToken.hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SecureToken.hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("right e-mail and password: a new HttpOnly, SameSite=Lax session cookie and the role's home")
    func loginRight() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var browser = Browser()
            _ = try await browser.open(client, "/logg-inn")
            #expect(browser.cookies[Cookies.formToken] != nil)
            let response = try await browser.post(client, "/logg-inn", [("epost", "EIER.bodo@demo.no "), ("passord", "demo1234")])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/eier")
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("bm_sesjon=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"))
            let home = try await browser.open(client, "/eier")
            #expect(home.status == .ok)
            #expect(home.text.contains("Eier – Bodø kommune"))
            let events = try await app.deps.database.auditEvents(objectType: "bruker")
            #expect(events.first?.action == "logg inn")
        }
    }

    @Test("--secure-cookies marks the session cookie Secure")
    func secureCookie() async throws {
        let database = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        try await TestApp.seed(database)
        let app = try await TestApp.make(database: database, now: Repository.fixedNow, sessions: SessionSettings(secureCookies: true))
        try await app.test { client in
            var browser = Browser()
            _ = try await browser.open(client, "/logg-inn")
            let response = try await browser.post(client, "/logg-inn", [("epost", "sf@demo.no"), ("passord", "demo1234")])
            #expect(response.headers[values: .setCookie].contains { $0.hasPrefix("bm_sesjon=") && $0.contains("Secure") })
        }
    }

    @Test("wrong password and unknown e-mail get the same neutral message; the e-mail stays in the form",
          arguments: [("sf@demo.no", "feil-passord"), ("finnes.ikke@demo.no", "demo1234")])
    func loginWrong(email: String, password: String) async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var browser = Browser()
            _ = try await browser.open(client, "/logg-inn")
            let response = try await browser.post(client, "/logg-inn", [("epost", email), ("passord", password)])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Feil e-postadresse eller passord."))
            #expect(response.text.contains("value=\"\(email)\""))
            #expect(!response.text.contains("feil-passord"))
            #expect(!response.headers[values: .setCookie].contains { $0.hasPrefix("bm_sesjon=") && !$0.contains("Max-Age=0") })
            let events = try await app.deps.database.auditEvents(objectType: "innlogging")
            #expect(events.first?.action == "innlogging feilet")
        }
    }

    @Test("empty fields are named next to the field, not as a failed login")
    func loginEmpty() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var browser = Browser()
            _ = try await browser.open(client, "/logg-inn")
            let response = try await browser.post(client, "/logg-inn", [("epost", ""), ("passord", "")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Skriv inn e-postadressen du logger inn med."))
            #expect(response.text.contains("href=\"#felt-passord\""))
            #expect(try await app.deps.database.auditEvents(objectType: "innlogging").isEmpty)
        }
    }

    @Test("after 5 failures in 15 minutes a pause applies, even to the right password")
    func throttled() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var browser = Browser()
            _ = try await browser.open(client, "/logg-inn")
            for _ in 0..<5 {
                let response = try await browser.post(client, "/logg-inn", [("epost", "sf@demo.no"), ("passord", "gjett")])
                #expect(response.status == .unprocessableContent)
            }
            let response = try await browser.post(client, "/logg-inn", [("epost", "sf@demo.no"), ("passord", "demo1234")])
            #expect(response.status == .tooManyRequests)
            #expect(response.text.contains("For mange mislykkede forsøk på kort tid. Vent 30 sekunder og prøv igjen."))
            #expect(response.text.contains("value=\"sf@demo.no\""))
            // Another account from the same address is paused too (5 failures from the address).
            let other = try await browser.post(client, "/logg-inn", [("epost", "forum@demo.no"), ("passord", "demo1234")])
            #expect(other.status == .tooManyRequests)
        }
    }

    @Test("a deactivated user cannot log in, and their sessions end")
    func deactivated() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            let bodo = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let user = try #require(try await app.deps.database.credentials(epost: "eier.bodo@demo.no")).bruker
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let response = try await sf.post(client, "/statsforvalter/brukere/\(user.id)/aktiv", [("aktiv", "0")])
            #expect(response.status == .seeOther)
            let page = try await bodo.get(client, "/eier")
            #expect(page.status == .seeOther)
            #expect(page.headers[.location]?.hasPrefix("/logg-inn") == true)
            var again = Browser()
            _ = try await again.open(client, "/logg-inn")
            let login = try await again.post(client, "/logg-inn", [("epost", "eier.bodo@demo.no"), ("passord", "demo1234")])
            #expect(login.status == .unprocessableContent)
            #expect(login.text.contains("Feil e-postadresse eller passord."))
        }
    }

    @Test("login gives a new session id: a session id the browser had before is not reused (no fixation)")
    func fixation() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            // An attacker-chosen cookie value never becomes a session.
            var planted = Browser()
            planted.cookies[Cookies.session] = "angriper-valgt-verdi"
            _ = try await planted.open(client, "/logg-inn")
            #expect(planted.cookies[Cookies.session] == nil)
            _ = try await planted.post(client, "/logg-inn", [("epost", "sf@demo.no"), ("passord", "demo1234")])
            let after = try #require(planted.cookies[Cookies.session])
            #expect(after != "angriper-valgt-verdi")
            #expect(try await app.deps.database.session(tokenHash: SecureToken.hash("angriper-valgt-verdi")) == nil)
            #expect(try await app.deps.database.session(tokenHash: SecureToken.hash(after)) != nil)
        }
    }

    @Test("a logged-in user who logs in again gets a fresh session and the old one is deleted")
    func reloginReplaces() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var browser = try await Browser.loggedIn(client, "forum@demo.no")
            let old = try #require(browser.cookies[Cookies.session])
            // A logged-in user sees no login form; posting to it still logs in afresh.
            let response = try await browser.post(client, "/logg-inn", [("epost", "sf@demo.no"), ("passord", "demo1234")])
            #expect(response.status == .seeOther)
            let new = try #require(browser.cookies[Cookies.session])
            #expect(new != old)
            #expect(try await app.deps.database.session(tokenHash: SecureToken.hash(old)) == nil)
        }
    }

    @Test("logout deletes the session: the old cookie no longer opens anything")
    func logout() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var browser = try await Browser.loggedIn(client, "sf@demo.no")
            let stolen = browser
            let response = try await browser.post(client, "/logg-ut", [])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/logg-inn?utlogget=1")
            #expect(browser.cookies[Cookies.session] == nil)
            let again = try await stolen.get(client, "/statsforvalter")
            #expect(again.status == .seeOther)
            #expect(try await app.deps.database.auditEvents(objectType: "bruker").first?.action == "logg ut")
        }
    }

    @Test("a session survives a restart: the same database file, a new application")
    func survivesRestart() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("db.sqlite").path
        let migrations = try MigrationSet.load(from: Repository.migrations)
        let first = try AppDatabase.openFile(path: path, migrations: migrations)
        try await TestApp.seed(first)
        let browser = try await TestApp.make(database: first, now: Repository.fixedNow).test { client in
            try await Browser.loggedIn(client, "sf@demo.no")
        }
        try first.close()
        let second = try AppDatabase.openFile(path: path, migrations: migrations)
        defer { try? second.close() }
        let later = Repository.fixedNow.addingTimeInterval(30 * 60)
        try await TestApp.make(database: second, now: later).test { client in
            let page = try await browser.get(client, "/statsforvalter")
            #expect(page.status == .ok)
            #expect(page.text.contains("Siri Fylkesmann"))
        }
    }

    @Test("idle timeout and absolute lifetime end a session; the login page says why",
          arguments: [2 * 3600 + 60.0, 13 * 3600.0])
    func timeouts(after seconds: TimeInterval) async throws {
        let database = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        try await TestApp.seed(database)
        let browser = try await TestApp.make(database: database, now: Repository.fixedNow).test { client in
            try await Browser.loggedIn(client, "sf@demo.no")
        }
        try await TestApp.make(database: database, now: Repository.fixedNow.addingTimeInterval(seconds)).test { client in
            let page = try await browser.get(client, "/statsforvalter")
            #expect(page.status == .seeOther)
            #expect(page.headers[values: .setCookie].contains { $0.hasPrefix("bm_sesjon=") && $0.contains("Max-Age=0") })
            let location = try #require(page.headers[.location])
            #expect(location.hasSuffix("utlopt=1"))
            #expect(try await client.execute(uri: location, method: .get).text.contains("Du ble logget ut fordi du ikke hadde vært aktiv"))
            let token = try #require(browser.cookies[Cookies.session])
            #expect(try await database.session(tokenHash: SecureToken.hash(token)) == nil)
        }
    }

    @Test("the return address after login stays on this site")
    func safeNext() {
        #expect(RedirectTarget.safe("/statsforvalter/brukere?q=a") == "/statsforvalter/brukere?q=a")
        #expect(RedirectTarget.safe("//evil.example/") == nil)
        #expect(RedirectTarget.safe("https://evil.example/") == nil)
        #expect(RedirectTarget.safe("/\\evil.example") == nil)
        #expect(RedirectTarget.safe("/logg-inn") == nil)
    }

    @Test("a page that needs login sends to the login page and back after login")
    func redirectBack() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var browser = Browser()
            let page = try await browser.open(client, "/statsforvalter/brukere?q=siri")
            #expect(page.status == .seeOther)
            let location = try #require(page.headers[.location])
            #expect(location == "/logg-inn?neste=/statsforvalter/brukere%3Fq%3Dsiri")
            let login = try await browser.open(client, location)
            #expect(login.text.contains("name=\"neste\" value=\"/statsforvalter/brukere?q=siri\""))
            let response = try await browser.post(client, "/logg-inn", [("epost", "sf@demo.no"), ("passord", "demo1234"), ("neste", "/statsforvalter/brukere?q=siri")])
            #expect(response.headers[.location] == "/statsforvalter/brukere?q=siri")
        }
    }

    @Test("a redirect's message travels in an HttpOnly cookie: shown once to the logged-in user, letters kept, garbage ignored")
    func flashCookie() async throws {
        let message = "Lagret kl. 09.12 – «Bodø»; ære & vær"
        #expect(Cookies.flashText(Cookies.flash(message, SessionSettings()).value) == message)
        #expect(Cookies.flash(message, SessionSettings()).value.allSatisfy { $0.isASCII && !" ;,\"".contains($0) })
        #expect(Cookies.flashText("%E2%28") == nil && Cookies.flashText("") == nil)

        let app = try await TestApp.make()
        try await app.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let saved = try await sf.post(client, "/varsler", [("handling", "lagre"), ("valg", "straks")])
            #expect(saved.status == .seeOther)
            let cookie = try #require(saved.headers[values: .setCookie].first { $0.hasPrefix(Cookies.flash + "=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"))
            let shown = try await sf.open(client, "/varsler")
            #expect(shown.text.contains("class=\"flash\""))
            #expect(sf.cookies[Cookies.flash] == nil, "the page that shows it forgets it")
            #expect(!(try await sf.open(client, "/varsler")).text.contains("class=\"flash\""))

            // Typed by hand or left over: no page shows it to someone not logged in, and nonsense shows nothing.
            var anonymous = Browser()
            anonymous.cookies[Cookies.flash] = "Falsk%20melding"
            #expect(!(try await anonymous.open(client, "/")).text.contains("Falsk melding"))
            sf.cookies[Cookies.flash] = "%E2%28"
            let page = try await sf.open(client, "/varsler")
            #expect(page.status == .ok && !page.text.contains("class=\"flash\""))
        }
    }
}
