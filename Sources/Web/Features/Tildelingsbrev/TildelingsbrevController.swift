import Domain
import Foundation
import Hummingbird
import Persistence

/// Grant letters of a vedtatt innstilling: the list of a round and each letter, for the
/// Statsforvalter and for the parties of the partnership it is written to.
struct TildelingsbrevController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.tildelingsbrevListe(aar: 0).routerPath) { request, context in try await self.list(request, context) }
        router.get(SiteRoute.tildelingsbrev(aar: 0, .rekom, partnerskap: 0).routerPath) { request, context in try await self.show(request, context) }
    }

    func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, rolle) = try context.require(request, .seTildelingsbrevliste)
        let page = TildelingsbrevListePage(try await load(context), rolle: rolle, t: .bokmal)
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(rolle.kind), context))
    }

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        // Someone who may see no letters at all is refused; an owner or UH learns nothing
        // about other partnerships' letters (404, as for their partnership pages).
        let (_, rolle) = try context.require(request, .seTildelingsbrevliste)
        guard let ordning = Ordning(rawValue: context.parameters.get("ordning") ?? ""), let id = Int64(context.parameters.get("id") ?? "") else {
            throw HTTPError(.notFound)
        }
        let samling = try await load(context)
        guard let brev = samling.brev(ordning, partnerskapId: id), Tilgang.kan(rolle, .seTildelingsbrev(parter: brev.parter)) else {
            throw HTTPError(.notFound)
        }
        let page = TildelingsbrevPage(brev, fylke: samling.fylke[id], rolle: rolle, t: .bokmal)
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(rolle.kind), context))
    }
}
