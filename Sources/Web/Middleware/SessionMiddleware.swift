import Foundation
import Hummingbird

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

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if Self.isStatic(request.uri.path) { return try await next(request, context) }
        var context = context
        var clearCookie = false
        if let token = request.cookies[Cookies.session]?.value, !token.isEmpty {
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
                    if idle > Self.touchInterval { try await deps.database.touchSession(tokenHash: hash, now: now) }
                    if stored.session.flash != nil, request.method == .get {
                        try await deps.database.setFlash(tokenHash: hash, nil)
                    }
                }
            } else {
                clearCookie = true
            }
        }
        if let token = request.cookies[Cookies.formToken]?.value, !token.isEmpty {
            context.anonymousFormToken = token
        }
        var response = try await next(request, context)
        if clearCookie, !response.headers[values: .setCookie].contains(where: { $0.hasPrefix(Cookies.session + "=") }) {
            response.setCookie(Cookies.expired(Cookies.session, deps.sessions))
        }
        return response
    }
}

/// A POST without the right form token: refused before any handler runs.
struct FormTokenRejected: Error {}

/// Every state-changing request must carry the form token of its session (or, before login,
/// the double-submit cookie's) in the `_csrf` field. The form is read here, once, into the
/// context.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    static let field = "_csrf"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard ![.get, .head, .options].contains(request.method) else { return try await next(request, context) }
        var request = request
        var context = context
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        context.form = FormData(urlEncoded: String(buffer: body))
        guard SecureToken.matches(context.form[Self.field], context.formToken) else { throw FormTokenRejected() }
        return try await next(request, context)
    }
}
