import Domain
import Foundation
import Hummingbird
import Persistence

/// The «delingssystem» (seed 003): the reviewers search the delivered tiltak of every region
/// and round, to see «tiltak som er lik i ulike regioner» and suggest shared ones.
struct DelingssystemController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.delingssystem.routerPath) { request, context in try await self.show(request, context) }
    }

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, rolle) = try context.require(request, .sokeITiltak)
        let query = request.parametre
        func value(_ name: Substring) -> String { query[name].map(String.init) ?? "" }
        let runder = try await deps.database.runder()
        let regioner = try await deps.database.regions()
        // A filter that names nothing known is no filter; what was typed is kept in the field.
        let filter = Soksfilter(
            tekst: String(value("q").prefix(200)), ordning: Ordning(kode: value("ordning")).flatMap { o in runder.contains { $0.ordninger[o] != nil } ? o : nil },
            regionId: Int64(value("region")).flatMap { id in regioner.contains { $0.id == id } ? id : nil },
            aar: Int(value("aar")).flatMap { aar in runder.contains { $0.aar == aar } ? aar : nil }
        )
        let searched = !filter.tekst.trimmingCharacters(in: .whitespaces).isEmpty || filter.ordning != nil || filter.regionId != nil || filter.aar != nil
        let result = searched ? try await deps.database.sokTiltak(filter) : (treff: [], antall: 0)
        let page = try DelingssystemPage(
            filter: filter, searched: searched, treff: result.treff, antall: result.antall, runder: runder, regioner: regioner,
            // Only a role that may see every partnership opens the behovsmelding itself (the Statsforvalter).
            kanApne: Tilgang.kan(rolle, .sePartnerskap(parter: [])), back: SiteRoute.hjem(rolle.kind).path, renderer: deps.renderer, t: context.t
        )
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(rolle.kind), context))
    }
}

extension AppDependencies {
    /// For a role that may search the «delingssystem», the similar tiltak beside each tiltak of
    /// `melding` (by tiltak number), with the rounds that name them (`BehovsmeldingInnhold.medLignende`);
    /// nil for anyone else.
    func lignendeTiltak(_ melding: Behovsmelding, id: Int64, rolle: Rolle) async throws -> (treff: [Int: [Sokstreff]], runder: Runder)? {
        guard Tilgang.kan(rolle, .sokeITiltak), melding.status == .levert else { return nil }
        return (try await database.lignendeTiltak(behovsmeldingId: id), Runder(try await database.runder()))
    }
}
