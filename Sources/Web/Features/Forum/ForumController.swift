import Domain
import Foundation
import Hummingbird
import Persistence

/// The samarbeidsforum's pages: the allocation tables of the round with charts and exports,
/// and each innstilling sent to the forum, where members comment and approve.
struct ForumController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.forum(aar: 0).routerPath) { request, context in try await self.tables(request, context) }
        let innstilling = SiteRoute.forumInnstilling(aar: 0, .monster).routerPath
        router.get(innstilling) { request, context in try await self.innstilling(request, context) }
        router.post(innstilling) { request, context in try await self.answer(request, context) }
        router.get(SiteRoute.forumEksport(aar: 0, fil: "").routerPath) { request, context in try await self.export(request, context) }
    }

    func tables(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, rolle) = try context.require(request, .seInnstilling)
        let grunnlag = try await load(context)
        // An ordning the round has no innstilling for shows every ordning.
        let ordning = request.parametre["ordning"].flatMap { Ordning(kode: String($0)) }.flatMap { grunnlag.innstillinger[$0] == nil ? nil : $0 }
        let page = ForumFordelingPage(grunnlag, ordning: ordning, homeHref: SiteRoute.hjem(rolle.kind).path, t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(.samarbeidsforum), context))
    }

    func innstilling(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, rolle) = try context.require(request, .seInnstilling)
        let (grunnlag, ordning, stored) = try await loadInnstilling(context)
        return try await render(context, grunnlag, ordning, stored, session: session, rolle: rolle, typed: "", errors: [], status: .ok)
    }

    /// `handling=kommentar` adds a comment; `handling=godkjenn` the member's approval (with the comment, if any).
    func answer(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, rolle) = try context.require(request, .svarePaInnstilling)
        let (grunnlag, ordning, stored) = try await loadInnstilling(context)
        let t = context.t
        let form = context.form
        let art = try ForumSvar.art(form)
        guard let id = stored.id else { throw HTTPError(.notFound) }
        let existing = try await deps.database.forumInnspill(innstillingId: id)
        let approved = existing.contains { $0.art == .godkjent && $0.userId == session.bruker.id }
        let text: String
        switch Forumsvar.sjekk(art, tekst: form["kommentar"], harGodkjent: approved) {
        case .failure(let failure):
            return try await render(context, grunnlag, ordning, stored, session: session, rolle: rolle, typed: form["kommentar"], errors: context.t.meldinger(failure),
                                    status: .unprocessableContent)
        case .success(let value): text = value
        }
        do {
            try await deps.database.addForumInnspill(innstillingId: id, art: art, text: text, userId: session.bruker.id, userName: session.bruker.navn,
                                                     now: deps.clock.now(), audit: deps.audit(session))
        } catch StorageError.locked {
            return try await render(context, grunnlag, ordning, stored, session: session, rolle: rolle, typed: form["kommentar"],
                                    errors: [Feltmelding("kommentar", t.text(.foLocked))], status: .conflict)
        }
        return deps.redirect(.forumInnstilling(aar: grunnlag.runde.aar, ordning), flash: t.text(art == .godkjent ? .foApproved : .foCommented))
    }

    func render(
        _ context: AppRequestContext, _ grunnlag: Forumgrunnlag, _ ordning: Ordning, _ stored: StoredInnstilling, session: ActiveSession, rolle: Rolle,
        typed: String, errors: [Feltmelding], status: HTTPResponse.Status
    ) async throws -> Response {
        var innspill: [ForumInnspill] = []
        if let id = stored.id { innspill = try await deps.database.forumInnspill(innstillingId: id) }
        let page = ForumInnstillingPage(grunnlag, ordning: ordning, stored: stored, innspill: innspill, rolle: rolle, userId: session.bruker.id,
                                        typed: typed, errors: errors, csrf: session.csrfToken, t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(rolle.kind), context), status: status)
    }

    /// `{table}.csv` or `{table}.xlsx`, the same table the page shows.
    func export(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try context.require(request, .seInnstilling)
        let grunnlag = try await load(context)
        let file = context.parameters.get("fil") ?? ""
        guard let dot = file.lastIndex(of: "."), let tabell = grunnlag.tabell(String(file[..<dot]), t: context.t.forRunde(grunnlag.runde)),
              let response = tabell.fil(file) else { throw HTTPError(.notFound) }
        return response
    }
}
