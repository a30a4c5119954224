import Domain
import Foundation
import Hummingbird
import Persistence

/// The network leader's handling of one ordning in one round: the region's delivered
/// behovsmeldinger, the priority order, tiltak marked as joint across owners, and the
/// forwarding to the Statsforvalter (one recorded step; read-only afterwards).
struct NettverkController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        let path = SiteRoute.nettverkBehandling(aar: 0, .monster).routerPath
        router.get(path) { request, context in try await self.show(request, context) }
        router.post(path) { request, context in try await self.save(request, context) }
    }

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context)
        return try render(context, loaded, behandling: loaded.behandling, typed: nil, errors: [], status: .ok)
    }

    /// `lagre` keeps the priority order and note, `videresend` also forwards, `felles` marks the
    /// checked tiltak as joint, `fjern-felles-N` removes a joint group.
    func save(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context)
        let form = context.form
        let t = context.t
        guard let knapp = form["handling"].isEmpty ? Knapp.lagre : form.knapp else { throw HTTPError(.badRequest) }
        let version = Int(form["version"]) ?? -1
        var next = loaded.behandling
        guard next.forwardedAt == nil else {
            return try render(context, loaded, behandling: next, typed: nil, errors: [Feltmelding("status", t.text(.nwAlreadyForwarded))], status: .conflict)
        }
        let ids = loaded.meldinger.map(\.id)
        var flash = t.text(.nwSaved)
        var action: AuditAction = .prioriter
        switch knapp {
        case .lagre, .videresend:
            let typed = Dictionary(uniqueKeysWithValues: ids.map { ($0, form["prioritet.\($0)"]) })
            switch Nettverksprioritet.parse(typed, current: Self.order(loaded)) {
            case .failure(let failure):
                return try render(context, loaded, behandling: next, typed: form, errors: context.t.meldinger(failure), status: .unprocessableContent)
            case .success(let order): next.prioritet = order
            }
            let note = form["note"].trimmingCharacters(in: .whitespacesAndNewlines)
            if let tooLong = Tekstgrense.middels.sjekk(note, felt: Felt("note"), navn: .nettverksnotat) {
                return try render(context, loaded, behandling: next, typed: form, errors: [context.t.melding(tooLong)], status: .unprocessableContent)
            }
            next.note = note
            if knapp == .videresend {
                if let problem = Nettverksbehandling.videresending(antallLeverte: ids.count, frist: loaded.videresendingsfrist, now: deps.clock.now()) {
                    return try render(context, loaded, behandling: next, typed: form, errors: [Self.feltfeil(problem, t)], status: .unprocessableContent)
                }
                next.forwardedAt = deps.clock.now()
                next.forwardedBy = loaded.session.bruker.navn
                action = .videresend
                flash = t.text(.nwForwarded)
            }
        case .felles:
            let chosen = form.all("felles").compactMap(Self.tiltaksnokkel).filter { ids.contains($0.behovsmeldingId) }
            let partnerships = chosen.compactMap { key in loaded.meldinger.first { $0.id == key.behovsmeldingId }?.melding.partnerskapId }
            let note = form["fellesNote"].trimmingCharacters(in: .whitespacesAndNewlines)
            var errors = Nettverksbehandling.fellestiltak(partnerskapForValgte: partnerships, note: note).map { Self.feltfeil($0, t) }
            if let tooLong = Tekstgrense.middels.sjekk(note, felt: Felt("fellesNote"), navn: .fellesnotat) { errors.append(t.melding(tooLong)) }
            guard errors.isEmpty else { return try render(context, loaded, behandling: next, typed: form, errors: errors, status: .unprocessableContent) }
            next.felles.append(.init(id: 0, note: note, medlemmer: chosen.sorted()))
            action = .felles
            flash = t.text(.nwJointAdded)
        case .fjernFelles(let id):
            next.felles.removeAll { $0.id == id }
            action = .fjernFelles
            flash = t.text(.nwJointRemoved)
        default:
            throw HTTPError(.badRequest)
        }
        if next.prioritet.isEmpty { next.prioritet = Self.order(loaded) }
        let audit = deps.audit(loaded.session).with(action)
        do {
            try await deps.database.saveNettverkBehandling(next, expectedVersion: version, audit: audit)
        } catch StorageError.conflict {
            return try render(context, loaded, behandling: loaded.behandling, typed: form, errors: [Feltmelding("status", t.text(.nwConflict))], status: .conflict)
        } catch StorageError.locked {
            return try render(context, loaded, behandling: loaded.behandling, typed: nil, errors: [Feltmelding("status", t.text(.nwAlreadyForwarded))], status: .conflict)
        }
        return deps.redirect(.nettverkBehandling(aar: loaded.runde.aar, loaded.ordning), flash: flash)
    }

    /// A network step's problem, worded, next to its field.
    static func feltfeil(_ problem: Nettverksbehandling.Problem, _ t: Catalogue) -> Feltmelding {
        switch problem {
        case .forFaFellestiltak: Feltmelding("felles", t.text(.nwJointTooFew))
        case .manglerFellesnotat: Feltmelding("fellesNote", t.text(.nwJointNoteMissing))
        case .ingentingAVideresende: Feltmelding("status", t.text(.nwNothingToForward))
        case .forTidlig(let frist): Feltmelding("status", t.format(.nwForwardOpens, ["dato": frist.formatted]))
        }
    }

    /// The current order: the saved priority, then the rest by partnership name.
    static func order(_ loaded: Loaded) -> [Int64] {
        let saved = loaded.behandling.prioritet.filter { id in loaded.meldinger.contains { $0.id == id } }
        let rest = loaded.meldinger.filter { !saved.contains($0.id) }
            .sorted { (loaded.partnerskap[$0.melding.partnerskapId]?.navn ?? "", $0.id) < (loaded.partnerskap[$1.melding.partnerskapId]?.navn ?? "", $1.id) }
        return saved + rest.map(\.id)
    }

    /// `12-3` → behovsmelding 12, tiltak 3.
    static func tiltaksnokkel(_ value: String) -> Tiltaksnokkel? {
        let parts = value.split(separator: "-")
        guard parts.count == 2, let id = Int64(parts[0]), let nummer = Int(parts[1]), nummer >= 1 else { return nil }
        return Tiltaksnokkel(behovsmeldingId: id, nummer: nummer)
    }

    func render(
        _ context: AppRequestContext, _ loaded: Loaded, behandling: StoredNettverkBehandling, typed: FormData?, errors: [Feltmelding],
        status: HTTPResponse.Status
    ) throws -> Response {
        let page = NettverkPage(
            nettverk: loaded.nettverk, runde: loaded.runde, videresendingsfrist: loaded.videresendingsfrist, ordning: loaded.ordning, meldinger: loaded.meldinger, partnerskap: loaded.partnerskap,
            behandling: behandling, order: Self.order(loaded), typed: typed, errors: errors, csrf: loaded.session.csrfToken,
            now: deps.clock.now(), t: context.t
        )
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(.nettverksleder), context), status: status)
    }
}
