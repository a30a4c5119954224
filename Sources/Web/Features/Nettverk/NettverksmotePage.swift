import Domain
import Foundation
import Persistence

/// A network's meeting plan: the coming meetings, the earlier ones, and for the leader the
/// form to add one or change the one chosen.
struct NettverksmotePage: Page {
    static let template = "nettverk/moter"

    struct Row: Sendable {
        let when: String
        let what: String
        let responsible: String
        let form: String
        let place: String
        /// The minutes, once written.
        let minutes: String?
        let editHref: String?
        let deleteId: String?
        let deleteLabel: String
    }

    struct Form: Sendable {
        let heading: String
        let summary: ErrorSummary?
        let action: String
        let csrf: String
        let moteId: String
        let dato: Field
        let tid: Field
        let hva: TextArea
        let ansvar: Field
        let valg: ChoiceGroup
        let sted: Field
        let referat: TextArea
        let submit: String
        let cancelHref: String?
    }

    let title: String
    let lead: String
    let back: String
    let planHref: String
    let planLabel: String
    /// A table of meetings; nil when there are none.
    struct Table: Sendable {
        let tableId: String
        let rows: [Row]
    }

    let kanLede: Bool
    let kommende: Table?
    let tidligere: Table?
    let action: String
    let csrf: String
    let editor: Form?

    init(
        _ side: Nettverksside, moter: [Nettverksmote], utkast: Nettverksmote.Utkast, moteId: Int64, errors: [Feltmelding], today: Dato,
        t: Catalogue
    ) {
        let nettverk = side.nettverk
        let kanLede = side.kanLede
        title = t.format(.nmTitle, ["nettverk": nettverk.navn])
        lead = t.format(.nmLead, ["region": side.region])
        back = SiteRoute.hjem(side.session.rolle?.kind ?? .eier).path
        planHref = SiteRoute.kompetanseplan(nettverk: nettverk.id).path
        planLabel = t.format(.kpHomeLink, ["nettverk": nettverk.navn])
        let path = SiteRoute.nettverksmoter(nettverk: nettverk.id).path
        action = path
        csrf = side.session.csrfToken
        func row(_ mote: Nettverksmote) -> Row {
            let when = mote.tid.isEmpty ? mote.dato.formatted : "\(mote.dato.formatted), \(mote.tid)"
            return Row(when: when, what: mote.hva, responsible: mote.ansvar, form: t.text(mote.form == .digital ? .nmDigital : .nmPhysical),
                       place: mote.sted.isEmpty ? "–" : mote.sted, minutes: mote.referat.isEmpty ? nil : mote.referat, editHref: kanLede ? "\(path)?endre=\(mote.id)#motet" : nil,
                       deleteId: kanLede ? String(mote.id) : nil, deleteLabel: when)
        }
        self.kanLede = kanLede
        let coming = Nettverksmote.kommende(moter, today: today).map(row)
        kommende = coming.isEmpty ? nil : Table(tableId: "kommende", rows: coming)
        let earlier = Nettverksmote.tidligere(moter, today: today).map(row)
        tidligere = earlier.isEmpty ? nil : Table(tableId: "tidligere", rows: earlier)
        editor = kanLede ? Form(
            heading: t.text(moteId == 0 ? .nmNew : .nmEdit), summary: ErrorSummary(errors, t: t), action: path, csrf: side.session.csrfToken,
            moteId: String(moteId),
            dato: Field(Felt.mote(.dato).navn, label: t.tekst(Nettverksmote.Del.dato), value: utkast[.dato], type: "date", errors: errors, width: "w-10"),
            tid: Field(Felt.mote(.tid).navn, label: t.tekst(Nettverksmote.Del.tid), value: utkast[.tid], hint: t.text(.nmTimeHint), errors: errors, width: "w-20"),
            hva: TextArea(Felt.mote(.hva).navn, label: t.tekst(Nettverksmote.Del.hva), value: utkast[.hva], hint: t.text(.nmWhatHint), errors: errors, rows: 3,
                          limit: .middels),
            ansvar: Field(Felt.mote(.ansvar).navn, label: t.tekst(Nettverksmote.Del.ansvar), value: utkast[.ansvar], hint: t.text(.nmResponsibleHint),
                          errors: errors),
            valg: ChoiceGroup(Felt.mote(.form).navn, legend: t.tekst(Nettverksmote.Del.form), selected: [utkast[.form]],
                              options: [(Nettverksmote.Form.digital.rawValue, t.text(.nmDigital), nil), (Nettverksmote.Form.fysisk.rawValue, t.text(.nmPhysical), nil)],
                              errors: errors),
            sted: Field(Felt.mote(.sted).navn, label: t.tekst(Nettverksmote.Del.sted), value: utkast[.sted], hint: t.text(.nmPlaceHint), errors: errors),
            referat: TextArea(Felt.mote(.referat).navn, label: t.tekst(Nettverksmote.Del.referat), value: utkast[.referat], hint: t.text(.nmMinutesHint),
                              errors: errors, rows: 6),
            submit: t.text(moteId == 0 ? .nmAdd : .nmSave), cancelHref: moteId == 0 ? nil : path
        ) : nil
    }
}
