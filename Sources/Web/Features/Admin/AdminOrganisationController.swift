import Domain
import Hummingbird
import Persistence

/// The Statsforvalter's organisation register: list and search, create, edit.
struct AdminOrganisationController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.adminOrganisasjoner.routerPath) { request, context in try await self.list(request, context) }
        router.get(SiteRoute.adminNyOrganisasjon.routerPath) { request, context in try await self.new(request, context) }
        router.post(SiteRoute.adminOrganisasjoner.routerPath) { request, context in try await self.create(request, context) }
        router.get(SiteRoute.adminOrganisasjon(0).routerPath) { request, context in try await self.edit(request, context) }
        router.post(SiteRoute.adminOrganisasjon(0).routerPath) { request, context in try await self.update(request, context) }
    }

    func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try context.requireAdmin(request)
        let parametre = request.parametre
        let query = parametre["q"].map(String.init) ?? ""
        let type = parametre["type"].map(String.init) ?? ""
        let page = try AdminOrganisationListPage(
            organisasjoner: try await deps.database.organisasjoner(), regions: try await deps.database.regions(),
            query: query, type: type, renderer: deps.renderer, t: context.t
        )
        return try deps.renderer.response(page, chrome: deps.chrome(.adminOrganisasjoner, context))
    }

    func new(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireAdmin(request)
        return try await form(context, session, id: nil, utkast: Organisasjon.Utkast(), errors: [], status: .ok)
    }

    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await save(context, try context.requireAdmin(request), existing: nil)
    }

    func edit(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireAdmin(request)
        let id = try context.id()
        guard let org = try await deps.database.organisasjon(id: id) else { throw HTTPError(.notFound) }
        return try await form(context, session, id: id, utkast: Organisasjon.Utkast(org), errors: [], status: .ok, org: org)
    }

    func update(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireAdmin(request)
        guard let existing = try await deps.database.organisasjon(id: try context.id()) else { throw HTTPError(.notFound) }
        return try await save(context, session, existing: existing)
    }

    /// Checks the form in Domain and creates (`existing` nil) or updates; on any problem the
    /// form comes back with what was typed.
    func save(_ context: AppRequestContext, _ session: ActiveSession, existing: Organisasjon?) async throws -> Response {
        let utkast = Self.utkast(context.form)
        let regions = Set(try await deps.database.regions().map(\.id))
        func refused(_ errors: [Feltmelding]) async throws -> Response {
            try await form(context, session, id: existing?.id, utkast: utkast, errors: errors, status: .unprocessableContent, org: existing)
        }
        switch utkast.valider(id: existing?.id ?? 0, erDemo: existing?.erDemo ?? false, regioner: regions) {
        case .failure(let errors):
            return try await refused(context.t.meldinger(errors))
        case .success(let org):
            do {
                if existing != nil {
                    try await deps.database.updateOrganisasjon(org, audit: deps.audit(session))
                    return deps.redirect(.adminOrganisasjon(org.id), flash: context.t.text(.adminSaved))
                }
                let id = try await deps.database.createOrganisasjon(org, audit: deps.audit(session))
                return deps.redirect(.adminOrganisasjon(id), flash: context.t.format(.adminOrgCreated, ["navn": org.navn]))
            } catch StorageError.duplicate {
                return try await refused([Feltmelding("orgnr", context.t.text(.adminOrgnrTaken))])
            }
        }
    }

    static func utkast(_ form: FormData) -> Organisasjon.Utkast {
        Organisasjon.Utkast(
            navn: form["navn"], type: form["type"], orgnr: form["orgnr"], kommunenummer: form["kommunenummer"],
            regionId: form["regionId"], saerligeUtfordringer: form.isChecked("saerligeUtfordringer"),
            oppfolgingsordningen: form.isChecked("oppfolgingsordningen"),
            malform: form["malform"].isEmpty ? Malform.noytral.rawValue : form["malform"]
        )
    }

    func form(
        _ context: AppRequestContext, _ session: ActiveSession, id: Int64?, utkast: Organisasjon.Utkast, errors: [Feltmelding],
        status: HTTPResponse.Status, org: Organisasjon? = nil
    ) async throws -> Response {
        var history: [AuditEvent] = []
        if let id { history = try await deps.database.auditEvents(AuditFilter(objectType: "organisasjon", objectId: String(id), limit: 50)) }
        let page = AdminOrganisationFormPage(
            id: id, existing: org, utkast: utkast, regions: try await deps.database.regions(), errors: errors,
            history: try deps.auditRader(history, t: context.t), csrf: session.csrfToken, t: context.t
        )
        return try deps.renderer.response(page, chrome: deps.chrome(.adminOrganisasjoner, context), status: status)
    }
}
