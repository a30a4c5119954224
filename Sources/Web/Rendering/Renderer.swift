import Foundation
import Hummingbird
import Mustache

/// Renders page models through `Templates/` into the site layout. Throws instead of
/// returning an empty page when a template is missing.
public struct Renderer: Sendable {
    let library: MustacheLibrary

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

    /// Templates rendered on their own, without the layout.
    static let fragmentTemplates = [BehovsmeldingOversikt.template]

    /// Loads the templates and refuses when one that a page needs is missing.
    public init(templatesDirectory: URL) async throws {
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
        for name in names {
            guard let template = library.getTemplate(named: name) else { continue }
            try library.register("{{% CONTENT_TYPE: \(HtmlEscaping.name)}}\n" + template.description, named: name)
        }
        self.library = library
    }

    /// The whole HTML document of `page`.
    public func html<P: Page>(_ page: P, chrome: Chrome) throws -> String {
        let t = chrome.catalogue
        guard let content = library.render(RenderScope(t: t, model: page), withTemplate: P.template) else {
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
            nav: nav,
            accessibilityHref: SiteRoute.tilgjengelighet.path,
            startHref: SiteRoute.start.path,
            user: chrome.user,
            flash: chrome.flash,
            loginHref: SiteRoute.loggInn.path,
            logoutHref: SiteRoute.loggUt.path,
            switchRoleHref: SiteRoute.byttRolle.path
        )
        guard let document = library.render(RenderScope(t: t, model: layout), withTemplate: Self.layoutTemplate) else {
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
        guard let html = library.render(RenderScope(t: t, model: model), withTemplate: template) else {
            throw RenderError.templateFailed(template)
        }
        return html
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

    func child(named name: String) -> Any? {
        model?.child(named: name) ?? (name == "t" ? t : nil)
    }
}
