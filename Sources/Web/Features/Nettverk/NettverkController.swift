import Domain
import Foundation
import Hummingbird
import Persistence

/// The network leader's handling of one ordning in one round: the region's delivered
/// behovsmeldinger, the priority order, tiltak marked as joint across owners (a page of its
/// own), and the forwarding to the Statsforvalter (one recorded step; read-only afterwards).
struct NettverkController {
    let deps: AppDependencies

    /// The two pages of the handling.
    enum Side {
        case prioritering, felles

        /// The page whose form has the button: a marking's on the joint page, the rest on the
        /// priority page. Either address takes each button, so a page open from before they
        /// were parted still saves.
        init(_ knapp: Knapp) {
            switch knapp {
            case .felles, .fjernFelles: self = .felles
            default: self = .prioritering
            }
        }

        func route(_ loaded: Loaded) -> SiteRoute {
            switch self {
            case .prioritering: .nettverkBehandling(aar: loaded.runde.aar, loaded.ordning)
            case .felles: .nettverkFelles(aar: loaded.runde.aar, loaded.ordning)
            }
        }
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        for (side, path) in [(Side.prioritering, SiteRoute.nettverkBehandling(aar: 0, .monster)), (.felles, .nettverkFelles(aar: 0, .monster))] {
            router.get(path.routerPath) { request, context in
                let loaded = try await load(request, context)
                return try render(context, side, loaded, typed: nil, errors: [], status: .ok)
            }
            router.post(path.routerPath) { request, context in try await self.save(request, context) }
        }
    }

    /// `lagre` keeps the priority order and note, `videresend` also forwards, `felles` marks the
    /// checked tiltak as joint, `fjern-felles-N` removes a joint group.
    func save(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context)
        let form = context.form
        let t = context.t
        guard let knapp = form["handling"].isEmpty ? Knapp.lagre : form.knapp else { throw HTTPError(.badRequest) }
        let side = Side(knapp)
        /// The page of the button again, as saved, with what was typed and what is wrong.
        func render(typed: FormData?, _ errors: [Feltmelding], _ status: HTTPResponse.Status) throws -> Response {
            try self.render(context, side, loaded, typed: typed, errors: errors, status: status)
        }
        let version = Int(form["version"]) ?? -1
        var next = loaded.behandling
        guard next.forwardedAt == nil else {
            return try render(typed: nil, [Feltmelding("status", t.text(.nwAlreadyForwarded))], .conflict)
        }
        let ids = loaded.meldinger.map(\.id)
        var flash = t.text(.nwSaved)
        var action: AuditAction = .prioriter
        switch knapp {
        case .lagre, .videresend:
            let typed = Dictionary(uniqueKeysWithValues: ids.map { ($0, form["prioritet.\($0)"]) })
            switch Nettverksprioritet.parse(typed, current: loaded.rekkefolgeIds) {
            case .failure(let failure):
                return try render(typed: form, t.meldinger(failure), .unprocessableContent)
            case .success(let order): next.prioritet = order
            }
            let note = form["note"].trimmingCharacters(in: .whitespacesAndNewlines)
            if let tooLong = Tekstgrense.middels.sjekk(note, felt: Felt("note"), navn: .nettverksnotat) {
                return try render(typed: form, [t.melding(tooLong)], .unprocessableContent)
            }
            next.note = note
            if knapp == .videresend {
                if let problem = Nettverksbehandling.videresending(antallLeverte: ids.count, frist: loaded.videresendingsfrist, now: deps.clock.now()) {
                    return try render(typed: form, [Self.feltfeil(problem, t)], .unprocessableContent)
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
            guard errors.isEmpty else { return try render(typed: form, errors, .unprocessableContent) }
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
        if next.prioritet.isEmpty { next.prioritet = loaded.rekkefolgeIds }
        let audit = deps.audit(loaded.session).with(action)
        do {
            try await deps.database.saveNettverkBehandling(next, expectedVersion: version, audit: audit)
        } catch StorageError.conflict {
            return try render(typed: form, [Feltmelding("status", t.text(.nwConflict))], .conflict)
        } catch StorageError.locked {
            return try render(typed: nil, [Feltmelding("status", t.text(.nwAlreadyForwarded))], .conflict)
        }
        return deps.redirect(side.route(loaded), flash: flash)
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

    /// `12-3` → behovsmelding 12, tiltak 3.
    static func tiltaksnokkel(_ value: String) -> Tiltaksnokkel? {
        let parts = value.split(separator: "-")
        guard parts.count == 2, let id = Int64(parts[0]), let nummer = Int(parts[1]), nummer >= 1 else { return nil }
        return Tiltaksnokkel(behovsmeldingId: id, nummer: nummer)
    }

    func render(
        _ context: AppRequestContext, _ side: Side, _ loaded: Loaded, typed: FormData?, errors: [Feltmelding], status: HTTPResponse.Status
    ) throws -> Response {
        let chrome = deps.chrome(.hjem(.nettverksleder), context)
        let csrf = loaded.session.csrfToken
        switch side {
        case .prioritering:
            let page = try NettverkPage(loaded, typed: typed, errors: errors, csrf: csrf, now: deps.clock.now(), renderer: deps.renderer, t: context.t)
            return try deps.renderer.response(page, chrome: chrome, status: status)
        case .felles:
            let page = NettverkFellesPage(loaded, typed: typed, errors: errors, csrf: csrf, t: context.t)
            return try deps.renderer.response(page, chrome: chrome, status: status)
        }
    }
}
