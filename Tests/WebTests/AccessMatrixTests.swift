import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import Domain
import TestSupport
@testable import Web

/// Every route, every role (and anonymous): the expected answer, in one table.
@Suite struct AccessMatrixTests {
    enum Who: String, CaseIterable, Sendable {
        case anonym, sf, forum, eier, uh, nettverk, fagutvalg

        var email: String? {
            switch self {
            case .anonym: return nil
            case .sf: return "sf@demo.no"
            case .forum: return "forum@demo.no"
            case .eier: return "eier.bodo@demo.no"
            case .uh: return "uh.nord@demo.no"
            case .nettverk: return "nettverk.salten@demo.no"
            case .fagutvalg: return "fagutvalg.bhg@demo.no"
            }
        }
    }

    struct Row: Sendable, CustomStringConvertible {
        let method: HTTPRequest.Method
        let path: String
        let expected: [Who: HTTPResponse.Status]
        var description: String { "\(method) \(path)" }
    }

    /// The same answer for everyone.
    static func everyone(_ method: HTTPRequest.Method, _ path: String, _ status: HTTPResponse.Status) -> Row {
        Row(method: method, path: path, expected: Dictionary(uniqueKeysWithValues: Who.allCases.map { ($0, status) }))
    }

    /// What an anonymous visitor gets: a GET is sent to the login page and back; a POST gets
    /// the login page at once (401), which keeps what was typed when the post came from this site.
    static func anonymous(_ method: HTTPRequest.Method) -> HTTPResponse.Status {
        method == .post ? .unauthorized : .seeOther
    }

    /// `ok` for the roles given, the login page for anonymous, 403 for every other role.
    static func only(_ method: HTTPRequest.Method, _ path: String, _ roles: Set<Who>, _ ok: HTTPResponse.Status) -> Row {
        Row(method: method, path: path, expected: Dictionary(uniqueKeysWithValues: Who.allCases.map { who in
            (who, roles.contains(who) ? ok : who == .anonym ? anonymous(method) : .forbidden)
        }))
    }

    /// A partnership's pages: the statuses given per role, a login redirect for anonymous, and
    /// 404 for everyone else, so the answer does not tell whether it exists.
    static func parties(_ method: HTTPRequest.Method, _ path: String, _ statuses: [Who: HTTPResponse.Status]) -> Row {
        Row(method: method, path: path, expected: Dictionary(uniqueKeysWithValues: Who.allCases.map { who in
            (who, who == .anonym ? anonymous(method) : statuses[who] ?? .notFound)
        }))
    }

    /// A report page: `ok` for the owner and the UH of the partnership, 404 for the
    /// Statsforvalter (who reads reports on its own pages), 403 for the other roles.
    static func report(_ method: HTTPRequest.Method, _ path: String, _ ok: HTTPResponse.Status) -> Row {
        Row(method: method, path: path, expected: Dictionary(uniqueKeysWithValues: Who.allCases.map { who in
            (who, who == .anonym ? anonymous(method) : who == .eier || who == .uh ? ok : who == .sf ? .notFound : .forbidden)
        }))
    }

    static let matrix: [Row] = [
        everyone(.get, "/", .ok),
        everyone(.get, "/tilgjengelighet", .ok),
        everyone(.get, "/organisasjoner", .ok),
        everyone(.get, "/healthz", .ok),
        everyone(.get, "/runde/2027/kalender.ics", .ok),
        everyone(.get, "/runde/1999/kalender.ics", .notFound),
        everyone(.get, "/css/site.css", .ok),
        everyone(.get, "/finnes-ikke", .notFound),
        everyone(.get, "/passord/ugyldig-lenke", .notFound),
        Row(method: .get, path: "/logg-inn", expected: Dictionary(uniqueKeysWithValues: Who.allCases.map { ($0, $0 == .anonym ? .ok : .seeOther) })),
        everyone(.post, "/logg-ut", .seeOther),
        Row(method: .post, path: "/rolle", expected: Dictionary(uniqueKeysWithValues: Who.allCases.map { ($0, $0 == .anonym ? .unauthorized : .forbidden) })),
        Row(method: .post, path: "/okt/forny", expected: Dictionary(uniqueKeysWithValues: Who.allCases.map { ($0, $0 == .anonym ? .unauthorized : .noContent) })),
        // Role homes
        only(.get, "/eier", [.eier], .ok),
        only(.get, "/uh", [.uh], .ok),
        only(.get, "/nettverk", [.nettverk], .ok),
        only(.get, "/fagutvalg", [.fagutvalg], .ok),
        only(.get, "/statsforvalter", [.sf], .ok),
        only(.get, "/samarbeidsforum", [.forum], .ok),
        // Statsforvalter administration: pages
        only(.get, "/statsforvalter/organisasjoner", [.sf], .ok),
        only(.get, "/statsforvalter/organisasjoner/ny", [.sf], .ok),
        only(.get, "/statsforvalter/organisasjoner/1", [.sf], .ok),
        only(.get, "/statsforvalter/organisasjoner/99999", [.sf], .notFound),
        only(.get, "/statsforvalter/organisasjoner/abc", [.sf], .notFound),
        only(.get, "/statsforvalter/regioner", [.sf], .ok),
        only(.get, "/statsforvalter/regioner/1", [.sf], .ok),
        only(.get, "/statsforvalter/regioner/99999", [.sf], .notFound),
        only(.get, "/statsforvalter/brukere", [.sf], .ok),
        only(.get, "/statsforvalter/brukere/ny", [.sf], .ok),
        only(.get, "/statsforvalter/brukere/2", [.sf], .ok),
        only(.get, "/statsforvalter/brukere/99999", [.sf], .notFound),
        only(.get, "/statsforvalter/runder", [.sf], .ok),
        only(.get, "/statsforvalter/runder/ny", [.sf], .ok),
        only(.get, "/statsforvalter/runder/2027", [.sf], .ok),
        only(.get, "/statsforvalter/runder/1999", [.sf], .notFound),
        only(.get, "/statsforvalter/logg", [.sf], .ok),
        // Statsforvalter administration: changes (an empty form is refused with the form again)
        only(.post, "/statsforvalter/organisasjoner", [.sf], .unprocessableContent),
        only(.post, "/statsforvalter/organisasjoner/1", [.sf], .unprocessableContent),
        only(.post, "/statsforvalter/nettverk/1", [.sf], .unprocessableContent),
        only(.post, "/statsforvalter/brukere", [.sf], .unprocessableContent),
        only(.post, "/statsforvalter/brukere/2", [.sf], .unprocessableContent),
        only(.post, "/statsforvalter/brukere/2/roller", [.sf], .unprocessableContent),
        only(.post, "/statsforvalter/brukere/2/roller/99999/fjern", [.sf], .notFound),
        only(.post, "/statsforvalter/brukere/2/passordlenke", [.sf], .ok),
        only(.post, "/statsforvalter/brukere/2/aktiv", [.sf], .seeOther),
        only(.post, "/statsforvalter/runder", [.sf], .unprocessableContent),
        // The demo round has delivered behovsmeldinger, so its rules are locked.
        only(.post, "/statsforvalter/runder/2027", [.sf], .unprocessableContent),
        // Partnerships (demo: 1 = Bodø, Fauske and Nord, delivered; 2 = Nordlys and Nord; 3 = Bodø and Nord, drafts)
        only(.get, "/partnerskap/ny", [.eier], .ok),
        only(.post, "/partnerskap", [.eier], .unprocessableContent),
        parties(.get, "/partnerskap/1", [.sf: .ok, .eier: .ok, .uh: .ok]),
        parties(.get, "/partnerskap/2", [.sf: .ok, .uh: .ok]),
        parties(.get, "/partnerskap/99999", [:]),
        parties(.get, "/partnerskap/abc", [:]),
        parties(.get, "/partnerskap/3/endre", [.sf: .forbidden, .eier: .ok, .uh: .forbidden]),
        parties(.post, "/partnerskap/3/endre", [.sf: .forbidden, .eier: .unprocessableContent, .uh: .forbidden]),
        parties(.post, "/partnerskap/3/signer", [.sf: .forbidden, .eier: .seeOther, .uh: .seeOther]),
        parties(.post, "/partnerskap/2/signer", [.sf: .forbidden, .uh: .seeOther]),
        parties(.post, "/partnerskap/3/paminn/45", [.sf: .forbidden, .eier: .seeOther, .uh: .forbidden]),
        parties(.post, "/partnerskap/3/behovsmelding/rekom", [.sf: .forbidden, .eier: .seeOther, .uh: .forbidden]),
        // Behovsmeldinger (demo: 1 delivered, 4 Nordlys' draft, 5 Bodø's draft)
        // Delivered and forwarded: the region's network and the sector's fagutvalg read it too.
        parties(.get, "/behovsmelding/1", [.sf: .ok, .eier: .ok, .uh: .ok, .nettverk: .ok, .fagutvalg: .ok]),
        parties(.get, "/behovsmelding/4", [.sf: .ok, .uh: .ok]),
        parties(.get, "/behovsmelding/5", [.sf: .ok, .eier: .ok, .uh: .ok]),
        parties(.get, "/behovsmelding/99999", [:]),
        parties(.post, "/behovsmelding/1", [.sf: .forbidden, .eier: .conflict, .uh: .forbidden]),
        parties(.post, "/behovsmelding/5", [.sf: .forbidden, .eier: .conflict, .uh: .forbidden]),
        parties(.post, "/behovsmelding/1/uh", [.sf: .forbidden, .eier: .forbidden, .uh: .conflict]),
        parties(.get, "/behovsmelding/1/utskrift", [.sf: .ok, .eier: .ok, .uh: .ok, .nettverk: .ok, .fagutvalg: .ok]),
        // Delivered but not forwarded (Kompetanseløftet in Salten): the network only.
        parties(.get, "/behovsmelding/3", [.sf: .ok, .eier: .ok, .uh: .ok, .nettverk: .ok]),
        only(.get, "/nettverk/2027/rekom", [.nettverk], .ok),
        only(.get, "/nettverk/2027/kompetanseloftet", [.nettverk], .ok),
        only(.post, "/nettverk/2027/kompetanseloftet", [.nettverk], .unprocessableContent),
        only(.post, "/nettverk/2027/rekom", [.nettverk], .conflict),
        only(.get, "/nettverk/2027/dekom", [.nettverk], .notFound),
        only(.get, "/nettverk/2027/kompetanseloftet/felles", [.nettverk], .ok),
        only(.post, "/nettverk/2027/kompetanseloftet/felles", [.nettverk], .unprocessableContent),
        only(.get, "/nettverk/2027/rekom/felles", [.nettverk], .ok),
        only(.get, "/nettverk/2027/dekom/felles", [.nettverk], .notFound),
        only(.get, "/fagutvalg/behovsmelding/1", [.fagutvalg], .ok),
        only(.post, "/fagutvalg/behovsmelding/1", [.fagutvalg], .unprocessableContent),
        only(.get, "/fagutvalg/behovsmelding/3", [.fagutvalg], .notFound),
        only(.get, "/fagutvalg/behovsmelding/8", [.fagutvalg], .notFound),
        only(.get, "/statsforvalter/innstilling/2027/rekom", [.sf], .ok),
        only(.post, "/statsforvalter/innstilling/2027/rekom/stans", [.sf], .badRequest),
        only(.post, "/statsforvalter/innstilling/2027/rekom/godta", [.sf], .badRequest),
        parties(.post, "/partnerskap/3/forpliktelse", [.sf: .forbidden, .eier: .badRequest, .uh: .forbidden]),
        only(.get, "/statsforvalter/innstilling/2027/ukjent", [.sf], .notFound),
        only(.get, "/rekom30/2027", [.eier], .ok),
        only(.post, "/rekom30/2027", [.eier], .seeOther),
        only(.get, "/rekom30/1999", [.eier], .notFound),
        only(.get, "/statsforvalter/rekom30/2026", [.sf], .ok),
        only(.post, "/statsforvalter/rekom30/2026", [.sf], .badRequest),
        only(.get, "/statsforvalter/rekom30/1999", [.sf], .notFound),
        // The demo's 30 % allocation is not sent to the forum, and no letter is decided: the pages are tested in Rekom30FlowTests.
        only(.get, "/samarbeidsforum/2026/rekom30/fordeling", [.sf, .forum], .notFound),
        only(.post, "/samarbeidsforum/2026/rekom30/fordeling", [.forum], .notFound),
        only(.get, "/tildelingsbrev/2026/rekom30/eier/1", [.sf, .eier, .uh], .notFound),
        // Reports on the decided 2026 round: partnership 1 has a Rekom letter, partnership 3 none.
        report(.get, "/rapport/2026/rekom/1", .ok),
        // The owners' report is not begun (a first save), the UH's is a draft the request has no version of.
        Row(method: .post, path: "/rapport/2026/rekom/1", expected: Dictionary(uniqueKeysWithValues: Who.allCases.map { who in
            (who, who == .anonym ? anonymous(.post) : who == .eier ? .seeOther : who == .uh ? .conflict : who == .sf ? .notFound : .forbidden)
        })),
        report(.get, "/rapport/2026/rekom/3", .notFound),
        report(.get, "/rapport/2027/rekom/1", .notFound),
        only(.get, "/statsforvalter/rapporter/2026", [.sf], .ok),
        only(.get, "/statsforvalter/rapporteksport/2026/rapporter-2026.csv", [.sf], .ok),
        only(.get, "/statsforvalter/rapporteksport/2026/rapporter-per-region-2026.xlsx", [.sf], .ok),
        only(.get, "/statsforvalter/rapporteksport/2026/rapporter-2025.csv", [.sf], .notFound),
        only(.get, "/statsforvalter/rapporter/2026/rekom/1/1", [.sf], .ok),
        // No act named.
        only(.post, "/statsforvalter/rapporter/2026/rekom/1/1", [.sf], .badRequest),
        only(.get, "/statsforvalter/rapporter/2026/rekom/1/99", [.sf], .notFound),
        // The half-year reports on the same letters: the owners' not begun, the UH's returned.
        report(.get, "/halvaarsrapport/2026/rekom/1", .ok),
        Row(method: .post, path: "/halvaarsrapport/2026/rekom/1", expected: Dictionary(uniqueKeysWithValues: Who.allCases.map { who in
            (who, who == .anonym ? anonymous(.post) : who == .eier ? .seeOther : who == .uh ? .conflict : who == .sf ? .notFound : .forbidden)
        })),
        report(.get, "/halvaarsrapport/2026/rekom/3", .notFound),
        only(.get, "/statsforvalter/halvaarsrapporter/2026", [.sf], .ok),
        only(.get, "/statsforvalter/halvaarsrapporter/1999", [.sf], .notFound),
        only(.get, "/statsforvalter/rapporteksport/2026/halvaarsrapporter-2026.xlsx", [.sf], .ok),
        // Money is closed on the report on the year: the half-year reports have no table per region.
        only(.get, "/statsforvalter/rapporteksport/2026/halvaarsrapporter-per-region-2026.csv", [.sf], .notFound),
        only(.get, "/statsforvalter/halvaarsrapporter/2026/rekom/1/1", [.sf], .ok),
        only(.post, "/statsforvalter/halvaarsrapporter/2026/rekom/1/1", [.sf], .badRequest),
        only(.get, "/statsforvalter/halvaarsrapporter/2026/rekom/1/99", [.sf], .notFound),
        // Salten's barnehage network (1) has a plan, its skole network (2) none yet; Bodø and Nord are members of both.
        only(.get, "/kompetanseplan/1", [.sf, .eier, .uh, .nettverk, .fagutvalg], .ok),
        only(.get, "/kompetanseplan/1?versjon=1", [.sf, .eier, .uh, .nettverk, .fagutvalg], .ok),
        only(.get, "/kompetanseplan/1?versjon=9", [.sf, .eier, .uh, .nettverk, .fagutvalg], .notFound),
        only(.get, "/kompetanseplan/2", [.sf, .eier, .uh, .fagutvalg], .ok),
        only(.get, "/kompetanseplan/1/endre", [.nettverk], .ok),
        // Inviting and removing is the leader's; no act named.
        only(.post, "/kompetanseplan/1/medlemmer", [.nettverk], .badRequest),
        only(.post, "/kompetanseplan/2/medlemmer", [], .ok),
        // Filled from no version: the plan has moved on since.
        only(.post, "/kompetanseplan/1/endre", [.nettverk], .conflict),
        only(.post, "/kompetanseplan/2/endre", [], .ok),
        only(.get, "/nettverksmoter/1", [.sf, .eier, .uh, .nettverk, .fagutvalg], .ok),
        // Only the leader has the form; for other readers the address does not exist.
        Row(method: .get, path: "/nettverksmoter/1?endre=1", expected: Dictionary(uniqueKeysWithValues: Who.allCases.map { who in
            (who, who == .anonym ? .seeOther : who == .nettverk ? .ok : who == .forum ? .forbidden : .notFound)
        })),
        // No act named.
        only(.post, "/nettverksmoter/1", [.nettverk], .badRequest),
        Row(method: .get, path: "/nettverksmoter/99", expected: Dictionary(uniqueKeysWithValues: Who.allCases.map { ($0, $0 == .anonym ? .seeOther : .notFound) })),
        only(.get, "/delingssystem", [.sf, .nettverk, .fagutvalg], .ok),
        only(.get, "/nettverksdokumenter/1", [.sf, .eier, .uh, .nettverk, .fagutvalg], .ok),
        only(.post, "/nettverksdokumenter/1", [.nettverk], .badRequest),
        // The demo's document 1 is for everyone, 2 for the members only.
        only(.get, "/nettverksdokumenter/1/1", [.sf, .eier, .uh, .nettverk, .fagutvalg], .ok),
        Row(method: .get, path: "/nettverksdokumenter/1/2", expected: Dictionary(uniqueKeysWithValues: Who.allCases.map { who in
            (who, who == .anonym ? .seeOther : who == .forum ? .forbidden : who == .fagutvalg ? .notFound : .ok)
        })),
        only(.get, "/nettverksdokumenter/2/1", [.sf, .eier, .uh, .fagutvalg], .notFound),
        only(.get, "/delingssystem?q=spr%C3%A5kl%C3%B8ft&ordning=rekom&region=1&aar=2027", [.sf, .nettverk, .fagutvalg], .ok),
        only(.get, "/delingssystem?q=%22%29+OR+*&ordning=ukjent&region=x&aar=99999999999999999999", [.sf, .nettverk, .fagutvalg], .ok),
        Row(method: .get, path: "/kompetanseplan/99", expected: Dictionary(uniqueKeysWithValues: Who.allCases.map { ($0, $0 == .anonym ? .seeOther : .notFound) })),
        only(.post, "/statsforvalter/innstilling/2027/dekom", [.sf], .seeOther),
        only(.get, "/samarbeidsforum/2027", [.sf, .forum], .ok),
        only(.get, "/samarbeidsforum/2027/rekom", [.sf, .forum], .ok),
        // Not sent to the forum yet.
        only(.get, "/samarbeidsforum/2027/dekom", [.sf, .forum], .notFound),
        only(.post, "/samarbeidsforum/2027/rekom", [.forum], .badRequest),
        only(.get, "/samarbeidsforum/2027/eksport/per-ordning-2027.csv", [.sf, .forum], .ok),
        only(.get, "/samarbeidsforum/2027/eksport/per-region-2027-rekom.xlsx", [.sf, .forum], .ok),
        only(.get, "/samarbeidsforum/2027/eksport/per-region-2027-dekom.csv", [.sf, .forum], .notFound),
        only(.get, "/tildelingsbrev/2027", [.sf, .eier, .uh], .ok),
        // No innstilling is vedtatt in the demo; the letters are tested in ForumFlowTests.
        only(.get, "/tildelingsbrev/2027/rekom/1", [.sf, .eier, .uh], .notFound),
        parties(.post, "/behovsmelding/5/oversikt", [.sf: .forbidden, .eier: .ok, .uh: .forbidden]),
        parties(.post, "/behovsmelding/1/oversikt", [.sf: .forbidden, .eier: .conflict, .uh: .forbidden]),
        parties(.post, "/behovsmelding/5/frist", [.sf: .unprocessableContent, .eier: .forbidden, .uh: .forbidden]),
        // Everyone's own notices; a post that names no act is refused.
        only(.get, "/varsler", [.sf, .forum, .eier, .uh, .nettverk, .fagutvalg], .ok),
        only(.post, "/varsler", [.sf, .forum, .eier, .uh, .nettverk, .fagutvalg], .badRequest),
        // A feed address nobody holds does not exist, for anyone.
        everyone(.get, "/kalender/ukjent.ics", .notFound),
        everyone(.get, "/kalender/ukjent", .notFound),
        only(.get, "/statsforvalter/epost", [.sf], .ok),
        only(.get, "/statsforvalter/epost?side=x", [.sf], .ok),
        // The tests run no delivery worker, so no e-mail is written.
        only(.get, "/statsforvalter/epost/1", [.sf], .notFound),
    ]

    @Test("every route answers every role as the table says", arguments: Who.allCases)
    func matrix(who: Who) async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var browser = Browser()
            if let email = who.email {
                browser = try await Browser.loggedIn(client, email)
            } else {
                _ = try await browser.open(client, "/logg-inn")
            }
            // Logging out first would end the session the other rows need.
            for row in Self.matrix.sorted(by: { ($0.path == "/logg-ut" ? 1 : 0) < ($1.path == "/logg-ut" ? 1 : 0) }) {
                var copy = browser
                let response = row.method == .post
                    ? try await copy.post(client, row.path, [])
                    : try await browser.get(client, row.path)
                #expect(response.status == row.expected[who], "\(row) as \(who.rawValue)")
                if response.status == .forbidden || response.status == .notFound {
                    #expect(response.text.contains("<main"), "\(row) as \(who.rawValue) answers with a page")
                }
                if who == .anonym, response.status == .seeOther, row.path.hasPrefix("/statsforvalter") || row.path == "/eier" {
                    #expect(response.headers[.location]?.hasPrefix("/logg-inn") == true)
                }
            }
        }
    }

    @Test("the table has a row for every route pattern, and every role home")
    func covers() {
        #expect(SiteRoute.examples.map(\.ordinal) == Array(0..<SiteRoute.examples.count))
        var patterns = Set(SiteRoute.examples.map(\.pattern))
        patterns.formUnion(SiteRoute.variants.map(\.pattern))
        for pattern in patterns {
            let regex = try! Regex("^" + pattern.replacing(/\{[a-z]+\}/, with: "[^/]+") + "$")
            #expect(Self.matrix.contains { $0.path.wholeMatch(of: regex) != nil }, "no row for \(pattern)")
        }
    }
}
