import CompressNIO
import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport
@testable import Web

@Suite struct SkeletonTests {
    @Test("start page: 200 with the round's money and deadlines in date order")
    func startPage() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = response.text
                #expect(html.contains("<html lang=\"nb\">"))
                #expect(html.contains("Årshjulet for tildeling 2027"))
                let dates = ["1. september 2026", "15. desember 2026", "1. april 2027", "15. august 2027",
                             "20. september 2027", "15. oktober 2027", "15. juni 2028"]
                let positions = dates.compactMap { html.range(of: $0.vist)?.lowerBound }
                #expect(positions.count == dates.count)
                #expect(positions == positions.sorted())
                #expect(html.contains("10 886 000 kr".vist))
                #expect(html.contains("7 620 200 kr".vist))
                #expect(html.contains("3 265 800 kr".vist))
                #expect(html.contains("aria-current=\"step\""))
                #expect(!html.contains("⟦"))
            }
        }
    }

    @Test("start page without a round says so")
    func startPageEmpty() async throws {
        let app = try await TestApp.make(seeded: false)
        try await app.test { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Ingen tildelingsrunde er opprettet ennå"))
                #expect(!response.text.contains("Demoversjon"))
            }
        }
    }

    @Test("the layout has landmarks, a skip link and the accessibility statement link")
    func layout() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            let html = try await client.execute(uri: "/", method: .get).text
            #expect(html.contains("<a class=\"skip-link\" href=\"#hovedinnhold\">"))
            #expect(html.contains("<main id=\"hovedinnhold\""))
            #expect(html.contains("<header") && html.contains("<footer") && html.contains("<nav"))
            #expect(html.contains("href=\"/tilgjengelighet\""))
            #expect(html.contains("Demoversjon"))
            let statement = try await client.execute(uri: "/tilgjengelighet", method: .get)
            #expect(statement.status == .ok)
            #expect(statement.text.contains("<h1>Tilgjengelighetserklæring</h1>"))
            #expect(statement.text.contains("WCAG 2.1"))
        }
    }

    @Test("organisations are listed by region with demo marks")
    func organisations() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            let html = try await client.execute(uri: "/organisasjoner", method: .get).text
            #expect(html.contains("Bodø kommune"))
            #expect(html.contains("Nord universitet"))
            #expect(html.contains("badge-demo"))
            #expect(html.range(of: "Indre Helgeland")!.lowerBound < html.range(of: "Salten")!.lowerBound)
        }
    }

    @Test("/healthz answers 200 with the schema version")
    func health() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                let json = try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: String]
                #expect(json?["status"] == "ok")
                #expect(json?["database"] == "ok")
                #expect(json?["schemaVersion"] == (try await app.deps.database.schemaVersion()))
            }
        }
    }

    @Test("unknown pages get the Norwegian 404 page in the layout", arguments: ["/finnes-ikke", "/css/finnes-ikke.css", "/%E2%80%AE"])
    func notFound(path: String) async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("<h1>Fant ikke siden</h1>"))
                #expect(response.text.contains("<main id=\"hovedinnhold\""))
                #expect(response.headers[.contentSecurityPolicy] != nil)
            }
        }
    }

    @Test("a method the route does not take is answered with a page, not a trace")
    func wrongMethod() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            try await client.execute(uri: "/", method: .post, body: ByteBuffer(string: "x=1")) { response in
                // An anonymous POST is asked to log in before routing (the login page keeps
                // nothing: the post has no same-site header); either way, a page.
                #expect([.notFound, .methodNotAllowed, .forbidden, .unauthorized].contains(response.status))
                #expect(response.text.contains("<main"))
            }
        }
    }

    @Test("security headers on pages, error pages and static files", arguments: ["/", "/finnes-ikke", "/css/site.css"])
    func securityHeaders(path: String) async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            try await client.execute(uri: path, method: .get) { response in
                let csp = try #require(response.headers[.contentSecurityPolicy])
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(csp.contains("script-src 'self'"))
                #expect(!csp.contains("unsafe-inline"))
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[.referrerPolicy] == "same-origin")
            }
        }
    }

    @Test("static files are served from Public/ with cache headers")
    func staticFile() async throws {
        let app = try await TestApp.make()
        let css = try String(contentsOf: Repository.publicFiles.appendingPathComponent("css/site.css"), encoding: .utf8)
        try await app.test { client in
            try await client.execute(uri: "/css/site.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/css") == true)
                #expect(response.headers[.cacheControl]?.contains("max-age=3600") == true)
                #expect(response.text == css)
            }
        }
    }

    @Test("gzip when the client accepts it, and only then", arguments: ["/", "/css/site.css"])
    func gzip(path: String) async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            let plain = try await client.execute(uri: path, method: .get)
            #expect(plain.headers[.contentEncoding] == nil)
            #expect(plain.headers[.vary] == "Accept-Encoding")

            let refused = try await client.execute(uri: path, method: .get, headers: [.acceptEncoding: "gzip;q=0, identity"])
            #expect(refused.headers[.contentEncoding] == nil)

            let zipped = try await client.execute(uri: path, method: .get, headers: [.acceptEncoding: "br, gzip, deflate"])
            #expect(zipped.headers[.contentEncoding] == "gzip")
            #expect(zipped.headers[.vary] == "Accept-Encoding")
            var body = zipped.body
            #expect(body.readableBytes < plain.body.readableBytes)
            let inflated = try body.decompress(with: .gzip())
            #expect(String(buffer: inflated) == plain.text)
        }
    }

    @Test("JSON is compressed too; tiny bodies are not")
    func gzipHealth() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            let response = try await client.execute(uri: "/healthz", method: .get, headers: [.acceptEncoding: "gzip"])
            #expect(response.headers[.contentEncoding] == nil) // under the minimum size
            #expect(response.status == .ok)
        }
    }
}

@Suite struct ShiftedClockTests {
    @Test("--today moves the clock to that date and keeps the time running; a non-date is refused")
    func shifted() throws {
        let clock = try #require(ShiftedClock(today: "2026-11-23"))
        #expect(Dato(instant: clock.now()) == Dato(year: 2026, month: 11, day: 23))
        #expect(ShiftedClock(today: "2026-13-01") == nil)
        #expect(ShiftedClock(today: "23.11.2026") == nil)
    }
}
