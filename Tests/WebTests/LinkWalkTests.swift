import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport
@testable import Web

/// A page must not offer a link its reader may not follow: every role walks every page it can
/// reach from its home page by links, and no link answers 403 or 404, and no page shows a
/// message the catalogue has no text for.
@Suite struct LinkWalkTests {
    static let limit = 600

    /// The site-internal links of a page, without fragments; static files left out, and the
    /// header's link to the same page in the other language (`NynorskTests` reads pages in both).
    static func links(in html: String) -> [String] {
        html.matches(of: /href="(\/[^"#]*)(#[^"]*)?"/).map { Browser.unescape(String($0.1)) }
            .filter { !$0.hasPrefix("/css/") && !$0.hasPrefix("/js/") && !$0.hasPrefix("/img/") && !$0.isEmpty }
            .filter { !$0.contains("lang=") }
    }

    @Test("every link on every page a role reaches answers that role with neither 403 nor 404", arguments: AccessMatrixTests.Who.allCases)
    func walk(who: AccessMatrixTests.Who) async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var browser = Browser()
            var queue: [(page: String, from: String)] = [("/", "start")]
            if let email = who.email {
                browser = try await Browser.loggedIn(client, email)
                // The login page sends a logged-in user to their home page.
                let home = try #require(try await browser.get(client, "/logg-inn").headers[.location])
                queue.insert((home, "innlogging"), at: 0)
            }
            var seen: Set<String> = []
            var broken: [String] = []
            while let (page, from) = queue.first, seen.count < Self.limit {
                queue.removeFirst()
                guard seen.insert(page).inserted else { continue }
                let response = try await browser.get(client, page)
                if response.status == .forbidden || response.status == .notFound {
                    broken.append("\(page) (lenket fra \(from)): \(response.status.code)")
                    continue
                }
                guard response.status == .ok, response.headers[.contentType]?.hasPrefix("text/html") == true else { continue }
                if response.text.contains("⟦") { broken.append("\(page): a message without its text") }
                for link in Self.links(in: response.text) where !seen.contains(link) {
                    queue.append((link, page))
                }
            }
            #expect(broken.isEmpty, "\(who.rawValue): \(broken.joined(separator: "; "))")
            #expect(seen.count < Self.limit, "the walk stopped at \(Self.limit) pages")
            #expect(seen.count > (who == .anonym ? 3 : 6), "\(who.rawValue) reached only \(seen.sorted())")
        }
    }
}
