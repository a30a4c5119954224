import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Persistence
import TestSupport
@testable import Web

/// An application over an in-memory database, the repository's templates and a fixed clock.
struct TestApp {
    let deps: AppDependencies

    static func make(seeded: Bool = true, now: Date = Repository.fixedNow) async throws -> TestApp {
        let database = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        if seeded { try await seed(database, now: now) }
        return try await make(database: database, now: now)
    }

    /// An application over `database` (shared between apps to test a restart or passing time).
    /// `skrivInnTekster`: as `Renderer`'s.
    static func make(database: AppDatabase, now: Date, sessions: SessionSettings = SessionSettings(), skrivInnTekster: Bool = true) async throws -> TestApp {
        let renderer = try await Renderer(templatesDirectory: Repository.templates, skrivInnTekster: skrivInnTekster)
        let deps = try await AppDependencies(
            database: database, renderer: renderer, clock: FixedClock(now), isDemo: try await database.isDemo(),
            sessions: sessions, passwordHasher: PasswordHasher(cost: 4)
        )
        return TestApp(deps: deps)
    }

    static func seed(_ database: AppDatabase, now: Date = Repository.fixedNow) async throws {
        try await database.seedDemo(now: now, demoPasswordHash: try await PasswordHasher(cost: 4).hash(AppDatabase.demoPassword))
    }

    var application: some ApplicationProtocol {
        Application(router: buildRouter(deps, publicDirectory: Repository.publicFiles))
    }

    /// Runs `body` against the router without opening a socket.
    func test<Value>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await application.test(.router, body)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}

/// A browser's cookies and the form token of its session, for tests that log in.
struct Browser: Sendable {
    var cookies: [String: String] = [:]
    var csrf = ""

    var headers: HTTPFields {
        var fields: HTTPFields = [:]
        if !cookies.isEmpty {
            fields[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        return fields
    }

    /// Keeps the cookies a response sets (an empty value or Max-Age=0 removes one).
    mutating func take(_ response: TestResponse) {
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0]), value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || line.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        if let token = Browser.formToken(in: response.text) { csrf = token }
    }

    /// The first `_csrf` value in a page.
    static func formToken(in html: String) -> String? {
        guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    func get(_ client: any TestClientProtocol, _ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: headers)
    }

    /// A GET that also keeps cookies and the page's form token.
    mutating func open(_ client: any TestClientProtocol, _ uri: String) async throws -> TestResponse {
        let response = try await get(client, uri)
        take(response)
        return response
    }

    /// POSTs a form with this browser's form token (unless `csrf` is given). `sameOrigin` sends
    /// the header a browser sends for a form of the site itself (`Sec-Fetch-Site: same-origin`).
    mutating func post(
        _ client: any TestClientProtocol, _ uri: String, _ fields: [(String, String)], csrf: String? = nil, sameOrigin: Bool = false
    ) async throws -> TestResponse {
        var headers = self.headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        if sameOrigin { headers[HTTPField.Name("Sec-Fetch-Site")!] = "same-origin" }
        let all = (csrf == "" && fields.contains { $0.0 == "_csrf" } ? [] : [("_csrf", csrf ?? self.csrf)]) + fields
        let body = all.map { "\(Browser.encode($0.0))=\(Browser.encode($0.1))" }.joined(separator: "&")
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        take(response)
        return response
    }

    /// The hidden fields of the first form in `html` after `marker`, decoded, in order.
    static func hiddenFields(in html: String, after marker: String = "<form") -> [(String, String)] {
        guard let start = html.range(of: marker) else { return [] }
        let form = html[start.lowerBound...]
        let end = form.range(of: "</form>").map { form[..<$0.lowerBound] } ?? form
        return end.matches(of: /<input type="hidden" name="([^"]*)" value="([^"]*)">/).map { (unescape(String($0.1)), unescape(String($0.2))) }
    }

    static func unescape(_ html: String) -> String {
        html.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&#x2F;", with: "/").replacingOccurrences(of: "&#x3D;", with: "=").replacingOccurrences(of: "&#x60;", with: "`")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// Logs in through the login form and opens the landing page (which holds the session's form token).
    static func loggedIn(_ client: any TestClientProtocol, _ email: String, password: String = AppDatabase.demoPassword) async throws -> Browser {
        var browser = Browser()
        _ = try await browser.open(client, "/logg-inn")
        let response = try await browser.post(client, "/logg-inn", [("epost", email), ("passord", password)])
        guard response.status == .seeOther, let location = response.headers[.location] else {
            throw TestFailure("innlogging feilet for \(email): \(response.status)")
        }
        _ = try await browser.open(client, location)
        return browser
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Browser {
    /// POSTs a `multipart/form-data` form, as a browser sends a form with a file: the text
    /// fields (with this browser's form token unless `csrf` is given) and the files.
    mutating func postMultipart(
        _ client: any TestClientProtocol, _ uri: String, _ fields: [(String, String)], files: [(name: String, filename: String, bytes: [UInt8])],
        csrf: String? = nil
    ) async throws -> TestResponse {
        let boundary = "----behovsmelding-test-7f3a"
        var body: [UInt8] = []
        func add(_ text: String) { body += Array(text.utf8) }
        for (name, value) in [("_csrf", csrf ?? self.csrf)] + fields {
            add("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for file in files {
            add("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"\(file.filename)\"\r\nContent-Type: application/pdf\r\n\r\n")
            body += file.bytes
            add("\r\n")
        }
        add("--\(boundary)--\r\n")
        var headers = self.headers
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: body))
        take(response)
        return response
    }
}
