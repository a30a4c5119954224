import Domain
import Foundation
import Persistence

/// What the report pages of one round read, for one kind of report (the report on the year or
/// the half-year report): its grant letters and the stored reports of that kind, and for each
/// letter the reports it asks for (`Rapport.rapportorer`), started or not.
struct Rapportgrunnlag: Sendable {
    /// One report a letter asks for.
    struct Forventet: Sendable {
        let brev: Tildelingsbrev
        let organisasjonId: Int64
        let side: Felt.Side
        /// The reporter as lists name it: «Eierne (Bodø kommune, Fauske kommune)» or the partner's name.
        let rapportor: String
        /// The stored report, or a new one from the letter.
        let stored: StoredRapport
        /// When the Statsforvalter last reminded the reporter.
        let paminnet: Date?

        var status: Rapportstatus { stored.id == 0 ? .ikkeStartet : .lagret(stored.rapport.status) }
    }

    /// What the lists choose, order and sum a report by. A small value: a view walks a round's
    /// thousands of reports through these. Walked as `Forventet`, each was copied, retaining its
    /// letter's lists: a fifth of the half-year follow-up's samples in `perf`.
    struct Kjennetegn: Sendable {
        let ordning: Ordning
        let partnerskapId: Int64
        let regionId: Int64?
        let status: Rapportstatus
        /// Sent or approved: its amounts count.
        let erRapportert: Bool
    }

    let runde: Runde
    let slag: Rapport.Slag
    let forventet: [Forventet]
    /// Each report's `Kjennetegn`, in `forventet`'s order.
    let kjennetegn: [Kjennetegn]
    /// Region names by id, for the totals per region.
    let regioner: [Int64: String]
    /// The Statsforvalter's decisions on unused funds, per letter.
    let ubrukte: [UbrukteMidler]
    /// The places in `forventet` of each letter's reports, in their order: a round's pages ask
    /// for every letter's reports. Places, not copies: a report's copy retains its letter's lists.
    private let perBrev: [LetterKey: [Int]]
    /// Each letter's money, of all its reports (`Rapport.summer`): the tables by scheme and by
    /// region sum whole letters, and a round is kept (`load`) while they are viewed again.
    private let brevPenger: [LetterKey: Penger]
    /// The places in `forventet` of the reports of each of the round's schemes, in the order the
    /// round lists them, each by partnership and reporter: the follow-up's order but for putting
    /// the overdue first. Sorted once for a kept round; sorting every report by its names on each
    /// view was a tenth of the follow-up's time (`make bench`).
    let iListeorden: [(ordning: Ordning, plasser: [Int])]
    /// What the follow-up's choice offers, of the reports in `iListeorden`: their schemes and
    /// regions, and how many are in each state for a deadline not passed and passed. Found once:
    /// walking every report of the round for it was a twelfth of the follow-up's view.
    let valgbart: (ordninger: Set<Ordning>, regionIds: Set<Int64>, antall: (apen: [Rapportliste.Tilstand: Int], ute: [Rapportliste.Tilstand: Int]))
    /// The tables' sums (`summer`) of each scheme's reports, each region's and all, for a
    /// deadline not passed and passed (the overdue differ), worked out once: the year's
    /// follow-up summed every report of a kept round four times on each view.
    private let summerAv: [Gruppe: (apen: [Tabell.Celle], ute: [Tabell.Celle])]
    /// Each scheme's money, of all its reports, with how many they are: the follow-up's total
    /// when no choice is made (`penger`). Summing them letter by letter was a fifth of its view.
    private let pengerAv: [Ordning: (antall: Int, penger: Penger)]
    /// The follow-up's rows and tables as rendered from this round, kept with it.
    let gjengitt = Gjengivelser()

    private enum Gruppe: Hashable {
        case ordning(Ordning)
        /// By the region's name, as the table lists them («–» for none).
        case region(String)
        case alle
    }

    typealias Penger = (tildelt: Kroner, brukt: Kroner, ubrukt: Kroner)

    /// The money of several letters together.
    private static func sum(_ penger: some Sequence<Penger>) -> Penger {
        penger.reduce((Kroner.zero, Kroner.zero, Kroner.zero)) { ($0.tildelt + $1.tildelt, $0.brukt + $1.brukt, $0.ubrukt + $1.ubrukt) }
    }

    init(runde: Runde, slag: Rapport.Slag, forventet: [Forventet], regioner: [Int64: String], ubrukte: [UbrukteMidler]) {
        (self.runde, self.slag, self.forventet, self.regioner, self.ubrukte) = (runde, slag, forventet, regioner, ubrukte)
        let kjennetegn = forventet.map {
            Kjennetegn(ordning: $0.brev.ordning, partnerskapId: $0.brev.partnerskap.id, regionId: $0.brev.partnerskap.regionId, status: $0.status,
                       erRapportert: $0.stored.rapport.erRapportert)
        }
        self.kjennetegn = kjennetegn
        let perBrev = Dictionary(grouping: forventet.indices) { LetterKey(kjennetegn[$0]) }
        self.perBrev = perBrev
        let brevPenger = perBrev.mapValues { plasser in Rapport.summer(plasser.map { forventet[$0].stored.rapport }) }
        self.brevPenger = brevPenger
        // Each scheme's reports, each region's and all, in `forventet`'s order: for the list and the tables.
        var grupper: [Gruppe: [Int]] = [.alle: Array(forventet.indices)]
        for (plass, report) in kjennetegn.enumerated() {
            grupper[.ordning(report.ordning), default: []].append(plass)
            grupper[.region(report.regionId.flatMap { regioner[$0] } ?? "–"), default: []].append(plass)
        }
        iListeorden = runde.ordningerSortert.map { ordning, _ in
            (ordning, (grupper[.ordning(ordning)] ?? []).sorted {
                (forventet[$0].brev.partnerskap.navn, forventet[$0].rapportor, $0) < (forventet[$1].brev.partnerskap.navn, forventet[$1].rapportor, $1)
            })
        }
        let iListen = iListeorden.flatMap(\.plasser)
        func antall(fristUte: Bool) -> [Rapportliste.Tilstand: Int] { Rapportliste.antall(iListen.map { kjennetegn[$0].status }, fristUte: fristUte) }
        valgbart = (Set(iListen.map { kjennetegn[$0].ordning }), Set(iListen.compactMap { kjennetegn[$0].regionId }),
                    (antall(fristUte: false), antall(fristUte: true)))
        pengerAv = Dictionary(uniqueKeysWithValues: runde.ordningerSortert.map { ordning, _ in
            let plasser = grupper[.ordning(ordning)] ?? []
            return (ordning, (plasser.count, Self.sum(Set(plasser.map { LetterKey(kjennetegn[$0]) }).compactMap { brevPenger[$0] })))
        })
        summerAv = grupper.mapValues { plasser in
            func summer(fristUte: Bool) -> [Tabell.Celle] {
                Self.summer(plasser, fristUte: fristUte, kjennetegn: kjennetegn, brevPenger: brevPenger, ubrukte: ubrukte)
            }
            return (summer(fristUte: false), summer(fristUte: true))
        }
    }

    /// The reports `brev` asks for (one per reporter).
    func rapporter(_ brev: Tildelingsbrev) -> [Forventet] {
        (perBrev[LetterKey(ordning: brev.ordning, partnerskapId: brev.partnerskap.id)] ?? []).map { forventet[$0] }
    }

    func ubrukt(_ brev: Tildelingsbrev) -> UbrukteMidler? {
        ubrukte.first { $0.ordning == brev.ordning && $0.partnerskapId == brev.partnerskap.id }
    }

    /// The deadline of this kind of report in the round.
    var frist: Dato { slag.frist(runde.frister) }

    static func load(_ database: AppDatabase, runde: Runde, _ slag: Rapport.Slag = .aar, behovsmeldinger: Set<Int64>? = nil,
                     t: Catalogue) async throws -> Rapportgrunnlag {
        try await load(database, runde: runde, [slag], behovsmeldinger: behovsmeldinger, t: t)[0]
    }

    /// One for each of `slag`; with `behovsmeldinger`, only the letters on those
    /// (`Tildelingsbrevsamling.load`). `lest`: those letters, when the caller has read them already.
    ///
    /// A whole round's are kept, one kind at a time, until the data changes (`beholdt`): the
    /// follow-up, the forum's tables and the exports made every report of the round on each view,
    /// a new one for each reporter who has not begun, and grouped them by letter. The key holds
    /// all they are made from besides the data: the round, the kind, and how the owners are named.
    static func load(_ database: AppDatabase, runde: Runde, _ slag: [Rapport.Slag], behovsmeldinger: Set<Int64>? = nil,
                     lest: Tildelingsbrevsamling? = nil, t: Catalogue) async throws -> [Rapportgrunnlag] {
        guard behovsmeldinger == nil, lest == nil else {
            return try await lesGrunnlag(database, runde: runde, slag, behovsmeldinger: behovsmeldinger, lest: lest, t: t)
        }
        struct Hele: Hashable, Sendable { let runde: Runde, slag: Rapport.Slag, eiere: String }
        var hele: [Rapportgrunnlag] = []
        for slag in slag {
            hele.append(try await database.beholdt(Hele(runde: runde, slag: slag, eiere: t.text(.rpOwners))) {
                try await lesGrunnlag(database, runde: runde, [slag], behovsmeldinger: nil, lest: nil, t: t)[0]
            })
        }
        return hele
    }

    /// One for each of `slag`, reading the letters once.
    private static func lesGrunnlag(_ database: AppDatabase, runde: Runde, _ slag: [Rapport.Slag], behovsmeldinger: Set<Int64>?,
                                    lest: Tildelingsbrevsamling?, t: Catalogue) async throws -> [Rapportgrunnlag] {
        let samling = if let lest { lest } else { try await Tildelingsbrevsamling.load(database, runde: runde, behovsmeldinger: behovsmeldinger) }
        // With `behovsmeldinger`, only the reports, reminders and decisions of their letters'
        // partnerships, kept with what is read for one organisation (`beholdt(forOrganisasjon:)`):
        // the fagutvalg's assessment reads its partnership's on every view. The whole round's are
        // kept with the other whole-dataset values: the forum's tables read them on every view.
        struct Nokkel: Hashable, Sendable { let rundeAar: Int, partnerskap: Set<Int64>? }
        let partnerskap = behovsmeldinger.map { _ in Set(samling.brev.map(\.partnerskap.id)) }
        let aar = runde.aar
        func les() async throws -> ([StoredRapport], [ReporterKey: Date], [UbrukteMidler]) {
            (try await database.rapporter(rundeAar: aar, partnerskap: partnerskap), try await paminnelser(database, rundeAar: aar, partnerskap: partnerskap),
             try await database.ubrukteMidler(rundeAar: aar, partnerskap: partnerskap))
        }
        let (stored, remindedBy, ubrukte) = if let partnerskap {
            try await database.beholdt(forOrganisasjon: Nokkel(rundeAar: aar, partnerskap: partnerskap), les: les)
        } else {
            try await database.beholdt(Nokkel(rundeAar: aar, partnerskap: nil), les: les)
        }
        let regioner = try await database.regionerEtterId().mapValues(\.navn)
        // By reporter, the first of each as a search from the front would find it.
        let savedBy = Dictionary(stored.map { (ReporterKey($0.rapport.slag, $0.rapport.ordning, $0.rapport.partnerskapId, $0.rapport.organisasjonId), $0) },
                                 uniquingKeysWith: { first, _ in first })
        return slag.map { slag in
            var forventet: [Forventet] = []
            for rapportor in samling.rapportorer {
                let (brev, part, side) = (samling.brev[rapportor.brev], rapportor.part, rapportor.side)
                let key = ReporterKey(slag, rapportor.ordning, rapportor.partnerskapId, part.organisasjonId)
                let saved = savedBy[key]
                let name = side == .eier
                    ? t.format(.rpOwners, ["navn": brev.partnerskap.eiere.map(\.navn).joined(separator: ", ")]) : part.navn
                forventet.append(Forventet(brev: brev, organisasjonId: part.organisasjonId, side: side, rapportor: name,
                                           stored: saved ?? .ny(Rapport.ny(brev, slag: slag, organisasjonId: part.organisasjonId, side: side)),
                                           paminnet: remindedBy[key]))
            }
            return Rapportgrunnlag(runde: runde, slag: slag, forventet: forventet, regioner: regioner, ubrukte: ubrukte)
        }
    }

    /// How many reports of one kind a round's letters ask for, how many of them are sent, and
    /// how many are overdue.
    struct Telling: Equatable {
        let slag: Rapport.Slag
        let antall: Int
        let sendt: Int
        let forsinket: Int
    }

    /// The reports of each of `slag` in `runde`, counted as `load` lists them, without making
    /// each one (the Statsforvalter's home: a new report per letter not yet reported on, for
    /// every letter of the country, was half of that page). The count is kept until the data
    /// changes (`AppDatabase.beholdt`), both as it is before each deadline and after it: a round's
    /// reports, each one's state read on every view, were a third of that page once the round
    /// before had its reports.
    static func telling(_ database: AppDatabase, runde: Runde, _ slag: [Rapport.Slag], now: Date) async throws -> [Telling] {
        let telt = try await database.beholdt(Opptelling.Nokkel(runde: runde, slag: slag)) { try await Opptelling.tell(database, runde: runde, slag) }
        return slag.indices.map { plass in
            let fristUte = !slag[plass].frist(runde.frister).erApen(now: now)
            return Telling(slag: slag[plass], antall: telt.antall, sendt: telt.sendt[plass],
                           forsinket: fristUte ? telt.forsinketEtterFristen[plass] : telt.forsinketForFristen[plass])
        }
    }

    /// A round's reports of each kind counted, for either side of each kind's deadline.
    private struct Opptelling: Sendable {
        struct Nokkel: Hashable, Sendable {
            let runde: Runde
            let slag: [Rapport.Slag]
        }

        var antall = 0
        var sendt: [Int]
        var forsinketForFristen: [Int]
        var forsinketEtterFristen: [Int]

        static func tell(_ database: AppDatabase, runde: Runde, _ slag: [Rapport.Slag]) async throws -> Opptelling {
            let samling = try await Tildelingsbrevsamling.load(database, runde: runde)
            let statusBy = try await statuser(database, rundeAar: runde.aar)
            let ingen = [Int](repeating: 0, count: slag.count)
            var telt = Opptelling(sendt: ingen, forsinketForFristen: ingen, forsinketEtterFristen: ingen)
            // One walk for every kind: the letters and reporters are the same for each. The letters
            // themselves are not touched (`Tildelingsbrevsamling.rapportorer`).
            for rapportor in samling.rapportorer {
                telt.antall += 1
                for (plass, slag) in slag.enumerated() {
                    let status = Rapportgrunnlag.status(ReporterKey(slag, rapportor.ordning, rapportor.partnerskapId, rapportor.part.organisasjonId), i: statusBy)
                    if case .lagret(let lagret) = status, lagret.erRapportert { telt.sendt[plass] += 1 }
                    if status.forSent(fristUte: false) { telt.forsinketForFristen[plass] += 1 }
                    if status.forSent(fristUte: true) { telt.forsinketEtterFristen[plass] += 1 }
                }
            }
            return telt
        }
    }

    /// A report `rolle` writes and has not had approved, as its home links it.
    struct Apen: Sendable {
        let slag: Rapport.Slag
        /// The letter's place in the `Tildelingsbrevsamling` asked about, not a copy of it: a UH
        /// has hundreds open, and a copy retains every list and text of its letter.
        let brev: Int
        let status: Rapportstatus
        let paminnet: Date?
    }

    /// The reports of each of `slag` that `rolle` writes on the letters of `samling` (an owner's
    /// or UH's own) and that are not approved, in the letters' order: what `load` and `forRolle`
    /// give, from the reports' states alone, without their lines or a new report for each letter
    /// not reported on (the UH's home made one for each of its 720 letters' reporters). The
    /// states and reminders of the letters' partnerships are kept (`beholdt(forOrganisasjon:)`).
    static func apne(_ database: AppDatabase, samling: Tildelingsbrevsamling, _ slag: [Rapport.Slag], rolle: Rolle) async throws -> [Apen] {
        struct Nokkel: Hashable, Sendable { let rundeAar: Int, partnerskap: Set<Int64> }
        let (aar, partnerskap) = (samling.runde.aar, Set(samling.brev.map(\.partnerskap.id)))
        let (statusBy, remindedBy) = try await database.beholdt(forOrganisasjon: Nokkel(rundeAar: aar, partnerskap: partnerskap)) {
            (try await statuser(database, rundeAar: aar, partnerskap: partnerskap), try await paminnelser(database, rundeAar: aar, partnerskap: partnerskap))
        }
        let egne = samling.rapportorer.filter { skrives(av: rolle, partnerskap: samling.brev[$0.brev].partnerskap, organisasjonId: $0.part.organisasjonId) }
        return slag.flatMap { slag in
            egne.compactMap { rapportor -> Apen? in
                let key = ReporterKey(slag, rapportor.ordning, rapportor.partnerskapId, rapportor.part.organisasjonId)
                let status = Self.status(key, i: statusBy)
                guard status != .lagret(.godkjent) else { return nil }
                return Apen(slag: slag, brev: rapportor.brev, status: status, paminnet: remindedBy[key])
            }
        }
    }

    /// The state of each stored report of round `aar` (of `partnerskap`'s letters only, when
    /// given), by reporter, the first of each as a search from the front would find it.
    private static func statuser(_ database: AppDatabase, rundeAar aar: Int, partnerskap: Set<Int64>? = nil) async throws -> [ReporterKey: Rapport.Status] {
        Dictionary(try await database.rapportstatus(rundeAar: aar, partnerskap: partnerskap).map {
            (ReporterKey($0.slag, $0.ordning, $0.partnerskapId, $0.organisasjonId), $0.status)
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The state of the report `key` names, from `statuser`: not started when none is stored.
    private static func status(_ key: ReporterKey, i lagret: [ReporterKey: Rapport.Status]) -> Rapportstatus {
        lagret[key].map(Rapportstatus.lagret) ?? .ikkeStartet
    }

    /// When the Statsforvalter last reminded each reporter of round `aar` (of `partnerskap`'s
    /// letters only, when given), the first of each as a search from the front would find it.
    private static func paminnelser(_ database: AppDatabase, rundeAar aar: Int, partnerskap: Set<Int64>?) async throws -> [ReporterKey: Date] {
        Dictionary(try await database.rapportPaminnelser(rundeAar: aar, partnerskap: partnerskap).map {
            (ReporterKey($0.slag, $0.ordning, $0.partnerskapId, $0.organisasjonId), $0.tid)
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The report `rolle` writes on the letter of `ordning` to `partnerskapId`: the owners'
    /// for an owner of the partnership, its own for a partner. Nil when it writes none.
    /// Found among that letter's reports (`perBrev`), not all of the round's: the list of
    /// letters asks for each of its rows.
    func forRolle(_ rolle: Rolle, ordning: Ordning, partnerskapId: Int64) -> Forventet? {
        perBrev[LetterKey(ordning: ordning, partnerskapId: partnerskapId)]?.lazy.map { forventet[$0] }.first { Self.skrives(av: rolle, $0) }
    }

    /// The reports `rolle` writes in this round.
    func forRolle(_ rolle: Rolle) -> [Forventet] {
        forventet.filter { Self.skrives(av: rolle, $0) }
    }

    /// Whether `rolle` writes `expected` (`Rapport.rapportor`).
    private static func skrives(av rolle: Rolle, _ expected: Forventet) -> Bool {
        skrives(av: rolle, partnerskap: expected.brev.partnerskap, organisasjonId: expected.organisasjonId)
    }

    /// Whether `rolle` writes the report of `organisasjonId` on a letter to `partnerskap`.
    private static func skrives(av rolle: Rolle, partnerskap: Partnerskap, organisasjonId: Int64) -> Bool {
        Rapport.rapportor(rolle, i: partnerskap)?.organisasjonId == organisasjonId
    }

    // MARK: Tables (the pages show them, the exports write them)

    /// The sums of the reports at `plasser` in `kjennetegn`, whole letters (a scheme's, a
    /// region's): granted, used and unused as sent (a report counts once sent), reports in of
    /// all, and overdue.
    private static func summer(_ plasser: [Int], fristUte: Bool, kjennetegn: [Kjennetegn], brevPenger: [LetterKey: Penger],
                               ubrukte: [UbrukteMidler]) -> [Tabell.Celle] {
        var letters: Set<LetterKey> = []
        var (inn, late) = (0, 0)
        for plass in plasser {
            let report = kjennetegn[plass]
            letters.insert(LetterKey(report))
            if report.erRapportert { inn += 1 }
            if report.status.forSent(fristUte: fristUte) { late += 1 }
        }
        let money = sum(letters.compactMap { brevPenger[$0] })
        let decided = ubrukte.filter { letters.contains(LetterKey(ordning: $0.ordning, partnerskapId: $0.partnerskapId)) }
        func total(_ avgjorelse: UbrukteMidler.Avgjorelse) -> Kroner { decided.filter { $0.avgjorelse == avgjorelse }.map(\.belop).sum() }
        return [.kroner(money.tildelt), .kroner(money.brukt), .kroner(money.ubrukt),
                .kroner(total(.tilbakebetales)), .kroner(total(.brukesNesteVar)), .tekst("\(inn) / \(plasser.count)"), .tekst(String(late))]
    }

    /// What one report leaves unused, when it can say so alone: sent, and not one of several
    /// UH sharing the UH side (their unused part is the letter's, `penger`).
    func ubrukt(_ expected: Forventet) -> Kroner? {
        let rapport = expected.stored.rapport
        let sharing = expected.side == .uh && (perBrev[LetterKey(expected)] ?? []).filter { forventet[$0].side == .uh }.count > 1
        return rapport.erRapportert && !sharing ? rapport.ubrukt : nil
    }

    /// The money of the reports at `plasser` in `forventet`, letter by letter (`Rapport.summer`),
    /// so a side's grant counts once; of a letter only the sides whose reports are among them.
    /// A letter all of whose reports are among them counts with its money as kept (`brevPenger`),
    /// and a scheme all of whose reports they are with its money as kept (`pengerAv`). The places
    /// are distinct.
    func penger(_ plasser: [Int]) -> Penger {
        if let ordning = plasser.first.map({ kjennetegn[$0].ordning }), let hele = pengerAv[ordning], hele.antall == plasser.count,
           plasser.allSatisfy({ kjennetegn[$0].ordning == ordning }) {
            return hele.penger
        }
        let letters = Dictionary(grouping: plasser) { LetterKey(kjennetegn[$0]) }
        return Self.sum(letters.map { letter, valgte in
            if valgte.count == perBrev[letter]?.count, let hele = brevPenger[letter] { return hele }
            return Rapport.summer(valgte.map { forventet[$0].stored.rapport })
        })
    }

    /// One reporter's report of one kind on one letter.
    private struct ReporterKey: Hashable {
        let slag: Rapport.Slag, ordning: Ordning, partnerskapId: Int64, organisasjonId: Int64

        init(_ slag: Rapport.Slag, _ ordning: Ordning, _ partnerskapId: Int64, _ organisasjonId: Int64) {
            (self.slag, self.ordning, self.partnerskapId, self.organisasjonId) = (slag, ordning, partnerskapId, organisasjonId)
        }
    }

    private struct LetterKey: Hashable {
        let ordning: Ordning
        let partnerskapId: Int64

        init(ordning: Ordning, partnerskapId: Int64) {
            (self.ordning, self.partnerskapId) = (ordning, partnerskapId)
        }

        /// The letter `expected` is a report on.
        init(_ expected: Forventet) {
            self.init(ordning: expected.brev.ordning, partnerskapId: expected.brev.partnerskap.id)
        }

        /// The letter of the report `kjennetegn` describes.
        init(_ kjennetegn: Kjennetegn) {
            self.init(ordning: kjennetegn.ordning, partnerskapId: kjennetegn.partnerskapId)
        }
    }

    func kolonner(_ first: MessageKey, t: Catalogue) -> [String] {
        [t.text(first), t.text(.rpColGranted), t.text(.rpColUsed), t.text(.rpColUnused), t.text(.rpColPaidBack), t.text(.rpColNextSpring),
         t.text(.rpColIn), t.text(.rpfOverdue)]
    }

    /// The sums of `gruppe`'s reports (`summerAv`) as of `now`; nil when it has none.
    private func summer(_ gruppe: Gruppe, now: Date) -> [Tabell.Celle]? {
        summerAv[gruppe].map { frist.erApen(now: now) ? $0.apen : $0.ute }
    }

    /// Per scheme and in total: what the year's reports say («rapporter-oversikt-2026»).
    func oversikt(now: Date, t: Catalogue) -> Tabell {
        var rows = runde.ordningerSortert.compactMap { ordning, iRunde in
            summer(.ordning(ordning), now: now).map { Tabell.Rad(celler: [.tekst(iRunde.kortnavn)] + $0) }
        }
        if rows.count > 1, let alle = summer(.alle, now: now) { rows.append(Tabell.Rad(celler: [.tekst(t.text(.foTotal))] + alle, sum: true)) }
        return Tabell(tittel: t.format(.rpfOverview, ["aar": String(runde.aar)]), filnavn: "rapporter-oversikt-\(runde.aar)",
                      kolonner: kolonner(.foColOrdning, t: t), rader: rows)
    }

    /// Per region, every scheme together («rapporter-per-region-2026»).
    func perRegion(now: Date, t: Catalogue) -> Tabell {
        let regions = summerAv.keys.compactMap { if case .region(let navn) = $0 { navn } else { nil } }.sorted()
        var rows = regions.compactMap { region in summer(.region(region), now: now).map { Tabell.Rad(celler: [.tekst(region)] + $0) } }
        if rows.count > 1, let alle = summer(.alle, now: now) { rows.append(Tabell.Rad(celler: [.tekst(t.text(.foTotal))] + alle, sum: true)) }
        return Tabell(tittel: t.format(.rpfPerRegion, ["aar": String(runde.aar)]), filnavn: "rapporter-per-region-\(runde.aar)",
                      kolonner: kolonner(.inColRegion, t: t), rader: rows)
    }

    /// Every report, one row each, as the follow-up lists them («rapporter-2026»,
    /// «halvaarsrapporter-2026»; the half-year report has no unused amount: the year is not over).
    func alle(now: Date, t: Catalogue) -> Tabell {
        let rows = forventet.map { expected in
            let rapport = expected.stored.rapport
            let cells: [Tabell.Celle] = [
                .tekst(runde.kortnavn(expected.brev.ordning)), .tekst(expected.brev.partnerskap.navn),
                .tekst(expected.brev.partnerskap.regionId.flatMap { regioner[$0] } ?? "–"), .tekst(expected.rapportor), .tekst(expected.status.navn(t)),
                .tekst(expected.status.forSent(frist: frist, now: now) ? t.text(.rpfOverdue) : ""), .kroner(rapport.tildelt),
                rapport.erRapportert ? .kroner(rapport.brukt) : .tekst("–"),
            ]
            return Tabell.Rad(celler: slag == .aar ? cells + [ubrukt(expected).map { .kroner($0) } ?? .tekst("–")] : cells)
        }
        let columns = [t.text(.foColOrdning), t.text(.rpfColPartnership), t.text(.inColRegion), t.text(.rpfColReporter), t.text(.rpfColStatus),
                       t.text(.rpfOverdue), t.text(.rpColGranted), t.text(slag.tekst(.rpColUsed, .rhColUsed))]
        return Tabell(tittel: t.format(slag.tekst(.rpfTitle, .rhfTitle), ["aar": String(runde.aar)]), filnavn: "\(slag.filprefiks)-\(runde.aar)",
                      kolonner: slag == .aar ? columns + [t.text(.rpColUnused)] : columns, rader: rows)
    }

    /// The tables of this kind of report: the half-year reports have no money to close.
    func tabeller(now: Date, t: Catalogue) -> [Tabell] {
        slag == .aar ? [oversikt(now: now, t: t), perRegion(now: now, t: t), alle(now: now, t: t)] : [alle(now: now, t: t)]
    }
}

extension Rapport.Slag {
    /// `aar` for the report on the year, `halvaar` for the half-year report.
    func tekst(_ aar: MessageKey, _ halvaar: MessageKey) -> MessageKey { self == .aar ? aar : halvaar }

    /// How its files begin: «rapporter-2026.csv», «halvaarsrapporter-2026.csv».
    var filprefiks: String { self == .aar ? "rapporter" : "halvaarsrapporter" }
}
