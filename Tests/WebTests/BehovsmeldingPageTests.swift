import Domain
import Foundation
import Persistence
import Testing
import TestSupport
@testable import Web

/// The behovsmelding pages through the real templates, with the demo data, a fixed clock and a
/// fixed form token: empty, with errors, complete, and the printable view.
@Suite struct BehovsmeldingPageTests {
    struct Fixture {
        let app: TestApp
        let runde: Runde

        static func make() async throws -> Fixture {
            let app = try await TestApp.make()
            return Fixture(app: app, runde: try #require(try await app.deps.database.runde(aar: 2027)))
        }

        func loaded(_ id: Int64) async throws -> (StoredBehovsmelding, StoredPartnerskap) {
            let stored = try #require(try await app.deps.database.behovsmelding(id: id))
            return (stored, try #require(try await app.deps.database.partnerskap(id: stored.melding.partnerskapId)))
        }

        func form(_ stored: StoredBehovsmelding, _ partnerskap: StoredPartnerskap, utkast: Behovsmelding.Utkast, errors: [Feltmelding], showViolations: Bool) throws -> String {
            let page = try BehovsmeldingFormPage(
                stored: stored, utkast: utkast, shown: stored.melding, partnerskap: partnerskap.partnerskap, runde: runde, andre: [],
                errors: errors, showViolations: showViolations, conflict: nil, version: stored.version, now: Repository.fixedNow, csrf: "fast-token",
                renderer: app.deps.renderer, t: .bokmal
            )
            return try app.deps.renderer.html(page, chrome: app.deps.chrome(.hjem(.eier)))
        }
    }

    @Test("an empty behovsmelding form: no tiltak, the rules only in the summary")
    func empty() async throws {
        let f = try await Fixture.make()
        let (stored, partnerskap) = try await f.loaded(6)
        #expect(stored.melding.tiltak.isEmpty)
        let html = try f.form(stored, partnerskap, utkast: .init(stored.melding, aar: 3), errors: [], showViolations: false)
        #expect(!html.contains("field-has-error"))
        let failure = assertSnapshot(html, named: "behovsmelding-form-empty.html")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test("a behovsmelding form with format errors at the top and next to the fields, the typed values kept")
    func withErrors() async throws {
        let f = try await Fixture.make()
        let (stored, partnerskap) = try await f.loaded(5)
        var utkast = Behovsmelding.Utkast(stored.melding, aar: 3)
        utkast.tiltak[0].aarsbelop[0].eier = "12,50"
        utkast.tiltak[0].koordinator = "mye"
        utkast.kontaktperson = "<script>alert(1)</script>"
        let errors = Catalogue.bokmal.meldinger(try #require(utkast.anvend(pa: stored.melding, maksAar: 3).failure))
        #expect(errors.map(\.felt) == ["tiltak[1].aarsbelop[1].eier", "tiltak[1].koordinator"])
        let html = try f.form(stored, partnerskap, utkast: utkast, errors: errors, showViolations: false)
        #expect(html.contains("value=\"12,50\""))
        #expect(!html.contains("<script>alert"))
        let failure = assertSnapshot(html, named: "behovsmelding-form-errors.html")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test("a complete behovsmelding form: nothing blocks sending")
    func complete() async throws {
        let f = try await Fixture.make()
        var (stored, partnerskap) = try await f.loaded(1)
        stored.melding.status = .utkast
        let html = try f.form(stored, partnerskap, utkast: .init(stored.melding, aar: 3), errors: [], showViolations: true)
        #expect(html.contains("Alt som kreves er på plass"))
        #expect(!html.contains("field-has-error"))
        let failure = assertSnapshot(html, named: "behovsmelding-form-complete.html")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test("the printable view of a delivered behovsmelding")
    func printable() async throws {
        let f = try await Fixture.make()
        let (stored, partnerskap) = try await f.loaded(1)
        let innhold = try f.app.deps.innhold(stored, partnerskap: partnerskap.partnerskap, runde: f.runde, lignende: nil, lager: Gjengivelser(), t: .bokmal)
        let page = BehovsmeldingPrintPage(stored: stored, partnerskap: partnerskap, runde: f.runde, innhold: innhold, now: Repository.fixedNow, t: .bokmal)
        let html = try f.app.deps.renderer.html(page, chrome: f.app.deps.chrome(.hjem(.eier)))
        #expect(html.contains("1 450 000".vist))
        let failure = assertSnapshot(html, named: "behovsmelding-print.html")
        #expect(failure == nil, "\(failure ?? "")")
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
