import Foundation
import Hummingbird
import HummingbirdTesting
import Persistence
import Testing
import TestSupport
@testable import Web

/// An HTML snapshot of every page model, as each role sees it on the demo data with a fixed
/// clock: a change to any page shows as a readable diff. The form tokens, random per session,
/// are masked.
@Suite struct EveryPageSnapshotTests {
    struct Side: Sendable, CustomStringConvertible {
        let who: AccessMatrixTests.Who
        let path: String
        let name: String
        var description: String { "\(who.rawValue) \(path)" }
    }

    static let pages: [Side] = [
        .init(who: .anonym, path: "/tilgjengelighet", name: "tilgjengelighet"),
        .init(who: .anonym, path: "/organisasjoner", name: "organisasjoner"),
        .init(who: .anonym, path: "/logg-inn", name: "logg-inn"),
        .init(who: .eier, path: "/eier", name: "eier-hjem"),
        .init(who: .eier, path: "/partnerskap/ny", name: "partnerskap-ny"),
        .init(who: .eier, path: "/partnerskap/3", name: "partnerskap"),
        .init(who: .eier, path: "/partnerskap/3/endre", name: "partnerskap-endre"),
        .init(who: .eier, path: "/behovsmelding/5", name: "behovsmelding-skjema"),
        .init(who: .eier, path: "/behovsmelding/1", name: "behovsmelding-levert"),
        .init(who: .eier, path: "/tildelingsbrev/2027", name: "tildelingsbrev-liste"),
        .init(who: .uh, path: "/uh", name: "uh-hjem"),
        .init(who: .uh, path: "/behovsmelding/4", name: "behovsmelding-uh"),
        .init(who: .nettverk, path: "/nettverk", name: "nettverk-hjem"),
        .init(who: .nettverk, path: "/nettverk/2027/kompetanseloftet", name: "nettverk-behandling"),
        .init(who: .nettverk, path: "/nettverk/2027/kompetanseloftet/felles", name: "nettverk-felles"),
        .init(who: .nettverk, path: "/behovsmelding/1", name: "behovsmelding-nettverk"),
        .init(who: .fagutvalg, path: "/fagutvalg", name: "fagutvalg-hjem"),
        .init(who: .fagutvalg, path: "/fagutvalg/behovsmelding/1", name: "fagutvalg-vurdering"),
        .init(who: .sf, path: "/statsforvalter", name: "sf-hjem"),
        .init(who: .sf, path: "/statsforvalter/organisasjoner", name: "sf-organisasjoner"),
        .init(who: .sf, path: "/statsforvalter/organisasjoner/1", name: "sf-organisasjon"),
        .init(who: .sf, path: "/statsforvalter/regioner", name: "sf-regioner"),
        .init(who: .sf, path: "/statsforvalter/regioner/1", name: "sf-region"),
        .init(who: .sf, path: "/statsforvalter/brukere", name: "sf-brukere"),
        .init(who: .sf, path: "/statsforvalter/brukere/ny", name: "sf-bruker-ny"),
        .init(who: .sf, path: "/statsforvalter/brukere/2", name: "sf-bruker"),
        .init(who: .sf, path: "/statsforvalter/runder", name: "sf-runder"),
        .init(who: .sf, path: "/statsforvalter/runder/ny", name: "sf-runde-ny"),
        .init(who: .sf, path: "/statsforvalter/runder/2027", name: "sf-runde"),
        .init(who: .sf, path: "/statsforvalter/logg", name: "sf-logg"),
        .init(who: .sf, path: "/statsforvalter/innstilling/2027/dekom", name: "sf-innstilling-utkast"),
        .init(who: .sf, path: "/statsforvalter/rekom30/2026", name: "sf-rekom30-fordeling"),
        .init(who: .eier, path: "/rekom30/2027", name: "eier-rekom30-soknad"),
        .init(who: .eier, path: "/rekom30/2026", name: "eier-rekom30-sendt"),
        .init(who: .eier, path: "/rapport/2026/rekom/1", name: "eier-rapport"),
        .init(who: .sf, path: "/statsforvalter/rapporter/2026", name: "sf-rapporter"),
        .init(who: .eier, path: "/halvaarsrapport/2026/rekom/1", name: "eier-halvaarsrapport"),
        .init(who: .uh, path: "/halvaarsrapport/2026/rekom/1", name: "uh-halvaarsrapport-returnert"),
        .init(who: .sf, path: "/statsforvalter/halvaarsrapporter/2026", name: "sf-halvaarsrapporter"),
        .init(who: .sf, path: "/statsforvalter/halvaarsrapporter/2026/dekom/4/2", name: "sf-halvaarsrapport"),
        .init(who: .nettverk, path: "/kompetanseplan/1", name: "nettverk-kompetanseplan"),
        .init(who: .nettverk, path: "/kompetanseplan/1/endre", name: "nettverk-kompetanseplan-endre"),
        .init(who: .eier, path: "/kompetanseplan/1?versjon=1", name: "eier-kompetanseplan-versjon-1"),
        .init(who: .nettverk, path: "/nettverksmoter/1", name: "nettverk-moter"),
        .init(who: .nettverk, path: "/nettverksmoter/1?endre=2", name: "nettverk-moter-endre"),
        .init(who: .uh, path: "/nettverksmoter/1", name: "uh-moter"),
        .init(who: .nettverk, path: "/delingssystem?q=inkluder&ordning=kompetanseloftet", name: "nettverk-delingssystem"),
        .init(who: .nettverk, path: "/nettverksdokumenter/1", name: "nettverk-dokumenter"),
        .init(who: .fagutvalg, path: "/nettverksdokumenter/1", name: "fagutvalg-dokumenter"),
        .init(who: .forum, path: "/samarbeidsforum", name: "forum-hjem"),
        .init(who: .forum, path: "/samarbeidsforum/2027/rekom", name: "forum-innstilling"),
        .init(who: .uh, path: "/varsler", name: "uh-varsler"),
        .init(who: .sf, path: "/statsforvalter/epost", name: "sf-epost"),
    ]

    /// The session's form token differs from run to run.
    static func masked(_ html: String) -> String {
        html.replacing(/name="_csrf" value="[^"]*"/, with: #"name="_csrf" value="TOKEN""#)
            .replacing(/data-csrf="[^"]*"/, with: #"data-csrf="TOKEN""#)
    }

    @Test("every page as its role sees it", arguments: pages)
    func page(side: Side) async throws {
        _ = try await Self.snapshot(side)
    }

    @Test("every page shows the same with the catalogue's texts written into the templates as with each looked up",
          arguments: pages + NynorskTests.sider + [
              .init(who: .eier, path: "/tildelingsbrev/2026/rekom/1", name: "brev-nynorsk"),
              .init(who: .eier, path: "/tildelingsbrev/2026/rekom/1?lang=nn", name: "nn-brev-bokmal"),
          ])
    func tekster(side: Side) async throws {
        let app = try await TestApp.make()
        // A letter in its owners' målform on a page in the other: the letter's own catalogue. Fauske
        // adopting nynorsk makes the letter nynorsk; without, it is bokmål (`NynorskTests.brevIMalforma`).
        if side.name == "brev-nynorsk" {
            var fauske = try #require(try await app.deps.database.organisasjoner().first { $0.navn == "Fauske kommune" })
            fauske.malform = .nynorsk
            try await app.deps.database.updateOrganisasjon(fauske, audit: AuditEvent(at: Repository.fixedNow))
        }
        let lookedUp = try await TestApp.make(database: app.deps.database, now: Repository.fixedNow, skrivInnTekster: false)
        try await app.test { client in
            try await lookedUp.test { lookingUp in
                var browser = Browser()
                if let email = side.who.email { browser = try await Browser.loggedIn(client, email) }
                let written = try await browser.get(client, side.path)
                let looked = try await browser.get(lookingUp, side.path)
                #expect(written.status == .ok && looked.status == .ok)
                #expect(Self.masked(written.text) == Self.masked(looked.text))
            }
        }
    }

    /// Opens `side` as its role and compares it with its snapshot; returns the page.
    static func snapshot(_ side: Side) async throws -> String {
        let app = try await TestApp.make()
        return try await app.test { client in
            var browser = Browser()
            if let email = side.who.email { browser = try await Browser.loggedIn(client, email) }
            let response = try await browser.get(client, side.path)
            #expect(response.status == .ok)
            let failure = assertSnapshot(masked(response.text), named: "pages/\(side.name).html")
            #expect(failure == nil, "\(failure ?? "")")
            return response.text
        }
    }
}
