import Domain
import Foundation
import Persistence

/// What every report page shows of one report: its lines with the money, read-only.
struct RapportInnhold: Sendable {
    struct Linje: Sendable {
        let heading: String
        let headingId: String
        let money: [Fact]
        let texts: [Fact]
    }

    typealias Fact = BehovsmeldingInnhold.Fact

    let linjer: [Linje]
    let totals: [Fact]
    let hasLines: Bool

    /// The half-year report states the money used so far and no unused amount: the year is not over.
    init(_ rapport: Rapport, t: Catalogue) {
        let none = t.text(.bmNotAnswered)
        let slag = rapport.slag
        func money(_ tildelt: Kroner, _ brukt: Kroner?, _ ubrukt: Kroner) -> [Fact] {
            [Fact(term: t.text(.rpColGranted), value: tildelt.formatted), Fact(term: t.text(slag.tekst(.rpColUsed, .rhColUsed)), value: brukt?.formatted ?? none)]
                + (slag == .aar ? [Fact(term: t.text(.rpColUnused), value: ubrukt.formatted)] : [])
        }
        linjer = rapport.linjer.enumerated().map { index, linje in
            Linje(
                heading: t.omtale(linje.navn), headingId: "linje-\(index + 1)", money: money(linje.tildelt, linje.brukt, linje.ubrukt),
                texts: slag.tekstdeler.compactMap { del in
                    let value = linje[del]
                    if del == .avvik, value.isEmpty { return nil }
                    return Fact(term: t.text(RapportPage.label(del, slag)), value: value.isEmpty ? none : value)
                }
            )
        }
        totals = money(rapport.tildelt, rapport.brukt, rapport.ubrukt)
        hasLines = !linjer.isEmpty
    }
}

extension Rapportstatus {
    func navn(_ t: Catalogue) -> String {
        switch self {
        case .ikkeStartet: t.text(.rpStatus_ikkeStartet)
        case .lagret(.utkast): t.text(.rpStatus_utkast)
        case .lagret(.sendt): t.text(.rpStatus_sendt)
        case .lagret(.returnert): t.text(.rpStatus_returnert)
        case .lagret(.godkjent): t.text(.rpStatus_godkjent)
        }
    }
}

/// The owners' or a partner's report on one grant letter: a form while it is a draft or
/// returned, the report read-only once sent.
struct RapportPage: Page {
    static let template = "rapport/form"

    struct LineFields: Sendable {
        let legend: String
        let headingId: String
        let granted: String
        let brukt: Field
        let texts: [TextArea]
    }

    /// The catalogue for the letter's scheme (it names the partner as the scheme does).
    let t: Catalogue
    let title: String
    let lead: String
    let formLead: String
    let back: String
    let letterHref: String
    let status: String
    let deadline: String
    let returned: String?
    let summary: ErrorSummary?
    let editable: Bool
    let action: String
    let csrf: String
    let version: Int
    let lines: [LineFields]
    let hasLines: Bool
    let innhold: RapportInnhold

    static func label(_ del: Felt.Rapportdel, _ slag: Rapport.Slag) -> MessageKey {
        switch del {
        case .brukt: slag.tekst(.rpUsed, .rhUsed)
        case .hvaErGjort: slag.tekst(.rpDone, .rhDone)
        case .deltakere: .rpParticipants
        case .motPlan: slag.tekst(.rpAgainstPlan, .rhAgainstPlan)
        case .utbytte: .rpOutcome
        case .avvik: .rpDeviation
        }
    }

    static func hint(_ del: Felt.Rapportdel) -> MessageKey? {
        switch del {
        case .brukt: .rpUsedHint
        case .deltakere: .rpParticipantsHint
        case .utbytte: .rpOutcomeHint
        case .avvik: .rpDeviationHint
        case .hvaErGjort, .motPlan: nil
        }
    }

    /// The typed form: `linje[n].<del>` for each of the report's `linjer` lines.
    static func utkast(_ form: FormData, linjer: Int) -> Rapport.Utkast {
        Rapport.Utkast(linjer: (0..<linjer).map { index in
            Dictionary(uniqueKeysWithValues: Felt.Rapportdel.allCases.map { ($0, form[.rapport(index + 1, $0)]) })
        })
    }

    init(
        _ forventet: Rapportgrunnlag.Forventet, runde: Runde, utkast: Rapport.Utkast, errors: [Feltmelding], version: Int, now: Date,
        csrf: String, t: Catalogue
    ) {
        let t = t.forOrdning(runde.ordninger[forventet.brev.ordning])
        self.t = t
        let rapport = forventet.stored.rapport
        let brev = forventet.brev
        let slag = rapport.slag
        title = t.format(slag.tekst(.rpTitle, .rhTitle), ["ordning": runde.kortnavn(brev.ordning), "aar": String(brev.aar)])
        lead = forventet.side == .eier
            ? t.format(.rpLeadOwners, ["partnerskap": brev.partnerskap.navn])
            : t.format(.rpLeadPartner, ["rapportor": forventet.rapportor, "partnerskap": brev.partnerskap.navn])
        back = SiteRoute.hjem(forventet.side == .eier ? .eier : .uh).path
        letterHref = SiteRoute.tildelingsbrev(aar: brev.aar, brev.ordning, partnerskap: brev.partnerskap.id).path
        status = forventet.status.navn(t)
        formLead = t.text(slag.tekst(.rpFormLead, .rhFormLead))
        let frist = slag.frist(runde.frister)
        deadline = forventet.status.forSent(frist: frist, now: now)
            ? t.format(.rpOverdue, ["dato": frist.formatted]) : t.format(.rpDeadline, ["dato": frist.formatted])
        returned = rapport.status == .returnert ? t.format(.rpReturned, ["kommentar": rapport.kommentar]) : nil
        summary = ErrorSummary(errors, t: t)
        editable = rapport.kanEndres
        action = SiteRoute.rapport(aar: brev.aar, brev.ordning, partnerskap: brev.partnerskap.id, slag).path
        self.csrf = csrf
        self.version = version
        let side = forventet.side == .eier ? t.text(.rpSideOwner) : t.text(.rpSidePartner)
        lines = rapport.linjer.enumerated().map { index, linje in
            let nr = index + 1
            let typed = index < utkast.linjer.count ? utkast.linjer[index] : [:]
            func value(_ del: Felt.Rapportdel) -> String { typed[del] ?? linje[del] }
            return LineFields(
                legend: t.omtale(linje.navn), headingId: "linje-\(nr)",
                granted: t.format(.rpGranted, ["side": side, "aar": String(brev.aar), "belop": linje.tildelt.formatted]),
                brukt: Field(Felt.rapport(nr, .brukt).navn, label: t.text(Self.label(.brukt, slag)), value: value(.brukt), hint: t.text(.rpUsedHint), errors: errors,
                             inputmode: "numeric", width: "w-10"),
                texts: slag.tekstdeler.map { del in
                    TextArea(Felt.rapport(nr, del).navn, label: t.text(Self.label(del, slag)), value: value(del), hint: Self.hint(del).map(t.text),
                             errors: errors, rows: 4)
                }
            )
        }
        hasLines = !lines.isEmpty
        innhold = RapportInnhold(rapport, t: t)
    }
}

/// The Statsforvalter's follow-up of a round's reports of one kind: every report the letters
/// ask for, by scheme, overdue ones first, a page (`Rapportliste`) at a time, chosen by scheme,
/// region and state once there are more than a page of them; with the money per scheme. The
/// other kind is a link away.
struct RapportOppfolgingPage: Page {
    static let template = "rapport/oppfolging"
    /// One report's row, rendered once for a kept round (`Rapportgrunnlag.gjengitt`).
    static let radmal = "rapport/oppfolging-rad"

    struct Row: Sendable {
        let partnerskap: String
        let rapportor: String
        let status: String
        let overdue: Bool
        let href: String?
        /// Where the reminder is posted, for a report not sent (by the list's form, which carries
        /// the list's choice and page to come back to); and when the last one went.
        let remind: String?
        let reminded: String?
        let tildelt: String
        let brukt: String
        /// For the report on the year only.
        let ubrukt: String?
    }

    struct Group: Sendable {
        let heading: String
        let headingId: String
        /// The page's rows of the scheme (`Row`, `radmal`).
        let rows: Gjengitt
        /// The sum of every chosen report of the scheme, on this page or another.
        let total: Row
    }

    let t: Catalogue
    let title: String
    let lead: String
    let back: String
    /// The follow-up of the other kind of report.
    let otherLabel: String
    let otherHref: String
    /// The report on the year has an unused amount; the half-year report does not.
    let hasUnused: Bool
    let usedHeader: String
    let allLabel: String
    let csrf: String
    /// The list's choice and page, which a reminder sent from it comes back to.
    let listevalg: [Skjultfelt]
    /// The choice by scheme, region and state, shown once there are more than a page of reports
    /// or a choice is made.
    let filter: Listefilter?
    let filterForm: Gjengitt
    let groups: [Group]
    /// No letter of the round asks for a report.
    let isEmpty: Bool
    /// Said when there are reports but none is chosen.
    let noneChosen: String?
    let pager: Sidevelger?
    let oversikt: Gjengitt?
    let perRegion: Gjengitt?
    let allCsv: String
    let allXlsx: String

    /// `regions` name the choice of region. The rows and tables are rendered once for a kept
    /// round (`renderer`, `grunnlag.gjengitt`), for either side of the deadline.
    init(_ grunnlag: Rapportgrunnlag, utvalg: Rapportliste.Utvalg = .init(), regions: [Int64: Region] = [:], now: Date, csrf: String,
         renderer: Renderer, t: Catalogue) throws {
        let t = t.forRunde(grunnlag.runde)
        self.t = t
        self.csrf = csrf
        let runde = grunnlag.runde
        let slag = grunnlag.slag
        let frist = grunnlag.frist
        let fristUte = !frist.erApen(now: now)
        let path = SiteRoute.rapportOppfolging(aar: runde.aar, slag).path
        title = t.format(slag.tekst(.rpfTitle, .rhfTitle), ["aar": String(runde.aar)])
        lead = t.format(slag.tekst(.rpfLead, .rhfLead), ["dato": frist.formatted])
        back = SiteRoute.hjem(.statsforvalter).path
        let annen: Rapport.Slag = slag == .aar ? .halvaar : .aar
        otherLabel = t.format(.rpfOther, ["tittel": t.format(annen.tekst(.rpfTitle, .rhfTitle), ["aar": String(runde.aar)]),
                                          "dato": annen.frist(runde.frister).formatted])
        otherHref = SiteRoute.rapportOppfolging(aar: runde.aar, annen).path
        hasUnused = slag == .aar
        usedHeader = t.text(slag.tekst(.rpColUsed, .rhColUsed))
        allLabel = t.text(slag.tekst(.rpfAll, .rhfAll))

        // The reports by their places in `grunnlag.forventet`, those of the round's schemes, in
        // the list's order: by scheme as the round lists them, overdue first, then by partnership
        // and reporter (`iListeorden`). Only the page's are made into rows.
        let (forventet, kjennetegn) = (grunnlag.forventet, grunnlag.kjennetegn)
        let alle = grunnlag.iListeorden.flatMap(\.plasser)
        let valgte = grunnlag.iListeorden.flatMap { _, plasser in
            var (forSent, iTide): ([Int], [Int]) = ([], [])
            for plass in plasser {
                let report = kjennetegn[plass]
                guard utvalg.passer(ordning: report.ordning, regionId: report.regionId, status: report.status, fristUte: fristUte) else { continue }
                if report.status.forSent(fristUte: fristUte) { forSent.append(plass) } else { iTide.append(plass) }
            }
            return forSent + iTide
        }
        let side = Sideutsnitt(valgte, side: utvalg.side, storrelse: Rapportliste.sidestorrelse)
        filter = alle.count > Rapportliste.sidestorrelse || !utvalg.erAlle
            ? Self.filter(grunnlag, side: side, utvalg: utvalg, fristUte: fristUte, regions: regions, path: path, t: t) : nil
        filterForm = try renderer.skjema(filter, t: t)
        listevalg = utvalg.felter(side: side.nummer)
        let hasUnused = hasUnused
        groups = try runde.ordningerSortert.compactMap { ordning, iRunde in
            let plasser = side.elementer.filter { kjennetegn[$0].ordning == ordning }
            guard !plasser.isEmpty else { return nil }
            // A row shows nothing of the view but whether the deadline has passed.
            let rows = try renderer.rader(Self.radmal, plasser, lager: grunnlag.gjengitt, t: t, nokkel: { Radnokkel($0, fristUte) }) { plass in
                let expected = forventet[plass]
                let rapport = expected.stored.rapport
                let one = SiteRoute.rapportBehandling(aar: runde.aar, ordning, partnerskap: expected.brev.partnerskap.id, organisasjon: expected.organisasjonId, slag).path
                return Row(
                    partnerskap: expected.brev.partnerskap.navn, rapportor: expected.rapportor, status: expected.status.navn(t),
                    overdue: expected.status.forSent(fristUte: fristUte),
                    href: expected.stored.id == 0 ? nil : one,
                    remind: rapport.erRapportert ? nil : one,
                    reminded: expected.paminnet.map { t.format(.rpfRemindedAt, ["tid": Tidspunkt.oslo($0)]) },
                    // Used and unused count once the report is sent.
                    tildelt: rapport.tildelt.formattedNumber, brukt: rapport.erRapportert ? rapport.brukt.formattedNumber : "–",
                    ubrukt: hasUnused ? grunnlag.ubrukt(expected)?.formattedNumber ?? "–" : nil
                )
            }
            let chosen = valgte.filter { kjennetegn[$0].ordning == ordning }
            let money = grunnlag.penger(chosen)
            return Group(
                heading: iRunde.navn, headingId: "rapporter-\(ordning.kode)", rows: rows,
                total: Row(partnerskap: plasser.count == chosen.count ? t.text(.foTotal) : t.format(.rpfTotalChosen, ["antall": Kroner.groupDigits(chosen.count)]),
                           rapportor: "", status: "", overdue: false, href: nil, remind: nil, reminded: nil,
                           tildelt: money.tildelt.formattedNumber, brukt: money.brukt.formattedNumber, ubrukt: hasUnused ? money.ubrukt.formattedNumber : nil)
            )
        }
        let isEmpty = alle.isEmpty
        self.isEmpty = isEmpty
        noneChosen = groups.isEmpty && !isEmpty ? t.text(.rpfNoneChosen) : nil
        pager = Sidevelger(nummer: side.nummer, sider: side.sider, href: { path + utvalg.query(side: $0) }, t: t)
        let eksport = SiteRoute.rapportEksport(aar: runde.aar, fil: "").path.dropLast().description
        func tabell(_ id: String, _ tabell: () -> Tabell) throws -> Gjengitt? {
            guard !isEmpty && hasUnused else { return nil }
            return try renderer.rader(TabellVisning.template, [id], lager: grunnlag.gjengitt, t: t, nokkel: { Radnokkel($0, fristUte) }) { _ in
                TabellVisning(tabell(), id: id, eksport: eksport, diagram: nil)
            }
        }
        oversikt = try tabell("oversikt") { grunnlag.oversikt(now: now, t: t) }
        perRegion = try tabell("per-region") { grunnlag.perRegion(now: now, t: t) }
        allCsv = SiteRoute.rapportEksport(aar: runde.aar, fil: "\(slag.filprefiks)-\(runde.aar).csv").path
        allXlsx = SiteRoute.rapportEksport(aar: runde.aar, fil: "\(slag.filprefiks)-\(runde.aar).xlsx").path
    }

    /// The choice of the list's reports: the schemes and regions they are in, and each state with
    /// how many are in it (`Rapportgrunnlag.valgbart`).
    private static func filter(_ grunnlag: Rapportgrunnlag, side: Sideutsnitt<Int>, utvalg: Rapportliste.Utvalg,
                               fristUte: Bool, regions: [Int64: Region], path: String, t: Catalogue) -> Listefilter {
        let (ordninger, regionIds, antallEtterFrist) = grunnlag.valgbart
        let antall = fristUte ? antallEtterFrist.ute : antallEtterFrist.apen
        let tilstand = SelectField(Rapportliste.Tilstand.parameter, label: t.text(.rpfColStatus), selected: utvalg.valg?.rawValue ?? "",
                                   options: [("", t.text(.dsAll))] + Rapportliste.Tilstand.allCases.map {
                                       ($0.rawValue, "\(t.text(.rpfState($0))) (\(Kroner.groupDigits(antall[$0] ?? 0)))")
                                   })
        return Listefilter(path: path, ordninger: grunnlag.runde.ordningerSortert.filter { ordninger.contains($0.0) }.map { ($0.0, $0.1.navn) },
                           ordning: utvalg.ordning, regions: regionIds.compactMap { regions[$0] },
                           regionId: utvalg.regionId, valg: tilstand, side: side, erAlle: utvalg.erAlle, t: t)
    }
}

/// One report as the Statsforvalter reads it, with «return for correction» and «approve»
/// while it is sent.
struct RapportBehandlingPage: Page {
    static let template = "rapport/behandling"

    let t: Catalogue
    let title: String
    let lead: String
    let back: String
    let status: String
    let returned: String?
    let summary: ErrorSummary?
    let canDecide: Bool
    let action: String
    let csrf: String
    let version: Int
    let kommentar: TextArea
    let innhold: RapportInnhold
    let backLabel: String
    /// The decision on the letter's unused funds: what is decided, or the form once every report
    /// is in; for the report on the year only.
    let hasUnused: Bool
    let ubruktLead: String
    let ubruktDecided: String?
    let ubruktChoice: ChoiceGroup?
    let ubruktReason: TextArea?

    init(
        _ forventet: Rapportgrunnlag.Forventet, grunnlag: Rapportgrunnlag, kommentar typed: String, ubrukt: (valg: String, begrunnelse: String)?,
        errors: [Feltmelding], now: Date, csrf: String, t: Catalogue
    ) {
        let runde = grunnlag.runde
        let t = t.forOrdning(runde.ordninger[forventet.brev.ordning])
        self.t = t
        let rapport = forventet.stored.rapport
        let brev = forventet.brev
        let slag = grunnlag.slag
        title = t.format(slag.tekst(.rpbTitle, .rhbTitle), ["rapportor": forventet.rapportor, "ordning": runde.kortnavn(brev.ordning), "aar": String(brev.aar)])
        lead = t.format(.rpbLead, ["partnerskap": brev.partnerskap.navn, "dato": forventet.stored.sentAt.map(Tidspunkt.oslo) ?? "–"])
        back = SiteRoute.rapportOppfolging(aar: brev.aar, slag).path
        backLabel = t.text(slag.tekst(.rpfBack, .rhfBack))
        hasUnused = slag == .aar
        status = forventet.status.navn(t)
        returned = rapport.status == .returnert ? t.format(.rpReturned, ["kommentar": rapport.kommentar]) : nil
        summary = ErrorSummary(errors, t: t)
        canDecide = rapport.status == .sendt
        action = SiteRoute.rapportBehandling(aar: brev.aar, brev.ordning, partnerskap: brev.partnerskap.id, organisasjon: forventet.organisasjonId, slag).path
        self.csrf = csrf
        version = forventet.stored.version
        kommentar = TextArea("kommentar", label: t.text(.rpbComment), value: typed, hint: t.text(.rpbCommentHint), errors: errors, rows: 4,
                             limit: .middels)
        innhold = RapportInnhold(rapport, t: t)
        let letter = grunnlag.rapporter(brev)
        let reported = letter.map(\.stored.rapport).filter(\.erRapportert)
        let spring = ["var": String(brev.aar + 1)]
        let decided = grunnlag.ubrukt(brev)
        if reported.count == letter.count {
            ubruktLead = t.format(.rpuLead, alle: spring.merging(["partnerskap": brev.partnerskap.navn, "belop": Rapport.summer(reported).ubrukt.formatted]) { a, _ in a })
            ubruktChoice = ChoiceGroup("avgjorelse", legend: t.text(.rpuChoice), selected: [ubrukt?.valg ?? decided?.avgjorelse.rawValue ?? ""],
                                       options: [(value: UbrukteMidler.Avgjorelse.tilbakebetales.rawValue, label: t.text(.rpuPayBack), hint: nil),
                                                 (value: UbrukteMidler.Avgjorelse.brukesNesteVar.rawValue, label: t.format(.rpuNextSpring, alle: spring), hint: nil)],
                                       errors: errors)
            ubruktReason = TextArea("ubruktBegrunnelse", label: t.text(.rpuReason), value: ubrukt?.begrunnelse ?? decided?.begrunnelse ?? "", errors: errors,
                                    rows: 3, limit: .middels)
        } else {
            ubruktLead = t.format(.rpuWaiting, ["inn": String(reported.count), "antall": String(letter.count)])
            ubruktChoice = nil
            ubruktReason = nil
        }
        ubruktDecided = decided.map { value in
            t.format(.rpuDecided, ["belop": value.belop.formatted, "begrunnelse": value.begrunnelse,
                                   "hva": value.avgjorelse == .tilbakebetales ? t.text(.rpuPayBack).lowercased() : t.format(.rpuNextSpring, alle: spring).lowercased()])
        }
    }
}
