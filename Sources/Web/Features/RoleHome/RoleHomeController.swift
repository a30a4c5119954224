import Domain
import Foundation
import Hummingbird
import Persistence

/// The six role home pages: what waits for the role, its deadlines and what it acts for. Each
/// role's content is loaded in its own file (`RoleHome+<Role>.swift`); this file only routes.
struct RoleHomeController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        for kind in Rolle.Kind.allCases {
            router.get(SiteRoute.hjem(kind).routerPath) { request, context in try await self.home(kind, request, context) }
        }
    }

    func home(_ kind: Rolle.Kind, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, rolle) = try context.require(request, .seHjem(kind))
        let today = Dato(instant: deps.clock.now())
        let runde = try await deps.database.gjeldendeRunde(today: today)
        let t = context.t
        let query = request.parametre
        var content: RoleHomeContent
        switch rolle {
        case .eier(let id), .uh(let id):
            content = try await eierOgUH(id: id, rolle: rolle, side: query["side"].flatMap { Int($0) } ?? 1, t: t)
        case .nettverksleder(let id): content = try await nettverksleder(id: id, rolle: rolle, session: session, runde: runde, t: t)
        case .fagutvalg(let sektor):
            content = try await fagutvalg(sektor: sektor, session: session, runde: runde, utvalg: Vurderingsliste.Utvalg(request), t: t)
        case .statsforvalter: content = try await statsforvalter(rolle: rolle, session: session, runde: runde, t: t)
        case .samarbeidsforum: content = try await samarbeidsforum(rolle: rolle, session: session, runde: runde, t: t)
        }
        if Tilgang.kan(rolle, .sokeITiltak) {
            content.links.append(.init(label: t.text(.dsTitle), href: SiteRoute.delingssystem.path, text: t.text(.dsHomeText)))
        }
        let page = try RoleHomePage(
            kind: kind, actingLabel: session.tildeling.map { session.label($0, t: t) } ?? t.navn(kind), runde: runde, today: today,
            facts: content.facts, links: content.links, recent: content.recent, arbeid: content.arbeid, workCards: content.arbeidKort, vurderinger: content.vurderinger,
            newPartnershipHref: kind == .eier ? SiteRoute.nyttPartnerskap.path : nil, renderer: deps.renderer, t: t
        )
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(kind), context))
    }
}

/// What a role's home page shows besides its deadlines.
struct RoleHomeContent: Sendable {
    var facts: [RoleHomePage.Fact] = []
    var links: [RoleHomePage.Link] = []
    /// The latest audit lines (`AppDependencies.auditRader`), for the Statsforvalter.
    var recent: Gjengitt?
    var arbeid: PartnerskapArbeid?
    /// Its page's cards, rendered (`PartnerskapArbeid.kortmal`).
    var arbeidKort: Gjengitt?
    /// The fagutvalg's work list.
    var vurderinger: Vurderingsarbeid?
}
