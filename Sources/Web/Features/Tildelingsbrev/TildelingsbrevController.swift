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
        router.get(SiteRoute.tildelingsbrev(aar: 0, .monster, partnerskap: 0).routerPath) { request, context in try await self.show(request, context) }
        router.get(SiteRoute.rekom30Brev(aar: 0, organisasjon: 0).routerPath) { request, context in try await self.showRekom30(request, context) }
    }

    /// A Rekom 30 % letter: the Statsforvalter and the owner it is written to (404 for others).
    func showRekom30(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, rolle) = try context.require(request, .seTildelingsbrevliste)
        guard let id = Int64(context.parameters.get("id") ?? "") else { throw HTTPError(.notFound) }
        let samling = try await load(context, rolle: rolle)
        guard let brev = samling.rekom30.first(where: { $0.organisasjonId == id }), Tilgang.kan(rolle, .seTildelingsbrev(parter: [id])) else {
            throw HTTPError(.notFound)
        }
        let fylke = try await deps.database.organisasjon(id: id)?.kommunenummer.map { Fylke.navn($0.fylke) }
        let page = Rekom30BrevPage(brev, runde: samling.runde, mottaker: samling.navn(brev), fylke: fylke, t: try await brevsprak([id]))
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(rolle.kind), context))
    }

    /// A letter is written in the målform its recipients adopted (språklova § 15), whatever
    /// language the reader's pages are in; Domain says which when they differ.
    func brevsprak(_ mottakere: [Int64]) async throws -> Catalogue {
        .of(Catalogue.Language(Malform.forDokument(til: try await deps.database.malformer(mottakere))))
    }

    func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, rolle) = try context.require(request, .seTildelingsbrevliste)
        let (samling, rapporter) = try await loadMedRapporter(context, rolle: rolle)
        let utvalg = Brevliste.Utvalg(request)
        let regions = try await deps.database.regionerEtterId()
        let page = try TildelingsbrevListePage(samling, rolle: rolle, rapporter: rapporter, utvalg: utvalg, regions: regions, renderer: deps.renderer, t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(rolle.kind), context))
    }

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        // Someone who may see no letters at all is refused; an owner or UH learns nothing
        // about other partnerships' letters (404, as for their partnership pages).
        let (_, rolle) = try context.require(request, .seTildelingsbrevliste)
        guard let ordning = Ordning(kode: context.parameters.get("ordning") ?? ""), let id = Int64(context.parameters.get("id") ?? "") else {
            throw HTTPError(.notFound)
        }
        let samling = try await load(context, rolle: rolle, partnerskap: id)
        guard let brev = samling.brev(ordning, partnerskapId: id), Tilgang.kan(rolle, .seTildelingsbrev(parter: brev.parter)) else {
            throw HTTPError(.notFound)
        }
        let page = TildelingsbrevPage(brev, runde: samling.runde, fylke: samling.fylke[id], rolle: rolle,
                                      t: try await brevsprak(brev.partnerskap.eiere.map(\.organisasjonId)))
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(rolle.kind), context))
    }
}
