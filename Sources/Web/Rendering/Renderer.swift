import Foundation
import Hummingbird
import Mustache

/// Renders page models through `Templates/` into the site layout. Throws instead of
/// returning an empty page when a template is missing.
public struct Renderer: Sendable {
    /// The templates as written, for a catalogue that is not one of the application's own (a test's).
    let library: MustacheLibrary
    /// The templates with the texts of each language's catalogue written in (`medTekster`).
    let libraries: [Catalogue.Language: MustacheLibrary]
    /// Parts of pages whose HTML follows from the model they are kept under alone (and the
    /// catalogue): the layout's menu, account and session notice, audit lines, a home's
    /// deadlines, facts, links and partnership cards, a list's choice form, the assessment's
    /// fields (`rader(_:_:t:)`). Valid for any data, so kept for the application's life.
    let etterModell = Gjengivelser()

    public enum RenderError: Error, CustomStringConvertible {
        case missingTemplates([String], directory: String)
        case templateFailed(String)

        public var description: String {
            switch self {
            case .missingTemplates(let names, let directory):
                return "Mangler maler i \(directory): " + names.map { "\($0).mustache" }.joined(separator: ", ")
                    + ". Kontroller --root (den skal peke på mappen som har Templates/)."
            case .templateFailed(let name):
                return "Malen \(name) kunne ikke vises."
            }
        }
    }

    static let layoutTemplate = "layout"

    /// Every template the application needs: the layout and one per page model.
    static var requiredTemplates: [String] { [layoutTemplate] + allPageTypes.map { $0.template } + fragmentTemplates }

    /// Templates rendered on their own, without the layout (a part a script swaps in, a page's kept rows).
    static let fragmentTemplates = [BehovsmeldingOversikt.template, RapportOppfolgingPage.radmal, TildelingsbrevListePage.radmal,
                                     Vurderingsarbeid.radmal, NettverkPage.radmal, TabellVisning.template,
                                     BehovsmeldingInnhold.template, AuditRow.radmal, PartnerskapArbeid.kortmal,
                                     LayoutModel.navmal, LayoutModel.kontomal, LayoutModel.oktmal, FagutvalgPage.Skjema.mal, Listefilter.mal,
                                     RoleHomePage.fristmal, RoleHomePage.faktamal, RoleHomePage.lenkemal,
                                     DelingssystemPage.treffmal, DelingssystemPage.skjemamal,
                                     BehovsmeldingFormPage.feltmal, BehovsmeldingFormPage.tiltakmal,
                                     OrganisationListPage.radmal, AdminUserListPage.radmal, AdminOrganisationListPage.radmal]

    /// Loads the templates and refuses when one that a page needs is missing. Without
    /// `skrivInnTekster` every `{{t.key}}` is looked up (a test compares the two).
    public init(templatesDirectory: URL, skrivInnTekster: Bool = true) async throws {
        let path = templatesDirectory.path.hasSuffix("/") ? templatesDirectory.path : templatesDirectory.path + "/"
        guard FileManager.default.fileExists(atPath: path) else {
            throw RenderError.missingTemplates(Self.requiredTemplates, directory: path)
        }
        var library = try await MustacheLibrary(directory: path)
        let missing = Self.requiredTemplates.filter { library.getTemplate(named: $0) == nil }
        guard missing.isEmpty else { throw RenderError.missingTemplates(missing, directory: path) }
        // Every template, partials included, starts by choosing our HTML escaping: swift-mustache
        // goes back to its own for each partial, so choosing it once per page is not enough. The
        // pragma stands on a line of its own, which the parser drops with its line break, so the
        // template renders exactly as written.
        MustacheContentTypes.register(HtmlEscaping(), named: HtmlEscaping.name)
        let names = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }
        var sources: [(name: String, text: String)] = []
        for name in names {
            guard let template = library.getTemplate(named: name) else { continue }
            let text = "{{% CONTENT_TYPE: \(HtmlEscaping.name)}}\n" + template.description
            sources.append((name, text))
            try library.register(text, named: name)
        }
        self.library = library
        var libraries: [Catalogue.Language: MustacheLibrary] = [:]
        for language in Catalogue.Language.allCases where skrivInnTekster {
            var translated = library
            let texts = Catalogue.of(language).fasteTekster
            for (name, text) in sources { try translated.register(Self.medTekster(text, texts), named: name) }
            libraries[language] = translated
        }
        self.libraries = libraries
    }

    /// `source` with each `{{t.key}}` whose text is in `texts` replaced by that text, HTML-escaped
    /// as the tag would have been. A text a page shows as it is written needs no lookup: looking
    /// `t` up walked every object of the template's stack down to the page, one in three names a
    /// page looks up. Texts with a placeholder (`{partner}`), `{{t.lang}}` and names that are no
    /// key stay tags.
    static func medTekster(_ source: String, _ texts: [String: String]) -> String {
        var result = ""
        var rest = source[...]
        while let start = rest.range(of: "{{t.") {
            let nameStart = start.upperBound
            guard let end = rest[nameStart...].range(of: "}}") else { break }
            let name = rest[nameStart..<end.lowerBound]
            result += rest[..<start.lowerBound]
            // `{{{t.key}}}` is never written; were it, it is left as it is.
            if let text = texts[String(name)], start.lowerBound == rest.startIndex || rest[rest.index(before: start.lowerBound)] != "{" {
                result += HtmlEscaping.escape(text)
            } else {
                result += rest[start.lowerBound..<end.upperBound]
            }
            rest = rest[end.upperBound...]
        }
        return result + rest
    }

    /// The whole HTML document of `page`.
    public func html<P: Page>(_ page: P, chrome: Chrome) throws -> String {
        let t = chrome.catalogue
        guard let content = render(RenderScope(t: t, model: page), P.template) else {
            throw RenderError.templateFailed(P.template)
        }
        var nav: [LayoutModel.NavItem] = []
        if let user = chrome.user {
            nav.append(.init(label: t.text(.navHome), href: user.homeHref, current: chrome.current?.path == user.homeHref))
            nav.append(.init(label: t.text(.navVarsler), href: SiteRoute.varsler.path, current: chrome.current == .varsler))
        }
        nav += [
            .init(label: t.text(.navStart), href: SiteRoute.start.path, current: chrome.current == .start),
            .init(label: t.text(.navOrganisations), href: SiteRoute.organisasjoner.path, current: chrome.current == .organisasjoner),
        ]
        let layout = LayoutModel(
            lang: t.language.rawValue,
            otherLanguage: .init(
                label: t.text(.languageOther), lang: t.language.andre.rawValue, href: chrome.sprakLenke
            ),
            documentTitle: "\(page.title) – \(t.text(.pageTitleSuffix))",
            content: content,
            isDemo: chrome.isDemo,
            nav: try rader(LayoutModel.navmal, nav, t: t),
            account: try rader(LayoutModel.kontomal, [LayoutModel.Konto(user: chrome.user)], t: t),
            sessionNotice: try rader(LayoutModel.oktmal, chrome.user.map { [$0] } ?? [], t: t),
            accessibilityHref: SiteRoute.tilgjengelighet.path,
            startHref: SiteRoute.start.path,
            user: chrome.user != nil,
            flash: chrome.flash
        )
        guard let document = render(RenderScope(t: t, model: layout), Self.layoutTemplate) else {
            throw RenderError.templateFailed(Self.layoutTemplate)
        }
        return document
    }

    /// A part of a page, for a script that swaps it in place (the behovsmelding summary).
    func fragment(_ template: String, model: Any, t: Catalogue) throws -> Response {
        Self.htmlResponse(try render(template, model: model, t: t), status: .ok, headers: [:])
    }

    /// `template` rendered with `model`, without the layout.
    func render(_ template: String, model: Any, t: Catalogue) throws -> String {
        guard let html = render(RenderScope(t: t, model: model), template) else {
            throw RenderError.templateFailed(template)
        }
        return html
    }

    /// `template` rendered in `scope`, with the texts of the catalogue it shows written in.
    private func render(_ scope: RenderScope, _ template: String) -> String? {
        let t = scope.katalog
        return (t.erEgen ? libraries[t.language] ?? library : library).render(scope, withTemplate: template)
    }

    /// An HTML response for `page`.
    public func response<P: Page>(_ page: P, chrome: Chrome, status: HTTPResponse.Status = .ok) throws -> Response {
        return try response(page, chrome: chrome, status: status, headers: [:])
    }

    /// An HTML response for `page` with extra headers (cookies).
    func response<P: Page>(_ page: P, chrome: Chrome, status: HTTPResponse.Status, headers: HTTPFields) throws -> Response {
        Self.htmlResponse(try html(page, chrome: chrome), status: status, headers: headers)
    }

    /// HTML that is never cached (pages carry a user's data and form tokens).
    static func htmlResponse(_ html: String, status: HTTPResponse.Status, headers: HTTPFields) -> Response {
        var fields: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"]
        fields.append(contentsOf: headers)
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

/// The context a template sees: the catalogue as `t` (the model's own `t` when it has one, a
/// catalogue for its scheme), and the model's own properties.
struct RenderScope: MustacheParent {
    let t: Catalogue
    /// The model as templates read it, cast once here: a name looked up from the page's root
    /// cast it again each time.
    let model: MustacheParent?

    init(t: Catalogue, model: Any) {
        self.t = t
        self.model = Malverdi.pakk(model) as? MustacheParent
    }

    /// The catalogue the template's `{{t.key}}` show: the model's own, else the page's.
    var katalog: Catalogue { model?.child(named: "t") as? Catalogue ?? t }

    func child(named name: String) -> Any? {
        model?.child(named: name) ?? (name == "t" ? t : nil)
    }
}
