import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Persistence
import Testing
import TestSupport
@testable import Web

/// The start page for visitors who are not logged in is rendered once per language, day and
/// state of the rounds (`AnonymForside`): a change to any of them shows at once, and a
/// logged-in reader never gets the anonymous page.
@Suite struct AnonymForsideTests {
    @Test("a changed round, the other language and a logged-in reader each get their own page")
    func changes() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var anonymous = Browser()
            let first = try await anonymous.open(client, "/")
            #expect(first.status == .ok)
            #expect(try await anonymous.open(client, "/").text == first.text)

            var runde = try #require(try await app.deps.database.runde(aar: 2027))
            let frist = try #require(Dato(iso: "2028-10-07"))
            #expect(!first.text.contains(frist.iso))
            runde.frister.rapport = frist
            try await app.deps.database.updateRundeFrister(runde, audit: AuditEvent(at: Repository.fixedNow, action: .endre, objectType: "runde"))
            let changed = try await anonymous.open(client, "/")
            #expect(changed.text.contains(frist.iso), "the new report deadline is in the year cycle")

            var nynorsk = Browser()
            let nn = try await nynorsk.open(client, "/?lang=nn")
            #expect(nn.text.contains("lang=\"nn\""))
            var another = Browser()
            #expect(try await another.open(client, "/").text == changed.text, "bokmål is kept beside nynorsk")

            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let own = try await owner.open(client, "/")
            let logout = Catalogue.bokmal.text(.accountLogout)
            #expect(own.text.contains(logout) && !changed.text.contains(logout))
            var stranger = Browser()
            #expect(try await stranger.open(client, "/").text == changed.text, "the owner's page was not kept for others")
        }
    }

    @Test("a new day renders the page anew; the same day does not")
    func day() throws {
        let forside = AnonymForside()
        var rendered = 0
        func key(_ iso: String) -> AnonymForside.Nokkel {
            .init(sprak: .bokmal, sprakLenke: "?lang=nn", isDemo: false, today: Dato(iso: iso)!, runde: nil)
        }
        func lag() -> String { rendered += 1; return "side \(rendered)" }
        #expect(forside.html(key("2027-01-31"), lag: lag) == "side 1")
        #expect(forside.html(key("2027-01-31"), lag: lag) == "side 1")
        #expect(forside.html(key("2027-02-01"), lag: lag) == "side 2")
        #expect(rendered == 2)
    }
}
