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
        let grunn: [String]
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
    let canDecide: Bool
    let vedtaksdato: Field
    let forumHref: String?
    let forumText: String?
    let lettersHref: String?
    let action: String
    let csrf: String
    let version: String
    let tillegg: Field
    let rows: [Row]
    let hasRows: Bool
    let problems: [String]
    let hasProblems: Bool
    let back: String

    init(_ loaded: Rekom30Grunnlag, rest: Kroner, fordeling: Rekom30Fordeling, innspill: [ForumInnspill], typed: FormData?, errors: [Feltmelding], now: Date, csrf: String, t: Catalogue) {
        let runde = loaded.runde
        let stored = loaded.stored
        let open = Rekom30Fordeling.kanFordeles(runde, now: now)
        title = t.format(.r30fTitle, senereRunde: runde, ["aar": String(runde.aar)])
        lead = t.text(.r30fLead)
        status = t.navn(stored.status)
        statusText = Self.statusText(stored, t: t)
        editable = open && stored.status == .utkast
        canNewVersion = open && stored.status == .forelopig
        canDecide = open && stored.status == .forelopig
        let today = Dato(instant: now)
        vedtaksdato = Field("vedtaksdato", label: t.text(.inDecisionDate), value: typed?["vedtaksdato"] ?? "",
                            hint: t.format(.inDecisionDateHint, ["dato": String(format: "%02d.%02d.%04d", today.day, today.month, today.year)]),
                            errors: errors, width: "input-date")
        forumHref = stored.status == .utkast ? nil : SiteRoute.forumRekom30(aar: runde.aar).path
        let approved = innspill.filter { $0.art == .godkjent }.map(\.userName)
        forumText = stored.status == .utkast ? nil
            : (approved.isEmpty ? t.text(.inForumNoApprovals) : t.format(.inForumApproved, ["hvem": approved.joined(separator: ", ")]))
                + " " + t.format(.inForumComments, ["antall": String(innspill.filter { !$0.text.isEmpty }.count)])
        lettersHref = stored.status == .vedtatt ? SiteRoute.tildelingsbrevListe(aar: runde.aar).path : nil
        closedText = open ? nil : t.format(.r30fClosed, ["dato": runde.frister.rekom30FordelesEtter.formatted])
        let drafts = loaded.soknader.filter { $0.soknad.status == .utkast }.count
        notSent = drafts == 0 ? nil : t.format(.r30fNotSent, ["antall": String(drafts)])
        summary = ErrorSummary(errors, t: t)
        action = SiteRoute.rekom30Fordeling(aar: runde.aar).path
        self.csrf = csrf
        version = String(stored.version)

        let pott = fordeling.pott(runde)
        let plasser = loaded.plasser(fordeling)
        facts = Self.facts(loaded, fordeling, plasser: plasser, t: t)
        tillegg = Field("tillegg", label: t.text(.r30fAddedLabel), value: typed?["tillegg"] ?? (fordeling.tillegg > .zero ? fordeling.tillegg.formattedNumber : ""),
                        hint: t.format(.r30fAddedHint, senereRunde: runde, ["rest": rest.formatted]), errors: errors, inputmode: "numeric", width: "input-amount")
        rows = plasser.map { plass in
            let owner = loaded.eier(plass.soknad.organisasjonId)
            let kandidat = plass.kandidat
            var reasons = [t.format(.r30fReasonKommune, ["antall": String(kandidat.dispensasjonerKommune)]),
                           t.format(.r30fReasonBarnehage, ["antall": String(kandidat.dispensasjonerBarnehage)])]
            let progress = Rekom30Grunnlag.framdrift(plass.linje, t: t)
            if !progress.isEmpty { reasons.append(progress) }
            reasons.append(t.format(.r30fReasonSent, ["tid": Tidspunkt.oslo(kandidat.innsendt)]))
            let amountName = Felt.rekom30Tildelt(plass.linjeId).navn
            let reasonName = Felt.rekom30Begrunnelse(plass.linjeId).navn
            let lineName = t.format(.r30fLineName, ["nr": String(plass.linje.nummer), "eier": owner])
            return Row(
                rang: String(plass.rang), eier: owner, barnehage: plass.linje.barnehage, formal: t.navn(plass.linje.formal),
                person: plass.linje.person, studium: plass.linje.studium, grunn: reasons,
                sokt: plass.linje.belop.formattedNumber, forslag: plass.forslag.formattedNumber,
                tildelt: Field(amountName, label: t.format(.r30fAmountLabel, ["linje": lineName]), value: typed?[amountName] ?? plass.tildelt.formattedNumber,
                               errors: errors, inputmode: "numeric", width: "input-amount"),
                tildeltText: plass.tildelt.formattedNumber,
                begrunnelse: Field(reasonName, label: t.format(.r30fReasonLabel, ["linje": lineName]), value: typed?[reasonName] ?? plass.begrunnelse, errors: errors),
                begrunnelseText: plass.begrunnelse, endret: plass.erEndret
            )
        }
        hasRows = !rows.isEmpty
        problems = fordeling.check(plasser, pott: pott, rest: rest, navn: loaded.eier).map { t.tekst($0.grunn) }
        hasProblems = !problems.isEmpty
        back = SiteRoute.hjem(.statsforvalter).path
    }

    /// The status in words, the same on the Statsforvalter's page and the forum's.
    static func statusText(_ stored: StoredRekom30Fordeling, t: Catalogue) -> String {
        switch stored.status {
        case .utkast: t.text(.r30fStatusDraft)
        case .forelopig: t.format(.r30fStatusForum, ["tid": stored.sentAt.map(Tidspunkt.oslo) ?? "–"])
        case .vedtatt: t.format(.r30fStatusDecided, ["dato": stored.vedtaksdato?.formatted ?? "–"])
        }
    }

    /// The money of the allocation: held back, added, the pool, requested, allocated, left.
    static func facts(_ grunnlag: Rekom30Grunnlag, _ fordeling: Rekom30Fordeling, plasser: [Rekom30Fordeling.Plass], t: Catalogue) -> [InnstillingPage.Check] {
        let pott = fordeling.pott(grunnlag.runde)
        let given = plasser.map(\.tildelt).sum()
        return [
            .init(term: t.format(.r30fHeldBack, senereRunde: grunnlag.runde), value: (grunnlag.runde.senereRunde?.iRunde.fordeling.senereRunde ?? .zero).formatted),
            .init(term: t.text(.r30fAdded), value: fordeling.tillegg.formatted),
            .init(term: t.text(.r30fPool), value: pott.formatted),
            .init(term: t.format(.r30fRequested, ["antall": String(grunnlag.soknader.filter { $0.soknad.status == .sendt }.count)]),
                  value: plasser.map(\.linje.belop).sum().formatted),
            .init(term: t.text(.r30fGiven), value: given.formatted),
            .init(term: t.text(.r30fLeft), value: (pott - given).formatted),
        ]
    }
}
