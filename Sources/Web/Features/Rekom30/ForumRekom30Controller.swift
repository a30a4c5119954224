import Domain
import Foundation
import Hummingbird
import Persistence

/// The samarbeidsforum reads the Rekom 30 % allocation the Statsforvalter has sent (no names of
/// persons, only owners, purposes and amounts), with a chart per purpose and the exports, and
/// a member comments and approves it as it does an innstilling.
struct ForumRekom30Controller {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.forumRekom30(aar: 0).routerPath) { request, context in try await self.show(request, context) }
        router.post(SiteRoute.forumRekom30(aar: 0).routerPath) { request, context in try await self.answer(request, context) }
    }

    func load(_ context: AppRequestContext) async throws -> Rekom30Grunnlag {
        guard let aar = Int(context.parameters.get("aar") ?? ""), let runde = try await deps.database.runde(aar: aar),
              let grunnlag = try await Rekom30Grunnlag.load(deps.database, runde: runde), grunnlag.stored.status != .utkast else { throw HTTPError(.notFound) }
        return grunnlag
    }

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, rolle) = try context.require(request, .seInnstilling)
        return try await render(context, try await load(context), session: session, rolle: rolle, typed: "", errors: [], status: .ok)
    }

    /// `handling=kommentar` adds a comment; `handling=godkjenn` the member's approval.
    func answer(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, rolle) = try context.require(request, .svarePaInnstilling)
        let grunnlag = try await load(context)
        let t = context.t
        let form = context.form
        let art = try ForumSvar.art(form)
        let aar = grunnlag.runde.aar
        let approved = try await deps.database.rekom30Innspill(rundeAar: aar).contains { $0.art == .godkjent && $0.userId == session.bruker.id }
        let text: String
        switch Forumsvar.sjekk(art, tekst: form["kommentar"], harGodkjent: approved) {
        case .failure(let failure):
            return try await render(context, grunnlag, session: session, rolle: rolle, typed: form["kommentar"], errors: t.meldinger(failure), status: .unprocessableContent)
        case .success(let value): text = value
        }
        do {
            try await deps.database.addRekom30Innspill(rundeAar: aar, art: art, text: text, userId: session.bruker.id, userName: session.bruker.navn,
                                                       now: deps.clock.now(), audit: deps.audit(session))
        } catch StorageError.locked {
            return try await render(context, grunnlag, session: session, rolle: rolle, typed: form["kommentar"],
                                    errors: [Feltmelding("kommentar", t.text(.foLocked))], status: .conflict)
        }
        return deps.redirect(.forumRekom30(aar: aar), flash: t.text(art == .godkjent ? .foApproved : .foCommented))
    }

    func render(
        _ context: AppRequestContext, _ grunnlag: Rekom30Grunnlag, session: ActiveSession, rolle: Rolle, typed: String, errors: [Feltmelding],
        status: HTTPResponse.Status
    ) async throws -> Response {
        let innspill = try await deps.database.rekom30Innspill(rundeAar: grunnlag.runde.aar)
        let page = ForumRekom30Page(grunnlag, innspill: innspill, rolle: rolle, userId: session.bruker.id, typed: typed, errors: errors,
                                    csrf: session.csrfToken, t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(rolle.kind), context), status: status)
    }
}

/// `/samarbeidsforum/{år}/rekom30/fordeling`: the 30 % allocation, its chart and the answers.
struct ForumRekom30Page: Page {
    static let template = "forum/rekom30"

    let title: String
    let lead: String
    let back: String
    let status: String
    let statusText: String
    let summary: ErrorSummary?
    let facts: [InnstillingPage.Check]
    let tabell: TabellVisning
    let svar: ForumSvar
    let sfHref: String?

    init(_ grunnlag: Rekom30Grunnlag, innspill: [ForumInnspill], rolle: Rolle, userId: Int64, typed: String, errors: [Feltmelding], csrf: String, t: Catalogue) {
        let aar = grunnlag.runde.aar
        let stored = grunnlag.stored
        title = t.format(.r30fTableTitle, senereRunde: grunnlag.runde, ["aar": String(aar)])
        lead = t.format(.r30ForumLead, senereRunde: grunnlag.runde)
        back = SiteRoute.forum(aar: aar).path
        status = t.navn(stored.status)
        statusText = Rekom30FordelingPage.statusText(stored, t: t)
        summary = ErrorSummary(errors, t: t)
        facts = Rekom30FordelingPage.facts(grunnlag, stored.fordeling, plasser: grunnlag.plasser, t: t)
        let tabell = grunnlag.tabell(t)
        let diagram = Stolpediagram(id: "diagram-rekom30", tittel: tabell.tittel, beskrivelse: t.text(.r30ForumChartDesc),
                                    serier: [.init(navn: t.text(.foSeriesRequested), klasse: "bar-sokt"), .init(navn: t.text(.r30ForumSeriesGiven), klasse: "bar-foreslatt")],
                                    rows: grunnlag.perFormal(t))
        self.tabell = TabellVisning(tabell, id: "rekom30", eksport: SiteRoute.forumEksport(aar: aar, fil: "").path.dropLast().description, diagram: diagram)
        svar = ForumSvar(innspill: innspill, open: stored.status == .forelopig, rolle: rolle, userId: userId, action: SiteRoute.forumRekom30(aar: aar).path,
                         typed: typed, errors: errors, csrf: csrf, t: t)
        sfHref = Tilgang.kan(rolle, .lageInnstilling) ? SiteRoute.rekom30Fordeling(aar: aar).path : nil
    }
}
