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
        let grunnlag: Rekom30Grunnlag
        /// What the vedtatt Rekom innstilling left of the 70 % part.
        let rest: Kroner
    }

    func load(_ request: Request, _ context: AppRequestContext) async throws -> Loaded {
        let (session, _) = try context.require(request, .lageInnstilling)
        guard let aar = Int(context.parameters.get("aar") ?? ""), let runde = try await deps.database.runde(aar: aar),
              let grunnlag = try await Rekom30Grunnlag.load(deps.database, runde: runde) else { throw HTTPError(.notFound) }
        return Loaded(session: session, grunnlag: grunnlag, rest: try await grunnlag.rest(deps.database))
    }

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context)
        return try await render(context, loaded, fordeling: loaded.grunnlag.stored.fordeling, typed: nil, errors: [], status: .ok)
    }

    func save(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context)
        let grunnlag = loaded.grunnlag
        let form = context.form
        let t = context.t
        let now = deps.clock.now()
        let handling = form["handling"]
        let version = Int(form["version"]) ?? -1
        guard Rekom30Fordeling.kanFordeles(grunnlag.runde, now: now) else {
            let message = Feltmelding(Felt.status.navn, t.tekst(.rekom30FordelesIkkeFor(grunnlag.runde.frister.rekom30FordelesEtter)))
            return try await render(context, loaded, fordeling: grunnlag.stored.fordeling, typed: form, errors: [message], status: .conflict)
        }
        var next = grunnlag.stored
        switch handling {
        case "ny-versjon":
            guard next.status == .forelopig else { throw HTTPError(.conflict) }
            next.status = .utkast
        case "vedta":
            let text = form["vedtaksdato"].trimmingCharacters(in: .whitespaces)
            guard let dato = Dato(norsk: text) ?? Dato(iso: text) else {
                return try await render(context, loaded, fordeling: next.fordeling, typed: form, errors: [Feltmelding("vedtaksdato", t.text(.inDateInvalid))],
                                  status: .unprocessableContent)
            }
            switch next.status.vedta(dato: dato, idag: Dato(instant: now)) {
            case .failure(let failure):
                return try await render(context, loaded, fordeling: next.fordeling, typed: form, errors: t.meldinger(failure), status: .unprocessableContent)
            case .success(let status):
                next.status = status
                next.vedtaksdato = dato
            }
        case "lagre", "send":
            guard next.status == .utkast else { throw HTTPError(.conflict) }
            let tillegg: Kroner
            switch Rekom30Fordeling.tillegg(form["tillegg"]) {
            case .failure(let failure):
                return try await render(context, loaded, fordeling: grunnlag.stored.fordeling, typed: form, errors: t.meldinger(failure), status: .unprocessableContent)
            case .success(let value): tillegg = value
            }
            let plasser = grunnlag.plasser(Rekom30Fordeling(tillegg: tillegg))
            var amounts: [Int64: String] = [:], reasons: [Int64: String] = [:]
            for plass in plasser {
                amounts[plass.linjeId] = form[.rekom30Tildelt(plass.linjeId)]
                reasons[plass.linjeId] = form[.rekom30Begrunnelse(plass.linjeId)]
            }
            switch Rekom30Fordeling.anvend(tillegg: tillegg, tildelt: amounts, begrunnelse: reasons, plasser: plasser, navn: grunnlag.eier) {
            case .failure(let failure):
                return try await render(context, loaded, fordeling: grunnlag.stored.fordeling, typed: form, errors: t.meldinger(failure), status: .unprocessableContent)
            case .success(let fordeling):
                next.fordeling = fordeling
            }
            if handling == "send" {
                let problems = next.fordeling.check(grunnlag.plasser(next.fordeling), pott: next.fordeling.pott(grunnlag.runde), rest: loaded.rest, navn: grunnlag.eier)
                if !problems.isEmpty {
                    return try await render(context, loaded, fordeling: next.fordeling, typed: form, errors: t.meldinger(problems), status: .unprocessableContent)
                }
                next.status = .forelopig
            }
        default:
            throw HTTPError(.badRequest)
        }
        do {
            try await deps.database.saveRekom30Fordeling(rundeAar: grunnlag.runde.aar, next, expectedVersion: version, now: now,
                                                         audit: deps.audit(loaded.session).with(Self.action(handling)))
        } catch StorageError.conflict {
            return try await render(context, loaded, fordeling: grunnlag.stored.fordeling, typed: form, errors: [Feltmelding(Felt.status.navn, t.text(.r30fConflict))],
                              status: .conflict)
        }
        let flash = switch handling {
        case "send": t.text(.r30fSent)
        case "ny-versjon": t.text(.r30fNewVersion)
        case "vedta": t.text(.r30fDecided)
        default: t.format(.r30fSaved, ["tid": Tidspunkt.oslo(now)])
        }
        return deps.redirect(.rekom30Fordeling(aar: grunnlag.runde.aar), flash: flash)
    }

    static func action(_ handling: String) -> AuditAction {
        switch handling {
        case "send": .send
        case "ny-versjon": .nyVersjon
        case "vedta": .vedta
        default: .lagre
        }
    }

    func render(
        _ context: AppRequestContext, _ loaded: Loaded, fordeling: Rekom30Fordeling, typed: FormData?, errors: [Feltmelding], status: HTTPResponse.Status
    ) async throws -> Response {
        let innspill = try await deps.database.rekom30Innspill(rundeAar: loaded.grunnlag.runde.aar)
        let page = Rekom30FordelingPage(loaded.grunnlag, rest: loaded.rest, fordeling: fordeling, innspill: innspill, typed: typed, errors: errors, now: deps.clock.now(),
                                        csrf: loaded.session.csrfToken, t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(.statsforvalter), context), status: status)
    }
}
