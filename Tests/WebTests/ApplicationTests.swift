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

    /// Every route: the examples, with their other addresses (every role's home, the half-year reports).
    static let all: [SiteRoute] = SiteRoute.examples.filter {
        if case .hjem = $0 { return false }
        return true
    } + SiteRoute.variants

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

/// Every act the policy knows is asked by some route, and no controller decides by comparing
/// roles itself.
@Suite struct PolicyUseTests {
    /// Every `Handling` case by name; the switch makes a new case fail to compile until listed.
    static func name(_ handling: Handling) -> String {
        switch handling {
        case .seHjem: "seHjem"
        case .administrere: "administrere"
        case .opprettePartnerskap: "opprettePartnerskap"
        case .sePartnerskap: "sePartnerskap"
        case .redigereSomEier: "redigereSomEier"
        case .signere: "signere"
        case .redigereSomUH: "redigereSomUH"
        case .behandleINettverk: "behandleINettverk"
        case .seLevertBehovsmelding: "seLevertBehovsmelding"
        case .vurdere: "vurdere"
        case .lageInnstilling: "lageInnstilling"
        case .forlengeFrist: "forlengeFrist"
        case .seInnstilling: "seInnstilling"
        case .svarePaInnstilling: "svarePaInnstilling"
        case .seTildelingsbrevliste: "seTildelingsbrevliste"
        case .seTildelingsbrev: "seTildelingsbrev"
        case .sokeRekom30: "sokeRekom30"
        case .rapportere: "rapportere"
        case .folgeOppRapporter: "folgeOppRapporter"
        case .ledeNettverk: "ledeNettverk"
        case .seNettverksarbeid: "seNettverksarbeid"
        case .sokeITiltak: "sokeITiltak"
        case .seNettverksdokument: "seNettverksdokument"
        }
    }

    static let all: [Handling] = [
        .seHjem(.eier), .administrere, .opprettePartnerskap(eierId: 1), .sePartnerskap(parter: []), .redigereSomEier(eiere: []),
        .signere(parter: []), .redigereSomUH(uh: []), .behandleINettverk(nettverkId: 1), .seLevertBehovsmelding(nettverk: [], sektorer: []),
        .vurdere(sektorer: []), .lageInnstilling, .forlengeFrist, .seInnstilling, .svarePaInnstilling, .seTildelingsbrevliste, .seTildelingsbrev(parter: []),
        .sokeRekom30(eierId: 1), .rapportere(parter: []), .folgeOppRapporter, .ledeNettverk(nettverkId: 1),
        .seNettverksarbeid(nettverkId: 1, medlemmer: []), .sokeITiltak, .seNettverksdokument(nettverkId: 1, medlemmer: [], lesere: .alle),
    ]

    /// The Swift source of the web layer and of the review rules it asks through.
    static func source(_ folders: [String]) throws -> String {
        try folders.flatMap { folder -> [String] in
            let root = Repository.root.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
            return try files.filter { $0.pathExtension == "swift" }.map { try String(contentsOf: $0, encoding: .utf8) }
        }.joined(separator: "\n")
    }

    @Test("every Handling is asked by a route (directly or through the review rules)")
    func everyHandlingUsed() throws {
        let web = try Self.source(["Sources/Web", "Sources/Persistence", "Sources/Domain/Behovsmelding"])
        #expect(Set(Self.all.map(Self.name)).count == Self.all.count)
        for handling in Self.all {
            let name = Self.name(handling)
            #expect(web.contains(".\(name)"), "no route asks .\(name)")
        }
    }

    @Test("every page reads its query as a form sends it (Request.parametre), where a space is «+»")
    func queryAsFormSendsIt() throws {
        let web = try Self.source(["Sources/Web"]).split(separator: "\n")
        #expect(web.filter { $0.contains("uri.queryParameters") && !$0.contains("///") }.isEmpty)
        #expect(web.contains { $0.contains("request.parametre") })
    }

    @Test("no controller compares roles: access is asked of Tilgang.kan")
    func noRoleComparisons() throws {
        // The role home pages build a different page per role after `.seHjem` has decided
        // access; that dispatch is not an access decision. Every other controller asks.
        let folder = Repository.root.appendingPathComponent("Sources/Web/Features")
        let controllers = (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { $0.lastPathComponent.hasSuffix("Controller.swift") && $0.lastPathComponent != "RoleHomeController.swift" }
        #expect(controllers.count > 10)
        for file in controllers {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            for pattern in ["case .eier(", "case .uh(", "case .nettverksleder(", "case .fagutvalg(", "case .statsforvalter", "kind == .", "kind != .", "rolle == ."] {
                let offending = lines.filter { $0.contains(pattern) }
                #expect(offending.isEmpty, "\(file.lastPathComponent): \(offending)")
            }
        }
    }
}
