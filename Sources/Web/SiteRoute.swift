/// Every page's address, used both to register routes and to build links, so the two
/// cannot drift apart.
public enum SiteRoute: Hashable, Sendable {
    case start
    case tilgjengelighet
    case organisasjoner
    case health

    public var path: String {
        switch self {
        case .start: return "/"
        case .tilgjengelighet: return "/tilgjengelighet"
        case .organisasjoner: return "/organisasjoner"
        case .health: return "/healthz"
        }
    }
}

import Hummingbird

extension SiteRoute {
    /// The path as the router wants it.
    var routerPath: RouterPath { RouterPath(path) }
}
