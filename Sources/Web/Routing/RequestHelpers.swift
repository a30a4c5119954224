import Domain
import Foundation
import Hummingbird
import Persistence

extension AppRequestContext {
    /// The Statsforvalter administering: the session, or 303 to login / 403.
    func requireAdmin(_ request: Request) throws -> ActiveSession {
        try require(request, .administrere).session
    }

    /// A numeric path parameter; anything else is a page that does not exist.
    func id(_ name: String = "id") throws -> Int64 {
        guard let text = parameters.get(name), let value = Int64(text), value > 0 else { throw HTTPError(.notFound) }
        return value
    }
}

extension AppDependencies {
    /// Shows `message` once on the next page, then redirects there (POST → redirect → GET).
    /// `query` (`?region=2`) keeps what the page selected; `fragment` (`#tiltak-3`) lands the
    /// reader on a part of that page.
    func redirect(_ route: SiteRoute, query: String = "", fragment: String = "", flash message: String) -> Response {
        var response = Response.redirect(to: route.path + query + fragment, type: .normal)
        response.setCookie(Cookies.flash(message, sessions))
        return response
    }

    /// An audit line by the request's user, now.
    func audit(_ session: ActiveSession) -> AuditEvent { session.audit(clock.now()) }
}
