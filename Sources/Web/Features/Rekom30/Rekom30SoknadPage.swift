import Domain
import Foundation
import Persistence

/// `/rekom30/{år}`: the owner's application to the Rekom 30 % round: what the round funds and
/// how it ranks, why the personal data is asked, the kommune's dispensasjoner and a fieldset
/// per line; read-only after the deadline.
struct Rekom30SoknadPage: Page {
    static let template = "rekom30/soknad"

    struct Line: Sendable {
        let nummer: Int
        let legend: String
        let headingId: String
        let formal: SelectField
        let barnehage: Field
        let person: Field
        let studium: Field
        let semester: Field
        let semestre: Field
        let dispensasjoner: Field
        let belop: Field
        let removeLabel: String
        /// For reading after the deadline.
        let summary: String
    }

    let title: String
    let lead: String
    let purposes: [String]
    let priorities: [String]
    let privacy: String
    let period: String
    let status: String
    let statusText: String
    let editable: Bool
    let isDraft: Bool
    let summary: ErrorSummary?
    let action: String
    let csrf: String
    let version: String
    let dispensasjonerKommune: Field
    let kontaktperson: Field
    let lines: [Line]
    let hasLines: Bool
    let canAdd: Bool
    let total: String
    let focusId: String?
    let back: String

    /// The form as typed, from the posted fields.
    static func utkast(_ form: FormData) -> Rekom30Soknad.Utkast {
        var lines: [Rekom30Soknad.Utkast.Linje] = []
        for nr in 1...Rekom30Soknad.maksLinjer + 1 {
            func value(_ del: Felt.Rekom30del) -> String { form[.rekom30(nr, del)] }
            guard form.all(Felt.rekom30(nr, .formal).navn).first != nil else { break }
            lines.append(.init(formal: value(.formal), barnehage: value(.barnehage), person: value(.person), studium: value(.studium),
                               semester: value(.semester), semestre: value(.semestre), dispensasjoner: value(.dispensasjoner), belop: value(.belop)))
        }
        return Rekom30Soknad.Utkast(dispensasjonerKommune: form["dispensasjonerKommune"], kontaktperson: form["kontaktperson"], linjer: lines)
    }

    init(
        stored: StoredRekom30Soknad, runde: Runde, organisasjon: Organisasjon, utkast: Rekom30Soknad.Utkast, errors: [Feltmelding], version: Int,
        now: Date, focus: Int?, csrf: String, t: Catalogue
    ) {
        let frister = runde.frister
        let soknad = stored.soknad
        title = t.format(.r30Title, senereRunde: runde, ["aar": String(runde.aar)])
        lead = t.format(.r30Lead, senereRunde: runde, ["organisasjon": organisasjon.navn, "belop": runde.senereRunde?.iRunde.fordeling.senereRunde.formatted ?? "–"])
        purposes = [t.text(.r30PurposeGrunnkompetanse), t.text(.r30PurposeStudier), t.text(.r30PurposeFagbrev), t.text(.r30PurposeTilrettelegging)]
        priorities = Rekom30Kandidat.Formal.allCases.map { t.navn($0) } + [t.text(.r30PriorityDispensasjoner), t.text(.r30PriorityProgress)]
        privacy = t.text(.r30Privacy)
        period = t.format(.r30Period, ["apner": frister.rekom30Apner.formatted, "frist": frister.rekom30Frist.formatted,
                                       "fordeles": frister.rekom30FordelesEtter.formatted])
        editable = frister.rekom30Frist.erApen(now: now)
        isDraft = soknad.status == .utkast
        status = t.text(soknad.id == 0 ? .r30StatusNew : soknad.status == .sendt ? .r30StatusSent : .r30StatusDraft)
        statusText = switch (soknad.status, editable) {
        case (.sendt, true): t.format(.r30SentText, ["tid": soknad.sendt.map(Tidspunkt.oslo) ?? "–", "frist": frister.rekom30Frist.formatted])
        case (.sendt, false): t.format(.r30SentClosed, ["tid": soknad.sendt.map(Tidspunkt.oslo) ?? "–"])
        case (.utkast, true): t.format(.r30DraftText, ["frist": frister.rekom30Frist.formatted])
        case (.utkast, false): t.format(.r30DraftClosed, ["frist": frister.rekom30Frist.formatted])
        }
        summary = ErrorSummary(errors, t: t)
        action = SiteRoute.rekom30Soknad(aar: runde.aar).path
        self.csrf = csrf
        self.version = String(version)
        dispensasjonerKommune = Field("dispensasjonerKommune", label: t.text(.r30DispKommune), value: utkast.dispensasjonerKommune,
                                      hint: t.text(.r30DispKommuneHint), errors: errors, inputmode: "numeric", width: "input-short")
        kontaktperson = Field("kontaktperson", label: t.text(.r30Contact), value: utkast.kontaktperson, hint: t.text(.r30ContactHint), errors: errors,
                              autocomplete: "name")
        let options = [("", t.text(.r30ChoosePurpose))] + Rekom30Kandidat.Formal.allCases.map { ($0.kode, t.navn($0)) }
        let rows = utkast.linjer.isEmpty && editable ? [Rekom30Soknad.Utkast.Linje()] : utkast.linjer
        lines = rows.enumerated().map { index, line in
            let nr = index + 1
            func field(_ del: Felt.Rekom30del, _ label: MessageKey, _ value: String, hint: MessageKey? = nil, numeric: Bool = false, width: String? = nil) -> Field {
                Field(Felt.rekom30(nr, del).navn, label: t.text(label), value: value, hint: hint.map(t.text), errors: errors,
                      inputmode: numeric ? "numeric" : nil, width: width)
            }
            let purpose = Rekom30Kandidat.Formal(kode: line.formal)
            let progress = purpose?.erStudium == true && !line.semestre.isEmpty ? t.format(.r30ProgressOf, ["semester": line.semester, "semestre": line.semestre]) : ""
            return Line(
                nummer: nr, legend: t.format(.r30LineLegend, ["nr": String(nr)]), headingId: "linje-\(nr)",
                formal: SelectField(Felt.rekom30(nr, .formal).navn, label: t.text(.r30Purpose), selected: line.formal, options: options, errors: errors),
                barnehage: field(.barnehage, .r30Barnehage, line.barnehage),
                person: field(.person, .r30Person, line.person, hint: .r30PersonHint),
                studium: field(.studium, .r30Studium, line.studium, hint: .r30StudiumHint),
                semester: field(.semester, .r30Semester, line.semester, numeric: true, width: "input-short"),
                semestre: field(.semestre, .r30Semestre, line.semestre, numeric: true, width: "input-short"),
                dispensasjoner: field(.dispensasjoner, .r30DispBarnehage, line.dispensasjoner, hint: .r30DispBarnehageHint, numeric: true, width: "input-short"),
                belop: field(.belop, .r30Belop, line.belop, numeric: true, width: "input-amount"),
                removeLabel: t.format(.r30RemoveLine, ["nr": String(nr)]),
                summary: [purpose.map { t.navn($0) } ?? "", line.barnehage, line.person, line.studium, progress, line.belop.isEmpty ? "" : line.belop + "\(Kroner.mellomrom)kr"]
                    .filter { !$0.isEmpty }.joined(separator: " · ")
            )
        }
        hasLines = !lines.isEmpty
        canAdd = editable && lines.count < Rekom30Soknad.maksLinjer
        let amounts = utkast.linjer.compactMap { (try? Kroner.parse($0.belop).get()) }
        total = t.format(.r30Total, ["belop": amounts.sum().formatted])
        focusId = focus.map { "felt-" + Felt.rekom30($0, .formal).navn }
        back = SiteRoute.hjem(.eier).path
    }
}
