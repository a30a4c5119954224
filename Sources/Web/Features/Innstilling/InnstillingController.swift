import Domain
import Foundation
import Hummingbird
import Persistence

/// The Statsforvalter's innstilling for one ordning: every forwarded tiltak with what was
/// requested and what is proposed, Domain's checks on every save, the proposal from Domain's
/// `suggest`, and the steps utkast → foreløpig (to the samarbeidsforum) → vedtatt.
struct InnstillingController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        let path = SiteRoute.innstilling(aar: 0, .monster).routerPath
        router.get(path) { request, context in try await self.show(request, context) }
        router.post(path) { request, context in try await self.save(request, context) }
        router.post(SiteRoute.innstillingStans(aar: 0, .monster).routerPath) { request, context in try await self.stans(request, context) }
        router.post(SiteRoute.innstillingGodta(aar: 0, .monster).routerPath) { request, context in try await self.godta(request, context) }
    }

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context)
        return try await render(context, loaded, shown: loaded.current, typed: nil, errors: [], status: .ok)
    }

    /// `lagre` keeps the typed proposals, `foresla` fills them from Domain's `suggest`, `send`
    /// saves and sends to the forum (refused on a hard breach), `vedta` records the decision,
    /// `ny-versjon` starts a new utkast from a vedtatt one.
    func save(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context)
        let form = context.form
        let t = context.t
        let now = deps.clock.now()
        // A form sent with Enter from a cell has no button: that is a save.
        guard let knapp = form["handling"].isEmpty ? Knapp.lagre : form.knapp else { throw HTTPError(.badRequest) }
        let version = Int(form["version"]) ?? -1
        var next = loaded.current
        var action: AuditAction = .lagre
        var flash = t.format(.inSaved, ["tid": Tidspunkt.oslo(now)])
        // What stops sending to the forum; the typed proposals are then still saved as an utkast.
        var sendRefusal: [Feltmelding] = []
        switch knapp {
        case .lagre, .send, .foresla:
            guard next.status.kanEndres else {
                return try await render(context, loaded, shown: next, typed: nil, errors: [Feltmelding("status", t.text(.inLocked))], status: .conflict)
            }
            switch Innstilling.Utkast(felter: form.fields).anvend(pa: next.innstilling) {
            case .failure(let failure):
                return try await render(context, loaded, shown: next, typed: form, errors: context.t.meldinger(failure), status: .unprocessableContent)
            case .success(let innstilling):
                // A reason left as the proposal worded it stays the proposal's, worded anew in
                // each reader's language; only the Statsforvalter's own words are stored.
                next.innstilling = innstilling
                for index in next.innstilling.linjer.indices {
                    let line = next.innstilling.linjer[index]
                    if let grunn = line.forslagsgrunn, line.begrunnelse == t.tekst(grunn) { next.innstilling.linjer[index].begrunnelse = "" }
                }
            }
            if knapp == .foresla {
                // The Statsforvalter's own reasons stay; the amounts are Domain's proposal.
                let suggested = Innstilling.suggest(aar: loaded.runde.aar, ordning: loaded.ordning, linjer: next.innstilling.linjer,
                                                    loaded.midler(next.innstilling))
                next.innstilling.linjer = suggested.linjer
                action = .foresla
                flash = t.text(.inSuggested)
            }
            if knapp == .send {
                switch next.status.sendTilForum(next.innstilling.check(loaded.midler(next.innstilling)), ikkeVideresendt: loaded.review.ikkeVideresendte.count) {
                case .failure(let failure):
                    sendRefusal = context.t.meldinger(failure)
                case .success(let status):
                    next.status = status
                    action = .send
                    flash = t.text(.inSent)
                }
            }
        case .vedta:
            let text = form["vedtaksdato"].trimmingCharacters(in: .whitespaces)
            guard let dato = Dato(norsk: text) ?? Dato(iso: text) else {
                return try await render(context, loaded, shown: next, typed: form, errors: [Feltmelding("vedtaksdato", t.text(.inDateInvalid))], status: .unprocessableContent)
            }
            switch next.status.vedta(dato: dato, idag: Dato(instant: now)) {
            case .failure(let failure):
                return try await render(context, loaded, shown: next, typed: form, errors: context.t.meldinger(failure), status: .unprocessableContent)
            case .success(let status):
                next.status = status
                next.vedtaksdato = dato
                action = .vedta
                flash = t.text(.inDecided)
            }
        case .nyVersjon:
            guard next.status.kanFaNyVersjon else {
                return try await render(context, loaded, shown: next, typed: nil, errors: [Feltmelding("status", t.text(.inNewVersionRefused))], status: .conflict)
            }
            next = .ny(next.innstilling, nummer: next.nummer + 1, now: now)
            action = .nyVersjon
            flash = t.format(.inNewVersion, ["nr": String(next.nummer)])
        default:
            throw HTTPError(.badRequest)
        }
        let saved: StoredInnstilling
        do {
            saved = try await store(next, version: next.id == nil ? 0 : version, action: action, loaded)
        } catch StorageError.conflict, StorageError.duplicate {
            return try await render(context, loaded, shown: loaded.current, typed: form, errors: [Feltmelding("status", t.text(.inConflict))], status: .conflict)
        } catch StorageError.locked {
            return try await render(context, loaded, shown: loaded.current, typed: nil, errors: [Feltmelding("status", t.text(.inLocked))], status: .conflict)
        }
        if !sendRefusal.isEmpty {
            return try await render(context, loaded, shown: saved, typed: nil, errors: sendRefusal, status: .unprocessableContent)
        }
        return deps.redirect(.innstilling(aar: loaded.runde.aar, loaded.ordning), query: loaded.utvalg.query, flash: flash)
    }

    func store(_ stored: StoredInnstilling, version: Int, action: AuditAction, _ loaded: Loaded) async throws -> StoredInnstilling {
        let audit = deps.audit(loaded.session).with(action)
        return try await deps.database.saveInnstilling(stored, expectedVersion: version, now: deps.clock.now(), audit: audit)
    }

    /// The tiltak of an earlier vedtak a bound-line form names, when it binds this round's money
    /// and the innstilling is still an utkast (what the forum has seen or the vedtak fixed stays).
    func bundetTiltak(_ form: FormData, _ loaded: Loaded) throws -> (TiltakIVedtak, [Forpliktelse]) {
        guard let tiltak = form.tiltakIVedtak(), tiltak.ordning == loaded.ordning else { throw HTTPError(.badRequest) }
        guard loaded.current.status.kanEndres else { throw HTTPError(.conflict) }
        let bound = loaded.midler(loaded.current.innstilling).forpliktelser.filter { $0.tiltakIVedtak == tiltak }
        guard !bound.isEmpty else { throw HTTPError(.notFound) }
        return (tiltak, bound)
    }

    /// Accepts the partnership's changed amount for this round's year: it binds instead of the promise.
    func godta(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context)
        let (tiltak, bound) = try bundetTiltak(context.form, loaded)
        guard let line = bound.first(where: { $0.aar == loaded.runde.aar }), line.harUbehandletEndring, let svar = line.svar else {
            throw HTTPError(.conflict)
        }
        do {
            try await deps.database.godtaForpliktelsessvar(tiltak, aar: loaded.runde.aar, audit: deps.audit(loaded.session).with(.godtaSvar))
        } catch StorageError.notFound {
            throw HTTPError(.conflict)
        }
        return deps.redirect(.innstilling(aar: loaded.runde.aar, loaded.ordning),
                                       flash: context.t.format(.inAccepted, ["belop": svar.belop.sum.formatted]))
    }

    /// Stops a tiltak of an earlier vedtak from this round's year on (R7): its commitment is
    /// freed for the innstilling. Needs a reason; audited.
    func stans(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context)
        let form = context.form
        let (tiltak, bound) = try bundetTiltak(form, loaded)
        switch TiltakIVedtak.stansBegrunnelse(form["begrunnelse"]) {
        case .failure(let failure):
            let errors = context.t.meldinger(failure).map { Feltmelding(InnstillingPage.stansFelt(tiltak), $0.melding) }
            return try await render(context, loaded, shown: loaded.current, typed: form, errors: errors, status: .unprocessableContent)
        case .success(let reason):
            do {
                try await deps.database.stansForpliktelse(tiltak, fraAar: loaded.runde.aar, begrunnelse: reason, now: deps.clock.now(),
                                                          audit: deps.audit(loaded.session).with(.stans))
            } catch StorageError.duplicate {
                throw HTTPError(.conflict)
            }
            let freed = bound.map(\.belop.sum).sum()
            return deps.redirect(.innstilling(aar: loaded.runde.aar, loaded.ordning),
                                           flash: context.t.format(.inStopped, ["belop": freed.formatted]))
        }
    }

    func render(
        _ context: AppRequestContext, _ loaded: Loaded, shown: StoredInnstilling, typed: FormData?, errors: [Feltmelding], status: HTTPResponse.Status
    ) async throws -> Response {
        var forum: [ForumInnspill] = []
        if let id = shown.id, shown.status != .utkast { forum = try await deps.database.forumInnspill(innstillingId: id) }
        var page = InnstillingPage(
            stored: shown, midler: loaded.midler(shown.innstilling), runde: loaded.runde, notForwarded: loaded.review.ikkeVideresendte.count,
            forum: forum, typed: typed, errors: errors, csrf: loaded.session.csrfToken, today: Dato(instant: deps.clock.now()), utvalg: loaded.utvalg,
            t: context.t
        )
        page.tidligereRapporter = try await TidligereRapporter.load(deps.database, runde: loaded.runde,
                                                                    partnerskapIds: Set(loaded.review.partnerskap.keys), alle: true, now: deps.clock.now(), t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(.statsforvalter), context), status: status)
    }
}
