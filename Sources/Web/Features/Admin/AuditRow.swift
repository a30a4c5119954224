import Domain
import Foundation
import Persistence

/// One audit line as the Statsforvalter reads it: Oslo time, who, as what, did what to what.
struct AuditRow: Sendable {
    /// One line of `partials/audit-table` (`AppDependencies.auditRader`).
    static let radmal = "partials/audit-rad"

    struct Change: Sendable {
        let field: String
        let before: String?
        let after: String
    }

    let time: String
    let user: String
    let role: String?
    let action: String
    let object: String
    let objectHref: String?
    let changes: [Change]
    let hasChanges: Bool
    let rawAfter: String?

    init(_ event: AuditEvent, t: Catalogue) {
        time = Tidspunkt.oslo(event.at)
        user = event.userName ?? t.text(.auditNoUser)
        role = event.actingRole
        action = event.action
        object = event.objectType + (event.objectId.map { " " + $0 } ?? "")
        switch (event.objectType, event.objectId.flatMap(Int64.init)) {
        case ("organisasjon", let id?): objectHref = SiteRoute.adminOrganisasjon(id).path
        case ("bruker", let id?): objectHref = SiteRoute.adminBruker(id).path
        case ("runde", let aar?): objectHref = SiteRoute.adminRunde(aar: Int(aar)).path
        case ("partnerskap", let id?): objectHref = SiteRoute.partnerskap(id).path
        case ("behovsmelding", let id?): objectHref = SiteRoute.behovsmelding(id).path
        default: objectHref = nil
        }
        let before = AuditEvent.fields(event.before)
        let after = AuditEvent.fields(event.after)
        let keys = Set(before.keys).union(after.keys).sorted()
        changes = keys.compactMap { key in
            let b = Self.lesbar(key, before[key] ?? "", objectType: event.objectType, t: t)
            let a = Self.lesbar(key, after[key] ?? "", objectType: event.objectType, t: t)
            // Unchanged fields are left out, and so are empty ones of a new object.
            if b == a && (!before.isEmpty || a.isEmpty) { return nil }
            return Change(field: key, before: b.isEmpty ? nil : b, after: a.isEmpty ? "–" : a)
        }
        hasChanges = !changes.isEmpty
        // Values that are not field maps (a round, a grant) are shown as they are.
        let raw = [event.before.map { "før: " + $0 }, event.after.map { "etter: " + $0 }].compactMap { $0 }.joined(separator: " → ")
        rawAfter = changes.isEmpty && !raw.isEmpty ? raw : nil
    }
}
