import Domain
import Foundation
import Persistence

/// The logged-in user of this request: who they are, which grant they act as and the session's
/// CSRF token.
public struct ActiveSession: Sendable {
    let tokenHash: String
    public let bruker: Bruker
    /// The grant acted as; nil when the user has no grant (or the acted one was removed).
    public let tildeling: Bruker.Tildeling?
    let csrfToken: String
    /// Organisation or network name by grant id.
    let scopeNames: [Int64: String]

    public var rolle: Rolle? { tildeling?.rolle }

    /// The home page of the role acted as (the start page without one).
    var homeHref: String { rolle.map { SiteRoute.hjem($0.kind).path } ?? SiteRoute.start.path }

    /// The organisations the user acts for in any of their grants (conflict of interest).
    var organisasjonIds: Set<Int64> { Set(bruker.tildelinger.compactMap(\.rolle.organisasjonId)) }

    init(tokenHash: String, stored: AppDatabase.SessionUser) {
        self.tokenHash = tokenHash
        bruker = stored.bruker
        let grants = stored.bruker.tildelinger
        tildeling = grants.first { $0.id == stored.session.roleGrantId } ?? grants.first
        csrfToken = stored.session.csrfToken
        scopeNames = stored.scopeNames
    }

    /// "Eier – Bodø kommune".
    func label(_ grant: Bruker.Tildeling, t: Catalogue) -> String {
        t.navn(grant.rolle, omfang: scopeNames[grant.id])
    }

    /// An audit line by this user acting in this role, at `now`. The trail is kept in bokmål,
    /// whatever language the user reads the pages in.
    func audit(_ now: Date) -> AuditEvent {
        AuditEvent(at: now, userId: bruker.id, userName: bruker.navn, actingRole: tildeling.map { label($0, t: .bokmal) })
    }
}
