import Domain
import Foundation
import Hummingbird
import Persistence

/// A network's long-term competence plan (seed 001): its leader publishes versions; its
/// members, the fagutvalg and the Statsforvalter read the current one and the earlier ones.
struct KompetanseplanController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.kompetanseplan(nettverk: 0).routerPath) { request, context in try await self.show(request, context) }
        let form = SiteRoute.kompetanseplanEndre(nettverk: 0).routerPath
        router.get(form) { request, context in try await self.edit(request, context) }
        router.post(form) { request, context in try await self.publish(request, context) }
        router.post(SiteRoute.nettverksmedlemmer(nettverk: 0).routerPath) { request, context in try await self.members(request, context) }
    }

    struct Loaded {
        let side: Nettverksside
        var session: ActiveSession { side.session }
        var nettverk: Kompetansenettverk { side.nettverk }
        var region: String { side.region }
        /// Every version, the newest first.
        let versjoner: [PublisertKompetanseplan]
        /// The member organisations, by name.
        let medlemmer: [Organisasjon]
        /// Those of them the leader invited, with the role given.
        let inviterte: [Int64: String]
        /// The organisations the leader may invite: the register's, but members and the Statsforvalter.
        let kandidater: [Organisasjon]
    }

    func load(_ request: Request, _ context: AppRequestContext, _ handling: (Kompetansenettverk, Set<Int64>) -> Handling) async throws -> Loaded {
        let side = try await Nettverksside.load(deps, request, context, handling)
        let all = try await deps.database.organisasjoner().sorted { $0.navn.localizedStandardCompare($1.navn) == .orderedAscending }
        return Loaded(side: side, versjoner: try await deps.database.kompetanseplaner(nettverkId: side.nettverk.id),
                      medlemmer: all.filter { side.medlemmer.contains($0.id) }, inviterte: try await deps.database.inviterte(nettverkId: side.nettverk.id),
                      kandidater: all.filter { !side.medlemmer.contains($0.id) && $0.type != .statsforvalter })
    }

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context) { .seNettverksarbeid(nettverkId: $0.id, medlemmer: $1) }
        let wanted = request.parametre["versjon"].map { Int(String($0)) }
        let shown: PublisertKompetanseplan?
        switch wanted {
        case .none: shown = loaded.versjoner.first
        case .some(.some(let number)):
            guard let found = loaded.versjoner.first(where: { $0.plan.versjon == number }) else { throw HTTPError(.notFound) }
            shown = found
        case .some(.none): throw HTTPError(.notFound)
        }
        return try render(context, loaded, shown: shown)
    }

    func render(_ context: AppRequestContext, _ loaded: Loaded, shown: PublisertKompetanseplan?, invitasjon: Nettverksinvitasjon.Utkast = .init(),
                errors: [Feltmelding] = [], status: HTTPResponse.Status = .ok) throws -> Response {
        let page = KompetanseplanPage(loaded, shown: shown, invitasjon: invitasjon, errors: errors, t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(loaded.session.rolle?.kind ?? .eier), context), status: status)
    }

    /// `inviter` adds an organisation with its role; `fjern` ends invitation `organisasjon`. A
    /// problem brings the plan's page back with what was typed and the errors beside the fields.
    func members(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context) { nettverk, _ in .ledeNettverk(nettverkId: nettverk.id) }
        let form = context.form
        let t = context.t
        let audit = deps.audit(loaded.session)
        switch form["handling"] {
        case "inviter":
            let utkast = Nettverksinvitasjon.Utkast(organisasjon: form[.invitasjon(.organisasjon)], rolle: form[.invitasjon(.rolle)])
            func refused(_ failure: Skjemafeil) throws -> Response {
                try render(context, loaded, shown: loaded.versjoner.first, invitasjon: utkast, errors: t.meldinger(failure), status: .unprocessableContent)
            }
            switch utkast.valider(nettverkId: loaded.nettverk.id, kandidater: Set(loaded.kandidater.map(\.id))) {
            case .failure(let failure):
                return try refused(failure)
            case .success(let invitasjon):
                do {
                    try await deps.database.inviter(invitasjon, av: loaded.session.bruker.navn, now: deps.clock.now(), audit: audit)
                } catch StorageError.duplicate {
                    // Invited by someone else in between.
                    return try refused(Skjemafeil([Feltfeil(.invitasjon(.organisasjon), .invitasjonIkkeKandidat)]))
                }
                let name = loaded.kandidater.first { $0.id == invitasjon.organisasjonId }?.navn ?? ""
                return deps.redirect(.kompetanseplan(nettverk: loaded.nettverk.id), fragment: "medlemmer",
                                               flash: t.format(.kpInvited, ["navn": name]))
            }
        case "fjern":
            guard let id = Int64(form["organisasjon"]), loaded.inviterte[id] != nil else { throw HTTPError(.badRequest) }
            try await deps.database.fjernInvitasjon(nettverkId: loaded.nettverk.id, organisasjonId: id, audit: audit)
            let name = loaded.medlemmer.first { $0.id == id }?.navn ?? ""
            return deps.redirect(.kompetanseplan(nettverk: loaded.nettverk.id), fragment: "medlemmer",
                                           flash: t.format(.kpUninvited, ["navn": name]))
        default:
            throw HTTPError(.badRequest)
        }
    }

    func edit(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context) { nettverk, _ in .ledeNettverk(nettverkId: nettverk.id) }
        return try render(context, loaded, utkast: Kompetanseplan.Utkast(loaded.versjoner.first?.plan), forrige: loaded.versjoner.first?.plan.versjon ?? 0,
                          errors: [], status: .ok)
    }

    func publish(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context) { nettverk, _ in .ledeNettverk(nettverkId: nettverk.id) }
        let form = context.form
        let t = context.t
        let utkast = Kompetanseplan.Utkast(tekster: Dictionary(uniqueKeysWithValues: Kompetanseplan.Del.allCases.map { ($0, form[.kompetanseplan($0)]) }),
                                           endring: form[.kompetanseplanEndring])
        let forrige = Int(form["forrige"]) ?? -1
        let current = loaded.versjoner.first?.plan.versjon ?? 0
        guard forrige == current else {
            let message = Feltmelding(Felt.status.navn, t.tekst(.kompetanseplanEndret(versjon: current)))
            return try render(context, loaded, utkast: utkast, forrige: current, errors: [message], status: .conflict)
        }
        switch utkast.publiser(nettverkId: loaded.nettverk.id, forrige: current) {
        case .failure(let failure):
            return try render(context, loaded, utkast: utkast, forrige: current, errors: t.meldinger(failure), status: .unprocessableContent)
        case .success(let plan):
            do {
                try await deps.database.publiserKompetanseplan(plan, av: loaded.session.bruker.navn, now: deps.clock.now(),
                                                              audit: deps.audit(loaded.session).with(.nyVersjon))
            } catch StorageError.conflict {
                let latest = try await deps.database.kompetanseplaner(nettverkId: loaded.nettverk.id).first?.plan.versjon ?? current
                let message = Feltmelding(Felt.status.navn, t.tekst(.kompetanseplanEndret(versjon: latest)))
                return try render(context, loaded, utkast: utkast, forrige: latest, errors: [message], status: .conflict)
            }
            return deps.redirect(.kompetanseplan(nettverk: loaded.nettverk.id), flash: t.format(.kpPublished, ["versjon": String(plan.versjon)]))
        }
    }

    func render(
        _ context: AppRequestContext, _ loaded: Loaded, utkast: Kompetanseplan.Utkast, forrige: Int, errors: [Feltmelding], status: HTTPResponse.Status
    ) throws -> Response {
        let page = KompetanseplanFormPage(loaded, utkast: utkast, forrige: forrige, errors: errors, csrf: loaded.session.csrfToken, t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(.nettverksleder), context), status: status)
    }
}
