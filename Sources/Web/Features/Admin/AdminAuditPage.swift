import Foundation
import Domain
import Persistence

/// The audit log with its filter form; newest first, at most `limit` lines.
struct AdminAuditPage: Page {
    static let template = "admin/audit"
    static let limit = 500

    struct Input: Sendable {
        let user: String
        let from: String
        let until: String
        let objectType: String
        let objectId: String
    }

    let title: String
    let lead: String
    let action: String
    let summary: ErrorSummary?
    let user: SelectField
    let from: Field
    let until: Field
    let objectType: SelectField
    let objectId: Field
    let auditRows: [AuditRow]
    let isEmpty: Bool
    let resultText: String

    static let objectTypes = ["organisasjon", "bruker", "nettverk", "runde", "innlogging", "partnerskap", "behovsmelding"]

    init(input: Input, users: [Bruker], events: [AuditEvent], errors: [Feltmelding], t: Catalogue) {
        title = t.text(.adminAudit)
        lead = t.text(.auditLead)
        action = SiteRoute.adminLogg.path
        summary = ErrorSummary(errors, t: t)
        user = SelectField("bruker", label: t.text(.auditUser), selected: input.user,
                           options: [("", t.text(.auditAllUsers))] + users.map { (String($0.id), "\($0.navn) (\($0.epost))") }, errors: errors)
        from = Field("fra", label: t.text(.auditFrom), value: input.from, type: "date", errors: errors, width: "w-10")
        until = Field("til", label: t.text(.auditUntil), value: input.until, type: "date", errors: errors, width: "w-10")
        objectType = SelectField("objekt", label: t.text(.auditObject), selected: input.objectType,
                                 options: [("", t.text(.auditAllObjects))] + Self.objectTypes.map { ($0, $0) }, errors: errors)
        objectId = Field("id", label: t.text(.auditObjectId), value: input.objectId, hint: t.text(.auditObjectIdHint), errors: errors, width: "w-5")
        auditRows = events.map { AuditRow($0, t: t) }
        isEmpty = auditRows.isEmpty
        resultText = events.count >= Self.limit
            ? t.format(.auditResultLimited, ["antall": String(Self.limit)])
            : t.format(.auditResult, ["antall": String(events.count)])
    }

    /// A date from the filter form: ISO (date picker) or dd.mm.åååå.
    static func date(_ text: String) -> Dato? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return Dato(iso: trimmed) ?? Dato(norsk: trimmed)
    }
}
