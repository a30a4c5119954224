import Domain
import Foundation
import Hummingbird
import HTTPTypes

/// Chooses the page's language, bokmål or nynorsk (språklova § 14: both at once): `?lang=nn`
/// or `?lang=nb` on any address (the header's link, a link in a letter), else the cookie that
/// remembers the last choice, else the browser's preference, else bokmål. A choice by `?lang=`
/// is remembered in the cookie; `SessionMiddleware` also puts it on the user's profile, and
/// uses the profile when this browser has made no choice of its own.
struct SprakMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let deps: AppDependencies

    static let cookie = "bm_sprak"
    static let parameter = "lang"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if SessionMiddleware.isStatic(request.uri.path) { return try await next(request, context) }
        var context = context
        let valgt = request.parametre[Substring(Self.parameter)].flatMap { Catalogue.Language(rawValue: String($0)) }
        let husket = request.cookies[Self.cookie].flatMap { Catalogue.Language(rawValue: $0.value) }
        context.sprakValgt = valgt ?? husket
        context.sprak = valgt ?? husket ?? Self.foretrukket(request.headers[.acceptLanguage]) ?? .bokmal
        context.sprakLenke = Self.lenke(request, til: context.sprak.andre)
        var response = try await next(request, context)
        if let valgt, valgt != husket {
            response.setCookie(Cookie(
                name: Self.cookie, value: valgt.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                secure: deps.sessions.secureCookies, httpOnly: true, sameSite: .lax
            ))
        }
        return response
    }

    /// The first of nynorsk and bokmål the browser lists (`nn`; `nb` or `no`), by its weights.
    static func foretrukket(_ header: String?) -> Catalogue.Language? {
        guard let header else { return nil }
        let ranked = header.split(separator: ",").enumerated().compactMap { index, part -> (tag: String, q: Double, index: Int)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased(), !tag.isEmpty else { return nil }
            let q = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (tag, q, index)
        }.sorted { $0.q != $1.q ? $0.q > $1.q : $0.index < $1.index }
        for entry in ranked where entry.q > 0 {
            let primary = entry.tag.split(separator: "-").first.map(String.init) ?? entry.tag
            if primary == "nn" { return .nynorsk }
            if primary == "nb" || primary == "no" { return .bokmal }
        }
        return nil
    }

    /// This address with `lang` set to `sprak`, every other query parameter kept as it was sent.
    /// A page answering a form (a POST) links to the page the form was on, as the browser's
    /// `Referer` names it, or to the start page: its own address may take no GET. A path that
    /// a browser would read as another site's (`//host`) gives the start page.
    static func lenke(_ request: Request, til sprak: Catalogue.Language) -> String {
        var path = request.uri.path, query = request.uri.query ?? ""
        if request.method != .get && request.method != .head {
            let referer = request.headers[.referer].flatMap { URLComponents(string: $0) }
            path = referer?.percentEncodedPath ?? "/"
            query = referer?.percentEncodedQuery ?? ""
        }
        if !path.hasPrefix("/") || path.hasPrefix("//") || path.contains("\\") { (path, query) = ("/", "") }
        let kept = query.split(separator: "&").filter { !$0.hasPrefix(parameter + "=") && $0 != Substring(parameter) }
        return path + "?" + (kept + [Substring(parameter + "=" + sprak.rawValue)]).joined(separator: "&")
    }
}
