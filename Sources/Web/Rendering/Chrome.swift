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
struct ChromeUser: Sendable {
    struct Grant: Sendable {
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

/// The layout's model.
struct LayoutModel: Sendable {
    struct OtherLanguage: Sendable {
        let label: String
        let lang: String
        let href: String
    }

    struct NavItem: Sendable {
        let label: String
        let href: String
        let current: Bool
    }

    let lang: String
    /// The header's link to the page in the other language, named in that language.
    let otherLanguage: OtherLanguage
    let documentTitle: String
    let content: String
    let isDemo: Bool
    let nav: [NavItem]
    let accessibilityHref: String
    let startHref: String
    let user: ChromeUser?
    let flash: String?
    let loginHref: String
    let logoutHref: String
    let switchRoleHref: String
}
