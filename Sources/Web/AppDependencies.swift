import Domain
import Foundation
import NIOCore
import Persistence

/// What the controllers share: storage, templates, the clock, session settings and whether
/// this is a demo.
public struct AppDependencies: Sendable {
    public let database: AppDatabase
    public let renderer: Renderer
    public let clock: any AppClock
    public let isDemo: Bool
    public let sessions: SessionSettings
    /// Where users reach the site and which proxies stand in front of it.
    public let site: SiteSettings
    public let passwordHasher: PasswordHasher
    /// Login throttling (Domain decides the pause).
    public let loginGuard = Innloggingsvern()
    /// A hash compared against when the e-mail is unknown, so a wrong e-mail takes as long
    /// as a wrong password and the timing does not tell which was wrong.
    let unknownUserHash: String
    /// How many page views are worked on at once (`AdgangMiddleware`): one per core, at least two.
    /// A page's reads run on its own thread (`AppDatabase.les`), so a page view waits for nothing
    /// but a core; a second one per core only made the saves wait longer for theirs.
    let adgang = Adgang(plasser: max(2, System.coreCount))
    /// The start page as anonymous visitors see it, rendered once per language and day.
    let anonymForside = AnonymForside()
    /// True when e-mail goes to a mail server; false keeps it in the outbox (the demo).
    public var leverer = false

    public init(
        database: AppDatabase, renderer: Renderer, clock: any AppClock, isDemo: Bool,
        sessions: SessionSettings = SessionSettings(), site: SiteSettings = SiteSettings(),
        passwordHasher: PasswordHasher = PasswordHasher()
    ) async throws {
        self.site = site
        self.database = database
        self.renderer = renderer
        self.clock = clock
        self.isDemo = isDemo
        self.sessions = sessions
        self.passwordHasher = passwordHasher
        unknownUserHash = try await passwordHasher.hash(SecureToken.make())
    }

    /// The layout settings for a page in `section` rendered outside a request (the snapshot
    /// tests): no user, in the language of `t`.
    func chrome(_ section: SiteRoute?, t: Catalogue = .bokmal) -> Chrome {
        Chrome(catalogue: t, current: section, isDemo: isDemo)
    }

    /// The layout settings for a page in `section` as seen by the request's user, in the
    /// request's language.
    func chrome(_ section: SiteRoute?, _ context: AppRequestContext) -> Chrome {
        var chrome = chrome(section, t: context.t)
        chrome.sprakLenke = context.sprakLenke
        if let session = context.session {
            chrome.user = ChromeUser(session, idleTimeout: sessions.idleTimeout, t: context.t)
            chrome.flash = context.flash
        }
        return chrome
    }
}

/// Cookie and timeout settings of sessions.
public struct SessionSettings: Sendable {
    public var secureCookies: Bool
    public var idleTimeout: TimeInterval
    public var lifetime: TimeInterval
    /// How long a one-time password link stays valid.
    public var passwordLinkLifetime: TimeInterval

    public init(secureCookies: Bool = false, idleTimeout: TimeInterval = 2 * 3600, lifetime: TimeInterval = 12 * 3600,
                passwordLinkLifetime: TimeInterval = 7 * 24 * 3600) {
        self.secureCookies = secureCookies
        self.idleTimeout = idleTimeout
        self.lifetime = lifetime
        self.passwordLinkLifetime = passwordLinkLifetime
    }
}

/// The public address of the site and the proxies trusted to say who the client is.
public struct SiteSettings: Sendable {
    /// The base of every absolute link (a one-time password link), never taken from a request.
    public var publicURL: URL
    public var trustedProxies: [AddressRange]

    public init(publicURL: URL? = nil, trustedProxies: [AddressRange] = []) {
        self.publicURL = publicURL ?? URL(string: "http://127.0.0.1:8080")!
        self.trustedProxies = trustedProxies
    }

    /// `path` on this site as an absolute URL.
    func absolute(_ path: String) -> String {
        var base = publicURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        return base + path
    }
}

extension AppDependencies {
    /// The rows of an audit table (`partials/audit-table`) for `events`, each rendered once.
    func auditRader(_ events: [AuditEvent], t: Catalogue) throws -> Gjengitt {
        try renderer.rader(AuditRow.radmal, events, lager: renderer.etterModell, t: t, nokkel: { $0 }) { AuditRow($0, t: t) }
    }
}
