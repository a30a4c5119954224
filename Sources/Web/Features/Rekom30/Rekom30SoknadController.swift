import Domain
import Foundation
import Hummingbird
import Persistence

/// An owner (kommune or private barnehage owner) applies to the Rekom 30 % round: one
/// application per round, a line per person or measure. A draft can be saved at any time; it is
/// sent between the round's opening and its deadline, and a sent one can be changed until the
/// deadline. A problem brings the form back with everything typed and nothing saved.
struct Rekom30SoknadController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.rekom30Soknad(aar: 0).routerPath) { request, context in try await self.show(request, context) }
        router.post(SiteRoute.rekom30Soknad(aar: 0).routerPath) { request, context in try await self.save(request, context) }
    }

    struct Loaded {
        let session: ActiveSession
        let runde: Runde
        let organisasjon: Organisasjon
        /// The saved application, or a new one (id 0).
        let stored: StoredRekom30Soknad
    }

    func load(_ request: Request, _ context: AppRequestContext) async throws -> Loaded {
        let session = try context.requireSession(request)
        let org = session.rolle?.organisasjonId ?? 0
        try context.require(request, .sokeRekom30(eierId: org))
        guard let aar = Int(context.parameters.get("aar") ?? ""), let runde = try await deps.database.runde(aar: aar), runde.senereRunde != nil,
              let organisasjon = try await deps.database.organisasjon(id: org) else { throw HTTPError(.notFound) }
        let stored = try await deps.database.rekom30Soknad(rundeAar: aar, organisasjonId: org)
            ?? .ny(rundeAar: aar, organisasjonId: org, now: deps.clock.now())
        return Loaded(session: session, runde: runde, organisasjon: organisasjon, stored: stored)
    }

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context)
        return try render(context, loaded, utkast: Rekom30Soknad.Utkast(loaded.stored.soknad), errors: [], version: loaded.stored.version, status: .ok)
    }

    func save(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context)
        let form = context.form
        let t = context.t
        var utkast = Rekom30SoknadPage.utkast(form)
        let handling = form["handling"]
        let version = Int(form["version"]) ?? -1
        let now = deps.clock.now()
        // Adding or removing a line only changes the form: nothing is saved.
        if handling == "ny-linje" {
            utkast.linjer.append(.init())
            return try render(context, loaded, utkast: utkast, errors: [], version: version, status: .ok, focus: utkast.linjer.count)
        }
        if handling.hasPrefix("fjern-"), let nr = Int(handling.dropFirst("fjern-".count)), utkast.linjer.indices.contains(nr - 1) {
            utkast.linjer.remove(at: nr - 1)
            return try render(context, loaded, utkast: utkast, errors: [], version: version, status: .ok)
        }
        let deadlinePassed = !loaded.runde.frister.rekom30Frist.erApen(now: now)
        if deadlinePassed {
            let message = Feltmelding(Felt.status.navn, t.tekst(.rekom30FristUte(loaded.runde.frister.rekom30Frist)))
            return try render(context, loaded, utkast: utkast, errors: [message], version: version, status: .conflict)
        }
        var soknad: Rekom30Soknad
        switch utkast.anvend(pa: loaded.stored.soknad) {
        case .failure(let failure):
            return try render(context, loaded, utkast: utkast, errors: t.meldinger(failure), version: version, status: .unprocessableContent)
        case .success(let value): soknad = value
        }
        // A sent application stays sent: a change to it must be complete too.
        let sending = handling == "send" || soknad.status == .sendt
        if sending {
            let problems = soknad.validate(runde: loaded.runde, now: now)
            if !problems.isEmpty {
                return try render(context, loaded, utkast: utkast, errors: t.meldinger(problems), version: version, status: .unprocessableContent)
            }
            if soknad.status == .utkast { soknad.sendt = now }
            soknad.status = .sendt
        }
        do {
            _ = try await deps.database.saveRekom30Soknad(soknad, expectedVersion: version, now: now,
                                                         audit: deps.audit(loaded.session).with(sending ? .send : .lagre))
        } catch StorageError.conflict {
            let message = Feltmelding(Felt.status.navn, t.text(.r30Conflict))
            let latest = try await deps.database.rekom30Soknad(rundeAar: loaded.runde.aar, organisasjonId: loaded.organisasjon.id)
            return try render(context, loaded, utkast: utkast, errors: [message], version: latest?.version ?? version, status: .conflict)
        }
        let flash = sending ? t.format(.r30Sent, ["frist": loaded.runde.frister.rekom30Frist.formatted]) : t.format(.r30Saved, ["tid": Tidspunkt.oslo(now)])
        return deps.redirect(.rekom30Soknad(aar: loaded.runde.aar), flash: flash)
    }

    func render(
        _ context: AppRequestContext, _ loaded: Loaded, utkast: Rekom30Soknad.Utkast, errors: [Feltmelding], version: Int, status: HTTPResponse.Status,
        focus: Int? = nil
    ) throws -> Response {
        let page = Rekom30SoknadPage(
            stored: loaded.stored, runde: loaded.runde, organisasjon: loaded.organisasjon, utkast: utkast, errors: errors, version: version,
            now: deps.clock.now(), focus: focus, csrf: loaded.session.csrfToken, t: context.t
        )
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(.eier), context), status: status)
    }
}
