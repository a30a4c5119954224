import Domain
import Foundation
import Persistence

/// The grant letters of a round: one per partnership and ordning of each ordning's newest
/// vedtatt innstilling (its new tiltak and this year of earlier vedtak's multi-year tiltak),
/// with the county of the partnership's region for the letterhead.
struct Tildelingsbrevsamling: Sendable {
    let runde: Runde
    let brev: [Tildelingsbrev]
    let fylke: [Int64: String]
    /// The Rekom 30 % round's letters, once its allocation is vedtatt, with the owners' names.
    let rekom30: [Rekom30Brev]
    let rekom30Grunnlag: Rekom30Grunnlag?
    /// Each report the letters ask for, by letter and reporter (`Rapport.rapportorer`): none on
    /// a refusal, nor in a scheme the round takes no reports for. Found once, when the letters
    /// are read: the Statsforvalter's home counts them on every view, and a walk of the letters
    /// copied each one it asked about (every list and text in it retained and released).
    let rapportorer: [Rapportor]
    /// The parties of each letter, in the order of `brev`: whether a reader may see it
    /// (`synlige`) asks on every view.
    private let parter: [Set<Int64>]
    /// What a list counts, sums and chooses by, for each letter in the order of `brev`: a walk
    /// of the letters themselves copied each one it asked about (every list and text in it
    /// retained and released): most of building the Statsforvalter's list of three thousand.
    let kort: [Kort]
    /// The list's rows as rendered from these letters, kept with them.
    let gjengitt = Gjengivelser()

    struct Kort: Sendable {
        let ordning: Ordning
        let regionId: Int64?
        let utfall: Brevliste.Utfall
        let total: Belop
    }

    struct Rapportor: Sendable {
        /// The letter's place in `brev`.
        let brev: Int
        let ordning: Ordning
        let partnerskapId: Int64
        let part: Partnerskap.Part
        let side: Felt.Side
    }

    init(runde: Runde, brev: [Tildelingsbrev], fylke: [Int64: String], rekom30: [Rekom30Brev], rekom30Grunnlag: Rekom30Grunnlag?) {
        self.runde = runde
        self.brev = brev
        self.fylke = fylke
        self.rekom30 = rekom30
        self.rekom30Grunnlag = rekom30Grunnlag
        parter = brev.map(\.parter)
        kort = brev.map { Kort(ordning: $0.ordning, regionId: $0.partnerskap.regionId, utfall: Brevliste.Utfall($0), total: $0.total) }
        rapportorer = brev.indices.flatMap { index -> [Rapportor] in
            let letter = brev[index]
            guard !letter.erAvslag, runde.ordninger[letter.ordning]?.rapport != false else { return [] }
            return Rapport.rapportorer(letter.partnerskap).map {
                Rapportor(brev: index, ordning: letter.ordning, partnerskapId: letter.partnerskap.id, part: $0.part, side: $0.side)
            }
        }
    }

    /// The round's letters; with `behovsmeldinger`, only the letters on those (the partnerships
    /// of an owner's or UH's home page): what that costs does not grow with other counties.
    /// Both are kept until the data changes: a whole round's letters (no `behovsmeldinger`) by
    /// `AppDatabase.beholdt` (the Statsforvalter's list, the reports and the forum read them all),
    /// a few behovsmeldinger's with what is read for one organisation (the fagutvalg's assessment
    /// reads its partnership's on every view).
    static func load(_ database: AppDatabase, runde: Runde, behovsmeldinger: Set<Int64>? = nil) async throws -> Tildelingsbrevsamling {
        guard let behovsmeldinger else { return try await database.beholdt(Nokkel(runde: runde)) { try await les(database, runde: runde, behovsmeldinger: nil) } }
        return try await database.beholdt(forOrganisasjon: Nokkel(runde: runde, behovsmeldinger: behovsmeldinger)) {
            try await les(database, runde: runde, behovsmeldinger: behovsmeldinger)
        }
    }

    /// The letters on the behovsmeldinger `egne`, by id with the partnership of each, as a home
    /// page has read them already: their partnerships are not read again.
    static func load(_ database: AppDatabase, runde: Runde, egne: [Int64: Partnerskap]) async throws -> Tildelingsbrevsamling {
        try await les(database, runde: runde, behovsmeldinger: Set(egne.keys), kjente: egne)
    }

    /// The letters of a round on the behovsmeldinger of organisation `organisasjonId`, of every
    /// round, whose party it is (an owner's or UH's home): kept per organisation and round until
    /// the data changes (`AppDatabase.beholdt(forOrganisasjon:)`). A UH in 120 partnerships has
    /// some 700 letters in two rounds, a third of its home when they were made on every view.
    /// Its partnerships and behovsmeldinger are read here, with the letters, so that what is
    /// kept is never made from what was read before a change.
    static func load(_ database: AppDatabase, runde: Runde, organisasjonId: Int64) async throws -> Tildelingsbrevsamling {
        try await database.beholdt(forOrganisasjon: Nokkel(runde: runde, organisasjonId: organisasjonId)) {
            let partnerskap = try await database.partnerskap(forOrganisation: organisasjonId)
            let plasser = try await database.behovsmeldingPlasser(organisasjonId: organisasjonId)
            return try await load(database, runde: runde, egne: RoleHomeController.partnerskap(plasser.map { ($0.id, $0.partnerskapId) }, partnerskap))
        }
    }

    /// What a round's letters are kept under: the whole round's, one organisation's, or those on a few behovsmeldinger.
    private struct Nokkel: Hashable, Sendable {
        let runde: Runde
        var organisasjonId: Int64?
        var behovsmeldinger: Set<Int64>?
    }

    private static func les(_ database: AppDatabase, runde: Runde, behovsmeldinger: Set<Int64>?,
                            kjente: [Int64: Partnerskap]? = nil) async throws -> Tildelingsbrevsamling {
        let vedtatte = try await database.innstillinger(rundeAar: runde.aar, status: [.vedtatt], behovsmeldinger: behovsmeldinger)
        let regions = try await database.regionerEtterId()
        var brev: [Tildelingsbrev] = []
        var fylke: [Int64: String] = [:]
        for (ordning, _) in runde.ordningerSortert {
            guard let stored = vedtatte[ordning], let dato = stored.vedtaksdato else { continue }
            let tidligere = try await database.forpliktelser(ordning: ordning, fraAar: runde.aar, behovsmeldinger: behovsmeldinger).filter { $0.aar == runde.aar }
            let partnerskap = if let kjente { kjente } else {
                try await database.partnerskap(behovsmeldingIds: stored.innstilling.linjer.map(\.behovsmeldingId) + tidligere.map(\.behovsmeldingId))
                    .mapValues(\.partnerskap)
            }
            for owner in partnerskap.values {
                if let region = owner.regionId.flatMap({ regions[$0] }) { fylke[owner.id] = Fylke.navn(region.fylke) }
            }
            brev += Tildelingsbrev.brev(stored.innstilling, tidligere: tidligere, vedtaksdato: dato, halvaarsrapportfrist: runde.frister.halvaarsrapport,
                                        rapportfrist: runde.frister.rapport,
                                        partnerskap: partnerskap)
        }
        let grunnlag = try await Rekom30Grunnlag.load(database, runde: runde)
        return Tildelingsbrevsamling(runde: runde, brev: brev, fylke: fylke, rekom30: grunnlag?.brev ?? [], rekom30Grunnlag: grunnlag)
    }

    /// The Rekom 30 % letters `rolle` may read.
    func synligeRekom30(for rolle: Rolle) -> [Rekom30Brev] {
        rekom30.filter { Tilgang.kan(rolle, .seTildelingsbrev(parter: [$0.organisasjonId])) }
    }

    func navn(_ brev: Rekom30Brev) -> String { rekom30Grunnlag?.eier(brev.organisasjonId) ?? "–" }

    func brev(_ ordning: Ordning, partnerskapId: Int64) -> Tildelingsbrev? {
        brev.first { $0.ordning == ordning && $0.partnerskap.id == partnerskapId }
    }

    /// The places in `brev` of the letters `rolle` may read.
    func synlige(for rolle: Rolle) -> [Int] {
        brev.indices.filter { Tilgang.kan(rolle, .seTildelingsbrev(parter: parter[$0])) }
    }
}

extension Tildelingsbrev {
    var parter: Set<Int64> { Set(partnerskap.parter.map(\.organisasjonId)) }
    var href: String { SiteRoute.tildelingsbrev(aar: aar, ordning, partnerskap: partnerskap.id).path }

    /// `Tildelt 1 000 000 kr` or `Ingen midler`, for lists.
    func kortText(_ t: Catalogue) -> String {
        erAvslag ? t.text(.tbNoFunds) : t.format(.tbGranted, ["belop": total.sum.formatted])
    }
}

/// `/tildelingsbrev/{år}`: the letters of the round the reader may see, by ordning, a page
/// (`Brevliste`) at a time, chosen by scheme, region and outcome once there are more than a
/// page of them.
struct TildelingsbrevListePage: Page {
    static let template = "tildelingsbrev/list"
    /// One letter's row (`Row`).
    static let radmal = "tildelingsbrev/list-rad"

    /// The catalogue for the round's schemes (it names their partners).
    let t: Catalogue
    struct Row: Sendable {
        let partnerskap: String
        let href: String
        let eier: String
        let uh: String
        let sum: String
        let avslag: Bool
        /// For an owner or partner: the state of each report it writes on the letter, in the
        /// order of `rapportKolonner`.
        var rapporter: [Rapportcelle] = []
    }

    /// One report in a row: its state, linked to it, or a dash when the letter asks for none.
    struct Rapportcelle: Sendable {
        let status: String
        let href: String?
    }

    struct Group: Sendable {
        let heading: String
        let headingId: String
        let meta: String
        /// The page's letters of the scheme (`Row`, `radmal`).
        let rows: Gjengitt
        /// The sum of every selected letter of the ordning, on this page or another.
        let total: Row
    }

    struct Rekom30Row: Sendable {
        let eier: String
        let href: String
        let sum: String
        let avslag: Bool
    }

    let title: String
    let lead: String
    /// The choice by scheme, region and outcome, shown once there are more than a page of
    /// letters or a choice is made.
    let filter: Listefilter?
    let filterForm: Gjengitt
    let groups: [Group]
    let rekom30: [Rekom30Row]
    let hasRekom30: Bool
    let rekom30Heading: String
    let rekom30Meta: String
    let rekom30Total: String
    let hasLetters: Bool
    /// Said when the reader has letters but none is chosen.
    let noneChosen: String?
    let pager: Sidevelger?
    let back: String
    /// The kinds of report `rapporter` was given for, as column headings.
    let rapportKolonner: [String]

    /// `rapporter`: for an owner or partner, the round's reports it writes, of each kind; a
    /// column for each beside its letters. `regions` name the choice of region. A row without
    /// reports shows its letter alone and is rendered once for kept letters (`samling.gjengitt`).
    init(_ samling: Tildelingsbrevsamling, rolle: Rolle, rapporter: [Rapportgrunnlag] = [], utvalg: Brevliste.Utvalg = .init(),
         regions: [Int64: Region] = [:], renderer: Renderer, t: Catalogue) throws {
        let t = t.forRunde(samling.runde)
        self.t = t
        let aar = samling.runde.aar
        let path = SiteRoute.tildelingsbrevListe(aar: aar).path
        title = t.format(.tbListTitle, ["aar": String(aar)])
        lead = t.text(rolle == .statsforvalter ? .tbListLeadSF : .tbListLeadParty)
        // The letters by their places in `samling.brev`, counted, summed and chosen by their `kort`;
        // only the page's are touched.
        let kort = samling.kort
        let visible = samling.synlige(for: rolle)
        let valgte = utvalg.erAlle ? visible
            : visible.filter { utvalg.passer(ordning: kort[$0].ordning, regionId: kort[$0].regionId, utfall: kort[$0].utfall) }
        let side = Sideutsnitt(valgte, side: utvalg.side, storrelse: Brevliste.sidestorrelse)
        filter = visible.count > Brevliste.sidestorrelse || !utvalg.erAlle
            ? Self.filter(visible.map { kort[$0] }, side: side, samling.runde, utvalg: utvalg, regions: regions, path: path, t: t) : nil
        filterForm = try renderer.skjema(filter, t: t)
        // Each scheme's chosen letters, on this page or another, counted and summed; a round has
        // a few schemes, found faster in a list than by a hash of their code.
        var alleValgte = samling.runde.ordningerSortert.map { (ordning: $0.0, antall: 0, tildelt: 0, total: Belop.zero) }
        for index in valgte {
            let brev = kort[index]
            guard let plass = alleValgte.firstIndex(where: { $0.ordning == brev.ordning }) else { continue }
            alleValgte[plass].antall += 1
            alleValgte[plass].tildelt += brev.utfall == .tildelt ? 1 : 0
            alleValgte[plass].total = alleValgte[plass].total + brev.total
        }
        groups = try samling.runde.ordningerSortert.compactMap { ordning, iRunde in
            let plasser = side.elementer.filter { kort[$0].ordning == ordning }
            guard let first = plasser.first.map({ samling.brev[$0] }), let alle = alleValgte.first(where: { $0.ordning == ordning }) else { return nil }
            func row(_ name: String, href: String, _ amount: Belop, avslag: Bool) -> Row {
                Row(partnerskap: name, href: href, eier: amount.eier.formattedNumber, uh: amount.uh.formattedNumber, sum: amount.sum.formattedNumber, avslag: avslag)
            }
            let antall = t.format(.tbGroupCount, ["antall": Kroner.groupDigits(alle.antall), "tildelt": Kroner.groupDigits(alle.tildelt)])
            return Group(
                heading: iRunde.navn, headingId: "brev-\(ordning.kode)",
                meta: t.format(.tbDecided, ["dato": first.vedtaksdato.formatted]) + " " + antall,
                rows: try renderer.rader(Self.radmal, plasser, lager: rapporter.isEmpty ? samling.gjengitt : nil, t: t, nokkel: { $0 }) { plass in
                    let brev = samling.brev[plass]
                    var line = row(brev.partnerskap.navn, href: brev.href, brev.total, avslag: brev.erAvslag)
                    line.rapporter = rapporter.map { grunnlag in
                        guard let own = grunnlag.forRolle(rolle, ordning: ordning, partnerskapId: brev.partnerskap.id) else { return Rapportcelle(status: "–", href: nil) }
                        return Rapportcelle(status: own.status.navn(t), href: SiteRoute.rapport(aar: aar, ordning, partnerskap: brev.partnerskap.id, grunnlag.slag).path)
                    }
                    return line
                },
                total: row(plasser.count == alle.antall ? t.text(.foTotal) : t.format(.tbTotalChosen, ["antall": Kroner.groupDigits(alle.antall)]),
                           href: "", alle.total, avslag: false)
            )
        }
        // The Rekom 30 % round's letters are to owners, not partnerships: they follow the
        // scheme letters when no choice is made, on the last page.
        let own = utvalg.erAlle && side.nummer == side.sider ? samling.synligeRekom30(for: rolle) : []
        rekom30 = own.map { brev in
            Rekom30Row(eier: samling.navn(brev), href: SiteRoute.rekom30Brev(aar: aar, organisasjon: brev.organisasjonId).path,
                       sum: brev.total.formattedNumber, avslag: brev.erAvslag)
        }
        hasRekom30 = !rekom30.isEmpty
        rekom30Heading = t.format(.r30ForumLinkName, senereRunde: samling.runde)
        rekom30Meta = own.first.map { t.format(.tbDecided, ["dato": $0.vedtaksdato.formatted]) } ?? ""
        rekom30Total = own.map(\.total).sum().formattedNumber
        hasLetters = !groups.isEmpty || hasRekom30
        noneChosen = !hasLetters && !visible.isEmpty ? t.text(.tbListNoneChosen) : nil
        pager = Sidevelger(nummer: side.nummer, sider: side.sider, href: { path + utvalg.query(side: $0) }, t: t)
        back = SiteRoute.hjem(rolle.kind).path
        rapportKolonner = rapporter.map { t.text($0.slag.tekst(.rpColReport, .rhColReport)) }
    }

    private static func filter(_ visible: [Tildelingsbrevsamling.Kort], side: Sideutsnitt<Int>, _ runde: Runde, utvalg: Brevliste.Utvalg,
                               regions: [Int64: Region], path: String, t: Catalogue) -> Listefilter {
        // The outcomes counted and the schemes and regions found in one pass. A round has a few
        // schemes: a list of them is found faster than a hash of their code.
        var antall: [Brevliste.Utfall: Int] = [:]
        var ordninger: [Ordning] = []
        var regionIds: Set<Int64> = []
        for brev in visible {
            antall[brev.utfall, default: 0] += 1
            if !ordninger.contains(brev.ordning) { ordninger.append(brev.ordning) }
            if let regionId = brev.regionId { regionIds.insert(regionId) }
        }
        let utfall = SelectField(Brevliste.Utfall.parameter, label: t.text(.tbFilterOutcome), selected: utvalg.valg?.rawValue ?? "",
                                 options: [("", t.text(.dsAll))] + Brevliste.Utfall.allCases.map { ($0.rawValue, "\(t.text(.tbOutcome($0))) (\(Kroner.groupDigits(antall[$0] ?? 0)))") })
        return Listefilter(path: path, ordninger: runde.ordningerSortert.filter { ordninger.contains($0.0) }.map { ($0.0, $0.1.navn) },
                           ordning: utvalg.ordning, regions: regionIds.compactMap { regions[$0] },
                           regionId: utvalg.regionId, valg: utfall, side: side, erAlle: utvalg.erAlle, t: t)
    }
}

/// One grant letter, laid out for A4.
struct TildelingsbrevPage: Page {
    static let template = "tildelingsbrev/show"

    /// The catalogue for the letter's scheme (it names the partner as the scheme does).
    let t: Catalogue
    struct Line: Sendable {
        let tiltak: String
        let aar: String
        let eier: String
        let uh: String
        let sum: String
    }

    struct Refused: Sendable {
        let tiltak: String
        let grunn: String
    }

    let title: String
    let avsender: String
    let dato: String
    let mottakere: [String]
    let intro: String
    let lines: [Line]
    let hasLines: Bool
    let totals: [Line]
    let koordinator: String?
    let refused: [Refused]
    let hasRefused: Bool
    /// Tiltak of earlier vedtak stopped from this year, each with the Statsforvalter's reason.
    let stopped: [Refused]
    let hasStopped: Bool
    let continuedNote: String?
    let vilkar: [String]
    let hasVilkar: Bool
    let klage: String
    let back: String
    /// The owners' or the partner's report on the letter, for a party that writes one.
    let reportHref: String?
    let halfReportHref: String?

    /// - Parameter runde: the letter's round, which names its scheme and partner.
    init(_ brev: Tildelingsbrev, runde: Runde, fylke: String?, rolle: Rolle, t: Catalogue) {
        let t = t.forOrdning(runde.ordninger[brev.ordning])
        self.t = t
        let ordningsnavn = runde.navn(brev.ordning)
        title = t.format(.tbTitle, ["ordning": ordningsnavn, "aar": String(brev.aar)])
        avsender = fylke.map { t.format(.tbSenderIn, ["fylke": $0]) } ?? t.text(.tbSender)
        dato = t.format(.tbDate, ["dato": brev.vedtaksdato.formatted])
        mottakere = brev.partnerskap.parter.map(\.navn)
        intro = brev.erAvslag
            ? t.format(.tbIntroRefused, ["partnerskap": brev.partnerskap.navn, "ordning": ordningsnavn, "aar": String(brev.aar)])
            : t.format(.tbIntro, ["partnerskap": brev.partnerskap.navn, "ordning": ordningsnavn, "aar": String(brev.aar), "belop": brev.total.sum.formatted])
        func line(_ tiltak: String, aar: Int, _ belop: Belop) -> Line {
            Line(tiltak: tiltak, aar: String(aar), eier: belop.eier.formattedNumber, uh: belop.uh.formattedNumber, sum: belop.sum.formattedNumber)
        }
        let continued = brev.videreforte.filter { !$0.erStanset }
        lines = brev.tildelt.flatMap { item in item.perAar.map { line(t.omtale(item.linje.tiltaknavn), aar: $0.aar, $0.belop) } }
            + continued.map { item in
                let promise = item.forpliktelse
                let name = t.format(item.erEndret ? .tbContinuedChanged : .tbContinued, ["tiltak": t.omtale(promise.tiltak), "vedtaksaar": String(promise.vedtaksaar)])
                return line(name, aar: brev.aar, item.belop)
            }
        continuedNote = continued.isEmpty ? nil : t.format(.tbContinuedNote, ["aar": String(brev.aar)])
        stopped = brev.videreforte.filter(\.erStanset).map { item in
            Refused(tiltak: t.format(.tbContinued, ["tiltak": t.omtale(item.forpliktelse.tiltak), "vedtaksaar": String(item.forpliktelse.vedtaksaar)]),
                    grunn: t.format(.tbStoppedReason, ["aar": String(brev.aar), "begrunnelse": item.forpliktelse.stansbegrunnelse ?? ""]))
        }
        hasStopped = !stopped.isEmpty
        hasLines = !lines.isEmpty
        var totals = brev.perAar.map { year in
            Line(tiltak: t.format(.tbTotalYear, ["aar": String(year.aar)]), aar: "", eier: year.belop.eier.formattedNumber,
                 uh: year.belop.uh.formattedNumber, sum: year.belop.sum.formattedNumber)
        }
        if brev.perAar.count > 1 {
            totals.append(Line(tiltak: t.text(.tbTotal), aar: "", eier: brev.total.eier.formattedNumber, uh: brev.total.uh.formattedNumber,
                               sum: brev.total.sum.formattedNumber))
        }
        self.totals = totals
        koordinator = brev.koordinator > .zero ? t.format(.tbCoordinator, ["belop": brev.koordinator.formatted]) : nil
        refused = brev.ikkeTildelt.map { Refused(tiltak: t.omtale($0.linje.tiltaknavn), grunn: t.tekst($0.grunn)) }
        hasRefused = !refused.isEmpty
        vilkar = brev.vilkar.map(t.tekst)
        hasVilkar = !vilkar.isEmpty
        klage = t.text(.tbAppeal)
        back = SiteRoute.tildelingsbrevListe(aar: brev.aar).path
        let reports = !brev.erAvslag && runde.ordninger[brev.ordning]?.rapport != false && Tilgang.kan(rolle, .rapportere(parter: brev.parter))
            && Rapport.rapportor(rolle, i: brev.partnerskap) != nil
        reportHref = reports ? SiteRoute.rapport(aar: brev.aar, brev.ordning, partnerskap: brev.partnerskap.id).path : nil
        halfReportHref = reports ? SiteRoute.rapport(aar: brev.aar, brev.ordning, partnerskap: brev.partnerskap.id, .halvaar).path : nil
    }
}

/// One Rekom 30 % grant letter, laid out for A4.
struct Rekom30BrevPage: Page {
    static let template = "tildelingsbrev/rekom30"

    struct Line: Sendable {
        let gjelder: String
        let detaljer: String
        let sokt: String
        let tildelt: String
        let merknad: String
    }

    let title: String
    let avsender: String
    let dato: String
    let mottaker: String
    let intro: String
    let lines: [Line]
    let hasLines: Bool
    /// A column for notes only when a line has one.
    let hasNotes: Bool
    let total: String
    let refused: [Line]
    let hasRefused: Bool
    let vilkar: [String]
    let hasVilkar: Bool
    let klage: String
    let back: String

    init(_ brev: Rekom30Brev, runde: Runde, mottaker: String, fylke: String?, t: Catalogue) {
        let aar = String(brev.aar)
        title = t.format(.r30bTitle, senereRunde: runde, ["aar": aar])
        avsender = fylke.map { t.format(.tbSenderIn, ["fylke": $0]) } ?? t.text(.tbSender)
        dato = t.format(.tbDate, ["dato": brev.vedtaksdato.formatted])
        self.mottaker = mottaker
        intro = brev.erAvslag ? t.format(.r30bIntroRefused, senereRunde: runde, ["aar": aar, "eier": mottaker])
            : t.format(.r30bIntro, senereRunde: runde, ["aar": aar, "eier": mottaker, "belop": brev.total.formatted])
        func line(_ plass: Rekom30Fordeling.Plass, merknad: String) -> Line {
            let progress = Rekom30Grunnlag.framdrift(plass.linje, t: t)
            return Line(gjelder: t.navn(plass.linje.formal),
                        detaljer: [plass.linje.barnehage, plass.linje.person, plass.linje.studium, progress].filter { !$0.isEmpty }.joined(separator: " · "),
                        sokt: plass.linje.belop.formattedNumber, tildelt: plass.tildelt.formattedNumber, merknad: merknad)
        }
        lines = brev.tildelt.map { plass in
            line(plass, merknad: plass.tildelt < plass.linje.belop ? (plass.begrunnelse.isEmpty ? t.text(.r30bPartly) : plass.begrunnelse) : plass.begrunnelse)
        }
        hasLines = !lines.isEmpty
        hasNotes = lines.contains { !$0.merknad.isEmpty }
        total = brev.total.formattedNumber
        refused = brev.ikkeTildelt.map { plass in line(plass, merknad: plass.begrunnelse.isEmpty ? t.text(.r30bRanOut) : plass.begrunnelse) }
        hasRefused = !refused.isEmpty
        vilkar = brev.erAvslag ? [] : [t.format(.r30bUse, ["aar": aar]), t.format(.r30bReport, senereRunde: runde), t.text(.r30bUnused)]
        hasVilkar = !vilkar.isEmpty
        klage = t.text(.tbAppeal)
        back = SiteRoute.tildelingsbrevListe(aar: brev.aar).path
    }
}
