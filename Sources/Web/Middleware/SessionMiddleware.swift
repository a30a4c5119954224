import Domain
import Foundation
import HTTPTypes
import Hummingbird
import NIOPosix

/// Finds the session the cookie names. A session past its idle timeout or absolute lifetime,
/// or of a deactivated user, is deleted and the cookie cleared. Sessions live in SQLite, so
/// they survive a restart.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let deps: AppDependencies

    /// `last_seen_at` is written at most this often, so reading pages does not write each time.
    static let touchInterval: TimeInterval = 60

    /// Paths that never need a session: static files and the health check.
    static func isStatic(_ path: String) -> Bool {
        path.hasPrefix("/css/") || path.hasPrefix("/js/") || path.hasPrefix("/img/")
            || path == "/robots.txt" || path == "/favicon.ico" || path == SiteRoute.health.path
    }

    /// A choice of language made in this browser goes on the user's profile; a browser that
    /// has made none shows the profile's.
    private func sprak(_ context: inout Context, _ request: Request, profil bruker: Bruker) async throws {
        if let valgt = context.sprakValgt {
            if bruker.sprak != valgt.malform { try await deps.database.lagreSprak(userId: bruker.id, valgt.malform) }
        } else if let lagret = bruker.sprak {
            context.sprak = Catalogue.Language(lagret)
            context.sprakLenke = SprakMiddleware.lenke(request, til: context.sprak.andre)
        }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if Self.isStatic(request.uri.path) { return try await next(request, context) }
        var context = context
        var clearCookie = false
        // Read once: each `request.cookies` parses the header again.
        let cookies = request.cookies
        if let token = cookies[Cookies.session]?.value, !token.isEmpty {
            let hash = SecureToken.hash(token)
            let now = deps.clock.now()
            if let stored = try await deps.database.sessionUser(tokenHash: hash) {
                let idle = now.timeIntervalSince(stored.session.lastSeen)
                if stored.session.expires <= now || idle > deps.sessions.idleTimeout || !stored.bruker.aktiv {
                    try await deps.database.deleteSession(tokenHash: hash)
                    context.sessionExpired = true
                    clearCookie = true
                } else {
                    context.session = ActiveSession(tokenHash: hash, stored: stored)
                    try await sprak(&context, request, profil: stored.bruker)
                    if idle > Self.touchInterval { try await deps.database.touchSession(tokenHash: hash, now: now) }
                    if request.method == .get { context.flash = cookies[Cookies.flash].flatMap { Cookies.flashText($0.value) } }
                }
            } else {
                clearCookie = true
            }
        }
        if let token = cookies[Cookies.formToken]?.value, !token.isEmpty {
            context.anonymousFormToken = token
        }
        var response = try await next(request, context)
        // A message is shown once: the GET that reads it forgets it (unless it leaves a new one).
        if request.method == .get, cookies[Cookies.flash] != nil,
           !response.headers[values: .setCookie].contains(where: { $0.hasPrefix(Cookies.flash + "=") }) {
            response.setCookie(Cookies.expired(Cookies.flash, deps.sessions))
        }
        if clearCookie, !response.headers[values: .setCookie].contains(where: { $0.hasPrefix(Cookies.session + "=") }) {
            response.setCookie(Cookies.expired(Cookies.session, deps.sessions))
        }
        return response
    }
}

/// A POST without the right form token: refused before any handler runs.
struct FormTokenRejected: Error {}

/// A POST from a page whose session has ended (idle, logged out in another tab, a restart):
/// nothing runs; the login page keeps what was typed so it can be saved after logging in.
struct LoggedOutWhileTyping: Error {
    let path: String
    /// What was typed, when the post came from this site (nil otherwise: a form on another
    /// site gets no help to plant text in ours).
    let typed: FormData?
}

/// A POST from this site with the form token of an earlier session of a user who is logged
/// in again (in another tab): nothing runs; a page offers to save what was typed with one click.
struct FormFromEarlierSession: Error {
    let path: String
    let typed: FormData
}

/// Every state-changing request must carry the form token of its session (or, before login,
/// the double-submit cookie's) in the `_csrf` field. The form is read here, once, into the
/// context, within the route's limits (`FormLimits`): a body too large or with too many
/// fields is refused before it is parsed, and a large one is parsed off the event loop so
/// other requests are not held up.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    static let field = "_csrf"
    /// Bodies larger than this are parsed on the thread pool.
    static let parseInlineBytes = 64 * 1024

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard ![.get, .head, .options].contains(request.method) else { return try await next(request, context) }
        var request = request
        var context = context
        let path = request.uri.path
        let limits = FormLimits.of(path)
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limits.bytes {
            throw HTTPError(.contentTooLarge)
        }
        let body = try await request.collectBody(upTo: limits.bytes)
        if let boundary = Multipart.boundary(request.headers[.contentType]) {
            // Only the routes that take files accept a multipart body.
            guard limits.files else { throw HTTPError(.unsupportedMediaType) }
            let parsed = try await NIOThreadPool.singleton.runIfActive { try Multipart.parse(body, boundary: boundary, maxFields: limits.fields) }
            context.form = parsed.form
            context.files = parsed.files
        } else {
            let bytes = Array(body.readableBytesView)
            guard FormData.fieldCount(bytes) <= limits.fields else { throw HTTPError(.contentTooLarge) }
            if bytes.count > Self.parseInlineBytes {
                context.form = try await NIOThreadPool.singleton.runIfActive { FormData(urlEncoded: bytes) }
            } else {
                context.form = FormData(urlEncoded: bytes)
            }
        }
        let sameSite = Self.isSameOrigin(request)
        if context.session == nil, !SiteRoute.isAnonymousPost(path) {
            throw LoggedOutWhileTyping(path: path, typed: sameSite && SiteRoute.isResumable(path) ? context.form : nil)
        }
        guard SecureToken.matches(context.form[Self.field], context.formToken) else {
            if context.session != nil, sameSite, SiteRoute.isResumable(path) { throw FormFromEarlierSession(path: path, typed: context.form) }
            throw FormTokenRejected()
        }
        return try await next(request, context)
    }

    /// True when the browser says the post came from a page of this site (`Sec-Fetch-Site`,
    /// or an `Origin` with the request's own host).
    static func isSameOrigin(_ request: Request) -> Bool {
        if let site = request.headers[.secFetchSite] { return site == "same-origin" }
        guard let origin = request.headers[.origin], let host = URL(string: origin)?.host(percentEncoded: false) else { return false }
        let authority = request.head.authority ?? ""
        let requestHost = authority.hasPrefix("[") ? String(authority.dropFirst().prefix { $0 != "]" }) : String(authority.prefix { $0 != ":" })
        return host == requestHost
    }
}

/// How large a form may be on a route: bytes and fields. The innstilling's table posts a
/// field per cell; the login page may carry a form typed before the session ended.
struct FormLimits: Equatable {
    let bytes: Int
    let fields: Int
    /// Whether the route takes files (a multipart body).
    var files = false

    static let standard = FormLimits(bytes: 1_000_000, fields: 2_000)
    static let innstilling = FormLimits(bytes: 8_000_000, fields: 100_000)
    static let login = FormLimits(bytes: 3 * standard.bytes + 16_384, fields: 16)
    static let anonymous = FormLimits(bytes: 16_384, fields: 16)
    /// A network's document: one PDF (`Nettverksdokument.maksBytes`) and a few fields.
    static let dokument = FormLimits(bytes: Nettverksdokument.maksBytes + 65_536, fields: 16, files: true)

    static func of(_ path: String) -> FormLimits {
        if path == SiteRoute.loggInn.path { return .login }
        if path.hasPrefix(SiteRoute.nettverksdokumenter(nettverk: 0).pattern.prefix { $0 != "{" }) { return .dokument }
        if SiteRoute.isAnonymousPost(path) { return .anonymous }
        if path.hasPrefix(SiteRoute.innstilling(aar: 0, .monster).pattern.prefix { $0 != "{" }) { return .innstilling }
        return .standard
    }
}

extension HTTPField.Name {
    static let secFetchSite = HTTPField.Name("Sec-Fetch-Site")!
}
