import Domain
import Hummingbird
import NIOCore

/// The request context of every route: the logged-in session (if any), the submitted form of
/// a POST (read once by the CSRF check), and the caller's address for login throttling.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `SessionMiddleware` when the cookie names a live session.
    public var session: ActiveSession?
    /// Set by `SessionMiddleware` when the cookie named a session that has run out.
    public var sessionExpired = false
    /// The message the last redirect left for this page (`Cookies.flash`), for a logged-in GET.
    var flash: String?
    /// The anonymous form token (double-submit cookie) for forms shown before login.
    public var anonymousFormToken: String?
    /// Set by `CSRFMiddleware` for every POST.
    public var form = FormData()
    /// The files of a multipart form, by field name (the text fields are in `form`).
    public var files: [String: Nettverksdokument.Fil] = [:]
    /// The client's address: the peer's, or behind a trusted proxy the one it forwarded for
    /// (`ClientAddressMiddleware`).
    public var remoteAddress: String
    /// The page's language (`SprakMiddleware`, then the user's profile in `SessionMiddleware`).
    public var sprak: Catalogue.Language = .bokmal
    /// The language this browser chose (by `?lang=` now, or remembered in its cookie), if any.
    var sprakValgt: Catalogue.Language?
    /// This page in the other language: the header's link.
    var sprakLenke = "?lang=nn"

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "ukjent"
    }

    /// The catalogue of the page's language.
    public var t: Catalogue { .of(sprak) }

    /// The token a form on this page must send back: the session's, or the anonymous one.
    var formToken: String { session?.csrfToken ?? anonymousFormToken ?? "" }
}

/// Thrown when a page needs a login: the error page middleware answers with a redirect to
/// the login page that comes back here afterwards.
struct LoginRequired: Error {
    let next: String
}

extension AppRequestContext {
    /// The session, or a redirect to the login page.
    func requireSession(_ request: Request) throws -> ActiveSession {
        guard let session else { throw LoginRequired(next: request.method == .get ? request.uri.description : "") }
        return session
    }

    /// The session and its acting role when the policy allows `handling`; 403 otherwise.
    @discardableResult
    func require(_ request: Request, _ handling: Handling) throws -> (session: ActiveSession, rolle: Rolle) {
        let session = try requireSession(request)
        guard let rolle = session.rolle, Tilgang.kan(rolle, handling) else { throw HTTPError(.forbidden) }
        return (session, rolle)
    }
}
