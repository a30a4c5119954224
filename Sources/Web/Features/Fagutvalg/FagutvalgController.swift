import Domain
import Foundation
import Hummingbird
import Persistence

/// A fagutvalg member assesses a forwarded behovsmelding of their sector: each criterion met or
/// not with a reason, a priority, recommended amounts, a comment, and consistency with the
/// oppfølgingsordningen where it applies. The newest saved assessment is the committee's; the
/// older ones stay as history. A member from a party of the partnership may not assess it.
struct FagutvalgController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.fagutvalgVurdering(0).routerPath) { request, context in try await self.show(request, context) }
        router.post(SiteRoute.fagutvalgVurdering(0).routerPath) { request, context in try await self.save(request, context) }
    }

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context)
        let utkast = loaded.history.first.map { Vurdering.Utkast($0.vurdering) } ?? Vurdering.Utkast()
        return try await render(context, loaded, utkast: utkast, errors: [], status: .ok)
    }

    func save(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let loaded = try await load(request, context)
        let form = context.form
        if let reason = loaded.inhabil {
            return try await render(context, loaded, utkast: Vurdering.Utkast(), errors: [Feltmelding("inhabil", context.t.tekst(reason))], status: .forbidden)
        }
        var utkast = Vurdering.Utkast(prioritet: form["prioritet"], kommentar: form["kommentar"], samsvar: loaded.oppfolging && form["samsvar"] == "ja")
        for kriterium in Kriterium.allCases {
            utkast.oppfylt[kriterium] = form[.vurdering(kriterium)]
            utkast.begrunnelse[kriterium] = form[.vurderingBegrunnelse(kriterium)]
        }
        for item in loaded.stored.melding.tiltak { utkast.anbefalt[item.nummer] = form[.anbefalt(item.nummer)] }
        switch utkast.anvend(tiltak: loaded.stored.melding.tiltak) {
        case .failure(let failure):
            return try await render(context, loaded, utkast: utkast, errors: context.t.meldinger(failure), status: .unprocessableContent)
        case .success(let vurdering):
            let now = deps.clock.now()
            try await deps.database.saveVurdering(vurdering, behovsmeldingId: loaded.stored.id, userId: loaded.session.bruker.id,
                                                  userName: loaded.session.bruker.navn, now: now, audit: deps.audit(loaded.session))
            return deps.redirect(.hjem(.fagutvalg), flash: context.t.format(.fuSaved, ["tid": Tidspunkt.oslo(now)]))
        }
    }

    func render(_ context: AppRequestContext, _ loaded: Loaded, utkast: Vurdering.Utkast, errors: [Feltmelding], status: HTTPResponse.Status) async throws -> Response {
        let (stored, t) = (loaded.stored, context.t)
        // The similar tiltak beside each, when the reader may search: the same for every reader who may.
        let lignende = if let rolle = loaded.session.rolle { try await deps.lignendeTiltak(stored.melding, id: stored.id, rolle: rolle) } else { nil as (treff: [Int: [Sokstreff]], runder: Runder)? }
        let innhold = try deps.innhold(stored, partnerskap: loaded.partnerskap, runde: loaded.runde, lignende: lignende, lager: loaded.gjengitt, t: t)
        // A member with a conflict of interest gets no form.
        let skjema = loaded.inhabil == nil ? [FagutvalgPage.Skjema(stored.melding, oppfolging: loaded.oppfolging, utkast: utkast, errors: errors, t: t)] : []
        let fields = try deps.renderer.rader(FagutvalgPage.Skjema.mal, skjema, t: t)
        var page = FagutvalgPage(
            stored: stored, partnerskap: loaded.partnerskap, runde: loaded.runde, sektor: loaded.sektor, fields: fields, history: loaded.history,
            inhabil: loaded.inhabil.map(t.tekst), innhold: innhold, errors: errors, csrf: loaded.session.csrfToken, t: t
        )
        page.tidligereRapporter = try await TidligereRapporter.load(deps.database, runde: loaded.runde, partnerskapIds: [loaded.partnerskap.id],
                                                                    now: deps.clock.now(), t: t)
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(.fagutvalg), context), status: status)
    }
}
