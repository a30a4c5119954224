/// Settings of the proposal that are choices of method rather than rules of the round.
public struct Forslagsoppsett: Hashable, Sendable {
    /// The share of the budget set aside as equal floors for the regions (R11: every region gets funds).
    public var regionGulv: Prosent
    /// Reduced amounts are rounded to whole multiples of this.
    public var avrunding: Kroner

    public init(regionGulv: Prosent = Prosent(20), avrunding: Kroner = Kroner(1_000)) {
        self.regionGulv = regionGulv
        self.avrunding = avrunding
    }
}

extension Innstilling {
    /// A deterministic proposal that passes every hard check of `check`.
    ///
    /// The algorithm, on the round's year (later years follow the same ratio):
    /// 1. *Qualification* (R1, R11): a line with an unmet criterion, or a kommune in the
    ///    oppfølgingsordningen without confirmed consistency, gets 0 kr. The others may get
    ///    up to what they requested.
    /// 2. *Multi-year cap* (R7): if the multi-year lines requested more than the cap
    ///    (`flerarigTak`), their requests are scaled down together to the cap (largest
    ///    remainder, so exactly the cap).
    /// 3. If the budget covers every request, every line gets its request. Otherwise:
    /// 4. *Region floor* (R11, every region gets funds): `regionGulv` of the budget is split
    ///    equally between the regions with qualified requests (whole `avrunding` units when
    ///    that leaves at least one unit each). Inside a region the floor goes to the lines in
    ///    priority order, each up to its request.
    /// 5. *By assessment* (R11): the rest goes tier by tier: fagutvalg priority (1 first,
    ///    none last), and within a priority owners with særlige utfordringer first. A tier
    ///    that fits is funded in full; the first tier that does not fit shares what is left
    ///    in proportion to what its lines still need; later tiers get only their floor.
    /// 6. *Rounding*: a reduced line is rounded down to whole `avrunding` units (never to 0);
    ///    what that frees goes back, in whole units and then the last remainder, to the
    ///    reduced lines with the largest rounding loss first, inside the same group
    ///    (multi-year or not), so the total and the multi-year sum stay exact.
    /// 7. *Split and later years*: eier/UH follow the requested split of the year; later
    ///    years get the same share of their requested amounts; the coordinator gets the
    ///    same share of the requested coordinator amount, at most the R6 cap of the proposal,
    ///    and 0 where the partnership has too few kommuner.
    ///
    /// The budget is the money earlier vedtak have left free (`Midler.fritt`), and the
    /// multi-year cap what they have left of it (`Midler.flerarigTak`). Before step 2, a
    /// multi-year line gets at most what keeps every later year within what that year has free
    /// (*later years*, R7): its later years follow its first year's share (step 7), so the line
    /// gets at most its first-year request × free(year) / what the multi-year lines request
    /// for that year. The proposal's later years therefore never pass their expected budget.
    ///
    /// The total is exactly min(budget, the requests after step 2), and the result is the same
    /// for the same input, whatever order the lines come in.
    public static func suggest(
        aar: Int, ordning: Ordning, linjer input: [Linje], _ ordningIRunde: OrdningIRunde,
        oppsett: Forslagsoppsett = Forslagsoppsett()
    ) -> Innstilling {
        suggest(aar: aar, ordning: ordning, linjer: input, Midler(aar: aar, ordningIRunde: ordningIRunde), oppsett: oppsett)
    }

    public static func suggest(
        aar: Int, ordning: Ordning, linjer input: [Linje], _ midler: Midler, oppsett: Forslagsoppsett = Forslagsoppsett()
    ) -> Innstilling {
        let ordningIRunde = midler.ordningIRunde
        let p = ordningIRunde.parametre
        let linjer = input.sorted { $0.id < $1.id }
        let budget = midler.fritt
        // Priority order: fagutvalg priority, særlige utfordringer first, then id.
        let order = linjer.indices.sorted { rank(linjer[$0]) < rank(linjer[$1]) }

        // 1. What each line may get.
        var want = linjer.map { $0.erKvalifisert ? Swift.max(.zero, $0.soktForsteAar.sum) : .zero }
        let requested = want

        // Later years: each within what it has free.
        var laterLimited: [Int: Int] = [:]
        let multiYear = linjer.indices.filter { linjer[$0].erFlerarig && want[$0] > .zero }
        for offset in 1..<Swift.max(1, linjer.map(\.sokt.count).max() ?? 1) {
            let year = aar + offset
            let sought = multiYear.map { offset < linjer[$0].sokt.count ? Swift.max(.zero, linjer[$0].sokt[offset].sum) : .zero }
            let free = midler.fritt(year)
            guard sought.sum() > free else { continue }
            for (index, later) in zip(multiYear, sought) where later > .zero {
                let limit = requested[index].scaled(by: free, of: sought.sum())
                if limit < want[index] {
                    want[index] = limit
                    laterLimited[index] = year
                }
            }
        }

        // 2. The multi-year cap.
        let multi = linjer.indices.filter { linjer[$0].erFlerarig && want[$0] > .zero }
        let multiWant = multi.map { want[$0] }
        let multiCapped = multiWant.sum() > midler.flerarigTak
        if multiCapped {
            let shares = midler.flerarigTak.fordelt(etter: multiWant, tak: multiWant)
            for (index, share) in zip(multi, shares) { want[index] = share }
        }

        var alloc = [Kroner](repeating: .zero, count: linjer.count)
        var marginalTier: (Int, Bool)?
        if want.sum() <= budget {
            alloc = want
        } else {
            // 4. Region floors.
            let regions = Array(Set(linjer.indices.filter { want[$0] > .zero }.map { linjer[$0].regionId })).sorted()
            let pool = budget.percent(oppsett.regionGulv)
            var floor = Kroner(pool.value / Swift.max(1, regions.count))
            if floor >= oppsett.avrunding { floor = Kroner(floor.value / oppsett.avrunding.value * oppsett.avrunding.value) }
            for region in regions {
                var left = floor
                for index in order where linjer[index].regionId == region && left > .zero {
                    let give = Swift.min(want[index], left)
                    alloc[index] += give
                    left -= give
                }
            }
            // 5. Tiers by assessment.
            var rest = budget - alloc.sum()
            var tiers: [[Int]] = []
            for index in order {
                if let last = tiers.last?.last, tierKey(linjer[last]) == tierKey(linjer[index]) {
                    tiers[tiers.count - 1].append(index)
                } else {
                    tiers.append([index])
                }
            }
            for tier in tiers where rest > .zero {
                let needs = tier.map { want[$0] - alloc[$0] }
                if needs.sum() <= rest {
                    for (index, need) in zip(tier, needs) { alloc[index] += need }
                    rest -= needs.sum()
                } else {
                    let shares = rest.fordelt(etter: needs, tak: needs)
                    for (index, share) in zip(tier, shares) { alloc[index] += share }
                    rest = .zero
                    marginalTier = tierKey(linjer[tier[0]])
                }
            }
            // 6. Rounding, inside each group.
            for group in [linjer.indices.filter { linjer[$0].erFlerarig }, linjer.indices.filter { !linjer[$0].erFlerarig }] {
                round(&alloc, want: want, indices: group, unit: oppsett.avrunding)
            }
        }

        // 7. Split, later years, coordinator, reason.
        var result: [Linje] = []
        for index in linjer.indices {
            var linje = linjer[index]
            let amount = alloc[index]
            let first = linje.soktForsteAar
            linje.foreslatt = linje.sokt.enumerated().map { year, sought in
                guard first.sum > .zero, amount > .zero else { return .zero }
                if year == 0 {
                    let eier = amount.scaled(by: first.eier, of: first.sum)
                    return Belop(eier: eier, uh: amount - eier)
                }
                return Belop(eier: sought.eier.scaled(by: amount, of: first.sum), uh: sought.uh.scaled(by: amount, of: first.sum))
            }
            let proposedTotal = linje.foreslatt.sum().sum
            let coordinatorAllowed = linje.kommuner >= p.koordinatorMinKommuner
            if coordinatorAllowed, first.sum > .zero, linje.soktKoordinator > .zero {
                linje.foreslattKoordinator = Swift.min(
                    linje.soktKoordinator.scaled(by: amount, of: first.sum),
                    proposedTotal.percent(p.koordinatorMaksAndel)
                )
            } else {
                linje.foreslattKoordinator = .zero
            }
            linje.forslagsgrunn = reason(
                linje, amount: amount, requested: requested[index], capped: want[index], covered: want.sum() <= budget,
                multiCapped: multiCapped && linje.erFlerarig, laterLimited: laterLimited[index], marginal: marginalTier.map { $0 == tierKey(linje) } ?? false,
                coordinatorRemoved: !coordinatorAllowed && linje.soktKoordinator > .zero, p: p
            )
            result.append(linje)
        }
        return Innstilling(aar: aar, ordning: ordning, linjer: result)
    }

    static func tierKey(_ linje: Linje) -> (Int, Bool) {
        (linje.prioritet ?? Int.max, !linje.saerligeUtfordringer)
    }

    static func rank(_ linje: Linje) -> (Int, Int, Int64) {
        (linje.prioritet ?? Int.max, linje.saerligeUtfordringer ? 0 : 1, linje.id)
    }

    /// Step 6: round reduced lines down to whole units and give the freed kroner back.
    static func round(_ alloc: inout [Kroner], want: [Kroner], indices: [Int], unit: Kroner) {
        var freed = Kroner.zero
        var lost: [(index: Int, amount: Kroner)] = []
        for index in indices where alloc[index] > .zero && alloc[index] < want[index] {
            let down = Kroner(alloc[index].value / unit.value * unit.value)
            guard down > .zero, down < alloc[index] else { continue }
            lost.append((index, alloc[index] - down))
            freed += alloc[index] - down
            alloc[index] = down
        }
        lost.sort { $0.amount != $1.amount ? $0.amount > $1.amount : $0.index < $1.index }
        for item in lost where freed >= unit && alloc[item.index] + unit <= want[item.index] {
            alloc[item.index] += unit
            freed -= unit
        }
        for item in lost where freed > .zero {
            let give = Swift.min(freed, want[item.index] - alloc[item.index])
            alloc[item.index] += give
            freed -= give
        }
    }

    static func reason(
        _ linje: Linje, amount: Kroner, requested: Kroner, capped: Kroner, covered: Bool, multiCapped: Bool, laterLimited: Int?, marginal: Bool,
        coordinatorRemoved: Bool, p: Regelparametre
    ) -> Forslagsgrunn {
        let hoved: Forslagsgrunn.Hoved
        if let kriterium = linje.ikkeOppfylt.first {
            hoved = .kriteriumIkkeOppfylt(kriterium)
        } else if linje.manglerOppfolgingssamsvar {
            hoved = .oppfolgingsordningen
        } else if amount == .zero {
            hoved = requested == .zero ? .ingentingSokt(forsteAar: !linje.sokt.isEmpty) : .hoyerePrioritet
        } else if amount >= requested {
            hoved = .fullt(dekkerAlle: covered)
        } else {
            let share = amount.share(of: requested) ?? .zero
            if multiCapped, amount >= capped {
                hoved = .redusertFlerarig(andel: share, tak: p.flerarigMaksAndel)
            } else if let year = laterLimited, amount >= capped {
                hoved = .redusertSenereAar(andel: share, aar: year)
            } else if marginal {
                hoved = .redusertPrioritet(andel: share, prioritet: linje.prioritet)
            } else {
                hoved = .redusertMinstebelop(andel: share)
            }
        }
        var flerarigTak: Prosent?
        if multiCapped, amount > .zero {
            if case .redusertFlerarig = hoved {} else { flerarigTak = p.flerarigMaksAndel }
        }
        return Forslagsgrunn(
            hoved: hoved, flerarigTak: flerarigTak, saerligeUtfordringer: linje.saerligeUtfordringer && amount > .zero,
            koordinatorTattUt: coordinatorRemoved ? p.koordinatorMinKommuner : nil
        )
    }
}

/// Why `suggest` proposed what it did for a line: the main reason and what it adds.
public struct Forslagsgrunn: Hashable, Sendable, Codable {
    public enum Hoved: Hashable, Sendable, Codable {
        /// Nothing: a criterion is not met (R1).
        case kriteriumIkkeOppfylt(Kriterium)
        /// Nothing: consistency with the oppfølgingsordningen not confirmed (R11).
        case oppfolgingsordningen
        /// Nothing requested for the year (`forsteAar`: for the first of the tiltak's years).
        case ingentingSokt(forsteAar: Bool)
        /// Nothing: the money went to tiltak with a higher priority.
        case hoyerePrioritet
        /// The full amount; `dekkerAlle` when the money covers every qualified tiltak.
        case fullt(dekkerAlle: Bool)
        /// Reduced to `andel` of the request by the multi-year cap `tak` (R7).
        case redusertFlerarig(andel: Prosent, tak: Prosent)
        /// Reduced to `andel` so that the commitments for `aar` stay within its expected budget (R7).
        case redusertSenereAar(andel: Prosent, aar: Int)
        /// Reduced to `andel`: the money did not reach every tiltak of this priority.
        case redusertPrioritet(andel: Prosent, prioritet: Int?)
        /// Reduced to `andel`: the region's floor, so every region gets funds (R11).
        case redusertMinstebelop(andel: Prosent)
    }

    public var hoved: Hoved
    /// The multi-year cap, when it also limited this line (R7).
    public var flerarigTak: Prosent?
    /// The owner has særlige utfordringer and was prioritised (R11).
    public var saerligeUtfordringer: Bool
    /// The coordinator was taken out: it needs this many kommuner (R6).
    public var koordinatorTattUt: Int?

    public init(hoved: Hoved, flerarigTak: Prosent? = nil, saerligeUtfordringer: Bool = false, koordinatorTattUt: Int? = nil) {
        self.hoved = hoved
        self.flerarigTak = flerarigTak
        self.saerligeUtfordringer = saerligeUtfordringer
        self.koordinatorTattUt = koordinatorTattUt
    }
}
