import Domain
import Foundation
import Hummingbird
import Persistence

/// Reports (R13): the owners together and each knowledge partner write one per grant letter,
/// a half-year report in the autumn and the report on the year after it; a draft is saved at
/// any time and sent when complete; the Statsforvalter returns it with a comment or approves
/// it. A problem brings the form back with everything typed and nothing saved.
struct RapportController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        for slag in Rapport.Slag.allCases {
            let form = SiteRoute.rapport(aar: 0, .monster, partnerskap: 0, slag).routerPath
            router.get(form) { request, context in try await self.show(request, context, slag) }
            router.post(form) { request, context in try await self.save(request, context, slag) }
            router.get(SiteRoute.rapportOppfolging(aar: 0, slag).routerPath) { request, context in try await self.oppfolging(request, context, slag) }
            let one = SiteRoute.rapportBehandling(aar: 0, .monster, partnerskap: 0, organisasjon: 0, slag).routerPath
            router.get(one) { request, context in try await self.behandling(request, context, slag) }
            router.post(one) { request, context in try await self.behandle(request, context, slag) }
        }
        router.get(SiteRoute.rapportEksport(aar: 0, fil: "").routerPath) { request, context in try await self.eksport(request, context) }
    }

    struct Loaded {
        let session: ActiveSession
        let grunnlag: Rapportgrunnlag
        let forventet: Rapportgrunnlag.Forventet
    }

    func round(_ context: AppRequestContext) async throws -> Runde {
        guard let aar = Int(context.parameters.get("aar") ?? ""), let runde = try await deps.database.runde(aar: aar) else { throw HTTPError(.notFound) }
        return runde
    }

    /// The signed-in owner's or partner's report on the letter of the URL (404 for anyone else).
    func load(_ request: Request, _ context: AppRequestContext, _ slag: Rapport.Slag) async throws -> Loaded {
        // Who may see letters at all gets past here; whether this one writes a report on this
        // letter is decided below, and answered 404 like the letters of other partnerships.
        let (session, rolle) = try context.require(request, .seTildelingsbrevliste)
        let runde = try await round(context)
        guard let ordning = Ordning(kode: context.parameters.get("ordning") ?? ""), let id = Int64(context.parameters.get("id") ?? "") else {
            throw HTTPError(.notFound)
        }
        let grunnlag = try await Rapportgrunnlag.load(deps.database, runde: runde, slag,
                                                      behovsmeldinger: try await deps.behovsmeldinger(for: rolle, partnerskap: id), t: context.t)
        guard let forventet = grunnlag.forRolle(rolle, ordning: ordning, partnerskapId: id),
              Tilgang.kan(rolle, .rapportere(parter: forventet.brev.parter)) else { throw HTTPError(.notFound) }
        return Loaded(session: session, grunnlag: grunnlag, forventet: forventet)
    }

    func show(_ request: Request, _ context: AppRequestContext, _ slag: Rapport.Slag) async throws -> Response {
        let loaded = try await load(request, context, slag)
        let stored = loaded.forventet.stored
        return try render(context, loaded, utkast: Rapport.Utkast(stored.rapport), errors: [], version: stored.version, status: .ok)
    }

    func save(_ request: Request, _ context: AppRequestContext, _ slag: Rapport.Slag) async throws -> Response {
        let loaded = try await load(request, context, slag)
        let form = context.form
        let t = context.t
        let stored = loaded.forventet.stored
        let utkast = RapportPage.utkast(form, linjer: stored.rapport.linjer.count)
        let version = Int(form["version"]) ?? -1
        let sending = form["handling"] == "send"
        let now = deps.clock.now()
        guard stored.rapport.kanEndres else {
            let message = Feltmelding(Felt.status.navn, t.tekst(.rapportStatus(stored.rapport.status)))
            return try render(context, loaded, utkast: utkast, errors: [message], version: version, status: .conflict)
        }
        var rapport: Rapport
        switch utkast.anvend(pa: stored.rapport) {
        case .failure(let failure):
            return try render(context, loaded, utkast: utkast, errors: t.meldinger(failure), version: version, status: .unprocessableContent)
        case .success(let value): rapport = value
        }
        if sending {
            switch rapport.send() {
            case .failure(let failure):
                return try render(context, loaded, utkast: utkast, errors: t.meldinger(failure), version: version, status: .unprocessableContent)
            case .success(let sent): rapport = sent
            }
        }
        var next = stored
        next.rapport = rapport
        next.version = version
        do {
            _ = try await deps.database.saveRapport(next, now: now, audit: deps.audit(loaded.session).with(sending ? .send : .lagre))
        } catch StorageError.conflict {
            let latest = try await deps.database.rapport(rundeAar: rapport.aar, slag, ordning: rapport.ordning, partnerskapId: rapport.partnerskapId,
                                                          organisasjonId: rapport.organisasjonId)
            return try render(context, loaded, utkast: utkast, errors: [Feltmelding(Felt.status.navn, t.text(.rpConflict))],
                              version: latest?.version ?? version, status: .conflict)
        }
        let flash = sending ? t.text(slag.tekst(.rpSent, .rhSent)) : t.format(slag.tekst(.rpSaved, .rhSaved), ["tid": Tidspunkt.oslo(now)])
        return deps.redirect(.rapport(aar: rapport.aar, rapport.ordning, partnerskap: rapport.partnerskapId, slag), flash: flash)
    }

    func render(
        _ context: AppRequestContext, _ loaded: Loaded, utkast: Rapport.Utkast, errors: [Feltmelding], version: Int, status: HTTPResponse.Status
    ) throws -> Response {
        let page = RapportPage(loaded.forventet, runde: loaded.grunnlag.runde, utkast: utkast, errors: errors, version: version,
                               now: deps.clock.now(), csrf: loaded.session.csrfToken, t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(loaded.session.rolle?.kind ?? .eier), context), status: status)
    }

    // MARK: The Statsforvalter

    func oppfolging(_ request: Request, _ context: AppRequestContext, _ slag: Rapport.Slag) async throws -> Response {
        let (session, _) = try context.require(request, .folgeOppRapporter)
        let grunnlag = try await Rapportgrunnlag.load(deps.database, runde: try await round(context), slag, t: context.t)
        let regions = try await deps.database.regionerEtterId()
        let page = try RapportOppfolgingPage(grunnlag, utvalg: Rapportliste.Utvalg(request), regions: regions, now: deps.clock.now(), csrf: session.csrfToken,
                                             renderer: deps.renderer, t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(.statsforvalter), context))
    }

    /// `rapporter-2026.csv`, `rapporter-per-region-2026.xlsx`, `halvaarsrapporter-2026.csv`: the follow-up's tables as files.
    func eksport(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try context.require(request, .folgeOppRapporter)
        let runde = try await round(context)
        let t = context.t.forRunde(runde)
        let file = context.parameters.get("fil") ?? ""
        let now = deps.clock.now()
        let tables = try await Rapportgrunnlag.load(deps.database, runde: runde, Rapport.Slag.allCases, t: t).flatMap { $0.tabeller(now: now, t: t) }
        guard let dot = file.lastIndex(of: "."), let response = tables.first(where: { $0.filnavn == file[..<dot] })?.fil(file) else {
            throw HTTPError(.notFound)
        }
        return response
    }

    func expected(_ context: AppRequestContext, _ slag: Rapport.Slag) async throws -> (Rapportgrunnlag, Rapportgrunnlag.Forventet) {
        let grunnlag = try await Rapportgrunnlag.load(deps.database, runde: try await round(context), slag, t: context.t)
        guard let ordning = Ordning(kode: context.parameters.get("ordning") ?? ""), let id = Int64(context.parameters.get("id") ?? ""),
              let org = Int64(context.parameters.get("organisasjon") ?? ""),
              let found = grunnlag.forventet.first(where: { $0.brev.ordning == ordning && $0.brev.partnerskap.id == id && $0.organisasjonId == org })
        else { throw HTTPError(.notFound) }
        return (grunnlag, found)
    }

    func behandling(_ request: Request, _ context: AppRequestContext, _ slag: Rapport.Slag) async throws -> Response {
        let (session, _) = try context.require(request, .folgeOppRapporter)
        let (grunnlag, found) = try await expected(context, slag)
        return try renderBehandling(context, session, grunnlag, found, kommentar: "", errors: [], status: .ok)
    }

    func behandle(_ request: Request, _ context: AppRequestContext, _ slag: Rapport.Slag) async throws -> Response {
        let (session, _) = try context.require(request, .folgeOppRapporter)
        let (grunnlag, found) = try await expected(context, slag)
        let form = context.form
        let t = context.t
        let kommentar = form["kommentar"]
        if form["handling"] == "paminn" {
            let brev = found.brev
            guard !found.stored.rapport.erRapportert else {
                return try renderBehandling(context, session, grunnlag, found, kommentar: kommentar,
                                            errors: [Feltmelding(Felt.status.navn, t.text(.rpfRemindSent))], status: .conflict)
            }
            try await deps.database.paminnRapport(rundeAar: brev.aar, slag, ordning: brev.ordning, partnerskapId: brev.partnerskap.id,
                                                  organisasjonId: found.organisasjonId, now: deps.clock.now(), audit: deps.audit(session).with(.paminn))
            // A reminder sent from the list carries its choice and page, to come back to them.
            let utvalg = Rapportliste.Utvalg(form)
            return deps.redirect(.rapportOppfolging(aar: brev.aar, slag), query: utvalg.query(side: utvalg.side),
                                 flash: t.format(.rpfReminded, ["rapportor": found.rapportor]))
        }
        if form["handling"] == "ubrukt", slag == .aar {
            let brev = found.brev
            let reports = grunnlag.rapporter(brev).map { $0.stored.id == 0 ? nil : $0.stored.rapport }
            switch UbrukteMidler.avgjor(aar: brev.aar, ordning: brev.ordning, partnerskapId: brev.partnerskap.id, rapporter: reports,
                                        valg: form["avgjorelse"], begrunnelse: form["ubruktBegrunnelse"]) {
            case .failure(let failure):
                return try renderBehandling(context, session, grunnlag, found, kommentar: kommentar, ubrukt: (form["avgjorelse"], form["ubruktBegrunnelse"]),
                                            errors: t.meldinger(failure), status: .unprocessableContent)
            case .success(let decision):
                try await deps.database.saveUbrukteMidler(decision, now: deps.clock.now(), audit: deps.audit(session).with(.endre))
                return deps.redirect(.rapportBehandling(aar: brev.aar, brev.ordning, partnerskap: brev.partnerskap.id, organisasjon: found.organisasjonId),
                                               flash: t.text(.rpuSaved))
            }
        }
        // Anything else (unused funds belong to the report on the year) is not a form of this page.
        guard form["handling"] == "returner" || form["handling"] == "godkjenn" else { throw HTTPError(.badRequest) }
        let returning = form["handling"] == "returner"
        let result = returning ? found.stored.rapport.returner(kommentar: kommentar) : found.stored.rapport.godkjenn()
        switch result {
        case .failure(let failure):
            let status: HTTPResponse.Status = failure.felter.contains { $0.felt == .status } ? .conflict : .unprocessableContent
            return try renderBehandling(context, session, grunnlag, found, kommentar: kommentar, errors: t.meldinger(failure), status: status)
        case .success(let rapport):
            var next = found.stored
            next.rapport = rapport
            next.version = Int(form["version"]) ?? -1
            do {
                _ = try await deps.database.saveRapport(next, now: deps.clock.now(), audit: deps.audit(session).with(returning ? .returner : .godkjenn))
            } catch StorageError.conflict {
                return try renderBehandling(context, session, grunnlag, found, kommentar: kommentar,
                                            errors: [Feltmelding(Felt.status.navn, t.text(.rpConflict))], status: .conflict)
            }
            return deps.redirect(.rapportOppfolging(aar: rapport.aar, slag), flash: t.text(returning ? .rpbReturnedFlash : .rpbApprovedFlash))
        }
    }

    func renderBehandling(
        _ context: AppRequestContext, _ session: ActiveSession, _ grunnlag: Rapportgrunnlag, _ found: Rapportgrunnlag.Forventet,
        kommentar: String, ubrukt: (valg: String, begrunnelse: String)? = nil, errors: [Feltmelding], status: HTTPResponse.Status
    ) throws -> Response {
        let page = RapportBehandlingPage(found, grunnlag: grunnlag, kommentar: kommentar, ubrukt: ubrukt, errors: errors, now: deps.clock.now(),
                                         csrf: session.csrfToken, t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(.statsforvalter), context), status: status)
    }
}
