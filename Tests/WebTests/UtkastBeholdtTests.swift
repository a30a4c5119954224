import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Persistence
import Testing
import TestSupport
@testable import Web

/// The values read from the whole dataset and kept (`AppDatabase.beholdt`) and the delingssystem's
/// searches show nothing of a draft, so a save that leaves a behovsmelding a draft keeps them
/// (`AppDatabase.innholdBuffer`, `sokBuffer`).
/// Checked where it could go wrong: after a save that changes all a draft holds, every page shows
/// the same with its values kept as with everything read anew.
@Suite struct UtkastBeholdtTests {
    @Test("a draft's save keeps what is read from the whole dataset; every page shows the same as with everything read anew")
    func utkastLagring() async throws {
        let app = try await TestApp.make()
        let database = app.deps.database
        let now = Repository.fixedNow
        try await app.test { client in
            var browsers: [AccessMatrixTests.Who: Browser] = [:]
            for who in AccessMatrixTests.Who.allCases {
                if let email = who.email { browsers[who] = try await Browser.loggedIn(client, email) } else { browsers[who] = Browser() }
            }
            func pages() async throws -> [String] {
                var html: [String] = []
                for side in EveryPageSnapshotTests.pages {
                    let response = try await #require(browsers[side.who]).get(client, side.path)
                    #expect(response.status == .ok, "\(side)")
                    html.append(EveryPageSnapshotTests.masked(response.text))
                }
                return html
            }
            let follow = "/statsforvalter/rapporter/2026"
            _ = try await pages()
            _ = try await #require(browsers[.sf]).get(client, follow)
            let (lest, sok) = (database.innholdBuffer.lesninger, database.sokBuffer.lesninger)

            // Behovsmelding 5 is Bodø's draft: every text, tiltak and sum changed, one tiltak more.
            var draft = try #require(try await database.behovsmelding(id: 5))
            try #require(draft.melding.status == .utkast)
            for kriterium in Kriterium.allCases { draft.melding.kriterier[kriterium] = "Endret \(kriterium)" }
            draft.melding.enheter = "Alle enhetene"
            draft.melding.kontaktperson = "Ny kontakt"
            draft.melding.tiltak = draft.melding.tiltak.map { tiltak in
                var tiltak = tiltak
                tiltak.tittel += " (endret)"
                tiltak.hvaSkalGjores = "Noe annet."
                tiltak.aarsbelop = tiltak.aarsbelop.map { Belop(eier: $0.eier + Kroner(1_000), uh: $0.uh + Kroner(2_000)) }
                return tiltak
            } + [Tiltak(nummer: draft.melding.tiltak.count + 1, tittel: "Et nytt tiltak", fase: .gjennomforing, hvaSkalGjores: "Samlinger.",
                        hvemGjorHva: "Eier og UH.", deltakere: "Alle skoler", varighetAar: 1,
                        aarsbelop: [Belop(eier: Kroner(300_000), uh: Kroner(200_000))])]
            _ = try await database.saveBehovsmelding(draft, expectedVersion: draft.version, now: now,
                                                     audit: AuditEvent(at: now, userName: "Test", action: .seedDemo, objectType: "test"))
            _ = try await #require(browsers[.sf]).get(client, follow)
            #expect(database.innholdBuffer.lesninger == lest, "the year's follow-up is not read again after a draft's save")
            let kept = try await pages()
            #expect(database.sokBuffer.lesninger == sok, "the delingssystem's search is not run again after a draft's save")

            // A change to a table every kept value may read from forgets them all.
            try await database.writer.write { try $0.execute(sql: "UPDATE region SET name = name") }
            let anew = try await pages()
            #expect(database.innholdBuffer.lesninger > lest)
            for (side, (kept, anew)) in zip(EveryPageSnapshotTests.pages, zip(kept, anew)) {
                #expect(kept == anew, "\(side)")
            }
            #expect(anew.contains { $0.contains("Et nytt tiltak") }, "the draft's own form shows the save")
        }
    }

    @Test("a draft's save still forgets what is kept per organisation and per behovsmelding, and a send forgets everything")
    func utkastGlemmerEget() async throws {
        let app = try await TestApp.make()
        let database = app.deps.database
        let now = Repository.fixedNow
        let audit = AuditEvent(at: now, userName: "Test", action: .seedDemo, objectType: "test")
        var draft = try #require(try await database.behovsmelding(id: 5))
        _ = try await database.organisasjoner(regionId: 1)
        let (organisasjon, behovsmelding) = (database.organisasjonBuffer.lesninger, database.behovsmeldingBuffer.lesninger)
        draft.melding.kontaktperson = "Ny kontakt"
        draft.version = try await database.saveBehovsmelding(draft, expectedVersion: draft.version, now: now, audit: audit)
        #expect(try await database.behovsmelding(id: 5)?.melding.kontaktperson == "Ny kontakt")
        _ = try await database.organisasjoner(regionId: 1)
        #expect(database.behovsmeldingBuffer.lesninger == behovsmelding + 1 && database.organisasjonBuffer.lesninger == organisasjon + 1)

        _ = try await database.registerTall()
        let lest = database.innholdBuffer.lesninger
        draft.melding.status = .tilUH
        _ = try await database.saveBehovsmelding(draft, expectedVersion: draft.version, now: now, audit: audit)
        _ = try await database.registerTall()
        #expect(database.innholdBuffer.lesninger == lest + 1, "sent to the UH: no longer a draft, everything is read anew")
    }
}
