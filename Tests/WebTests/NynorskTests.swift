import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Persistence
import Testing
import TestSupport
@testable import Web

/// Bokmål and nynorsk at the same time (språklova § 14), and letters in the form their
/// recipient adopted (§ 15): the two catalogues hold the same messages, every page can be
/// read in either, the choice is remembered, and a letter follows its recipient's målform.
@Suite struct NynorskTests {
    /// Messages that are names, the same in any form: the Statsforvalter's address.
    static let namn: Set<MessageKey> = [.a11yReportMail]

    /// Words spelled the same in bokmål and nynorsk that occur only in messages the two
    /// catalogues share (the other words of those messages occur in translated nynorsk texts
    /// too). Checked by hand against Nynorskordboka; an untranslated message brings a word
    /// that is in neither list, and the test names it.
    static let sammeOrd: Set<String> = [
        "administrasjon", "adresse", "avbryt", "begge", "bruk", "csv", "dekom", "delt", "demo", "disp", "emne", "endringslogg", "fase",
        "feilkode", "forankring", "forklaring", "form", "gjenta", "grunnlag", "handling", "hei", "historikk", "ics", "id", "ja", "kommunenr",
        "kompetansebehov", "kompetanseløftet", "kompetanseplan", "kompetansetiltak", "kontaktperson", "kontroll", "kopien", "lever", "lov",
        "merknader", "målform", "målgrupper", "møteplan", "ned", "neste", "nettverksmøte", "objekt", "omsøkt", "oversikt", "part", "passert",
        "publiser", "rangering", "rapportere", "rapportering", "rapportør", "registrer", "resultat", "retningslinjer", "sfo", "slett",
        "stans", "status", "søknadsfrist", "tildelingsår", "tilrettelegging", "tittel", "totalt", "type", "utfall", "utvikling", "vedtaksdato",
        "vilkår", "xlsx",
    ]

    /// The words of a message, placeholders left out.
    static func ord(_ text: String) -> Set<String> {
        Set(text.replacing(/\{[a-zA-Z]+\}/, with: "").lowercased().split { !$0.isLetter }.map(String.init))
    }

    /// `{name}` placeholders of a message, sorted.
    static func placeholders(_ text: String) -> [String] {
        text.matches(of: /\{([a-zA-Z]+)\}/).map { String($0.1) }.sorted()
    }

    @Test("the nynorsk catalogue has every key of the bokmål one, none empty, each with the same placeholders")
    func sameKeys() {
        #expect(Catalogue.nynorsk.texts.count == MessageKey.allCases.count)
        for key in MessageKey.allCases {
            let nb = Catalogue.bokmal.texts[key] ?? "", nn = Catalogue.nynorsk.texts[key] ?? ""
            #expect(!nn.isEmpty, "no nynorsk for \(key.rawValue)")
            #expect(Self.placeholders(nb) == Self.placeholders(nn), "\(key.rawValue): «\(nb)» / «\(nn)»")
        }
    }

    @Test("a message that reads the same in both forms is a name, or made of words checked to be spelled alike")
    func likeTekster() {
        let like = MessageKey.allCases.filter { Catalogue.bokmal.texts[$0] == Catalogue.nynorsk.texts[$0] && !Self.namn.contains($0) }
        let nynorskeOrd = MessageKey.allCases.filter { Catalogue.bokmal.texts[$0] != Catalogue.nynorsk.texts[$0] }
            .reduce(into: Set<String>()) { $0.formUnion(Self.ord(Catalogue.nynorsk.texts[$1] ?? "")) }
        var brukte: Set<String> = []
        for key in like {
            let words = Self.ord(Catalogue.nynorsk.texts[key] ?? "")
            let unchecked = words.subtracting(nynorskeOrd).subtracting(Self.sammeOrd)
            #expect(unchecked.isEmpty, "\(key.rawValue) is the same in both forms, with words not checked: \(unchecked.sorted())")
            brukte.formUnion(words.intersection(Self.sammeOrd))
        }
        #expect(Self.sammeOrd.subtracting(brukte).isEmpty, "checked words no shared message uses any more: \(Self.sammeOrd.subtracting(brukte).sorted())")
        // Short labels and patterns aside, the catalogue is translated.
        #expect(like.count * 3 < MessageKey.allCases.count, "\(like.count) messages read the same in both forms")
    }

    @Test("the bokmål words that give an untranslated text away are not in the nynorsk catalogue")
    func ingenBokmalsord() {
        let words: Set<String> = [
            "ikke", "eier", "eiere", "eierne", "tilskudd", "kommuner", "kommunene", "hvordan", "hvem", "hva", "hvilke", "noen", "ennå",
            "mellomtiden", "lagret", "behovsmeldingen", "behovsmeldinger", "hvis", "fra", "mer", "bare", "jeg", "dere", "deres",
        ]
        for key in MessageKey.allCases {
            let text = (Catalogue.nynorsk.texts[key] ?? "").replacing(/\{[a-zA-Z]+\}/, with: "").lowercased()
            let found = Set(text.split { !$0.isLetter }.map(String.init)).intersection(words)
            #expect(found.isEmpty, "\(key.rawValue) has \(found.sorted()): \(text)")
        }
    }

    @Test("every reason Domain gives is worded in nynorsk too: whole sentences, the same numbers, other words")
    func domeneNynorsk() {
        var like: [String] = []
        for grunn in DomainWordingTests.feilgrunner {
            let nb = Catalogue.bokmal.tekst(grunn), nn = Catalogue.nynorsk.tekst(grunn)
            #expect(!nn.isEmpty && !nn.contains("⟦") && !nn.contains("{"), "\(grunn)")
            #expect(nn.hasSuffix(".") || nn.hasSuffix("?"), "\(grunn): \(nn)")
            #expect(nb.filter(\.isNumber) == nn.filter(\.isNumber), "\(grunn): «\(nb)» / «\(nn)»")
            if nb == nn { like.append("\(grunn)") }
        }
        #expect(like.isEmpty, "the same in both forms: \(like)")
        #expect(Set(DomainWordingTests.feilgrunner.map(Catalogue.nynorsk.tekst)).count == DomainWordingTests.feilgrunner.count)
        #expect(Catalogue.nynorsk.tekst(Feilgrunn.fristUte(DomainWordingTests.dato))
            == "Fristen for behovsmeldingar var 15. desember 2026. Behovsmeldinga kan ikkje sendast etter fristen; kontakt Statsforvaltaren.".vist)
        #expect(Catalogue.nynorsk.tekst(Tildelingsbrev.Vilkar.brukes(aar: 2027)) == "Midla for 2027 skal brukast i 2027 og våren 2028.")
    }

    @Test("a document goes in the first recipient's adopted form, bokmål when none adopted one; an e-mail in the reader's choice first")
    func malform() {
        #expect(Malform.forDokument(til: []) == .bokmal)
        #expect(Malform.forDokument(til: [.noytral, .noytral]) == .bokmal)
        #expect(Malform.forDokument(til: [.noytral, .nynorsk, .bokmal]) == .nynorsk)
        #expect(Malform.forDokument(til: [.bokmal, .nynorsk]) == .bokmal)
        #expect(Malform.forEpost(valgt: .bokmal, organisasjoner: [.nynorsk]) == .bokmal)
        #expect(Malform.forEpost(valgt: nil, organisasjoner: [.noytral, .nynorsk]) == .nynorsk)
        #expect(Malform.forEpost(valgt: nil, organisasjoner: []) == .bokmal)
    }

    @Test("the browser's language: nn before nb by weight, no for bokmål, others ignored", arguments: [
        ("nn,nb;q=0.8", Catalogue.Language?.some(.nynorsk)),
        ("nb-NO,nb;q=0.9,nn;q=0.8,en;q=0.5", .bokmal),
        ("en-GB,en;q=0.9,nn;q=0.7", .nynorsk),
        ("no", .bokmal),
        ("en;q=1,nn;q=0", nil),
        ("de, fr", nil),
    ])
    func acceptLanguage(header: String, expected: Catalogue.Language?) {
        #expect(SprakMiddleware.foretrukket(header) == expected)
    }

    static func lang(_ html: String) -> String? {
        html.firstMatch(of: /<html lang="([a-z]+)">/).map { String($0.1) }
    }

    @Test("?lang=nn shows the page in nynorsk with lang=\"nn\", remembers it in a cookie, and offers bokmål back")
    func valgIAdressa() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var browser = Browser()
            let first = try await browser.open(client, "/?lang=nn")
            #expect(Self.lang(first.text) == "nn")
            // The year's calendar, for a program that sends no cookie, says nynorsk in its address.
            #expect(first.text.contains(#"href="/runde/2027/kalender.ics?lang=nn""#))
            let calendar = try await Browser().get(client, "/runde/2027/kalender.ics?lang=nn")
            #expect(calendar.text.contains("Frist for behovsmeldingar"))
            #expect(first.text.contains("Kompetansemiddel for barnehage og skule"))
            #expect(first.text.contains(#"<a href="/?lang=nb" hreflang="nb" lang="nb">Bokmål</a>"#))
            #expect(browser.cookies[SprakMiddleware.cookie] == "nn")
            // The cookie keeps it on the next page, the login and error pages too.
            let login = try await browser.get(client, "/logg-inn?neste=%2Feier")
            #expect(Self.lang(login.text) == "nn" && login.text.contains("Skriv inn") == false && login.text.contains("E-postadresse"))
            #expect(login.text.contains(#"href="/logg-inn?neste=%2Feier&amp;lang=nb""#) || login.text.contains("neste=%2Feier&lang=nb"))
            let missing = try await browser.get(client, "/finst-ikkje")
            #expect(missing.status == .notFound && Self.lang(missing.text) == "nn" && missing.text.contains("Fann ikkje sida"))
            // And back.
            let back = try await browser.open(client, "/organisasjoner?lang=nb")
            #expect(Self.lang(back.text) == "nb" && back.text.contains("Organisasjoner"))
            #expect(browser.cookies[SprakMiddleware.cookie] == "nb")
            // An unknown value changes nothing.
            let odd = try await browser.get(client, "/?lang=sv")
            #expect(Self.lang(odd.text) == "nb")
        }
    }

    @Test("a page answering a form links to the form's page in the other language, not to an address that takes only POST")
    func lenkeEtterSkjema() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var browser = Browser()
            _ = try await browser.open(client, "/logg-inn")
            var headers = browser.headers
            headers[.contentType] = "application/x-www-form-urlencoded"
            headers[.referer] = "http://127.0.0.1:8080/logg-inn?neste=%2Feier"
            let body = "_csrf=\(browser.csrf)&epost=&passord="
            let refused = try await client.execute(uri: "/logg-inn", method: .post, headers: headers, body: ByteBuffer(string: body))
            #expect(refused.text.contains(#"<a href="/logg-inn?neste=%2Feier&amp;lang=nn" hreflang="nn" lang="nn">Nynorsk</a>"#))
            headers[.referer] = nil
            let noReferer = try await client.execute(uri: "/logg-inn", method: .post, headers: headers, body: ByteBuffer(string: body))
            #expect(noReferer.text.contains(#"<a href="/?lang=nn" hreflang="nn" lang="nn">Nynorsk</a>"#))
            headers[.referer] = "http://127.0.0.1:8080//evil.example/x"
            let odd = try await client.execute(uri: "/logg-inn", method: .post, headers: headers, body: ByteBuffer(string: body))
            #expect(odd.text.contains(#"<a href="/?lang=nn" hreflang="nn" lang="nn">Nynorsk</a>"#))
        }
    }

    @Test("a browser asking for nynorsk gets it without choosing")
    func nettlesaren() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            let response = try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "nn-NO,nn;q=0.9,nb;q=0.8"])
            #expect(Self.lang(response.text) == "nn")
        }
    }

    @Test("the choice goes on the user's profile: a new browser shows it after login; the header names the role in nynorsk")
    func profil() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var browser = try await Browser.loggedIn(client, "eier.fauske@demo.no")
            _ = try await browser.open(client, "/eier?lang=nn")
            let stored = try await app.deps.database.brukere().first { $0.epost == "eier.fauske@demo.no" }
            #expect(stored?.sprak == .nynorsk)
            // Another browser, no cookie: the profile decides.
            var other = try await Browser.loggedIn(client, "eier.fauske@demo.no")
            #expect(other.cookies[SprakMiddleware.cookie] == nil)
            let home = try await other.open(client, "/eier")
            #expect(Self.lang(home.text) == "nn")
            #expect(home.text.contains("Eigar – Fauske kommune"))
            #expect(home.text.contains("Partnarskap og behovsmeldingar"))
            // A form refused in nynorsk keeps the typed text and words the reason in nynorsk.
            let refused = try await other.post(client, "/partnerskap", [("navn", ""), ("avtale.hvem", "Vi skriv dette")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Gi partnarskapet eit namn"))
            #expect(refused.text.contains("Vi skriv dette"))
        }
    }

    @Test("a grant letter is in the målform its owners adopted, whatever the reader's pages are in")
    func brevIMalforma() async throws {
        let app = try await TestApp.make()
        let database = app.deps.database
        @Sendable func set(_ navn: String, _ form: Malform) async throws {
            var org = try #require(try await database.organisasjoner().first { $0.navn == navn })
            org.malform = form
            try await database.updateOrganisasjon(org, audit: AuditEvent(at: Repository.fixedNow))
        }
        try await app.test { client in
            var browser = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            // Bodø and Fauske are nøytral in the demo: bokmål.
            var letter = try await browser.open(client, "/tildelingsbrev/2026/rekom/1")
            #expect(letter.text.contains(#"<div class="print-document letter" lang="nb">"#) && letter.text.contains("Med hilsen"))
            // Fauske adopts nynorsk; Bodø, the lead owner, is nøytral: nynorsk, on a bokmål page.
            try await set("Fauske kommune", .nynorsk)
            letter = try await browser.open(client, "/tildelingsbrev/2026/rekom/1")
            #expect(Self.lang(letter.text) == "nb")
            #expect(letter.text.contains(#"<div class="print-document letter" lang="nn">"#))
            #expect(letter.text.contains("Med helsing") && letter.text.contains("Statsforvaltaren har vedteke fordelinga"))
            #expect(letter.text.contains("<title>Tildelingsbrev: "))
            // Bodø adopts bokmål: the lead owner's form.
            try await set("Bodø kommune", .bokmal)
            letter = try await browser.open(client, "/tildelingsbrev/2026/rekom/1?lang=nn")
            #expect(Self.lang(letter.text) == "nn")
            #expect(letter.text.contains(#"<div class="print-document letter" lang="nb">"#) && letter.text.contains("Med hilsen"))
        }
    }

    @Test("the Statsforvalter records an organisation's målform in the register; a value that is none is refused next to the field")
    func registeret() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let org = try #require(try await app.deps.database.organisasjoner().first { $0.navn == "Vågan kommune" })
            #expect(org.malform == .nynorsk)
            let page = try await sf.open(client, "/statsforvalter/organisasjoner/\(org.id)")
            #expect(page.text.contains(#"<option value="nynorsk" selected>Nynorsk</option>"#))
            let utkast = Organisasjon.Utkast(org)
            var fields = [("navn", utkast.navn), ("type", utkast.type), ("orgnr", utkast.orgnr), ("kommunenummer", utkast.kommunenummer),
                          ("regionId", utkast.regionId), ("malform", "bokmal")]
            var response = try await sf.post(client, "/statsforvalter/organisasjoner/\(org.id)", fields)
            #expect(response.status == .seeOther)
            #expect(try await app.deps.database.organisasjon(id: org.id)?.malform == .bokmal)
            fields[5] = ("malform", "svensk")
            response = try await sf.post(client, "/statsforvalter/organisasjoner/\(org.id)", fields)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Velg bokmål, nynorsk eller nøytral."))
            #expect(try await app.deps.database.organisasjon(id: org.id)?.malform == .bokmal)
        }
    }

    @Test("the forum's tables download with nynorsk column headings when the pages are in nynorsk")
    func eksport() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var forum = try await Browser.loggedIn(client, "forum@demo.no")
            _ = try await forum.open(client, "/samarbeidsforum?lang=nn")
            var file = try await forum.get(client, "/samarbeidsforum/2027/eksport/per-ordning-2027.csv")
            #expect(file.status == .ok)
            #expect(file.text.contains("Føreslått sum") && file.text.contains("Midlar"), "\(file.text.prefix(300))")
            #expect(!file.text.contains("Foreslått") && !file.text.contains("Midler"))
            _ = try await forum.open(client, "/samarbeidsforum?lang=nb")
            file = try await forum.get(client, "/samarbeidsforum/2027/eksport/per-ordning-2027.csv")
            #expect(file.text.contains("Foreslått sum"))
        }
    }

    @Test("an e-mail goes in its reader's language: the chosen one, else the form the reader's organisation adopted")
    func epost() async throws {
        let app = try await TestApp.make()
        let database = app.deps.database
        let fauske = try #require(try await database.brukere().first { $0.epost == "eier.fauske@demo.no" })
        let fauskeKommune = try #require(try await database.organisasjoner().first { $0.navn == "Fauske kommune" })
        try await database.varsle(.vedtak, hendelse: "test", til: [.organisasjoner([fauskeKommune.id])],
                                  params: ["ordning": "Rekom", "aar": "2027", "navn": "Salten"], now: Repository.fixedNow)
        var waiting = try await database.ventendeVarsler()
        #expect(waiting.first { $0.userId == fauske.id }?.sprak == .bokmal)
        var org = try #require(try await database.organisasjoner().first { $0.navn == "Fauske kommune" })
        org.malform = .nynorsk
        try await database.updateOrganisasjon(org, audit: AuditEvent(at: Repository.fixedNow))
        waiting = try await database.ventendeVarsler()
        let varsel = try #require(waiting.first { $0.userId == fauske.id })
        #expect(varsel.sprak == .nynorsk)
        let epost = try #require(Varselpost.epost([varsel], site: SiteSettings(), now: Repository.fixedNow, t: .of(Catalogue.Language(varsel.sprak))))
        #expect(epost.emne == "Vedtak om Rekom 2027")
        #expect(epost.tekst.contains("Statsforvaltaren har gjort vedtak om tilskot"))
        try await database.lagreSprak(userId: fauske.id, .bokmal)
        #expect(try await database.ventendeVarsler().first { $0.userId == fauske.id }?.sprak == .bokmal)
    }

    static let sider: [EveryPageSnapshotTests.Side] = [
        .init(who: .anonym, path: "/?lang=nn", name: "nn-forside"),
        .init(who: .anonym, path: "/tilgjengelighet?lang=nn", name: "nn-tilgjengelighet"),
        .init(who: .anonym, path: "/logg-inn?lang=nn", name: "nn-logg-inn"),
        .init(who: .eier, path: "/eier?lang=nn", name: "nn-eier-hjem"),
        .init(who: .eier, path: "/behovsmelding/5?lang=nn", name: "nn-behovsmelding-skjema"),
        .init(who: .fagutvalg, path: "/fagutvalg/behovsmelding/1?lang=nn", name: "nn-fagutvalg-vurdering"),
        .init(who: .sf, path: "/statsforvalter/innstilling/2027/dekom?lang=nn", name: "nn-sf-innstilling"),
        .init(who: .forum, path: "/samarbeidsforum/2027/rekom?lang=nn", name: "nn-forum-innstilling"),
    ]

    @Test("pages in nynorsk", arguments: sider)
    func snapshot(side: EveryPageSnapshotTests.Side) async throws {
        #expect(Self.lang(try await EveryPageSnapshotTests.snapshot(side)) == "nn")
    }
}
