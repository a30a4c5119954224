import Domain
import Hummingbird
import Persistence

/// Regions with their members (owners in the region) and networks with their leaders.
struct AdminRegionController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.adminRegioner.routerPath) { request, context in try await self.list(request, context) }
        router.get(SiteRoute.adminRegion(0).routerPath) { request, context in try await self.show(request, context) }
        router.post(SiteRoute.adminNettverk(0).routerPath) { request, context in try await self.updateNetwork(request, context) }
    }

    func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try context.requireAdmin(request)
        let page = AdminRegionListPage(
            regions: try await deps.database.regions(), networks: try await deps.database.nettverk(),
            leaders: try await deps.database.nettverksledere(), organisasjoner: try await deps.database.organisasjoner(), t: context.t
        )
        return try deps.renderer.response(page, chrome: deps.chrome(.adminRegioner, context))
    }

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireAdmin(request)
        return try await regionPage(context, session, regionId: try context.id(), errors: [:], typed: [:], status: .ok)
    }

    func updateNetwork(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireAdmin(request)
        let id = try context.id()
        guard let network = try await deps.database.nettverk().first(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        let form = context.form
        var leader: Int64?
        var errors: [Feltmelding] = []
        let epost = Bruker.normalisertEpost(form["leder"])
        if !epost.isEmpty {
            if let chosen = try await deps.database.credentials(epost: epost)?.bruker, chosen.aktiv {
                leader = chosen.id
            } else {
                errors.append(Feltmelding("leder", context.t.format(.adminLeaderUnknown, ["epost": epost])))
            }
        }
        var name = network.navn
        switch Kompetansenettverk.valider(navn: form["navn"]) {
        case .success(let value): name = value
        case .failure(let failure): errors += context.t.meldinger(failure)
        }
        guard errors.isEmpty else {
            return try await regionPage(
                context, session, regionId: network.regionId, errors: [id: errors], typed: [id: (form["navn"], form["leder"])],
                status: .unprocessableContent
            )
        }
        try await deps.database.updateNettverk(id: id, navn: name, lederId: leader, audit: deps.audit(session))
        return deps.redirect(.adminRegion(network.regionId), flash: context.t.format(.adminNetworkSaved, ["navn": name]))
    }

    func regionPage(
        _ context: AppRequestContext, _ session: ActiveSession, regionId: Int64, errors: [Int64: [Feltmelding]],
        typed: [Int64: (String, String)], status: HTTPResponse.Status
    ) async throws -> Response {
        guard let region = try await deps.database.regions().first(where: { $0.id == regionId }) else { throw HTTPError(.notFound) }
        let page = AdminRegionPage(
            region: region, networks: try await deps.database.nettverk().filter { $0.regionId == regionId },
            leaders: try await deps.database.nettverksledere(),
            members: try await deps.database.organisasjoner(regionId: regionId),
            errors: errors, typed: typed, csrf: session.csrfToken, t: context.t
        )
        return try deps.renderer.response(page, chrome: deps.chrome(.adminRegioner, context), status: status)
    }
}
