import Domain
import Foundation

/// What the layout needs to know about the request: language, the current section for the
/// menu, whether the database holds demo data, who is logged in and a one-time message.
public struct Chrome: Sendable {
    public var catalogue: Catalogue
    public var current: SiteRoute?
    public var isDemo: Bool
    var user: ChromeUser?
    var flash: String?
    /// This page in the other language.
    var sprakLenke = "?lang=nn"

    public init(catalogue: Catalogue, current: SiteRoute? = nil, isDemo: Bool = false) {
        self.catalogue = catalogue
        self.current = current
        self.isDemo = isDemo
    }
}

/// The header's account area: name, the role acted as, and the other roles to switch to.
struct ChromeUser: Sendable, Hashable {
    struct Grant: Sendable, Hashable {
        let id: String
        let label: String
        let selected: Bool
    }

    let name: String
    let actingLabel: String?
    let homeHref: String
    let grants: [Grant]
    let canSwitch: Bool
    let csrf: String
    /// For the script that warns before the session times out: the idle timeout in seconds,
    /// and where «Forbli innlogget» posts.
    let idleSeconds: Int
    let renewHref = SiteRoute.fornyOkt.path

    init(_ session: ActiveSession, idleTimeout: TimeInterval, t: Catalogue) {
        idleSeconds = Int(idleTimeout)
        name = session.bruker.navn
        actingLabel = session.tildeling.map { session.label($0, t: t) }
        homeHref = session.homeHref
        grants = session.bruker.tildelinger.map {
            Grant(id: String($0.id), label: session.label($0, t: t), selected: $0.id == session.tildeling?.id)
        }
        canSwitch = grants.count > 1
        csrf = session.csrfToken
    }
}

/// The layout's model. The menu, the account area and the session's notice are parts kept
/// under their models (`Renderer.rader(_:_:t:)`): they looked up two names in three of a page
/// with little in it.
struct LayoutModel: Sendable {
    static let navmal = "layout-deler/nav-punkt"
    static let kontomal = "layout-deler/konto"
    static let oktmal = "layout-deler/okt"

    struct OtherLanguage: Sendable {
        let label: String
        let lang: String
        let href: String
    }

    struct NavItem: Sendable, Hashable {
        let label: String
        let href: String
        let current: Bool
    }

    /// The header's account area: who is logged in, or the login button.
    struct Konto: Sendable, Hashable {
        let user: ChromeUser?
        let loginHref = SiteRoute.loggInn.path
        let logoutHref = SiteRoute.loggUt.path
        let switchRoleHref = SiteRoute.byttRolle.path
    }

    let lang: String
    /// The header's link to the page in the other language, named in that language.
    let otherLanguage: OtherLanguage
    let documentTitle: String
    let content: String
    let isDemo: Bool
    let nav: Gjengitt
    let account: Gjengitt
    /// For a logged-in user: the notice before the session times out (`okt.js`).
    let sessionNotice: Gjengitt
    let accessibilityHref: String
    let startHref: String
    let user: Bool
    let flash: String?
}
