/// The sums and breaches of an innstilling, shown beside the table on every save.
public struct Innstillingskontroll: Hashable, Sendable {
    public struct Region: Hashable, Sendable {
        public let id: Int64
        public let navn: String
        public let sokt: Belop
        public let foreslatt: Belop
        public let harKvalifiserte: Bool
    }

    /// The allocatable budget (Rekom: the 70 % part).
    public let budsjett: Kroner
    /// Requested and proposed for the round's year, all lines.
    public let sokt: Belop
    public let foreslatt: Belop
    public var igjen: Kroner { budsjett - foreslatt.sum }
    /// R7: the round's year's proposals to multi-year tiltak, against the cap.
    public let flerarig: Kroner
    public let flerarigTak: Kroner
    public let perRegion: [Region]
    /// Commitments for later years (index 0 = the year after the round's), from multi-year tiltak.
    public let forpliktelser: [Belop]
    public let violations: [Violation]

    public var blokkerer: Bool { violations.blokkerer }
}

extension Innstilling {
    /// Every hard check of the allocation principles (R1, R6, R7, R10, R11) and the sums.
    public func check(_ ordningIRunde: OrdningIRunde) -> Innstillingskontroll {
        let p = ordningIRunde.parametre
        var violations: [Violation] = []
        /// A proposal's problem is shown at its first year's owner amount.
        func foreslattFelt(_ linje: Linje) -> Felt { .linjebelop(linje.id, aar: 1, .eier) }

        for linje in linjer {
            if linje.foreslatt.count != linje.sokt.count {
                violations.append(Violation(.r7, felt: foreslattFelt(linje), .linjeAntallAar(linje.navn, sokt: linje.sokt.count, foreslatt: linje.foreslatt.count)))
            }
            if linje.foreslatt.contains(where: { $0.eier < .zero || $0.uh < .zero }) || linje.foreslattKoordinator < .zero {
                violations.append(Violation(.r5, felt: foreslattFelt(linje), .linjeNegativ(linje.navn)))
            }
            let proposedTotal = linje.foreslatt.sum().sum
            if !linje.erKvalifisert, proposedTotal > .zero {
                let reason: Avslagsgrunn = linje.ikkeOppfylt.isEmpty ? .oppfolgingsordningen : .kriterierIkkeOppfylt([linje.ikkeOppfylt[0]])
                violations.append(Violation(.r1, felt: foreslattFelt(linje), .linjeKanIkkeFaMidler(linje.navn, reason)))
            }
            if linje.foreslattKoordinator > .zero {
                if linje.kommuner < p.koordinatorMinKommuner {
                    violations.append(Violation(.r6, felt: .linjeKoordinator(linje.id), .linjeKoordinatorForFaKommuner(linje.navn, minst: p.koordinatorMinKommuner)))
                }
                let cap = proposedTotal.percent(p.koordinatorMaksAndel)
                if linje.foreslattKoordinator > cap {
                    violations.append(Violation(.r6, felt: .linjeKoordinator(linje.id), .linjeKoordinatorOverTak(linje.navn, andel: p.koordinatorMaksAndel, tak: cap)))
                }
            }
            for (index, pair) in zip(linje.foreslatt, linje.sokt).enumerated() where pair.0.sum > pair.1.sum {
                violations.append(Violation(.r11, felt: foreslattFelt(linje),
                    .linjeMerEnnSokt(linje.navn, aar: index + 1, foreslatt: pair.0.sum, sokt: pair.1.sum), alvor: .advarsel))
            }
        }

        let proposed = linjer.map(\.foreslattForsteAar).sum()
        let budget = ordningIRunde.tildelbart
        if proposed.sum > budget {
            violations.append(Violation(.r10, felt: Felt("budsjett"), .overBudsjett(forslag: proposed.sum, budsjett: budget)))
        }
        let multiYear = linjer.filter(\.erFlerarig).map(\.foreslattForsteAar.sum).sum()
        if multiYear > ordningIRunde.flerarigTak {
            violations.append(Violation(.r7, felt: Felt("flerarig"),
                .flerarigOverTak(flerarig: multiYear, andel: p.flerarigMaksAndel, tak: ordningIRunde.flerarigTak)))
        }

        // Regions by name, so the check reads the same every time (not in a dictionary's order).
        let regions = Dictionary(grouping: linjer, by: \.regionId).map { regionId, lines in
            Innstillingskontroll.Region(
                id: regionId, navn: lines[0].regionNavn, sokt: lines.map(\.soktForsteAar).sum(),
                foreslatt: lines.map(\.foreslattForsteAar).sum(), harKvalifiserte: lines.contains(where: \.erKvalifisert)
            )
        }.sorted { ($0.navn, $0.id) < ($1.navn, $1.id) }
        for region in regions where region.harKvalifiserte && region.foreslatt.sum <= .zero {
            violations.append(Violation(.r11, felt: .region(region.id), .regionUtenMidler(region.navn)))
        }

        let laterYears = (linjer.map(\.foreslatt.count).max() ?? 1) - 1
        let commitments = (0..<max(0, laterYears)).map { offset in
            linjer.compactMap { offset + 1 < $0.foreslatt.count ? $0.foreslatt[offset + 1] : nil }.sum()
        }

        return Innstillingskontroll(
            budsjett: budget, sokt: linjer.map(\.soktForsteAar).sum(), foreslatt: proposed,
            flerarig: multiYear, flerarigTak: ordningIRunde.flerarigTak, perRegion: regions,
            forpliktelser: commitments, violations: violations
        )
    }
}
