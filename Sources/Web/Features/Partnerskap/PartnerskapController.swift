import Domain
import Foundation
import Hummingbird
import Persistence

/// Partnerships: an owner creates and changes one; every owner and UH in it signs the
/// agreement (R8); owners remind the others and start behovsmeldinger from it (R2).
/// A partnership the reader is not a party of is 404, so the answer does not tell it exists.
struct PartnerskapController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.nyttPartnerskap.routerPath) { request, context in try await self.new(request, context) }
        router.post(SiteRoute.opprettPartnerskap.routerPath) { request, context in try await self.create(request, context) }
        router.get(SiteRoute.partnerskap(0).routerPath) { request, context in try await self.show(request, context) }
        router.get(SiteRoute.partnerskapEndre(0).routerPath) { request, context in try await self.edit(request, context) }
        router.post(SiteRoute.partnerskapEndre(0).routerPath) { request, context in try await self.update(request, context) }
        router.post(SiteRoute.partnerskapSigner(0).routerPath) { request, context in try await self.sign(request, context) }
        router.post(SiteRoute.partnerskapForpliktelse(0).routerPath) { request, context in try await self.svar(request, context) }
        router.post(SiteRoute.partnerskapPaminn(0, organisasjon: 0).routerPath) { request, context in try await self.remind(request, context) }
        router.post(SiteRoute.partnerskapStartBehovsmelding(0, .monster).routerPath) { request, context in
            try await self.startBehovsmelding(request, context)
        }
    }

    // MARK: Create and change

    func new(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, own) = try await owner(request, context)
        let utkast = Partnerskap.Utkast(regionId: own.regionId.map(String.init) ?? "")
        return try await form(context, session, own: own, editing: nil, utkast: utkast, version: nil, errors: [], notice: nil, status: .ok)
    }

    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, own) = try await owner(request, context)
        let utkast = Self.utkast(context.form)
        switch try await validate(utkast, own: own) {
        case .failure(let failure):
            return try await form(context, session, own: own, editing: nil, utkast: utkast, version: nil, errors: context.t.meldinger(failure), notice: nil,
                                  status: .unprocessableContent)
        case .success(let partnerskap):
            let id = try await deps.database.createPartnerskap(partnerskap, now: deps.clock.now(), audit: deps.audit(session))
            return deps.redirect(.partnerskap(id), flash: context.t.text(.psCreated))
        }
    }

    func edit(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, _, stored) = try await load(request, context) { .redigereSomEier(eiere: $0.eierIds) }
        let own = try await ownOrganisation(session)
        let p = stored.partnerskap
        let utkast = Partnerskap.Utkast(
            navn: p.navn, regionId: p.regionId.map(String.init) ?? "", andreEiere: p.eiere.dropFirst().map { String($0.organisasjonId) },
            uh: p.uh.map { String($0.organisasjonId) }, avtale: p.avtale
        )
        let notice = p.signert.isEmpty ? nil : context.t.text(.psEditClearsSignatures)
        return try await form(context, session, own: own, editing: stored, utkast: utkast, version: stored.version, errors: [], notice: notice, status: .ok)
    }

    func update(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, _, stored) = try await load(request, context) { .redigereSomEier(eiere: $0.eierIds) }
        let own = try await ownOrganisation(session)
        let utkast = Self.utkast(context.form)
        let version = Int(context.form["version"]) ?? 0
        // The first owner stays first: whoever edits, the creating owner keeps its place.
        let first = try await deps.database.organisasjon(id: stored.partnerskap.eiere.first?.organisasjonId ?? own.id) ?? own
        let t = context.t
        func refused(_ errors: [Feltmelding], _ status: HTTPResponse.Status, version: Int) async throws -> Response {
            try await form(context, session, own: first, editing: stored, utkast: utkast, version: version, errors: errors, notice: nil, status: status)
        }
        switch try await validate(utkast, own: first) {
        case .failure(let failure):
            return try await refused(context.t.meldinger(failure), .unprocessableContent, version: version)
        case .success(var changed):
            changed.id = stored.id
            do {
                let cleared = try await deps.database.updatePartnerskap(changed, expectedVersion: version, now: deps.clock.now(), audit: deps.audit(session))
                return deps.redirect(.partnerskap(stored.id), flash: t.text(cleared ? .psSavedSignaturesCleared : .psSaved))
            } catch StorageError.conflict {
                let latest = try await deps.database.partnerskap(id: stored.id)
                return try await refused([Feltmelding("navn", t.text(.psConflict))], .conflict, version: latest?.version ?? version)
            } catch StorageError.locked {
                return try await refused([Feltmelding("navn", t.tekst(.partnerskapLaast))], .conflict, version: version)
            }
        }
    }

    // MARK: Reading, signing, reminding

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, rolle, stored) = try await load(request, context) { .sePartnerskap(parter: $0.partIds) }
        return try await page(context, session, rolle, stored, svar: nil, errors: [], status: .ok)
    }

    func page(
        _ context: AppRequestContext, _ session: ActiveSession, _ rolle: Rolle, _ stored: StoredPartnerskap,
        svar typed: FormData?, errors: [Feltmelding], status: HTTPResponse.Status
    ) async throws -> Response {
        let now = deps.clock.now()
        let regionName = try await deps.database.regions().first { $0.id == stored.partnerskap.regionId }?.navn ?? "–"
        let all = try await deps.database.runder()
        let meldinger = try await deps.database.behovsmeldinger(partnerskapIds: [stored.id])
        let history = try await deps.database.auditEvents(AuditFilter(objectType: "partnerskap", objectId: String(stored.id), limit: 50))
        let current = Runde.gjeldende(blant: all, today: Dato(instant: now))
        // What earlier vedtak promised and which of those may be answered now, kept until the
        // data changes (`beholdt(forOrganisasjon:)`): each ordning's innstilling was read whole,
        // on every view, for its state. Made from its own read of the behovsmeldinger, never
        // from one made before a change.
        struct Nokkel: Hashable, Sendable { let partnerskapId: Int64, runde: Runde? }
        let (promised, open) = try await deps.database.beholdt(forOrganisasjon: Nokkel(partnerskapId: stored.id, runde: current)) {
            let promised = try await forpliktelser(stored, runde: current, meldinger: try await deps.database.behovsmeldinger(partnerskapIds: [stored.id]))
            var open: Set<Ordning> = []
            if let current {
                for ordning in Set(promised.map(\.ordning))
                where Forpliktelsessvar.kanSvares(innstilling: try await deps.database.innstilling(rundeAar: current.aar, ordning: ordning)?.status) {
                    open.insert(ordning)
                }
            }
            return (promised, open)
        }
        let page = PartnerskapPage(
            stored: stored, rolle: rolle, regionName: regionName, runde: current, runder: Runder(all), meldinger: meldinger,
            forpliktelser: promised, svarApent: open, svar: typed, errors: errors,
            history: try deps.auditRader(history, t: context.t), now: now, csrf: session.csrfToken, t: context.t
        )
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(rolle.kind), context), status: status)
    }

    /// What earlier vedtak promised the partnership's multi-year tiltak for the current round's year.
    func forpliktelser(_ stored: StoredPartnerskap, runde: Runde?, meldinger: [StoredBehovsmelding]) async throws -> [Forpliktelse] {
        guard let runde else { return [] }
        let ids = Set(meldinger.map(\.id))
        var result: [Forpliktelse] = []
        for ordning in Set(meldinger.map(\.melding.ordning)).sorted() {
            result += try await deps.database.forpliktelser(ordning: ordning, fraAar: runde.aar, behovsmeldinger: ids)
                .filter { $0.aar == runde.aar && $0.gjelder }
        }
        return result
    }

    /// The owner answers what a multi-year tiltak needs this year: the promise confirmed, or
    /// more or less with a reason. A form with a problem comes back with what was typed.
    func svar(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, rolle, stored) = try await load(request, context) { .redigereSomEier(eiere: $0.eierIds) }
        let form = context.form
        guard let key = form.tiltakIVedtak() else { throw HTTPError(.badRequest) }
        let now = deps.clock.now()
        let runde = try await deps.database.gjeldendeRunde(today: Dato(instant: now))
        let meldinger = try await deps.database.behovsmeldinger(partnerskapIds: [stored.id])
        guard let runde, let line = try await forpliktelser(stored, runde: runde, meldinger: meldinger).first(where: { $0.tiltakIVedtak == key }) else {
            throw HTTPError(.notFound)
        }
        guard Forpliktelsessvar.kanSvares(innstilling: try await deps.database.innstilling(rundeAar: runde.aar, ordning: key.ordning)?.status) else {
            return try await page(context, session, rolle, stored, svar: form,
                                  errors: [Feltmelding(PartnerskapPage.svarFelt(key, "svar.eier"), context.t.text(.psAnswerClosed))], status: .conflict)
        }
        switch Forpliktelsessvar.valider(eier: form["svar.eier"], uh: form["svar.uh"], begrunnelse: form["svar.begrunnelse"], forpliktelse: line) {
        case .failure(let failure):
            let errors = context.t.meldinger(failure).map { Feltmelding(PartnerskapPage.svarFelt(key, $0.felt), $0.melding) }
            return try await page(context, session, rolle, stored, svar: form, errors: errors, status: .unprocessableContent)
        case .success(let answer):
            try await deps.database.svarPaForpliktelse(key, aar: line.aar, answer, now: now, audit: deps.audit(session).with(.svarForpliktelse))
            return deps.redirect(.partnerskap(stored.id), flash: context.t.text(.psAnswered))
        }
    }

    func sign(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, rolle, stored) = try await load(request, context) { .signere(parter: $0.partIds) }
        let t = context.t
        guard let own = rolle.organisasjonId else { throw HTTPError(.forbidden) }
        if let blocker = stored.partnerskap.signeringsfeil.first {
            return deps.redirect(.partnerskap(stored.id), flash: t.tekst(blocker.grunn))
        }
        do {
            try await deps.database.signPartnerskap(
                id: stored.id, organisationId: own, userId: session.bruker.id, expectedVersion: Int(context.form["version"]) ?? 0,
                now: deps.clock.now(), audit: deps.audit(session)
            )
        } catch StorageError.conflict {
            return deps.redirect(.partnerskap(stored.id), flash: t.text(.psSignConflict))
        }
        return deps.redirect(.partnerskap(stored.id), flash: t.text(.psSigned))
    }

    func remind(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, _, stored) = try await load(request, context) { .redigereSomEier(eiere: $0.eierIds) }
        let party = try context.id("organisasjon")
        guard let part = stored.partnerskap.parter.first(where: { $0.organisasjonId == party }) else { throw HTTPError(.notFound) }
        let t = context.t
        do {
            try await deps.database.remindPartnerskap(id: stored.id, organisationId: party, now: deps.clock.now(), audit: deps.audit(session))
        } catch StorageError.notFound {
            return deps.redirect(.partnerskap(stored.id), flash: t.format(.psAlreadySigned, ["part": part.navn]))
        }
        return deps.redirect(.partnerskap(stored.id), flash: t.format(.psReminded, ["part": part.navn]))
    }

    /// Starts the partnership's behovsmelding for an ordning of the current round, or opens the
    /// one it already has (R2).
    func startBehovsmelding(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, _, stored) = try await load(request, context) { .redigereSomEier(eiere: $0.eierIds) }
        guard let code = context.parameters.get("ordning"), let ordning = Ordning(kode: code) else { throw HTTPError(.notFound) }
        let now = deps.clock.now()
        guard let runde = try await deps.database.gjeldendeRunde(today: Dato(instant: now)) else {
            return deps.redirect(.partnerskap(stored.id), flash: context.t.text(.startNoRound))
        }
        if let refusal = runde.startfeil(ordning, now: now) {
            return deps.redirect(.partnerskap(stored.id), flash: context.t.tekst(refusal))
        }
        do {
            let id = try await deps.database.createBehovsmelding(
                partnerskapId: stored.id, ordning: ordning, rundeAar: runde.aar, now: now, audit: deps.audit(session)
            )
            return deps.redirect(.behovsmelding(id), flash: context.t.text(.bmStarted))
        } catch StorageError.duplicate {
            let existing = try await deps.database.behovsmeldinger(partnerskapIds: [stored.id])
                .first { $0.melding.ordning == ordning && $0.melding.rundeAar == runde.aar }
            guard let existing else { throw HTTPError(.conflict) }
            return .redirect(to: SiteRoute.behovsmelding(existing.id).path, type: .normal)
        }
    }

    // MARK: Helpers

    /// The session and organisation of an owner acting for it.
    func owner(_ request: Request, _ context: AppRequestContext) async throws -> (ActiveSession, Organisasjon) {
        let session = try context.requireSession(request)
        guard let rolle = session.rolle, let id = rolle.organisasjonId, Tilgang.kan(rolle, .opprettePartnerskap(eierId: id)) else {
            throw HTTPError(.forbidden)
        }
        return (session, try await ownOrganisation(session))
    }

    func ownOrganisation(_ session: ActiveSession) async throws -> Organisasjon {
        guard let id = session.rolle?.organisasjonId, let org = try await deps.database.organisasjon(id: id) else { throw HTTPError(.forbidden) }
        return org
    }

    func validate(_ utkast: Partnerskap.Utkast, own: Organisasjon) async throws -> Result<Partnerskap, Skjemafeil> {
        let organisations = try await deps.database.organisasjoner()
        let regions = try await deps.database.regions()
        return utkast.valider(
            egenEier: Partnerskap.Part(own), eiere: organisations.filter(\.type.erEier).map(Partnerskap.Part.init),
            uhListe: organisations.filter(\.type.erKunnskapspartner).map(Partnerskap.Part.init), regioner: Set(regions.map(\.id))
        )
    }

    static func utkast(_ form: FormData) -> Partnerskap.Utkast {
        Partnerskap.Utkast(
            navn: form["navn"], regionId: form["regionId"], andreEiere: form.all("eiere"), uh: form.all("uh"),
            avtale: .init(hvem: form["avtale.hvem"], hva: form["avtale.hva"], naar: form["avtale.naar"])
        )
    }

    func form(
        _ context: AppRequestContext, _ session: ActiveSession, own: Organisasjon, editing: StoredPartnerskap?, utkast: Partnerskap.Utkast,
        version: Int?, errors: [Feltmelding], notice: String?, status: HTTPResponse.Status
    ) async throws -> Response {
        let organisations = try await deps.database.organisasjoner()
        let page = PartnerskapFormPage(
            editing: editing?.id, utkast: utkast, own: own, owners: organisations.filter(\.type.erEier),
            universities: organisations.filter(\.type.erKunnskapspartner), regions: try await deps.database.regions(), version: version,
            errors: errors, notice: notice, csrf: session.csrfToken, t: context.t
        )
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(.eier), context), status: status)
    }
}

extension ActiveSession {
    /// The acting role when it may see `partnerskap` (404 otherwise, as for one that does not
    /// exist, so the answer does not tell) and may do `handling` with it (403 otherwise).
    func requireParty(_ partnerskap: Partnerskap, _ handling: (Partnerskap) -> Handling) throws -> Rolle {
        guard let rolle else { throw HTTPError(.forbidden) }
        guard Tilgang.kan(rolle, .sePartnerskap(parter: partnerskap.partIds)) else { throw HTTPError(.notFound) }
        guard Tilgang.kan(rolle, handling(partnerskap)) else { throw HTTPError(.forbidden) }
        return rolle
    }
}

extension Partnerskap {
    var partIds: Set<Int64> { Set(parter.map(\.organisasjonId)) }
    var eierIds: Set<Int64> { Set(eiere.map(\.organisasjonId)) }
    var uhIds: Set<Int64> { Set(uh.map(\.organisasjonId)) }
}
