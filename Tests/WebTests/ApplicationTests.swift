import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport
@testable import Web

/// The application as the server builds it, and the route table as links and routes share it.
@Suite struct ApplicationTests {
    @Test("buildApplication opens the database, checks the templates and answers")
    func build() async throws {
        var config = AppConfig(databasePath: nil, root: Repository.root)
        config.publicURL = URL(string: "https://behovsmelding.example.no")
        let app = try await buildApplication(config, clock: FixedClock(Repository.fixedNow))
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.strictTransportSecurity] != nil)
            }
        }
    }

    /// Every route: the examples, with the home page of every role.
    static let all: [SiteRoute] = SiteRoute.examples.filter {
        if case .hjem = $0 { return false }
        return true
    } + Rolle.Kind.allCases.map { SiteRoute.hjem($0) }

    /// The route a router picks for `path`: among the patterns that match, a constant segment
    /// beats a placeholder at the first place they differ (as Hummingbird's trie does).
    static func route(for path: String) -> SiteRoute? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        let candidates = all.filter { route in
            let pattern = route.pattern.split(separator: "/", omittingEmptySubsequences: true)
            return pattern.count == segments.count && zip(pattern, segments).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
        }
        return candidates.min { a, b in
            let left = a.pattern.split(separator: "/").map { $0.hasPrefix("{") ? 1 : 0 }
            let right = b.pattern.split(separator: "/").map { $0.hasPrefix("{") ? 1 : 0 }
            return left.lexicographicallyPrecedes(right)
        }
    }

    @Test("every route's path is matched back to the same route", arguments: all)
    func roundTrip(route: SiteRoute) {
        let matched = Self.route(for: route.path)
        #expect(matched?.pattern == route.pattern, "\(route.path) goes to \(matched?.pattern ?? "nothing")")
    }

    @Test("no two routes share a pattern")
    func uniquePatterns() {
        let patterns = Self.all.map(\.pattern)
        #expect(Set(patterns).count == patterns.count)
    }
}
