import Domain
import Foundation
import Hummingbird
import Persistence

/// The Statsforvalter ranks and allocates the Rekom 30 % round: Domain's ranking of the sent
/// applications with the reason for each position, the proposal from the pool, each amount
/// editable with a reason, and the check that keeps it within the pool. It opens after the
/// round's «fordeles etter» date; once checked it goes to the samarbeidsforum as foreløpig.
struct Rekom30FordelingController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.rekom30Fordeling(aar: 0).routerPath) { request, context in try await self.show(request, context) }
        router.post(SiteRoute.rekom30Fordeling(aar: 0).routerPath) { request, context in try await self.save(request, context) }
    }

    struct Loaded {
        let session: ActiveSession
        let runde: Runde
        let soknader: [StoredRekom30Soknad]
        let stored: StoredRekom30Fordeling
        let navn: [Int64: String]
        /// What the round's vedtatt Rekom innstilling left of the 70 % part (0 before the vedtak).
        let rest: Kroner

        func plasser(_ fordeling: Rekom30Fordeling) -> [Rekom30Fordeling.Plass] {
            fordeling.plasser(soknader.map(\.soknad), pott: fordeling.pott(runde))
        }

        func eier(_ id: Int64) -> String { navn[id] ?? "–" }
    }

    func load(_ request: Request, _ context: AppRequestContext) async throws -> Loaded {
        let (session, _) = try context.require(request, .lageInnstilling)
        guard let aar = Int(context.parameters.get("aar") ?? ""), let runde = try await deps.database.runde(aar: aar),
              let iRunde = runde.ordninger[.rekom] else { throw HTTPError(.notFound) }
        let soknader = try await deps.database.rekom30Soknader(rundeAar: aar)
        let orgs = try await deps.database.organisasjoner()
        var rest = Kroner.zero
        if let vedtatt = try await deps.database.innstillinger(rundeAar: aar, status: [.vedtatt])[.rekom] {
            let tidligere = try await deps.database.forpliktelser(ordning: .rekom, fraAar: aar)
            rest = Swift.max(.zero, vedtatt.innstilling.check(vedtatt.innstilling.midler(iRunde, tidligere: tidligere)).igjen)
        }
        return Loaded(session: session, runde: runde, soknader: soknader, stored: try await deps.database.rekom30Fordeling(rundeAar: aar),
                      navn: Dictionary(orgs.map { ($0.id, $0.navn) }, uniquingKeysWith: { first, _ in first }), rest: rest)
    }

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context)
        return try render(context, loaded, fordeling: loaded.stored.fordeling, typed: nil, errors: [], status: .ok)
    }

    func save(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context)
        let form = context.form
        let t = Catalogue.bokmal
        let now = deps.clock.now()
        let handling = form["handling"]
        let version = Int(form["version"]) ?? -1
        guard Rekom30Fordeling.kanFordeles(loaded.runde, now: now) else {
            let message = Feltmelding(Felt.status.navn, t.tekst(.rekom30FordelesIkkeFor(loaded.runde.frister.rekom30FordelesEtter)))
            return try render(context, loaded, fordeling: loaded.stored.fordeling, typed: form, errors: [message], status: .conflict)
        }
        var next = loaded.stored
        switch handling {
        case "ny-versjon":
            guard next.status == .forelopig else { throw HTTPError(.conflict) }
            next.status = .utkast
        case "lagre", "send":
            guard next.status == .utkast else { throw HTTPError(.conflict) }
            let tillegg: Kroner
            switch Rekom30Fordeling.tillegg(form["tillegg"]) {
            case .failure(let failure):
                return try render(context, loaded, fordeling: loaded.stored.fordeling, typed: form, errors: t.meldinger(failure), status: .unprocessableContent)
            case .success(let value): tillegg = value
            }
            let plasser = loaded.plasser(Rekom30Fordeling(tillegg: tillegg))
            var amounts: [Int64: String] = [:], reasons: [Int64: String] = [:]
            for plass in plasser {
                amounts[plass.linjeId] = form[.rekom30Tildelt(plass.linjeId)]
                reasons[plass.linjeId] = form[.rekom30Begrunnelse(plass.linjeId)]
            }
            switch Rekom30Fordeling.anvend(tillegg: tillegg, tildelt: amounts, begrunnelse: reasons, plasser: plasser, navn: loaded.eier) {
            case .failure(let failure):
                return try render(context, loaded, fordeling: loaded.stored.fordeling, typed: form, errors: t.meldinger(failure), status: .unprocessableContent)
            case .success(let fordeling):
                next.fordeling = fordeling
            }
            if handling == "send" {
                let problems = next.fordeling.check(loaded.plasser(next.fordeling), pott: next.fordeling.pott(loaded.runde), rest: loaded.rest, navn: loaded.eier)
                if !problems.isEmpty {
                    return try render(context, loaded, fordeling: next.fordeling, typed: form, errors: t.meldinger(problems), status: .unprocessableContent)
                }
                next.status = .forelopig
            }
        default:
            throw HTTPError(.badRequest)
        }
        do {
            try await deps.database.saveRekom30Fordeling(rundeAar: loaded.runde.aar, next, expectedVersion: version, now: now,
                                                         audit: deps.audit(loaded.session).with(handling == "send" ? .send : handling == "ny-versjon" ? .nyVersjon : .lagre))
        } catch StorageError.conflict {
            return try render(context, loaded, fordeling: loaded.stored.fordeling, typed: form, errors: [Feltmelding(Felt.status.navn, t.text(.r30fConflict))],
                              status: .conflict)
        }
        let flash = switch handling {
        case "send": t.text(.r30fSent)
        case "ny-versjon": t.text(.r30fNewVersion)
        default: t.format(.r30fSaved, ["tid": Tidspunkt.oslo(now)])
        }
        return try await deps.redirect(.rekom30Fordeling(aar: loaded.runde.aar), flash: flash, loaded.session)
    }

    func render(
        _ context: AppRequestContext, _ loaded: Loaded, fordeling: Rekom30Fordeling, typed: FormData?, errors: [Feltmelding], status: HTTPResponse.Status
    ) throws -> Response {
        let page = Rekom30FordelingPage(loaded, fordeling: fordeling, typed: typed, errors: errors, now: deps.clock.now(), csrf: loaded.session.csrfToken, t: .bokmal)
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(.statsforvalter), context), status: status)
    }
}
