import Domain
import Foundation
import Hummingbird
import Persistence

/// The behovsmelding: the owner writes it (a draft can be saved at any time), adds and
/// removes tiltak, sends it to the UH; the UH writes its text and co-signs, which delivers
/// it, or returns it with a comment. Every save carries the version it was read at.
struct BehovsmeldingController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.behovsmelding(0).routerPath) { request, context in try await self.show(request, context) }
        router.post(SiteRoute.behovsmelding(0).routerPath) { request, context in try await self.save(request, context) }
        router.post(SiteRoute.behovsmeldingUH(0).routerPath) { request, context in try await self.uh(request, context) }
        router.get(SiteRoute.behovsmeldingUtskrift(0).routerPath) { request, context in try await self.print(request, context) }
        router.post(SiteRoute.behovsmeldingOversikt(0).routerPath) { request, context in try await self.oversikt(request, context) }
        router.post(SiteRoute.behovsmeldingFrist(0).routerPath) { request, context in try await self.frist(request, context) }
    }

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context, reviewers: true) { .sePartnerskap(parter: $0.partIds) }
        let now = deps.clock.now()
        if isEditingOwner(loaded, now: now) {
            let utkast = Behovsmelding.Utkast(loaded.stored.melding, aar: maxYears(loaded))
            // A new, untouched draft shows its rules in the summary only, not as red fields.
            let showViolations = loaded.stored.version > 1
            return try await ownerForm(context, loaded, utkast: utkast, shown: loaded.stored.melding, errors: [], showViolations: showViolations,
                                 conflict: nil, version: loaded.stored.version, status: .ok)
        }
        return try await reading(context, loaded, uhDraft: nil, kommentar: "", errors: [], conflict: nil, version: loaded.stored.version, status: .ok)
    }

    // MARK: The owner

    /// One POST for the whole form; the button pressed says what else to do: `lagre`,
    /// `nytt-tiltak`, `fjern-N` or `send`.
    func save(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context) { .redigereSomEier(eiere: $0.eierIds) }
        let now = deps.clock.now()
        let t = context.t.forOrdning(loaded.runde.ordninger[loaded.stored.melding.ordning])
        let form = context.form
        let version = Int(form["version"]) ?? 0
        var utkast = Self.utkast(form, tiltakCount: Self.tiltakCount(form), years: maxYears(loaded))
        let knapp = form.knapp ?? .lagre
        let stored = loaded.stored
        let maxTiltak = loaded.runde.ordninger[stored.melding.ordning]?.parametre.maksTiltak ?? 0

        let goals = Set(try await planer(loaded).flatMap(\.plan.mal))
        func refused(_ errors: [Feltmelding], _ status: HTTPResponse.Status, version: Int, conflict: String? = nil) async throws -> Response {
            // Rule messages only make sense for what was typed; when the typing itself has
            // format errors, those alone are shown, and the summary shows the saved version.
            let parsed = try? utkast.anvend(pa: stored.melding, maksAar: maxYears(loaded), planmal: goals).get()
            return try await ownerForm(context, loaded, utkast: utkast, shown: parsed ?? stored.melding, errors: errors, showViolations: parsed != nil,
                                 conflict: conflict, version: version, status: status)
        }
        guard stored.melding.kanRedigeresAvEier(runde: loaded.runde, now: now) else {
            let reason = stored.melding.statusFeil(krever: .utkast, runde: loaded.runde, now: now).map(context.t.meldinger) ?? []
            return try await reading(context, loaded, uhDraft: nil, kommentar: "", errors: reason, conflict: nil, version: stored.version, status: .conflict)
        }
        switch knapp {
        case .nyttTiltak:
            if let full = utkast.leggTilTiltak(maks: maxTiltak, ordning: loaded.runde.kortnavn(stored.melding.ordning)) {
                return try await refused([t.melding(full)], .unprocessableContent, version: version)
            }
        case .fjernTiltak(let number) where number >= 1 && number <= utkast.tiltak.count:
            utkast.tiltak.remove(at: number - 1)
        default:
            break
        }
        if let tooMany = utkast.tiltakgrense(maks: maxTiltak, ordning: loaded.runde.kortnavn(stored.melding.ordning)) {
            return try await refused([t.melding(tooMany)], .unprocessableContent, version: version)
        }
        let melding: Behovsmelding
        switch utkast.anvend(pa: stored.melding, maksAar: maxYears(loaded), planmal: goals) {
        case .failure(let failure): return try await refused(context.t.meldinger(failure), .unprocessableContent, version: version)
        case .success(let value): melding = value
        }

        var next = stored
        next.melding = melding
        var sendRefusal: [Feltmelding] = []
        var action: AuditAction = .lagre
        if knapp == .send {
            switch melding.sendTilUH(partnerskap: loaded.partnerskap.partnerskap, runde: loaded.runde, andre: loaded.andre, now: now) {
            case .success(let sent):
                next.melding = sent
                next.returnComment = nil
                action = .send
            case .failure(let failure):
                sendRefusal = context.t.meldinger(failure)
            }
        }
        let audit = deps.audit(loaded.session).with(action)
        let newVersion: Int
        do {
            newVersion = try await deps.database.saveBehovsmelding(next, expectedVersion: version, now: now, audit: audit)
        } catch StorageError.conflict {
            let latest = try await deps.database.behovsmelding(id: stored.id)
            let who = try await lastEditor(stored.id, t: context.t)
            return try await refused([], .conflict, version: latest?.version ?? version, conflict: t.format(.bmConflict, ["hvem": who]))
        }
        if !sendRefusal.isEmpty {
            // The draft is saved; the page says what stops sending, with the typed text as saved.
            let summary = [Feltmelding("status", t.text(.bmSendRefused))] + sendRefusal
            return try await ownerForm(context, loaded, utkast: Behovsmelding.Utkast(next.melding, aar: maxYears(loaded)), shown: next.melding,
                                 errors: summary, showViolations: true, conflict: nil, version: newVersion, status: .unprocessableContent)
        }
        let anchor: String
        let flash: String
        switch knapp {
        case .send:
            (anchor, flash) = ("", t.text(.bmSent))
        case .nyttTiltak:
            (anchor, flash) = ("#tiltak-\(melding.tiltak.count)", t.format(.bmTiltakAdded, ["nr": String(melding.tiltak.count)]))
        case .fjernTiltak:
            (anchor, flash) = ("#tiltak-liste", t.text(.bmTiltakRemoved))
        default:
            (anchor, flash) = ("", t.format(.bmSaved, ["tid": Tidspunkt.oslo(now)]))
        }
        return deps.redirect(.behovsmelding(stored.id), fragment: anchor, flash: flash)
    }

    /// The summary for what the form holds now, unsaved: the page's script posts the form
    /// while the owner types and swaps the summary in. Domain does the arithmetic and the
    /// checks, as on save; nothing is written.
    func oversikt(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context) { .redigereSomEier(eiere: $0.eierIds) }
        let now = deps.clock.now()
        guard loaded.stored.melding.kanRedigeresAvEier(runde: loaded.runde, now: now) else { throw HTTPError(.conflict) }
        let form = context.form
        let utkast = Self.utkast(form, tiltakCount: Self.tiltakCount(form), years: maxYears(loaded))
        let partnerskap = loaded.partnerskap.partnerskap
        let partnerskapHref = SiteRoute.partnerskap(partnerskap.id).path
        let oversikt: BehovsmeldingOversikt
        switch utkast.anvend(pa: loaded.stored.melding, maksAar: maxYears(loaded), planmal: Set(try await planer(loaded).flatMap(\.plan.mal))) {
        case .success(let melding):
            let violations = melding.validate(partnerskap: partnerskap, runde: loaded.runde, andre: loaded.andre, steg: .tilUH, now: now)
            oversikt = BehovsmeldingOversikt(melding: melding, partnerskap: partnerskap, runde: loaded.runde, violations: violations,
                                             steg: .tilUH, partnerskapHref: partnerskapHref, now: now, t: context.t)
        case .failure(let failure):
            // The rules are checked again once every typed value can be read.
            oversikt = BehovsmeldingOversikt(melding: loaded.stored.melding, partnerskap: partnerskap, runde: loaded.runde, violations: [],
                                             formatErrors: failure.felter, steg: .tilUH, partnerskapHref: partnerskapHref, now: now, t: context.t)
        }
        return try deps.renderer.fragment(BehovsmeldingOversikt.template, model: oversikt, t: context.t)
    }

    // MARK: The UH

    /// `lagre` keeps the teacher-education text, `signer` co-signs (and delivers when every
    /// UH has), `returner` sends it back to the owner with a comment.
    func uh(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context) { .redigereSomUH(uh: $0.uhIds) }
        let now = deps.clock.now()
        let t = context.t.forOrdning(loaded.runde.ordninger[loaded.stored.melding.ordning])
        let form = context.form
        let version = Int(form["version"]) ?? 0
        // The return form does not carry the text; only a form that sends it changes it.
        let text = form.all("uhLaererutdanning").first
        let kommentar = form["kommentar"]
        let knapp = form.knapp ?? .lagre
        let stored = loaded.stored
        func refused(_ errors: [Feltmelding], _ status: HTTPResponse.Status, conflict: String? = nil, version: Int) async throws -> Response {
            try await reading(context, loaded, uhDraft: text, kommentar: kommentar, errors: errors, conflict: conflict, version: version, status: status)
        }
        // `load` asked the policy for UH work: the role acts for a UH of the partnership.
        guard let own = loaded.rolle.organisasjonId else { throw HTTPError(.forbidden) }
        if let text, let tooLong = Tekstgrense.lang.sjekk(text, felt: .uhLaererutdanning, navn: .uhLaererutdanning) {
            return try await refused([t.melding(tooLong)], .unprocessableContent, version: version)
        }
        var next = stored
        if let text { next.melding.uhLaererutdanning = text.trimmingCharacters(in: .whitespacesAndNewlines) }
        let flash: String
        var action: AuditAction = .uhLagre
        switch knapp {
        case .signer:
            switch next.melding.signerSomUH(own, signert: stored.uhSignert, partnerskap: loaded.partnerskap.partnerskap, runde: loaded.runde,
                                            andre: loaded.andre, now: now) {
            case .failure(let failure):
                return try await refused(context.t.meldinger(failure), .unprocessableContent, version: version)
            case .success(let (signed, signert)):
                next.melding = signed
                next.uhSignert = signert
                action = signed.status == .levert ? .lever : .uhSigner
                flash = t.text(signed.status == .levert ? .bmDelivered : .bmUHSigned)
            }
        case .returner:
            switch next.melding.returner(kommentar: kommentar, runde: loaded.runde, now: now) {
            case .failure(let failure):
                return try await refused(context.t.meldinger(failure), .unprocessableContent, version: version)
            case .success(let returned):
                next.melding = returned
                next.returnComment = kommentar.trimmingCharacters(in: .whitespacesAndNewlines)
                next.uhSignert = []
                action = .returner
                flash = t.text(.bmReturnedFlash)
            }
        default:
            if let refusal = stored.melding.statusFeil(krever: .tilUH, runde: loaded.runde, now: now) {
                return try await refused(context.t.meldinger(refusal), .conflict, version: version)
            }
            flash = t.format(.bmSaved, ["tid": Tidspunkt.oslo(now)])
        }
        let audit = deps.audit(loaded.session).with(action)
        do {
            try await deps.database.saveBehovsmelding(next, expectedVersion: version, now: now, audit: audit)
        } catch StorageError.conflict {
            let latest = try await deps.database.behovsmelding(id: stored.id)
            return try await refused([], .conflict, conflict: t.format(.bmConflict, ["hvem": try await lastEditor(stored.id, t: context.t)]),
                                     version: latest?.version ?? version)
        }
        return deps.redirect(.behovsmelding(stored.id), flash: flash)
    }

    /// R9: the Statsforvalter gives this behovsmelding a later deadline, with a reason the
    /// parties see; a form with a problem comes back with what was typed.
    func frist(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context) { _ in .forlengeFrist }
        let form = context.form
        let typed = (dato: form["fristDato"], begrunnelse: form["fristBegrunnelse"])
        switch Fristforlengelse.valider(dato: typed.dato, begrunnelse: typed.begrunnelse, runde: loaded.runde) {
        case .failure(let failure):
            return try await reading(context, loaded, uhDraft: nil, kommentar: "", errors: context.t.meldinger(failure), conflict: nil,
                                     version: loaded.stored.version, status: .unprocessableContent, frist: typed)
        case .success(let forlengelse):
            try await deps.database.forlengFrist(behovsmeldingId: loaded.stored.id, forlengelse, audit: deps.audit(loaded.session).with(.forlengFrist))
            return deps.redirect(.behovsmelding(loaded.stored.id),
                                           flash: context.t.format(.bmExtended, ["dato": forlengelse.dato.formatted]))
        }
    }

    func print(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context, reviewers: true) { .sePartnerskap(parter: $0.partIds) }
        let innhold = try deps.innhold(loaded.stored, partnerskap: loaded.partnerskap.partnerskap, runde: loaded.runde, lignende: nil,
                                       lager: loaded.innholdslager, t: context.t)
        let page = BehovsmeldingPrintPage(stored: loaded.stored, partnerskap: loaded.partnerskap, runde: loaded.runde, innhold: innhold, now: deps.clock.now(),
                                          t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(loaded.rolle.kind), context))
    }

    // MARK: Helpers

    func isEditingOwner(_ loaded: Loaded, now: Date) -> Bool {
        Tilgang.kan(loaded.rolle, .redigereSomEier(eiere: loaded.partnerskap.partnerskap.eierIds))
            && loaded.stored.melding.kanRedigeresAvEier(runde: loaded.runde, now: now)
    }

    /// The current competence plans of the networks that receive the behovsmelding (those of
    /// its partnership's region of the kinds its scheme goes to): a tiltak may serve their goals.
    func planer(_ loaded: Loaded) async throws -> [(nettverk: String, plan: Kompetanseplan)] {
        guard let region = loaded.partnerskap.partnerskap.regionId else { return [] }
        return try await deps.database.gjeldendeKompetanseplaner(regionId: region, typer: loaded.runde.ordninger[loaded.stored.melding.ordning]?.nettverk ?? [])
    }

    func maxYears(_ loaded: Loaded) -> Int {
        loaded.runde.ordninger[loaded.stored.melding.ordning]?.parametre.maksVarighetAar ?? 1
    }

    /// Who saved last, for the conflict message.
    func lastEditor(_ id: Int64, t: Catalogue) async throws -> String {
        let events = try await deps.database.auditEvents(AuditFilter(objectType: "behovsmelding", objectId: String(id), limit: 1))
        guard let last = events.first else { return t.text(.bmSomeoneElse) }
        return "\(last.userName ?? t.text(.bmSomeoneElse)) (\(Tidspunkt.oslo(last.at)))"
    }

    func ownerForm(
        _ context: AppRequestContext, _ loaded: Loaded, utkast: Behovsmelding.Utkast, shown: Behovsmelding, errors: [Feltmelding],
        showViolations: Bool, conflict: String?, version: Int, status: HTTPResponse.Status
    ) async throws -> Response {
        let page = try BehovsmeldingFormPage(
            stored: loaded.stored, utkast: utkast, shown: shown, partnerskap: loaded.partnerskap.partnerskap, runde: loaded.runde,
            andre: loaded.andre, planer: try await planer(loaded), errors: errors, showViolations: showViolations, conflict: conflict,
            version: version, now: deps.clock.now(), csrf: loaded.session.csrfToken, renderer: deps.renderer, t: context.t
        )
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(loaded.rolle.kind), context), status: status)
    }

    func reading(
        _ context: AppRequestContext, _ loaded: Loaded, uhDraft: String?, kommentar: String, errors: [Feltmelding], conflict: String?, version: Int,
        status: HTTPResponse.Status, frist: (dato: String, begrunnelse: String)? = nil
    ) async throws -> Response {
        let history = try await deps.database.auditEvents(AuditFilter(objectType: "behovsmelding", objectId: String(loaded.stored.id), limit: 100))
        let lignende = try await deps.lignendeTiltak(loaded.stored.melding, id: loaded.stored.id, rolle: loaded.rolle)
        let innhold = try deps.innhold(loaded.stored, partnerskap: loaded.partnerskap.partnerskap, runde: loaded.runde, lignende: lignende,
                                       lager: loaded.innholdslager, t: context.t)
        let page = BehovsmeldingPage(
            stored: loaded.stored, partnerskap: loaded.partnerskap.partnerskap, runde: loaded.runde, andre: loaded.andre, innhold: innhold, rolle: loaded.rolle,
            uhDraft: uhDraft, kommentar: kommentar, frist: frist, errors: errors, conflict: conflict, version: version, history: history.reversed(),
            now: deps.clock.now(), csrf: loaded.session.csrfToken, t: context.t
        )
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(loaded.rolle.kind), context), status: status)
    }

    /// How many tiltak the form sent: the highest `tiltak[N].` seen.
    static func tiltakCount(_ form: FormData) -> Int {
        var highest = 0
        for (name, _) in form.fields where name.hasPrefix("tiltak[") {
            guard let close = name.firstIndex(of: "]"), let number = Int(name[name.index(name.startIndex, offsetBy: 7)..<close]) else { continue }
            // A forged form cannot make the server build thousands of tiltak.
            if number <= 50 { highest = max(highest, number) }
        }
        return highest
    }

    static func utkast(_ form: FormData, tiltakCount: Int, years: Int) -> Behovsmelding.Utkast {
        var kriterier: [Kriterium: String] = [:]
        for kriterium in Kriterium.allCases { kriterier[kriterium] = form[.kriterium(kriterium)] }
        let tiltak = (0..<tiltakCount).map { index -> Tiltak.Utkast in
            let nummer = index + 1
            func f(_ del: Felt.Tiltaksdel) -> String { form[.tiltak(nummer, del)] }
            return Tiltak.Utkast(
                tittel: f(.tittel), fase: f(.fase), hvaSkalGjores: f(.hvaSkalGjores), hvemGjorHva: f(.hvemGjorHva),
                deltakere: f(.deltakere), varighetAar: f(.varighetAar),
                aarsbelop: (1...max(years, 1)).map { year in
                    .init(eier: form[.tiltaksbelop(nummer, aar: year, .eier)], uh: form[.tiltaksbelop(nummer, aar: year, .uh)])
                },
                koordinator: f(.koordinator), koordinatorBegrunnelse: f(.koordinatorBegrunnelse), planmal: f(.planmal)
            )
        }
        return Behovsmelding.Utkast(kriterier: kriterier, enheter: form["enheter"], kontaktperson: form["kontaktperson"], tiltak: tiltak)
    }
}
