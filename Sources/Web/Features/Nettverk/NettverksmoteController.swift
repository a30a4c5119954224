import Domain
import Foundation
import Hummingbird
import Persistence

/// A network's meeting plan (seed 003): its leader adds, changes and removes meetings; its
/// members, the fagutvalg and the Statsforvalter read it. A problem brings the form back with
/// everything typed and nothing saved.
struct NettverksmoteController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        let path = SiteRoute.nettverksmoter(nettverk: 0).routerPath
        router.get(path) { request, context in try await self.show(request, context) }
        router.post(path) { request, context in try await self.save(request, context) }
    }

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let side = try await Nettverksside.load(deps, request, context) { .seNettverksarbeid(nettverkId: $0.id, medlemmer: $1) }
        let moter = try await deps.database.nettverksmoter(nettverkId: side.nettverk.id)
        var editing: Nettverksmote?
        if let text = request.parametre["endre"] {
            // Only the leader edits; anyone else, or a meeting not of this network, is a page that does not exist.
            guard let id = Int64(String(text)), let found = moter.first(where: { $0.id == id }), side.kanLede else { throw HTTPError(.notFound) }
            editing = found
        }
        return try render(context, side, moter: moter, utkast: editing.map(Nettverksmote.Utkast.init) ?? .init(), moteId: editing?.id ?? 0, errors: [],
                          status: .ok)
    }

    /// `lagre` adds the meeting (`mote` 0) or changes it; `slett` removes meeting `mote`.
    func save(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let side = try await Nettverksside.load(deps, request, context) { nettverk, _ in .ledeNettverk(nettverkId: nettverk.id) }
        let form = context.form
        let t = context.t
        let id = Int64(form["mote"]) ?? 0
        let moter = try await deps.database.nettverksmoter(nettverkId: side.nettverk.id)
        guard id == 0 || moter.contains(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        let back = SiteRoute.nettverksmoter(nettverk: side.nettverk.id)
        switch form["handling"] {
        case "slett":
            guard let mote = moter.first(where: { $0.id == id }) else { throw HTTPError(.badRequest) }
            try await deps.database.slettNettverksmote(id: id, nettverkId: side.nettverk.id, audit: deps.audit(side.session).with(.slett))
            return deps.redirect(back, flash: t.format(.nmDeleted, ["dato": mote.dato.formatted, "hva": mote.hva]))
        case "lagre":
            let utkast = Nettverksmote.Utkast(Dictionary(uniqueKeysWithValues: Nettverksmote.Del.allCases.map { ($0, form[.mote($0)]) }))
            switch utkast.valider(id: id, nettverkId: side.nettverk.id) {
            case .failure(let failure):
                return try render(context, side, moter: moter, utkast: utkast, moteId: id, errors: t.meldinger(failure), status: .unprocessableContent)
            case .success(let mote):
                try await deps.database.saveNettverksmote(mote, now: deps.clock.now(), audit: deps.audit(side.session).with(id == 0 ? .opprett : .endre))
                return deps.redirect(back, flash: t.format(id == 0 ? .nmAdded : .nmChanged, ["dato": mote.dato.formatted]))
            }
        default:
            throw HTTPError(.badRequest)
        }
    }

    func render(
        _ context: AppRequestContext, _ side: Nettverksside, moter: [Nettverksmote], utkast: Nettverksmote.Utkast, moteId: Int64, errors: [Feltmelding],
        status: HTTPResponse.Status
    ) throws -> Response {
        let page = NettverksmotePage(side, moter: moter, utkast: utkast, moteId: moteId, errors: errors,
                                     today: Dato(instant: deps.clock.now()), t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(side.session.rolle?.kind ?? .eier), context), status: status)
    }
}
