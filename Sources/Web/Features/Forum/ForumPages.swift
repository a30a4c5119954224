import Domain
import Foundation
import Hummingbird
import Persistence

/// What the samarbeidsforum sees of a round: each ordning's newest innstilling that has been
/// sent to it (foreløpig or vedtatt), and the tables built from them. Built once per request
/// and shared by the pages and the exports, so they cannot disagree.
struct Forumgrunnlag: Sendable {
    let runde: Runde
    let innstillinger: [Ordning: StoredInnstilling]
    /// What earlier rounds' vedtak bind from this round's year on, every ordning.
    let tidligere: [Forpliktelse]
    /// The Rekom 30 % allocation, once it has been sent to the forum.
    let rekom30: Rekom30Grunnlag?
    /// The reports on the year's letters, once an innstilling is vedtatt.
    let rapporter: Rapportgrunnlag?
    let now: Date

    var ordninger: [Ordning] { runde.ordningerSortert.map(\.0).filter { innstillinger[$0] != nil } }

    func linjer(_ ordning: Ordning?) -> [Innstilling.Linje] {
        (ordning.map { [$0] } ?? ordninger).flatMap { innstillinger[$0]?.innstilling.linjer ?? [] }
    }

    var perOrdning: [Fordelingsrad] {
        var rows = Fordelingstabell.perOrdning(ordninger.compactMap { ordning in
            guard let iRunde = runde.ordninger[ordning], let stored = innstillinger[ordning] else { return nil }
            return (ordning, stored.innstilling.midler(iRunde, tidligere: tidligere), stored.innstilling)
        })
        // The row of the scheme with a later round (Rekom) shows what that round gives of its part, once the forum has seen it.
        if let rekom30, let later = runde.senereRunde?.ordning, let index = ordninger.firstIndex(of: later), index < rows.count {
            rows[index].senereRundeFordelt = rekom30.plasser.map(\.tildelt).sum()
            if let total = rows.indices.last, rows[total].erTotal { rows[total].senereRundeFordelt = rows[index].senereRundeFordelt }
        }
        return rows
    }

    /// An allocation table's rows, with its title and the name of its first column.
    struct Fordeling {
        let rader: [Fordelingsrad]
        let tittel: String
        let forsteKolonne: String
    }

    /// The allocation table named `filnavn`: `per-ordning-2027`, `per-region-2027` (all
    /// ordninger) or `per-region-2027-rekom`, `per-partnerskap-…`.
    func fordeling(_ filnavn: String, t: Catalogue) -> Fordeling? {
        let aar = String(runde.aar)
        if filnavn == "per-ordning-\(aar)" {
            return Fordeling(rader: perOrdning, tittel: t.format(.foTablePerOrdning, ["aar": aar]), forsteKolonne: t.text(.foColOrdning))
        }
        for ordning in [nil] + ordninger.map(Optional.some) {
            let suffix = ordning.map { "-" + $0.kode } ?? ""
            let scope = ["aar": aar, "ordning": ordning.map(runde.kortnavn) ?? t.text(.foAllOrdninger)]
            if filnavn == "per-region-\(aar)\(suffix)" {
                return Fordeling(rader: Fordelingstabell.perRegion(linjer(ordning)), tittel: t.format(.foTablePerRegion, alle: scope), forsteKolonne: t.text(.inColRegion))
            }
            if filnavn == "per-partnerskap-\(aar)\(suffix)" {
                return Fordeling(rader: Fordelingstabell.perPartnerskap(linjer(ordning)), tittel: t.format(.foTablePerPartnerskap, alle: scope),
                                 forsteKolonne: t.text(.foColPartnerskap))
            }
        }
        return nil
    }

    func tabell(_ fordeling: Fordeling, filnavn: String, t: Catalogue) -> Tabell {
        Fordelingsvisning.tabell(fordeling.rader, tittel: fordeling.tittel, filnavn: filnavn, forsteKolonne: fordeling.forsteKolonne, aar: runde.aar, t: t)
    }

    /// «Midler etter vedtaksår» for all ordninger or one: `etter-vedtaksaar-2027(-rekom)`.
    func etterVedtaksaar(_ ordning: Ordning?, t: Catalogue) -> Tabell {
        let scope = ordning.map { [$0] } ?? ordninger
        let table = Fordelingstabell.etterVedtaksaar(
            aar: runde.aar, tidligere: tidligere.filter { scope.contains($0.ordning) },
            innstillinger: scope.compactMap { innstillinger[$0]?.innstilling }
        )
        let names = ["aar": String(runde.aar), "ordning": ordning.map(runde.kortnavn) ?? t.text(.foAllOrdninger)]
        return Fordelingsvisning.etterVedtaksaar(table, runde: runde.aar, tittel: t.format(.foTableByDecision, alle: names),
                                                 filnavn: "etter-vedtaksaar-\(runde.aar)" + (ordning.map { "-" + $0.kode } ?? ""), t: t)
    }

    /// Each table the forum can download: an allocation table, «Midler etter vedtaksår», or `innstilling-2027-rekom`.
    func tabell(_ filnavn: String, t: Catalogue) -> Tabell? {
        if let fordeling = fordeling(filnavn, t: t) { return tabell(fordeling, filnavn: filnavn, t: t) }
        let aar = runde.aar
        for ordning in [nil] + ordninger.map(Optional.some) where filnavn == "etter-vedtaksaar-\(aar)" + (ordning.map { "-" + $0.kode } ?? "") {
            return etterVedtaksaar(ordning, t: t)
        }
        if let ordning = ordninger.first(where: { filnavn == "tidligere-vedtak-\(aar)-\($0.kode)" }) { return tidligereVedtak(ordning, t: t) }
        if let rekom30, filnavn == rekom30.filnavn { return rekom30.tabell(t) }
        if let rapporter, filnavn == "rapporter-oversikt-\(aar)" { return rapporter.oversikt(now: now, t: t) }
        guard let ordning = ordninger.first(where: { filnavn == "innstilling-\(aar)-\($0.kode)" }), let stored = innstillinger[ordning] else { return nil }
        return Fordelingsvisning.innstilling(stored.innstilling, tittel: t.format(.inTitle, ["ordning": runde.kortnavn(ordning), "aar": String(aar)]),
                                             filnavn: filnavn, t: t)
    }

    /// The round's year of earlier vedtak's multi-year tiltak in `ordning`, decided with its
    /// innstilling: `tidligere-vedtak-2028-rekom`; nil when there are none.
    func tidligereVedtak(_ ordning: Ordning, t: Catalogue) -> Tabell? {
        let aar = runde.aar
        let lines = tidligere.filter { $0.ordning == ordning && $0.avgjoresIRunde(aar) }
        guard !lines.isEmpty else { return nil }
        return Fordelingsvisning.tidligereVedtak(lines, aar: aar, tittel: t.format(.foEarlierCaption, ["aar": String(aar)]),
                                                 filnavn: "tidligere-vedtak-\(aar)-\(ordning.kode)", t: t)
    }
}

/// `/samarbeidsforum/{år}`: the allocation tables per ordning and in total, per region and per
/// partnership (all ordninger or one), each with its chart and its exports.
struct ForumFordelingPage: Page {
    static let template = "forum/fordeling"

    /// The catalogue for the round's schemes (it names their partners).
    let t: Catalogue
    struct InnstillingLink: Sendable {
        let ordning: String
        let href: String?
        let status: String?
        let text: String
    }

    struct Valg: Sendable {
        let value: String
        let label: String
        let selected: Bool
    }

    let title: String
    let lead: String
    let innstillinger: [InnstillingLink]
    let hasTables: Bool
    let action: String
    let valg: [Valg]
    let perOrdning: TabellVisning?
    let perRegion: TabellVisning?
    let perPartnerskap: TabellVisning?
    let etterVedtaksaar: TabellVisning?
    /// What the reports on the year's letters say, once there are letters.
    let rapporter: TabellVisning?
    /// The reader's own home page (the forum's or the Statsforvalter's).
    let homeHref: String

    init(_ grunnlag: Forumgrunnlag, ordning: Ordning?, homeHref: String, t: Catalogue) {
        let t = ordning.map { t.forOrdning(grunnlag.runde.ordninger[$0]) } ?? t.forRunde(grunnlag.runde)
        self.t = t
        self.homeHref = homeHref
        let aar = grunnlag.runde.aar
        title = t.format(.foTitle, ["aar": String(aar)])
        lead = t.text(.foLead)
        var links = grunnlag.runde.ordningerSortert.map { item in
            let stored = grunnlag.innstillinger[item.0]
            return InnstillingLink(
                ordning: item.1.navn, href: stored.map { _ in SiteRoute.forumInnstilling(aar: aar, item.0).path }, status: stored.map { t.navn($0.status) },
                text: stored.map { InnstillingPage.statusText($0, t: t) } ?? t.text(.foNotSent)
            )
        }
        if let rekom30 = grunnlag.rekom30 {
            links.append(InnstillingLink(ordning: t.format(.r30ForumLinkName, senereRunde: grunnlag.runde), href: SiteRoute.forumRekom30(aar: aar).path,
                                         status: t.navn(rekom30.stored.status), text: Rekom30FordelingPage.statusText(rekom30.stored, t: t)))
        }
        innstillinger = links
        let tablesExist = !grunnlag.ordninger.isEmpty
        hasTables = tablesExist
        action = SiteRoute.forum(aar: aar).path
        valg = [Valg(value: "", label: t.text(.foAllOrdninger), selected: ordning == nil)]
            + grunnlag.ordninger.map { Valg(value: $0.kode, label: grunnlag.runde.navn($0), selected: $0 == ordning) }
        let eksport = SiteRoute.forumEksport(aar: aar, fil: "").path.dropLast().description
        let suffix = ordning.map { "-" + $0.kode } ?? ""
        let requested = Stolpediagram.Serie(navn: t.text(.foSeriesRequested), klasse: "bar-sokt")
        let proposed = Stolpediagram.Serie(navn: t.text(.foSeriesProposed), klasse: "bar-foreslatt")
        // The table and its chart from the same rows; the chart leaves the total out.
        func view(_ name: String, id: String, serier: [Stolpediagram.Serie], verdier: (Fordelingsrad) -> [Kroner?]) -> TabellVisning? {
            guard tablesExist, let fordeling = grunnlag.fordeling(name, t: t) else { return nil }
            let tabell = grunnlag.tabell(fordeling, filnavn: name, t: t)
            let diagram = Stolpediagram(id: "diagram-" + id, tittel: tabell.tittel, beskrivelse: t.text(.foChartDesc), serier: serier,
                                        rows: Fordelingsvisning.utenTotal(fordeling.rader).map { ($0.navn, verdier($0)) })
            return TabellVisning(tabell, id: id, eksport: eksport, diagram: diagram)
        }
        perOrdning = view("per-ordning-\(aar)", id: "per-ordning",
                          serier: [.init(navn: t.text(.foSeriesAllocatable), klasse: "bar-ramme"), requested, proposed]) {
            [$0.tildelbart, $0.sokt.sum, $0.foreslatt.sum]
        }
        perRegion = view("per-region-\(aar)\(suffix)", id: "per-region", serier: [requested, proposed]) { [$0.sokt.sum, $0.foreslatt.sum] }
        perPartnerskap = view("per-partnerskap-\(aar)\(suffix)", id: "per-partnerskap", serier: [requested, proposed]) { [$0.sokt.sum, $0.foreslatt.sum] }
        etterVedtaksaar = tablesExist ? TabellVisning(grunnlag.etterVedtaksaar(ordning, t: t), id: "etter-vedtaksaar", eksport: eksport, diagram: nil) : nil
        rapporter = grunnlag.rapporter.flatMap { reports in
            reports.forventet.isEmpty ? nil : TabellVisning(reports.oversikt(now: grunnlag.now, t: t), id: "rapporter", eksport: eksport, diagram: nil)
        }
    }
}

/// `/samarbeidsforum/{år}/{ordning}`: the innstilling the forum is asked about, line by line,
/// its comments and approvals, and (for a member, while foreløpig) the form to answer.
struct ForumInnstillingPage: Page {
    static let template = "forum/innstilling"

    /// The catalogue for the innstilling's scheme.
    let t: Catalogue
    let title: String
    let lead: String
    let back: String
    let status: String
    let statusText: String
    let summary: ErrorSummary?
    let facts: [InnstillingPage.Check]
    let tabell: TabellVisning
    /// This year of earlier vedtak's multi-year tiltak, decided with the innstilling.
    let tidligere: TabellVisning?
    let svar: ForumSvar
    let sfHref: String?

    init(
        _ grunnlag: Forumgrunnlag, ordning: Ordning, stored: StoredInnstilling, innspill: [ForumInnspill], rolle: Rolle, userId: Int64,
        typed: String, errors: [Feltmelding], csrf: String, t: Catalogue
    ) {
        let t = t.forOrdning(grunnlag.runde.ordninger[ordning])
        self.t = t
        let aar = grunnlag.runde.aar
        title = t.format(.inTitle, ["ordning": grunnlag.runde.kortnavn(ordning), "aar": String(aar)])
        lead = grunnlag.runde.navn(ordning)
        back = SiteRoute.forum(aar: aar).path
        status = t.navn(stored.status)
        statusText = InnstillingPage.statusText(stored, t: t)
        summary = ErrorSummary(errors, t: t)
        facts = grunnlag.runde.ordninger[ordning].map { iRunde in
            InnstillingPage.grunnfakta(stored.innstilling.check(stored.innstilling.midler(iRunde, tidligere: grunnlag.tidligere)), iRunde, t: t)
        } ?? []
        let name = "innstilling-\(aar)-\(ordning.kode)"
        let eksport = SiteRoute.forumEksport(aar: aar, fil: "").path.dropLast().description
        tabell = TabellVisning(Fordelingsvisning.innstilling(stored.innstilling, tittel: t.text(.foLinesCaption), filnavn: name, t: t),
                               id: "linjer", eksport: eksport, diagram: nil)
        tidligere = grunnlag.tidligereVedtak(ordning, t: t).map { TabellVisning($0, id: "tidligere-vedtak", eksport: eksport, diagram: nil) }
        svar = ForumSvar(innspill: innspill, open: stored.status == .forelopig, rolle: rolle, userId: userId, action: SiteRoute.forumInnstilling(aar: aar, ordning).path,
                         typed: typed, errors: errors, csrf: csrf, t: t)
        sfHref = Tilgang.kan(rolle, .lageInnstilling) ? SiteRoute.innstilling(aar: aar, ordning).path : nil
    }
}

/// The forum's answers to what it is asked (an innstilling, the Rekom 30 % allocation): who has
/// approved, the comments, and for a member while it is foreløpig the form to comment or approve.
struct ForumSvar: Sendable {
    struct Innspill: Sendable {
        let hvem: String
        let tid: String
        let tekst: String
        let godkjent: Bool
    }

    let godkjent: [Innspill]
    let hasGodkjent: Bool
    let kommentarer: [Innspill]
    let hasKommentarer: Bool
    let canAnswer: Bool
    let canApprove: Bool
    let approvedText: String?
    let action: String
    let csrf: String
    let kommentar: TextArea
    /// What a member typed when it could no longer be answered, so it is not lost.
    let typedNotSent: String?

    /// What a member's button asks: a comment, or an approval (with the comment, if any).
    static func art(_ form: FormData) throws -> Forumsvar.Art {
        switch form.knapp {
        case .kommentar: .kommentar
        case .godkjenn: .godkjent
        default: throw HTTPError(.badRequest)
        }
    }

    init(innspill: [ForumInnspill], open: Bool, rolle: Rolle, userId: Int64, action: String, typed: String, errors: [Feltmelding], csrf: String, t: Catalogue) {
        let items = innspill.map { Innspill(hvem: $0.userName, tid: Tidspunkt.oslo($0.at), tekst: $0.text, godkjent: $0.art == .godkjent) }
        godkjent = items.filter(\.godkjent)
        hasGodkjent = !godkjent.isEmpty
        kommentarer = items.filter { !$0.tekst.isEmpty }
        hasKommentarer = !kommentarer.isEmpty
        let mine = innspill.first { $0.art == .godkjent && $0.userId == userId }
        canAnswer = open && Tilgang.kan(rolle, .svarePaInnstilling)
        canApprove = canAnswer && mine == nil
        approvedText = mine.map { t.format(.foYouApproved, ["tid": Tidspunkt.oslo($0.at)]) }
        self.action = action
        self.csrf = csrf
        kommentar = TextArea("kommentar", label: t.text(.foCommentLabel), value: typed, hint: t.text(.foCommentHint), errors: errors, rows: 4, limit: .middels)
        typedNotSent = !canAnswer && !typed.isEmpty ? typed : nil
    }
}
