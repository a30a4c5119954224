import Domain
import Foundation
import Hummingbird
import Persistence

/// The Statsforvalter's user administration: create with a first role, edit name and e-mail,
/// add and remove role grants, deactivate and reactivate, and make one-time password links.
struct AdminUserController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.adminBrukere.routerPath) { request, context in try await self.list(request, context) }
        router.get(SiteRoute.adminNyBruker.routerPath) { request, context in try await self.new(request, context) }
        router.post(SiteRoute.adminBrukere.routerPath) { request, context in try await self.create(request, context) }
        router.get(SiteRoute.adminBruker(0).routerPath) { request, context in try await self.show(request, context) }
        router.post(SiteRoute.adminBruker(0).routerPath) { request, context in try await self.update(request, context) }
        router.post(SiteRoute.adminBrukerRoller(0).routerPath) { request, context in try await self.addGrant(request, context) }
        router.post(SiteRoute.adminBrukerFjernRolle(0, grant: 0).routerPath) { request, context in try await self.removeGrant(request, context) }
        router.post(SiteRoute.adminBrukerAktiv(0).routerPath) { request, context in try await self.setActive(request, context) }
        router.post(SiteRoute.adminBrukerPassordlenke(0).routerPath) { request, context in try await self.passwordLink(request, context) }
    }

    func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try context.requireAdmin(request)
        let query = request.parametre["q"].map(String.init) ?? ""
        let page = try AdminUserListPage(users: try await deps.database.brukere(), options: try await roleOptions(context.t), query: query,
                                         renderer: deps.renderer, t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.adminBrukere, context))
    }

    func new(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireAdmin(request)
        return try await newPage(context, session, utkast: Bruker.Utkast(), rolle: Rolle.Utkast(), errors: [], status: .ok)
    }

    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireAdmin(request)
        let form = context.form
        let utkast = Bruker.Utkast(navn: form["navn"], epost: form["epost"])
        let rolleUtkast = Self.rolleUtkast(form)
        var errors: [Feltmelding] = []
        var person: (navn: String, epost: String)?
        switch utkast.valider() {
        case .success(let value): person = value
        case .failure(let failure): errors += context.t.meldinger(failure)
        }
        var rolle: Rolle?
        switch try await validate(rolleUtkast) {
        case .success(let value): rolle = value
        case .failure(let failure): errors += context.t.meldinger(failure)
        }
        guard errors.isEmpty, let person, let rolle else {
            return try await newPage(context, session, utkast: utkast, rolle: rolleUtkast, errors: errors, status: .unprocessableContent)
        }
        let bruker: Bruker
        do {
            bruker = try await deps.database.createUser(
                navn: person.navn, epost: person.epost, passwordHash: nil, roller: [rolle], audit: deps.audit(session)
            )
        } catch StorageError.duplicate {
            let errors = [Feltmelding("epost", context.t.text(.adminEmailTaken))]
            return try await newPage(context, session, utkast: utkast, rolle: rolleUtkast, errors: errors, status: .unprocessableContent)
        }
        return try await linkPage(request, context, session, bruker: bruker, isNew: true)
    }

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireAdmin(request)
        let bruker = try await user(context)
        return try await userPage(context, session, bruker: bruker, utkast: Bruker.Utkast(navn: bruker.navn, epost: bruker.epost),
                                  rolle: Rolle.Utkast(), errors: [], status: .ok)
    }

    func update(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireAdmin(request)
        let bruker = try await user(context)
        let utkast = Bruker.Utkast(navn: context.form["navn"], epost: context.form["epost"])
        switch utkast.valider() {
        case .failure(let failure):
            return try await userPage(context, session, bruker: bruker, utkast: utkast, rolle: Rolle.Utkast(), errors: context.t.meldinger(failure), status: .unprocessableContent)
        case .success(let person):
            do {
                try await deps.database.updateUser(id: bruker.id, navn: person.navn, epost: person.epost, audit: deps.audit(session))
            } catch StorageError.duplicate {
                let errors = [Feltmelding("epost", context.t.text(.adminEmailTaken))]
                return try await userPage(context, session, bruker: bruker, utkast: utkast, rolle: Rolle.Utkast(), errors: errors, status: .unprocessableContent)
            }
            return deps.redirect(.adminBruker(bruker.id), flash: context.t.text(.adminSaved))
        }
    }

    func addGrant(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireAdmin(request)
        let bruker = try await user(context)
        let utkast = Self.rolleUtkast(context.form)
        let keep = Bruker.Utkast(navn: bruker.navn, epost: bruker.epost)
        switch try await validate(utkast) {
        case .failure(let failure):
            return try await userPage(context, session, bruker: bruker, utkast: keep, rolle: utkast, errors: context.t.meldinger(failure), status: .unprocessableContent)
        case .success(let rolle):
            do {
                try await deps.database.addGrant(userId: bruker.id, rolle: rolle, audit: deps.audit(session))
            } catch StorageError.duplicate {
                let errors = [Feltmelding("rolle", context.t.text(.adminGrantTaken))]
                return try await userPage(context, session, bruker: bruker, utkast: keep, rolle: utkast, errors: errors, status: .unprocessableContent)
            }
            return deps.redirect(.adminBruker(bruker.id), flash: context.t.text(.adminGrantAdded))
        }
    }

    func removeGrant(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireAdmin(request)
        let bruker = try await user(context)
        let grantId = try context.id("grant")
        guard bruker.tildelinger.contains(where: { $0.id == grantId }) else { throw HTTPError(.notFound) }
        if grantId == session.tildeling?.id {
            return deps.redirect(.adminBruker(bruker.id), flash: context.t.text(.adminGrantOwn))
        }
        try await deps.database.removeGrant(userId: bruker.id, grantId: grantId, audit: deps.audit(session))
        return deps.redirect(.adminBruker(bruker.id), flash: context.t.text(.adminGrantRemoved))
    }

    func setActive(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireAdmin(request)
        let bruker = try await user(context)
        let active = context.form["aktiv"] == "1"
        if !active, bruker.id == session.bruker.id {
            return deps.redirect(.adminBruker(bruker.id), flash: context.t.text(.adminDeactivateSelf))
        }
        try await deps.database.setActive(userId: bruker.id, active, audit: deps.audit(session))
        return deps.redirect(.adminBruker(bruker.id), flash: context.t.text(active ? .adminActivated : .adminDeactivated))
    }

    func passwordLink(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireAdmin(request)
        let bruker = try await user(context)
        guard bruker.aktiv else {
            return deps.redirect(.adminBruker(bruker.id), flash: context.t.text(.adminLinkInactive))
        }
        return try await linkPage(request, context, session, bruker: bruker, isNew: false)
    }

    // MARK: Helpers

    func user(_ context: AppRequestContext) async throws -> Bruker {
        guard let bruker = try await deps.database.user(id: try context.id()) else { throw HTTPError(.notFound) }
        return bruker
    }

    static func rolleUtkast(_ form: FormData) -> Rolle.Utkast {
        Rolle.Utkast(kind: form["rolle"], organisasjonId: form["organisasjonId"], nettverkId: form["nettverkId"], sektor: form["sektor"])
    }

    /// The grant chosen in the form, checked against the register.
    func validate(_ utkast: Rolle.Utkast) async throws -> Result<Rolle, Skjemafeil> {
        utkast.valider(organisasjoner: try await deps.database.organisasjoner(), nettverk: Set(try await deps.database.nettverk().map(\.id)))
    }

    func roleOptions(_ t: Catalogue) async throws -> RoleOptions {
        RoleOptions(organisasjoner: try await deps.database.organisasjoner(), nettverk: try await deps.database.nettverk(), t: t)
    }

    func newPage(
        _ context: AppRequestContext, _ session: ActiveSession, utkast: Bruker.Utkast, rolle: Rolle.Utkast, errors: [Feltmelding],
        status: HTTPResponse.Status
    ) async throws -> Response {
        let page = AdminUserNewPage(utkast: utkast, rolle: rolle, options: try await roleOptions(context.t), errors: errors, csrf: session.csrfToken, t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.adminBrukere, context), status: status)
    }

    func userPage(
        _ context: AppRequestContext, _ session: ActiveSession, bruker: Bruker, utkast: Bruker.Utkast, rolle: Rolle.Utkast,
        errors: [Feltmelding], status: HTTPResponse.Status
    ) async throws -> Response {
        let history = try await deps.database.auditEvents(AuditFilter(objectType: "bruker", objectId: String(bruker.id), limit: 50))
        let page = AdminUserPage(
            bruker: bruker, utkast: utkast, rolle: rolle, options: try await roleOptions(context.t),
            errors: errors, history: try deps.auditRader(history, t: context.t), isSelf: bruker.id == session.bruker.id, actingGrant: session.tildeling?.id,
            csrf: session.csrfToken, t: context.t
        )
        return try deps.renderer.response(page, chrome: deps.chrome(.adminBrukere, context), status: status)
    }

    /// Makes a one-time link and shows it once. The page is the POST's answer (not a
    /// redirect), so the link is never stored in clear or put in an address.
    func linkPage(_ request: Request, _ context: AppRequestContext, _ session: ActiveSession, bruker: Bruker, isNew: Bool) async throws -> Response {
        let token = SecureToken.make()
        let now = deps.clock.now()
        let expires = now.addingTimeInterval(deps.sessions.passwordLinkLifetime)
        try await deps.database.createPasswordToken(userId: bruker.id, tokenHash: SecureToken.hash(token), expires: expires, audit: deps.audit(session))
        // The public URL, never the request's Host header: a forged Host would send the token elsewhere.
        let link = deps.site.absolute(SiteRoute.settPassord(token: token).path)
        let page = AdminPasswordLinkPage(bruker: bruker, link: link, expires: expires, isNew: isNew, t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.adminBrukere, context), status: isNew ? .created : .ok)
    }
}
