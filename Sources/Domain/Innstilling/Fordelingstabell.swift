/// One row of the samarbeidsforum's allocation tables (seed 003): what was requested
/// (innkomne behovsmeldinger, eier/UH), what is proposed, its share of the request, and the
/// commitments the proposal makes for later years.
public struct Fordelingsrad: Hashable, Sendable {
    public let navn: String
    /// The year's money for the row, where the row has its own (an ordning, the total).
    public let budsjett: Kroner?
    /// What the innstilling distributes of it: for Rekom the 70 % part (R10), else all of it.
    public let tildelbart: Kroner?
    /// Rekom: the part left for the later round (30 %, R10); nil where the ordning has none.
    public let senereRunde: Kroner?
    /// What earlier rounds' vedtak bind of `tildelbart` (R7); nil where the row has no budget.
    public var bundet: Kroner? = nil
    /// Rekom: what the 30 % round's allocation gives, once it has one (R10).
    public var senereRundeFordelt: Kroner? = nil
    public let sokt: Belop
    public let foreslatt: Belop
    /// Proposed for each later year (index 0 = the year after the round's), from multi-year tiltak.
    public let forpliktelser: [Kroner]
    /// The sum of the rows above it (its name is the catalogue's).
    public var erTotal = false

    /// What the innstilling may give: the allocatable money less what earlier vedtak bind.
    public var fritt: Kroner? { tildelbart.map { $0 - (bundet ?? .zero) } }

    /// What the innstilling leaves of the free money.
    public var igjen: Kroner? { fritt.map { $0 - foreslatt.sum } }

    /// Rekom: what the 30 % round leaves of its part.
    public var senereRundeIgjen: Kroner? { senereRundeFordelt.flatMap { given in senereRunde.map { $0 - given } } }

    /// The proposal as a share of the request (the round's year).
    public var andelAvSokt: Prosent? { foreslatt.sum.share(of: sokt.sum) }

    /// A later year's commitment as a share of this year's allocatable money (seed 003 shows
    /// «2024 10 130 000 (84 %)» for Dekom's 12 070 000).
    public func forpliktelsesandel(_ index: Int) -> Prosent? {
        guard index < forpliktelser.count, let base = tildelbart else { return nil }
        return forpliktelser[index].share(of: base)
    }
}

/// The allocation tables of a round: per ordning and in total, per region, per partnership.
public enum Fordelingstabell {
    /// One row per ordning that has an innstilling, and the total last. `laterYears` columns of commitments.
    public static func perOrdning(_ items: [(ordning: Ordning, midler: Midler, innstilling: Innstilling)]) -> [Fordelingsrad] {
        let years = items.map { laterYears($0.innstilling.linjer) }.max() ?? 0
        var rows = items.map { item in
            let iRunde = item.midler.ordningIRunde
            let sums = summer(item.innstilling.linjer, item.innstilling.linjer.indices, years: years)
            return Fordelingsrad(
                navn: iRunde.kortnavn, budsjett: iRunde.budsjett, tildelbart: iRunde.tildelbart,
                senereRunde: iRunde.fordeling.senereRunde > .zero ? iRunde.fordeling.senereRunde : nil, bundet: item.midler.bundet(item.midler.aar),
                sokt: sums.sokt, foreslatt: sums.foreslatt, forpliktelser: sums.forpliktelser
            )
        }
        if rows.count > 1 {
            rows.append(total(rows, medBudsjett: true))
        }
        return rows
    }

    /// One row per region of the lines (of one innstilling or of several ordninger), in name order, and the total.
    public static func perRegion(_ linjer: [Innstilling.Linje]) -> [Fordelingsrad] {
        grouped(linjer, by: \.regionNavn)
    }

    /// One row per partnership (its owners and UH), in name order, and the total.
    public static func perPartnerskap(_ linjer: [Innstilling.Linje]) -> [Fordelingsrad] {
        grouped(linjer, by: \.partnerskap)
    }

    static func grouped(_ linjer: [Innstilling.Linje], by key: (Innstilling.Linje) -> String) -> [Fordelingsrad] {
        let years = laterYears(linjer)
        let groups = Dictionary(grouping: linjer.indices) { key(linjer[$0]) }
        var rows = groups.keys.sorted().map { name in
            let sums = summer(linjer, groups[name] ?? [], years: years)
            return Fordelingsrad(navn: name, budsjett: nil, tildelbart: nil, senereRunde: nil, sokt: sums.sokt, foreslatt: sums.foreslatt,
                                 forpliktelser: sums.forpliktelser)
        }
        if !rows.isEmpty { rows.append(total(rows, medBudsjett: false)) }
        return rows
    }

    static func total(_ rows: [Fordelingsrad], medBudsjett: Bool) -> Fordelingsrad {
        let years = rows.map(\.forpliktelser.count).max() ?? 0
        let later = rows.compactMap(\.senereRunde)
        return Fordelingsrad(
            navn: "", budsjett: medBudsjett ? rows.compactMap(\.budsjett).sum() : nil,
            tildelbart: medBudsjett ? rows.compactMap(\.tildelbart).sum() : nil, senereRunde: later.isEmpty ? nil : later.sum(),
            bundet: medBudsjett ? rows.compactMap(\.bundet).sum() : nil,
            senereRundeFordelt: rows.contains { $0.senereRundeFordelt != nil } ? rows.compactMap(\.senereRundeFordelt).sum() : nil,
            sokt: rows.map(\.sokt).sum(), foreslatt: rows.map(\.foreslatt).sum(),
            forpliktelser: (0..<years).map { index in rows.map { index < $0.forpliktelser.count ? $0.forpliktelser[index] : .zero }.sum() },
            erTotal: true
        )
    }

    /// How many years after the round's the lines propose money for.
    static func laterYears(_ linjer: [Innstilling.Linje]) -> Int {
        var most = 1
        for plass in linjer.indices { most = max(most, linjer[plass].foreslatt.count) }
        return most - 1
    }

    /// Of the lines at `plasser` in `linjer`: requested and proposed in the round's year, and
    /// proposed in each of the `years` after it. The lines are read where they lie: mapped over,
    /// each line was copied, retaining each of its texts, four times per table (most of the
    /// forum's per-ordning export, `perf`).
    static func summer(_ linjer: [Innstilling.Linje], _ plasser: some Sequence<Int>, years: Int) -> (sokt: Belop, foreslatt: Belop, forpliktelser: [Kroner]) {
        var (sokt, foreslatt) = (Belop.zero, Belop.zero)
        var later = [Kroner](repeating: .zero, count: years)
        for plass in plasser {
            sokt = sokt + linjer[plass].soktForsteAar
            foreslatt = foreslatt + linjer[plass].foreslattForsteAar
            for offset in 0..<min(years, max(0, linjer[plass].foreslatt.count - 1)) {
                later[offset] += linjer[plass].foreslatt[offset + 1].sum
            }
        }
        return (sokt, foreslatt, later)
    }

    /// «Midler etter vedtaksår»: how the money of the round's year and the later years is
    /// bound, by the year of the vedtak that binds it. Earlier rounds' commitments, and this
    /// round's innstillinger (the round's own year and their later years), one row per
    /// decision year, the total last; one column per payout year from the round's year on.
    public static func etterVedtaksaar(aar: Int, tidligere: [Forpliktelse], innstillinger: [Innstilling]) -> Vedtaksaartabell {
        let own = innstillinger.filter { $0.aar == aar }
        let earlier = tidligere.filter { $0.binder(runde: aar) }
        let lastYear = ([aar] + earlier.map(\.aar) + own.flatMap(\.forpliktelser).map(\.aar)).max() ?? aar
        let years = Array(aar...lastYear)
        var rows = Set(earlier.map(\.vedtaksaar)).sorted().map { decided in
            Vedtaksaartabell.Rad(vedtaksaar: decided, belop: years.map { year in
                earlier.filter { $0.vedtaksaar == decided && $0.aar == year }.map(\.gjeldende.sum).sum()
            })
        }
        if !own.isEmpty {
            let later = own.flatMap(\.forpliktelser)
            rows.append(Vedtaksaartabell.Rad(vedtaksaar: aar, belop: years.map { year in
                year == aar ? own.flatMap(\.linjer).map(\.foreslattForsteAar.sum).sum() : later.filter { $0.aar == year }.map(\.belop.sum).sum()
            }))
        }
        let total = Vedtaksaartabell.Rad(vedtaksaar: nil, belop: years.indices.map { index in rows.map { $0.belop[index] }.sum() })
        return Vedtaksaartabell(aar: years, rader: rows + [total])
    }
}

/// The money of a round's year and the later years by the year of the vedtak that binds it.
public struct Vedtaksaartabell: Hashable, Sendable {
    public struct Rad: Hashable, Sendable {
        /// The year of the round whose vedtak (or, for the round itself, whose innstilling)
        /// binds the money; nil for the total.
        public let vedtaksaar: Int?
        /// One amount per payout year.
        public let belop: [Kroner]
    }

    /// The payout years, the round's first.
    public let aar: [Int]
    public let rader: [Rad]
}
