import Domain
import Foundation
import Persistence

/// The assessment page: the behovsmelding as delivered, and beside it the fagutvalg's form
/// (or, for a member with a conflict of interest, why they cannot assess it), with the
/// history of saved assessments.
struct FagutvalgPage: Page {
    static let template = "fagutvalg/vurdering"

    /// The form's fields (`mal`): kept under the whole model (`Renderer.rader(_:_:t:)`), so
    /// an empty form, the same for every member, is rendered once, and an assessment a member
    /// opens again is too.
    struct Skjema: Sendable, Hashable {
        static let mal = "fagutvalg/vurdering-felter"

        struct Criterion: Sendable, Hashable {
            let choice: ChoiceGroup
            let reason: TextArea
        }

        struct AmountRow: Sendable, Hashable {
            let field: Field
            let requested: String
        }

        let criteria: [Criterion]
        let prioritet: SelectField
        let amounts: [AmountRow]
        let hasAmounts: Bool
        let kommentar: TextArea
        let samsvar: CheckboxField?

        init(_ melding: Behovsmelding, oppfolging: Bool, utkast: Vurdering.Utkast, errors: [Feltmelding], t: Catalogue) {
            criteria = Kriterium.allCases.map { kriterium in
                Criterion(
                    choice: ChoiceGroup(Felt.vurdering(kriterium).navn, legend: t.format(.fuCriterionLegend, ["kriterium": t.navn(kriterium)]),
                                        selected: [utkast.oppfylt[kriterium] ?? ""],
                                        options: [("ja", t.text(.fuMet), nil), ("nei", t.text(.fuNotMet), nil)], hint: t.sporsmal(kriterium), errors: errors),
                    reason: TextArea(Felt.vurderingBegrunnelse(kriterium).navn, label: t.format(.fuReason, ["kriterium": t.navn(kriterium)]),
                                     value: utkast.begrunnelse[kriterium] ?? "", hint: t.text(.fuReasonHint), errors: errors, rows: 3, limit: .middels)
                )
            }
            prioritet = SelectField("prioritet", label: t.text(.fuPriority), selected: utkast.prioritet,
                                    options: [("", t.text(.fuPriorityNone))] + Vurdering.prioriteter.map { (String($0), t.format(.fuPriorityOption, ["nr": String($0)])) },
                                    hint: t.text(.fuPriorityHint), errors: errors)
            amounts = melding.tiltak.map { item in
                AmountRow(
                    field: Field(Felt.anbefalt(item.nummer).navn, label: t.format(.fuRecommended, ["tiltak": t.omtale(item.navn)]),
                                 value: utkast.anbefalt[item.nummer] ?? "", errors: errors, inputmode: "numeric", width: "input-amount"),
                    requested: t.format(.fuRequested, ["belop": item.forsteAar.sum.formatted])
                )
            }
            hasAmounts = !amounts.isEmpty
            kommentar = TextArea("kommentar", label: t.text(.fuComment), value: utkast.kommentar, errors: errors, rows: 4)
            samsvar = oppfolging ? CheckboxField("samsvar", label: t.text(.fuConsistency), checked: utkast.samsvar, hint: t.text(.fuConsistencyHint), errors: errors) : nil
        }
    }

    struct HistoryRow: Sendable {
        let time: String
        let who: String
        let result: String
        let priority: String
    }

    let title: String
    let lead: String
    let homeHref: String
    let action: String
    let csrf: String
    let summary: ErrorSummary?
    let inhabil: String?
    let canAssess: Bool
    /// The behovsmelding as delivered (`BehovsmeldingInnhold`), rendered once for its kept data.
    let innhold: Gjengitt
    /// The form's fields (`Skjema`), rendered.
    let fields: Gjengitt
    let history: [HistoryRow]
    let hasHistory: Bool
    let current: String?
    /// What the partnership reported on its letters of the rounds before.
    var tidligereRapporter: TidligereRapporter?

    init(
        stored: StoredBehovsmelding, partnerskap: Partnerskap, runde: Runde, sektor: Sektor, fields: Gjengitt,
        history: [StoredVurdering], inhabil: String?, innhold: Gjengitt, errors: [Feltmelding], csrf: String, t: Catalogue
    ) {
        let melding = stored.melding
        title = t.format(.fuTitle, ["navn": partnerskap.navn])
        lead = t.format(.fuLead, ["ordning": runde.kortnavn(melding.ordning), "aar": String(melding.rundeAar), "sektor": t.navn(sektor)])
        homeHref = SiteRoute.hjem(.fagutvalg).path
        action = SiteRoute.fagutvalgVurdering(stored.id).path
        self.csrf = csrf
        summary = inhabil == nil ? ErrorSummary(errors, t: t) : nil
        self.inhabil = inhabil
        canAssess = inhabil == nil
        self.innhold = innhold
        self.fields = fields
        self.history = history.map { item in
            let unmet = item.vurdering.ikkeOppfylt
            return HistoryRow(
                time: Tidspunkt.oslo(item.savedAt), who: item.userName,
                result: unmet.isEmpty ? t.text(.fuAllMet) : t.format(.fuUnmet, ["kriterier": unmet.map(t.navn).joined(separator: ", ")]),
                priority: item.vurdering.prioritet.map(String.init) ?? "–"
            )
        }
        hasHistory = !history.isEmpty
        current = history.first.map { t.format(.fuCurrent, ["hvem": $0.userName, "tid": Tidspunkt.oslo($0.savedAt)]) }
    }
}
