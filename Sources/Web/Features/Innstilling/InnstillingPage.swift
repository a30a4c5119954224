import Domain
import Foundation
import Persistence

/// The innstilling page: Domain's checks beside the table of qualified tiltak grouped by
/// region (editable while utkast), the unqualified below with the reason, and the step the
/// status allows.
struct InnstillingPage: Page {
    static let template = "innstilling/show"

    /// The catalogue for the innstilling's scheme (it names the partner as the scheme does).
    let t: Catalogue
    /// What the partnerships of its lines reported on their letters of the rounds before.
    var tidligereRapporter: TidligereRapporter?
    struct YearCell: Sendable {
        let year: String
        let sokt: String
        let eier: Field
        let uh: Field
        let foreslatt: String
    }

    struct LineRow: Sendable {
        let omtale: String
        let partnerskap: String
        let prioritet: String
        let years: [YearCell]
        let soktKoordinator: String
        let koordinator: Field
        let foreslattKoordinator: String
        let begrunnelse: Field
        let begrunnelseText: String
    }

    struct RegionGroup: Sendable {
        let navn: String
        let headingId: String
        let lines: [LineRow]
        let sum: String
    }

    struct Unqualified: Sendable {
        let omtale: String
        let partnerskap: String
        let region: String
        let reason: String
        let sokt: String
    }

    struct Check: Sendable {
        let term: String
        let value: String
    }

    /// A tiltak an earlier vedtak pays for in this and later years, with the Statsforvalter's
    /// form to stop it (while the innstilling is an utkast).
    struct BoundLine: Sendable {
        let tiltak: String
        let partnerskap: String
        let vedtaksaar: String
        let iAar: String
        let senere: String
        let action: String?
        /// The partnership's answer for this year, and the button to accept a change.
        let svar: String?
        let acceptAction: String?
        let felter: TiltakIVedtakFelter
        let begrunnelse: Field
    }

    /// A later year: its expected budget (a field while utkast), what earlier vedtak bind, what
    /// this innstilling adds, and what is left (R7).
    struct LaterYear: Sendable {
        let aar: String
        let ramme: Field
        let rammeText: String
        let bundet: String
        let nye: String
        let igjen: String
        let over: Bool
    }

    typealias Problem = BehovsmeldingOversikt.Problem

    /// The selection of lines to show (a GET form), and how many it shows.
    struct Filter: Sendable {
        let action: String
        let region: SelectField
        let prioritet: SelectField
        let tilstand: SelectField
        let showing: String
        /// Back to every line, when a selection is made.
        let resetHref: String?
    }

    let title: String
    let lead: String
    let status: String
    let statusText: String
    let editable: Bool
    /// An utkast can be saved and sent when it has lines of its own or earlier vedtak's tiltak
    /// to decide this year (a year may have only those).
    let canSend: Bool
    let canDecide: Bool
    let canNewVersion: Bool
    let action: String
    let csrf: String
    let version: String
    let summary: ErrorSummary?
    let checks: [Check]
    let laterYears: [LaterYear]
    let bound: [BoundLine]
    let hasBound: Bool
    let hasLaterYears: Bool
    let laterHint: String
    let regions: [BehovsmeldingOversikt.Row]
    let hasRegions: Bool
    let blockers: [Problem]
    let hasBlockers: Bool
    let warnings: [Problem]
    let hasWarnings: Bool
    let clean: String?
    let groups: [RegionGroup]
    let hasLines: Bool
    let filter: Filter?
    /// No qualified line is in the selection.
    let filterEmpty: Bool
    let unqualified: [Unqualified]
    let hasUnqualified: Bool
    let notForwarded: String?
    let vedtaksdato: Field
    /// Who in the samarbeidsforum has approved, and how many comments, once sent.
    let forumHref: String?
    let forumText: String?
    /// The innstilling as CSV and XLSX, once the forum has it (the same files the forum downloads).
    let csvHref: String?
    let xlsxHref: String?

    /// The partnership's answer about a commitment, in words.
    static func svarTekst(_ line: Forpliktelse, t: Catalogue) -> String {
        guard let svar = line.svar else { return t.text(.svarNone) }
        if svar.belop == line.belop { return t.text(.svarConfirmed) }
        let asked = t.format(.svarAsks, ["belop": svar.belop.sum.formatted, "begrunnelse": svar.begrunnelse])
        return svar.godtatt ? asked + " " + t.text(.svarAccepted) : asked
    }

    /// The field name a stop's reason is known by in messages (one form per bound tiltak).
    static func stansFelt(_ tiltak: TiltakIVedtak) -> String { "stans-\(tiltak.vedtaksaar)-\(tiltak.behovsmeldingId)-\(tiltak.tiltakNummer)" }

    /// The status in words, the same on the Statsforvalter's page, the forum's and the home pages.
    static func statusText(_ stored: StoredInnstilling, t: Catalogue) -> String {
        switch stored.status {
        case .utkast: return t.format(.inStatusDraft, ["nr": String(stored.nummer)])
        case .forelopig: return t.format(.inStatusForum, ["nr": String(stored.nummer), "tid": stored.sentAt.map(Tidspunkt.oslo) ?? "–"])
        case .vedtatt: return t.format(.inStatusDecided, ["nr": String(stored.nummer), "dato": stored.vedtaksdato?.formatted ?? "–"])
        }
    }

    /// What every innstilling page opens with: the money of the round (and, for Rekom, the
    /// allocatable part), what earlier vedtak bind of it and what is free, requested, proposed
    /// and what is left.
    static func grunnfakta(_ kontroll: Innstillingskontroll, _ iRunde: OrdningIRunde, t: Catalogue) -> [Check] {
        var facts = [Check(term: t.text(.inBudget), value: iRunde.budsjett.formatted)]
        if iRunde.tildelbart != iRunde.budsjett {
            facts.append(Check(term: t.format(.inAllocatable, ["andel": iRunde.parametre.andelViaBehovsmeldinger.formatted]), value: iRunde.tildelbart.formatted))
        }
        if !kontroll.bundet.isEmpty {
            facts += kontroll.bundet.map { Check(term: t.format(.inBoundBy, ["aar": String($0.vedtaksaar)]), value: $0.belop.formatted) }
            facts.append(Check(term: t.text(.inFree), value: kontroll.budsjett.formatted))
        }
        return facts + [
            Check(term: t.text(.inRequested), value: kontroll.sokt.sum.formatted),
            Check(term: t.text(.inProposed), value: kontroll.foreslatt.sum.formatted),
            Check(term: t.text(.inLeft), value: kontroll.igjen.formatted),
        ]
    }

    init(
        stored: StoredInnstilling, midler: Midler, runde: Runde, notForwarded: Int, forum: [ForumInnspill], typed: FormData?, errors: [Feltmelding],
        csrf: String, today: Dato, utvalg: Innstilling.Utvalg, t: Catalogue
    ) {
        let innstilling = stored.innstilling
        let iRunde = midler.ordningIRunde
        let t = t.forOrdning(iRunde)
        self.t = t
        let kontroll = innstilling.check(midler)
        title = t.format(.inTitle, ["ordning": iRunde.kortnavn, "aar": String(innstilling.aar)])
        lead = iRunde.navn
        status = t.navn(stored.status)
        statusText = Self.statusText(stored, t: t)
        editable = stored.status == .utkast
        canDecide = stored.status == .forelopig
        canNewVersion = stored.status.kanFaNyVersjon
        let path = SiteRoute.innstilling(aar: innstilling.aar, innstilling.ordning).path
        // The forms return to the lines they showed.
        action = path + utvalg.query
        self.csrf = csrf
        version = String(stored.version)
        summary = ErrorSummary(errors, t: t)

        var checks = Self.grunnfakta(kontroll, iRunde, t: t)
        checks += [
            Check(term: t.format(.inMultiYear, ["andel": iRunde.parametre.flerarigMaksAndel.formatted]),
                  value: t.format(.inOfCap, ["belop": kontroll.flerarig.formatted, "tak": kontroll.flerarigTak.formatted])),
        ]
        for year in kontroll.senereAar where year.nye.sum > .zero {
            checks.append(Check(term: t.format(.inCommitment, ["aar": String(year.aar)]), value: year.nye.sum.formatted))
        }
        self.checks = checks
        laterYears = kontroll.senereAar.map { year in
            let name = Felt.forventet(year.aar).navn
            let entered = innstilling.forventet[year.aar]
            return LaterYear(
                aar: String(year.aar),
                ramme: Field(name, label: t.format(.inExpectedLabel, ["aar": String(year.aar)]),
                             value: typed?.all(name).first ?? entered?.formattedNumber ?? "", hint: entered == nil ? year.ramme.formattedNumber : nil,
                             errors: errors, inputmode: "numeric", width: "input-amount"),
                rammeText: year.ramme.formatted, bundet: year.bundet.formatted, nye: year.nye.sum.formatted, igjen: year.igjen.formatted,
                over: year.igjen < .zero
            )
        }
        hasLaterYears = !laterYears.isEmpty
        let promised = Dictionary(grouping: midler.forpliktelser, by: \.tiltakIVedtak)
        bound = promised.keys.sorted { ($0.vedtaksaar, $0.behovsmeldingId, $0.tiltakNummer) < ($1.vedtaksaar, $1.behovsmeldingId, $1.tiltakNummer) }.map { key in
            let lines = promised[key] ?? []
            let thisYear = lines.first { $0.aar == innstilling.aar }
            let name = Self.stansFelt(key)
            return BoundLine(
                tiltak: t.omtale(lines[0].tiltak), partnerskap: lines[0].partnerskap, vedtaksaar: String(key.vedtaksaar),
                iAar: (thisYear?.gjeldende.sum ?? .zero).formatted,
                senere: lines.filter { $0.aar > innstilling.aar }.map(\.belop.sum).sum().formatted,
                action: stored.status == .utkast ? SiteRoute.innstillingStans(aar: innstilling.aar, innstilling.ordning).path : nil,
                svar: thisYear.map { Self.svarTekst($0, t: t) },
                acceptAction: stored.status == .utkast && thisYear?.harUbehandletEndring == true
                    ? SiteRoute.innstillingGodta(aar: innstilling.aar, innstilling.ordning).path : nil,
                felter: TiltakIVedtakFelter(key),
                begrunnelse: Field("begrunnelse", key: name, label: t.format(.inStopReason, ["tiltak": t.omtale(lines[0].tiltak)]),
                                   value: typed.flatMap { $0.gjelder(key) ? $0["begrunnelse"] : nil } ?? "",
                                   errors: errors)
            )
        }
        hasBound = !bound.isEmpty
        canSend = editable && (!innstilling.kvalifiserte.isEmpty || hasBound)
        laterHint = t.format(.inLaterHint, ["belop": midler.tildelbart.formatted])
        regions = kontroll.perRegion.map { BehovsmeldingOversikt.Row(label: $0.navn, belop: $0.foreslatt) }
        hasRegions = !regions.isEmpty
        let brudd = innstilling.linjerMedBrudd(kontroll.violations)
        let shown = Set(innstilling.linjer.filter { utvalg.passer($0, brudd: brudd) }.map(\.id))
        // A rule about a line the selection hides links to the line in its region's lines.
        func problem(_ violation: Violation) -> Problem {
            guard violation.felt.sted == .innstillingslinje else { return Problem(href: "#kontroll", message: t.tekst(violation.grunn)) }
            let ids = innstilling.linjerMedBrudd([violation])
            let line = innstilling.linjer.first { ids.contains($0.id) }
            let base = line.map { shown.contains($0.id) ? "" : path + Innstilling.Utvalg(regionId: $0.regionId).query } ?? ""
            return Problem(href: base + "#felt-" + violation.felt.navn, message: t.tekst(violation.grunn))
        }
        blockers = kontroll.violations.filter(\.blokkerer).map(problem)
        warnings = kontroll.violations.filter { !$0.blokkerer }.map(problem)
        hasBlockers = !blockers.isEmpty
        hasWarnings = !warnings.isEmpty
        clean = kontroll.violations.isEmpty ? t.text(.inClean) : nil

        let qualified = innstilling.kvalifiserte.filter { shown.contains($0.id) }
        let byRegion = Dictionary(grouping: qualified, by: \.regionNavn)
        groups = byRegion.keys.sorted().enumerated().map { index, navn in
            let lines = (byRegion[navn] ?? []).sorted(by: Innstilling.Linje.iPrioritetsrekkefolge)
            return RegionGroup(
                navn: navn, headingId: "region-\(index + 1)",
                lines: lines.map { line in
                    let omtale = t.omtale(line.navn)
                    func value(_ name: String, _ amount: Kroner) -> String { typed?.all(name).first ?? amount.formattedNumber }
                    let years = line.sokt.indices.map { year -> YearCell in
                        let nr = year + 1
                        let proposed = year < line.foreslatt.count ? line.foreslatt[year] : .zero
                        let eierName = Felt.linjebelop(line.id, aar: nr, .eier).navn
                        let uhName = Felt.linjebelop(line.id, aar: nr, .uh).navn
                        let yearText = String(innstilling.aar + year)
                        return YearCell(
                            year: yearText, sokt: t.format(.inSplit, ["eier": line.sokt[year].eier.formatted, "uh": line.sokt[year].uh.formatted]),
                            eier: Field(eierName, label: t.format(.inCellEier, ["aar": yearText, "tiltak": omtale]), value: value(eierName, proposed.eier),
                                        errors: errors, inputmode: "numeric", width: "input-amount"),
                            uh: Field(uhName, label: t.format(.inCellUH, ["aar": yearText, "tiltak": omtale]), value: value(uhName, proposed.uh),
                                      errors: errors, inputmode: "numeric", width: "input-amount"),
                            foreslatt: t.format(.inSplit, ["eier": proposed.eier.formatted, "uh": proposed.uh.formatted])
                        )
                    }
                    let coordinatorName = Felt.linjeKoordinator(line.id).navn
                    let reasonName = Felt.linjeBegrunnelse(line.id).navn
                    return LineRow(
                        omtale: omtale, partnerskap: line.partnerskap, prioritet: line.prioritet.map(String.init) ?? "–", years: years,
                        soktKoordinator: line.soktKoordinator.formatted,
                        koordinator: Field(coordinatorName, label: t.format(.inCellKoordinator, ["tiltak": omtale]),
                                           value: value(coordinatorName, line.foreslattKoordinator), errors: errors, inputmode: "numeric", width: "input-amount"),
                        foreslattKoordinator: line.foreslattKoordinator.formatted,
                        begrunnelse: Field(reasonName, label: t.format(.inCellReason, ["tiltak": omtale]),
                                           value: typed?.all(reasonName).first ?? t.begrunnelse(line), errors: errors),
                        begrunnelseText: t.begrunnelse(line)
                    )
                },
                sum: (byRegion[navn] ?? []).map(\.foreslattForsteAar).sum().sum.formatted
            )
        }
        hasLines = !innstilling.kvalifiserte.isEmpty
        filterEmpty = hasLines && qualified.isEmpty
        filter = hasLines ? Self.filter(innstilling, utvalg: utvalg, viste: qualified.count, path: path, t: t) : nil
        unqualified = innstilling.ikkeKvalifiserte.filter { shown.contains($0.id) }.map { line in
            Unqualified(omtale: t.omtale(line.navn), partnerskap: line.partnerskap, region: line.regionNavn,
                        reason: Innstilling.grunnTilAvslag(line).map(t.tekst) ?? "–", sokt: line.soktForsteAar.sum.formatted)
        }
        hasUnqualified = !unqualified.isEmpty
        self.notForwarded = notForwarded > 0 ? t.format(.inNotForwarded, ["antall": String(notForwarded)]) : nil
        let file = SiteRoute.forumEksport(aar: innstilling.aar, fil: "innstilling-\(innstilling.aar)-\(innstilling.ordning.kode)").path
        csvHref = stored.status == .utkast ? nil : file + ".csv"
        xlsxHref = stored.status == .utkast ? nil : file + ".xlsx"
        if stored.status == .utkast {
            forumHref = nil
            forumText = nil
        } else {
            forumHref = SiteRoute.forumInnstilling(aar: innstilling.aar, innstilling.ordning).path
            let approved = forum.filter { $0.art == .godkjent }.map(\.userName)
            forumText = (approved.isEmpty ? t.text(.inForumNoApprovals) : t.format(.inForumApproved, ["hvem": approved.joined(separator: ", ")]))
                + " " + t.format(.inForumComments, ["antall": String(forum.filter { !$0.text.isEmpty }.count)])
        }
        vedtaksdato = Field("vedtaksdato", label: t.text(.inDecisionDate), value: typed?["vedtaksdato"] ?? "", hint: t.format(.inDecisionDateHint, ["dato": String(format: "%02d.%02d.%04d", today.day, today.month, today.year)]),
                            errors: errors, width: "input-date")
    }

    /// The selection form: the regions of the lines, the priorities given, and what a line gets.
    static func filter(_ innstilling: Innstilling, utvalg: Innstilling.Utvalg, viste: Int, path: String, t: Catalogue) -> Filter {
        let regions = Dictionary(innstilling.linjer.map { ($0.regionId, $0.regionNavn) }, uniquingKeysWith: { first, _ in first })
        let priorities = Set(innstilling.linjer.compactMap(\.prioritet)).sorted()
        let all = ("", t.text(.dsAll))
        return Filter(
            action: path,
            region: SelectField("region", label: t.text(.inColRegion), selected: utvalg.regionId.map(String.init) ?? "",
                                options: [all] + regions.sorted { $0.value < $1.value }.map { (String($0.key), $0.value) }),
            prioritet: SelectField("prioritet", label: t.text(.inColPriority), selected: utvalg.prioritetVerdi,
                                   options: [all] + priorities.map { (String($0), String($0)) } + [("uten", t.text(.fuPriorityNone))]),
            tilstand: SelectField("tilstand", label: t.text(.inFilterState), selected: utvalg.tilstand?.rawValue ?? "",
                                  options: [all] + Innstilling.Utvalg.Tilstand.allCases.map { ($0.rawValue, t.text(.inFilterState($0))) }),
            showing: t.format(.inFilterShowing, ["vist": String(viste), "antall": String(innstilling.kvalifiserte.count)]),
            resetHref: utvalg.erAlle ? nil : path
        )
    }
}
