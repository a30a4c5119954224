import Domain
import Foundation
import Persistence

/// `/statsforvalter/rekom30/{år}`: the pool, the ranked lines with the reason for each place,
/// the proposal and the Statsforvalter's amounts, the check, and the step the status allows.
struct Rekom30FordelingPage: Page {
    static let template = "rekom30/fordeling"

    struct Row: Sendable {
        let rang: String
        let eier: String
        let barnehage: String
        let formal: String
        let person: String
        let studium: String
        let grunn: String
        let sokt: String
        let forslag: String
        let tildelt: Field
        let tildeltText: String
        let begrunnelse: Field
        let begrunnelseText: String
        let endret: Bool
    }

    let title: String
    let lead: String
    let status: String
    let statusText: String
    let facts: [InnstillingPage.Check]
    let closedText: String?
    let notSent: String?
    let summary: ErrorSummary?
    let editable: Bool
    let canNewVersion: Bool
    let action: String
    let csrf: String
    let version: String
    let tillegg: Field
    let rows: [Row]
    let hasRows: Bool
    let problems: [String]
    let hasProblems: Bool
    let back: String

    init(_ loaded: Rekom30FordelingController.Loaded, fordeling: Rekom30Fordeling, typed: FormData?, errors: [Feltmelding], now: Date, csrf: String, t: Catalogue) {
        let runde = loaded.runde
        let stored = loaded.stored
        let open = Rekom30Fordeling.kanFordeles(runde, now: now)
        title = t.format(.r30fTitle, ["aar": String(runde.aar)])
        lead = t.text(.r30fLead)
        status = t.navn(stored.status)
        statusText = switch stored.status {
        case .utkast: t.text(.r30fStatusDraft)
        case .forelopig: t.format(.r30fStatusForum, ["tid": stored.sentAt.map(Tidspunkt.oslo) ?? "–"])
        case .vedtatt: t.format(.r30fStatusDecided, ["dato": stored.vedtaksdato?.formatted ?? "–"])
        }
        editable = open && stored.status == .utkast
        canNewVersion = open && stored.status == .forelopig
        closedText = open ? nil : t.format(.r30fClosed, ["dato": runde.frister.rekom30FordelesEtter.formatted])
        let drafts = loaded.soknader.filter { $0.soknad.status == .utkast }.count
        notSent = drafts == 0 ? nil : t.format(.r30fNotSent, ["antall": String(drafts)])
        summary = ErrorSummary(errors, t: t)
        action = SiteRoute.rekom30Fordeling(aar: runde.aar).path
        self.csrf = csrf
        version = String(stored.version)

        let pott = fordeling.pott(runde)
        let plasser = loaded.plasser(fordeling)
        let given = plasser.map(\.tildelt).sum()
        facts = [
            .init(term: t.text(.r30fHeldBack), value: (runde.ordninger[.rekom]?.fordeling.senereRunde ?? .zero).formatted),
            .init(term: t.text(.r30fAdded), value: fordeling.tillegg.formatted),
            .init(term: t.text(.r30fPool), value: pott.formatted),
            .init(term: t.format(.r30fRequested, ["antall": String(loaded.soknader.filter { $0.soknad.status == .sendt }.count)]),
                  value: plasser.map(\.linje.belop).sum().formatted),
            .init(term: t.text(.r30fGiven), value: given.formatted),
            .init(term: t.text(.r30fLeft), value: (pott - given).formatted),
        ]
        tillegg = Field("tillegg", label: t.text(.r30fAddedLabel), value: typed?["tillegg"] ?? (fordeling.tillegg > .zero ? fordeling.tillegg.formattedNumber : ""),
                        hint: t.format(.r30fAddedHint, ["rest": loaded.rest.formatted]), errors: errors, inputmode: "numeric", width: "input-amount")
        rows = plasser.map { plass in
            let owner = loaded.eier(plass.soknad.organisasjonId)
            let kandidat = plass.kandidat
            var reasons = [t.format(.r30fReasonKommune, ["antall": String(kandidat.dispensasjonerKommune)]),
                           t.format(.r30fReasonBarnehage, ["antall": String(kandidat.dispensasjonerBarnehage)])]
            if plass.linje.formal.erStudium {
                reasons.append(t.format(.r30ProgressOf, ["semester": String(plass.linje.semester), "semestre": String(plass.linje.semestre)]))
            }
            reasons.append(t.format(.r30fReasonSent, ["tid": Tidspunkt.oslo(kandidat.innsendt)]))
            let amountName = Felt.rekom30Tildelt(plass.linjeId).navn
            let reasonName = Felt.rekom30Begrunnelse(plass.linjeId).navn
            let lineName = t.format(.r30fLineName, ["nr": String(plass.linje.nummer), "eier": owner])
            return Row(
                rang: String(plass.rang), eier: owner, barnehage: plass.linje.barnehage, formal: t.navn(plass.linje.formal),
                person: plass.linje.person, studium: plass.linje.studium, grunn: reasons.joined(separator: " · "),
                sokt: plass.linje.belop.formattedNumber, forslag: plass.forslag.formattedNumber,
                tildelt: Field(amountName, label: t.format(.r30fAmountLabel, ["linje": lineName]), value: typed?[amountName] ?? plass.tildelt.formattedNumber,
                               errors: errors, inputmode: "numeric", width: "input-amount"),
                tildeltText: plass.tildelt.formattedNumber,
                begrunnelse: Field(reasonName, label: t.format(.r30fReasonLabel, ["linje": lineName]), value: typed?[reasonName] ?? plass.begrunnelse, errors: errors),
                begrunnelseText: plass.begrunnelse, endret: plass.erEndret
            )
        }
        hasRows = !rows.isEmpty
        problems = fordeling.check(plasser, pott: pott, rest: loaded.rest, navn: loaded.eier).map { t.tekst($0.grunn) }
        hasProblems = !problems.isEmpty
        back = SiteRoute.hjem(.statsforvalter).path
    }
}
