import Domain
import Foundation
import Hummingbird
import Persistence

/// The audit log reader: filter by user (a name or an address, or a part of one), date range and object.
struct AdminAuditController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.adminLogg.routerPath) { request, context in try await self.list(request, context) }
    }

    func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try context.requireAdmin(request)
        let query = request.parametre
        func param(_ name: Substring) -> String { query[name].map(String.init) ?? "" }
        let input = AdminAuditPage.Input(user: param("bruker"), from: param("fra"), until: param("til"), objectType: param("objekt"), objectId: param("id"))
        var errors: [Feltmelding] = []
        var filter = AuditFilter(limit: AdminAuditPage.limit)
        var matched: [Bruker]?
        let userText = input.user.trimmingCharacters(in: .whitespaces)
        if !userText.isEmpty {
            let users = AdminAuditPage.brukere(userText, blant: try await deps.database.brukere())
            if users.isEmpty {
                errors.append(Feltmelding("bruker", context.t.format(.auditUnknownUser, ["tekst": userText])))
            } else {
                matched = users
                filter.userIds = users.map(\.id)
            }
        }
        let from = AdminAuditPage.date(input.from)
        let until = AdminAuditPage.date(input.until)
        if !input.from.isEmpty, from == nil { errors.append(Feltmelding("fra", context.t.text(.auditBadDate))) }
        if !input.until.isEmpty, until == nil { errors.append(Feltmelding("til", context.t.text(.auditBadDate))) }
        if let from, let until, until < from { errors.append(Feltmelding("til", context.t.text(.auditUntilBeforeFrom))) }
        filter.from = from?.startInstant()
        filter.until = until?.endInstant()
        if !input.objectType.isEmpty { filter.objectType = input.objectType }
        if !input.objectId.isEmpty { filter.objectId = input.objectId }
        let events = errors.isEmpty ? try await deps.database.auditEvents(filter) : []
        let page = AdminAuditPage(input: input, matched: matched, events: events, rows: try deps.auditRader(events, t: context.t), errors: errors, t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.adminLogg, context), status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}
