/// The sums and breaches of an innstilling, shown beside the table on every save.
public struct Innstillingskontroll: Hashable, Sendable {
    public struct Region: Hashable, Sendable {
        public let id: Int64
        public let navn: String
        public let sokt: Belop
        public let foreslatt: Belop
        /// A qualified line of the region can get money this year (`Midler.kanFaMidler`).
        public let harKvalifiserte: Bool
    }

    /// A later year: its expected budget, what earlier vedtak bind in it, and what this
    /// innstilling would add (R7).
    public struct SenereAar: Hashable, Sendable {
        public let aar: Int
        public let ramme: Kroner
        public let bundet: Kroner
        /// What this innstilling promises for the year, eier/UH.
        public let nye: Belop
        public var igjen: Kroner { ramme - bundet - nye.sum }
    }

    /// The money this innstilling may give this year: the allocatable budget (Rekom: the 70 %
    /// part) less what earlier vedtak bind in it.
    public let budsjett: Kroner
    /// The allocatable budget before earlier commitments.
    public let tildelbart: Kroner
    /// What earlier vedtak bind this year, by the year of the vedtak.
    public let bundet: [Midler.Bundet]
    /// Requested and proposed for the round's year, all lines.
    public let sokt: Belop
    public let foreslatt: Belop
    public var igjen: Kroner { budsjett - foreslatt.sum }
    /// R7: the round's year's proposals to multi-year tiltak, against the cap.
    public let flerarig: Kroner
    public let flerarigTak: Kroner
    public let perRegion: [Region]
    /// Every later year with a commitment, this round's or an earlier one's.
    public let senereAar: [SenereAar]
    public let violations: [Violation]

    public var blokkerer: Bool { violations.blokkerer }
}

extension Innstilling {
    /// The check of a round without earlier commitments.
    public func check(_ ordningIRunde: OrdningIRunde) -> Innstillingskontroll {
        check(Midler(aar: aar, ordningIRunde: ordningIRunde))
    }

    /// Every hard check of the allocation principles (R1, R6, R7, R10, R11) and the sums, on the
    /// money earlier vedtak have left free; and, as warnings, each later year whose commitments
    /// would pass its expected budget (R7).
    public func check(_ midler: Midler) -> Innstillingskontroll {
        let ordningIRunde = midler.ordningIRunde
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
        let budget = midler.fritt
        if proposed.sum > budget {
            violations.append(Violation(.r10, felt: Felt("budsjett"), .overBudsjett(forslag: proposed.sum, budsjett: budget)))
        }
        let multiYear = linjer.filter(\.erFlerarig).map(\.foreslattForsteAar.sum).sum()
        if multiYear > midler.flerarigTak {
            violations.append(Violation(.r7, felt: Felt("flerarig"),
                .flerarigOverTak(flerarig: multiYear, andel: p.flerarigMaksAndel, tak: midler.flerarigTak, bundet: midler.bundet(aar))))
        }
        let own = forpliktelser
        let later = midler.senereAar(self).map { year in
            Innstillingskontroll.SenereAar(aar: year, ramme: midler.ramme(year), bundet: midler.bundet(year),
                                          nye: own.filter { $0.aar == year }.map(\.belop).sum())
        }
        for year in later where year.igjen < .zero && year.nye.sum > .zero {
            let causes = linjer.filter { $0.foreslatt.count > year.aar - aar && $0.foreslatt[year.aar - aar].sum > .zero }.map(\.navn)
            violations.append(Violation(.r7, felt: Felt("senereAar"),
                .senereAarOverRamme(aar: year.aar, ramme: year.ramme, bundet: year.bundet, nye: year.nye.sum, linjer: causes), alvor: .advarsel))
        }

        // Regions by name, so the check reads the same every time (not in a dictionary's order).
        let regions = Dictionary(grouping: linjer, by: \.regionId).map { regionId, lines in
            Innstillingskontroll.Region(
                id: regionId, navn: lines[0].regionNavn, sokt: lines.map(\.soktForsteAar).sum(),
                foreslatt: lines.map(\.foreslattForsteAar).sum(), harKvalifiserte: lines.contains(where: midler.kanFaMidler)
            )
        }.sorted { ($0.navn, $0.id) < ($1.navn, $1.id) }
        for region in regions where region.harKvalifiserte && region.foreslatt.sum <= .zero {
            violations.append(Violation(.r11, felt: .region(region.id), .regionUtenMidler(region.navn)))
        }

        return Innstillingskontroll(
            budsjett: budget, tildelbart: midler.tildelbart, bundet: midler.bundetPerVedtaksaar(aar), sokt: linjer.map(\.soktForsteAar).sum(),
            foreslatt: proposed, flerarig: multiYear, flerarigTak: midler.flerarigTak, perRegion: regions,
            senereAar: later, violations: violations
        )
    }
}
