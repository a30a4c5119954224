import Domain
import Foundation
import Persistence
import Testing
import TestSupport
@testable import Web

@Suite struct TemplateTests {
    @Test("the renderer refuses to start when a page's template is missing, naming it")
    func missingTemplate() async throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("bm-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: Repository.templates, to: copy)
        try FileManager.default.removeItem(at: copy.appendingPathComponent("about/accessibility.mustache"))
        await #expect {
            _ = try await Renderer(templatesDirectory: copy)
        } throws: { error in
            "\(error)".contains("about/accessibility.mustache")
        }
    }

    @Test("every template exists for every page model")
    func allPresent() async throws {
        _ = try await Renderer(templatesDirectory: Repository.templates)
        for type in allPageTypes {
            #expect(FileManager.default.fileExists(atPath: Repository.templates.appendingPathComponent(type.template + ".mustache").path))
        }
    }

    @Test("every {{t.key}} the templates use is in the bokmål catalogue")
    func catalogueKeys() throws {
        let keys = Catalogue.bokmal.keys
        let enumerator = FileManager.default.enumerator(atPath: Repository.templates.path)!
        var used: Set<String> = []
        while let file = enumerator.nextObject() as? String {
            guard file.hasSuffix(".mustache") else { continue }
            let text = try String(contentsOf: Repository.templates.appendingPathComponent(file), encoding: .utf8)
            var rest = text[...]
            while let range = rest.range(of: "{{t.") {
                let tail = rest[range.upperBound...]
                let key = tail.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                used.insert(String(key))
                rest = tail
            }
        }
        #expect(!used.isEmpty)
        // `{{t.lang}}` is the catalogue's language code, not a message.
        #expect(used.subtracting(keys).subtracting(["lang"]).isEmpty, "missing: \(used.subtracting(keys).sorted())")
    }

    @Test("the catalogue has a text for every key, none empty, and no text it has no key for")
    func everyKey() {
        for key in MessageKey.allCases {
            #expect(!(Catalogue.bokmal.texts[key] ?? "").isEmpty, "no text for \(key.rawValue)")
        }
        #expect(Catalogue.bokmal.texts.count == MessageKey.allCases.count)
    }

    @Test("every year-cycle step, role home and history step has its text", arguments: Arshjul.Stegkode.allCases)
    func stepTexts(kode: Arshjul.Stegkode) {
        #expect(MessageKey.stegTittel(kode) != MessageKey.stegTekst(kode))
        #expect(MessageKey.stegTittel(kode).rawValue == "steg_\(kode.rawValue)_title")
    }

    @Test("a behovsmelding's history names every action done to it, the fagutvalg's assessment too")
    func historyTexts() {
        for action in AuditAction.allCases {
            #expect(!Catalogue.bokmal.format(.historikk(action), ["bruker": "X", "rolle": "Y"]).contains("⟦"))
        }
        #expect(MessageKey.historikk(.vurder) == .bmAction_vurder)
    }

    @Test("HTML in data is escaped")
    func escaping() async throws {
        let renderer = try await Renderer(templatesDirectory: Repository.templates)
        struct Evil: Page {
            static let template = "error/show"
            let title = "<script>alert(1)</script>"
            let text = "\"quoted\" & <b>"
            let code = "x"
            let homeHref = "/"
        }
        let html = try renderer.html(Evil(), chrome: Chrome(catalogue: .bokmal))
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test("rows rendered for a kept value are kept under their key and language: escaped as on a page, rendered anew for another key or language, never kept without a store or for a test's own catalogue; parts kept under their own model")
    func keptRows() async throws {
        let renderer = try await Renderer(templatesDirectory: Repository.templates)
        let lager = Gjengivelser()
        var made: [String] = []
        func rows(_ navn: String, _ keys: [Int] = [1, 2], lager: Gjengivelser?, t: Catalogue = .bokmal) throws -> String {
            try renderer.rader(TildelingsbrevListePage.radmal, keys, lager: lager, t: t, nokkel: { $0 }) { key in
                made.append("\(navn)\(key)")
                return TildelingsbrevListePage.Row(partnerskap: "\(navn) \(key)", href: "/x?a=1&b=2", eier: "1", uh: "2", sum: "3", avslag: key == 2)
            }.html
        }
        let first = try rows("<A>", lager: lager)
        #expect(first.contains("&lt;A&gt; 1</a>") && first.contains("&lt;A&gt; 2</a> <span class=\"badge\">Ingen midler</span>") && !first.contains("<A>"))
        #expect(first.contains("href=\"/x?a=1&amp;b=2\""))
        #expect(try rows("B", lager: lager) == first, "kept: the model is not made again")
        #expect(made == ["<A>1", "<A>2"])
        let more = try rows("B", [2, 3], lager: lager)
        #expect(more.contains("&lt;A&gt; 2") && more.contains("B 3") && made.last == "B3")
        let nynorsk = try rows("C", [2], lager: lager, t: .nynorsk)
        #expect(nynorsk.contains("C 2</a> <span class=\"badge\">Ingen midlar</span>"))
        #expect(try rows("D", [1], lager: nil).contains("D 1") && made.suffix(2) == ["C2", "D1"])
        #expect(try rows("E", [1], lager: nil).contains("E 1"), "without a store nothing is kept")
        let egen = Catalogue(language: .bokmal, texts: [.tbNoFundsBadge: "Avslått"])
        #expect(try rows("F", [2], lager: lager, t: egen).contains("F 2</a> <span class=\"badge\">Avslått</span>"),
                "a test's own catalogue of the same language gets its own texts, not the kept row")
        #expect(try rows("G", [2], lager: lager, t: egen).contains("G 2"), "and its rows are not kept")
        // A store that holds more bytes than it may starts over.
        let liten = Gjengivelser(maksTegn: first.utf8.count * 3 / 4)
        _ = try rows("H", [1, 2], lager: liten)
        _ = try rows("H", [1], lager: liten)
        #expect(made.suffix(3) == ["H1", "H2", "H1"], "row 2 did not fit beside row 1, so row 1 is made again")
        // A text with a placeholder is looked up as the part is rendered: kept per variant of the catalogue.
        struct Belop: Hashable { let years: [Int] = [] }
        let kollektiv = Catalogue.bokmal.forOrdning(Runde.Mal.forskrift2026.ordninger[.kollektiv])
        #expect(try renderer.rader("partials/amount-rows", [Belop()], t: .bokmal).html.contains(">UH</th>"))
        #expect(try renderer.rader("partials/amount-rows", [Belop()], t: kollektiv).html.contains(">UH/fagskole/nasjonalt senter</th>"))
        // Kept under the model itself, for the application's life: another model is another part.
        let kort = { (tittel: String) in PartnerskapArbeid.Item(title: tittel, href: "/p/1", agreement: "Signert", links: [.init(text: "Rekom", href: "/b/1")], isWaiting: true) }
        let kortene = try renderer.rader(PartnerskapArbeid.kortmal, [kort("P & Q"), kort("R")], t: .bokmal).html
        #expect(kortene.contains("P &amp; Q</a> <span class=\"badge badge-warning\">") && kortene.contains("R</a>"))
        #expect(try renderer.rader(PartnerskapArbeid.kortmal, [kort("R")], t: .bokmal).html == kortene.components(separatedBy: "    <li").last.map { "    <li" + $0 })
    }
}

@Suite struct PageSnapshotTests {
    @Test("start page HTML with a fixed clock")
    func startPage() async throws {
        let app = try await TestApp.make()
        let html = try await app.test { client in try await client.execute(uri: "/", method: .get).text }
        let failure = assertSnapshot(html, named: "home-index.html")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test("404 page HTML")
    func notFoundPage() async throws {
        let app = try await TestApp.make()
        let html = try await app.test { client in try await client.execute(uri: "/mangler", method: .get).text }
        let failure = assertSnapshot(html, named: "error-404.html")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test("login page HTML with a failed login (fixed form token)")
    func loginPage() async throws {
        let app = try await TestApp.make()
        let t = Catalogue.bokmal
        let page = LoginPage(
            email: "sf@demo.no", next: "/statsforvalter", csrf: "fast-token", errors: [],
            summaryOnly: [Feltmelding("epost", t.text(.loginWrong))], notice: nil, demoLogins: ["sf@demo.no"], t: t
        )
        let failure = assertSnapshot(try app.deps.renderer.html(page, chrome: app.deps.chrome(.loggInn)), named: "auth-login.html")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test("organisation form HTML with field errors")
    func organisationForm() async throws {
        let app = try await TestApp.make()
        let utkast = Organisasjon.Utkast(navn: "Testvik <kommune>", type: "kommune", orgnr: "123", regionId: "1")
        let errors = try #require({ if case .failure(let e) = utkast.valider(id: 0, erDemo: false, regioner: [1]) { return Catalogue.bokmal.meldinger(e) }; return nil }())
        let page = AdminOrganisationFormPage(
            id: nil, existing: nil, utkast: utkast, regions: try await app.deps.database.regions(), errors: errors,
            history: try app.deps.auditRader([], t: .bokmal), csrf: "fast-token", t: .bokmal
        )
        let failure = assertSnapshot(try app.deps.renderer.html(page, chrome: app.deps.chrome(.adminOrganisasjoner)), named: "admin-organisation-form.html")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test("innstilling, allocation table and grant letter HTML from the demo's Rekom innstilling")
    func allocationPages() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        let runde = try #require(try await db.runde(aar: 2027))
        let iRunde = try #require(runde.ordninger[.rekom])
        let stored = try #require(try await db.innstilling(rundeAar: 2027, ordning: .rekom))
        let innstilling = InnstillingPage(
            stored: stored, midler: stored.innstilling.midler(iRunde, tidligere: []), runde: runde, notForwarded: 0, forum: [], typed: nil, errors: [], csrf: "fast-token",
            today: Dato(instant: Repository.fixedNow), utvalg: Innstilling.Utvalg(), t: .bokmal
        )
        let sf = app.deps.chrome(.hjem(.statsforvalter))
        var failure = assertSnapshot(try app.deps.renderer.html(innstilling, chrome: sf), named: "innstilling-rekom.html")
        #expect(failure == nil, "\(failure ?? "")")

        let grunnlag = Forumgrunnlag(runde: runde, innstillinger: try await db.innstillinger(rundeAar: 2027, status: [.forelopig, .vedtatt]), tidligere: [], rekom30: nil,
                                     rapporter: nil, now: Repository.fixedNow)
        let tables = ForumFordelingPage(grunnlag, ordning: .rekom, homeHref: "/samarbeidsforum", t: .bokmal)
        failure = assertSnapshot(try app.deps.renderer.html(tables, chrome: app.deps.chrome(.hjem(.samarbeidsforum))), named: "forum-fordeling.html")
        #expect(failure == nil, "\(failure ?? "")")

        var decided = stored
        decided.status = .vedtatt
        decided.vedtaksdato = Dato(year: 2026, month: 11, day: 20)
        try await db.saveInnstilling(decided, expectedVersion: stored.version, now: Repository.fixedNow,
                                     audit: AuditEvent(at: Repository.fixedNow, action: .vedta, objectType: "innstilling"))
        let samling = try await Tildelingsbrevsamling.load(db, runde: runde)
        let brev = try #require(samling.brev(.rekom, partnerskapId: 1))
        let letter = TildelingsbrevPage(brev, runde: samling.runde, fylke: samling.fylke[1], rolle: .statsforvalter, t: .bokmal)
        failure = assertSnapshot(try app.deps.renderer.html(letter, chrome: sf), named: "tildelingsbrev.html")
        #expect(failure == nil, "\(failure ?? "")")
    }
}
