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
    let user: Field
    let from: Field
    let until: Field
    let objectType: SelectField
    let objectId: Field
    /// The lines found (`AppDependencies.auditRader`).
    let auditRows: Gjengitt
    let isEmpty: Bool
    let resultText: String

    static let objectTypes = ["organisasjon", "bruker", "nettverk", "runde", "innlogging", "partnerskap", "behovsmelding"]

    /// `matched`: the users the filter's text names (`brukere(_:blant:)`), when it names any.
    init(input: Input, matched: [Bruker]?, events: [AuditEvent], rows: Gjengitt, errors: [Feltmelding], t: Catalogue) {
        title = t.text(.adminAudit)
        lead = t.text(.auditLead)
        action = SiteRoute.adminLogg.path
        summary = ErrorSummary(errors, t: t)
        user = Field("bruker", label: t.text(.auditUser), value: input.user, hint: t.text(.auditUserHint), errors: errors, width: "w-20")
        from = Field("fra", label: t.text(.auditFrom), value: input.from, type: "date", errors: errors, width: "w-10")
        until = Field("til", label: t.text(.auditUntil), value: input.until, type: "date", errors: errors, width: "w-10")
        objectType = SelectField("objekt", label: t.text(.auditObject), selected: input.objectType,
                                 options: [("", t.text(.auditAllObjects))] + Self.objectTypes.map { ($0, $0) }, errors: errors)
        objectId = Field("id", label: t.text(.auditObjectId), value: input.objectId, hint: t.text(.auditObjectIdHint), errors: errors, width: "w-5")
        auditRows = rows
        isEmpty = events.isEmpty
        let result = events.count >= Self.limit
            ? t.format(.auditResultLimited, ["antall": String(Self.limit)])
            : t.format(.auditResult, ["antall": String(events.count)])
        // Which users the lines are of, when the text names more than one.
        if let matched, matched.count > 1 {
            let named = matched.prefix(Self.navngitte).map { "\($0.navn) (\($0.epost))" }
                + (matched.count > Self.navngitte ? [t.format(.auditMatchedMore, ["antall": String(matched.count - Self.navngitte)])] : [])
            resultText = t.format(.auditMatchedUsers, ["antall": String(matched.count), "brukere": named.joined(separator: ", ")]) + " " + result
        } else {
            resultText = result
        }
    }

    /// At most this many of the users a text names are named above the lines.
    static let navngitte = 10

    /// The users the filter's text names: the one whose e-mail it is, else everyone whose name
    /// or e-mail contains it, ignoring case (a Statsforvalter knows a name or a part of an
    /// address, and picking one from a list of every user of the county was a list of hundreds).
    static func brukere(_ text: String, blant users: [Bruker]) -> [Bruker] {
        let wanted = Bruker.soketekst(text)
        guard !wanted.isEmpty else { return users }
        if let exact = users.first(where: { $0.epost == wanted }) { return [exact] }
        return users.filter { $0.passer(wanted) }
    }

    /// A date from the filter form: ISO (date picker) or dd.mm.åååå.
    static func date(_ text: String) -> Dato? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return Dato(iso: trimmed) ?? Dato(norsk: trimmed)
    }
}
