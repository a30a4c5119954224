import Foundation
import PropertyBased
import Testing
@testable import Domain

/// Lines for innstilling tests: `line(1, region: 1, eier: 600_000, uh: 400_000, prioritet: 1)`.
func line(
    _ id: Int64, region: Int64, eier: Int, uh: Int, prioritet: Int? = nil, later: [Belop] = [],
    ikkeOppfylt: [Kriterium] = [], saerlige: Bool = false, kommuner: Int = 2, koordinator: Int = 0
) -> Innstilling.Linje {
    Innstilling.Linje(
        id: id, behovsmeldingId: id * 10, tiltakNummer: 1, tiltakTittel: "Tiltak \(id)", partnerskap: "Eier \(id)",
        regionId: region, regionNavn: "Region \(region)", ikkeOppfylt: ikkeOppfylt, prioritet: prioritet,
        saerligeUtfordringer: saerlige, kommuner: kommuner,
        sokt: [Belop(eier: Kroner(eier), uh: Kroner(uh))] + later, soktKoordinator: Kroner(koordinator)
    )
}

func ordning(budget: Int, via: Int = 100) -> OrdningIRunde {
    var value = OrdningIRunde.seed(.dekom, budsjett: Kroner(budget))
    value.parametre.andelViaBehovsmeldinger = Prosent(via)
    return value
}

@Suite struct InnstillingCheckTests {
    typealias Change = @Sendable (inout Innstilling) -> Void

    static func base() -> Innstilling {
        var innstilling = Innstilling(aar: 2027, ordning: .dekom, linjer: [
            line(1, region: 1, eier: 600_000, uh: 400_000, prioritet: 1),
            line(2, region: 2, eier: 300_000, uh: 200_000, prioritet: 2, later: [Belop(eier: Kroner(300_000), uh: Kroner(200_000))]),
            line(3, region: 2, eier: 100_000, uh: 100_000, ikkeOppfylt: [.partnerskap]),
        ])
        innstilling.linjer[0].foreslatt = [Belop(eier: Kroner(600_000), uh: Kroner(400_000))]
        innstilling.linjer[1].foreslatt = [Belop(eier: Kroner(300_000), uh: Kroner(200_000)), Belop(eier: Kroner(300_000), uh: Kroner(200_000))]
        return innstilling
    }

    @Test("a proposal within every cap passes, with the sums and commitments")
    func passes() {
        let kontroll = Self.base().check(ordning(budget: 2_000_000))
        #expect(kontroll.violations.isEmpty, "\(kontroll.violations)")
        #expect(kontroll.foreslatt == Belop(eier: Kroner(900_000), uh: Kroner(600_000)))
        #expect(kontroll.sokt.sum == Kroner(1_700_000))
        #expect(kontroll.igjen == Kroner(500_000))
        #expect(kontroll.flerarig == Kroner(500_000))
        #expect(kontroll.flerarigTak == Kroner(1_000_000))
        #expect(kontroll.senereAar.map(\.nye) == [Belop(eier: Kroner(300_000), uh: Kroner(200_000))])
        #expect(kontroll.perRegion.map(\.foreslatt.sum) == [Kroner(1_000_000), Kroner(500_000)])
    }

    static let cases: [(String, Int, Change, Regel, String)] = [
        ("over budget", 1_400_000, { _ in }, .r10, "budsjett"),
        ("multi-year over 50 %", 900_000, { i in i.linjer[0].foreslatt = [.zero] }, .r7, "flerarig"),
        ("region without funds", 2_000_000, { i in i.linjer[1].foreslatt = [.zero, .zero] }, .r11, "region[2]"),
        ("money to an unmet criterion", 2_000_000, { i in i.linjer[2].foreslatt = [Belop(eier: Kroner(1), uh: .zero)] }, .r1, "linje[3].aar[1].eier"),
        ("coordinator over 30 % of the proposal", 2_000_000, { i in i.linjer[0].foreslattKoordinator = Kroner(300_001) }, .r6, "linje[1].foreslattKoordinator"),
        ("coordinator with one kommune", 2_000_000, { i in i.linjer[0].kommuner = 1; i.linjer[0].foreslattKoordinator = Kroner(1) }, .r6, "linje[1].foreslattKoordinator"),
        ("missing a year", 2_000_000, { i in i.linjer[1].foreslatt = [Belop(eier: Kroner(1), uh: .zero)] }, .r7, "linje[2].aar[1].eier"),
        ("negative", 2_000_000, { i in i.linjer[0].foreslatt = [Belop(eier: Kroner(-5), uh: Kroner(10))] }, .r5, "linje[1].aar[1].eier"),
    ]

    @Test("each breach is a blocking violation naming the line or the total", arguments: cases)
    func breaches(name: String, budget: Int, change: Change, regel: Regel, felt: String) {
        var innstilling = Self.base()
        change(&innstilling)
        let kontroll = innstilling.check(ordning(budget: budget))
        #expect(kontroll.violations.contains { $0.regel == regel && $0.felt.navn == felt && $0.alvor == .feil }, "\(name): \(kontroll.violations)")
        #expect(kontroll.blokkerer)
    }

    @Test("Rekom: only the 70 % part is allocatable (seed 003: 7 620 200 of 10 886 000)")
    func rekomBudget() {
        var innstilling = Innstilling(aar: 2027, ordning: .rekom, linjer: [line(1, region: 1, eier: 4_000_000, uh: 3_620_201)])
        innstilling.linjer[0].foreslatt = innstilling.linjer[0].sokt
        let rekom = Fixture.runde.ordninger[.rekom]!
        #expect(rekom.tildelbart == Kroner(7_620_200))
        #expect(innstilling.check(rekom).violations.map(\.regel) == [.r10])
        innstilling.linjer[0].foreslatt = [Belop(eier: Kroner(4_000_000), uh: Kroner(3_620_200))]
        #expect(innstilling.check(rekom).violations.isEmpty)
    }

    @Test("a violation names the line by tiltak, title and partnership, and the reason")
    func messages() {
        var innstilling = Self.base()
        innstilling.linjer[2].foreslatt = [Belop(eier: Kroner(1), uh: .zero)]
        let grunn = innstilling.check(ordning(budget: 2_000_000)).violations.first?.grunn
        let linje = Linjenavn(tiltak: Tiltaknavn(nummer: 1, tittel: "Tiltak 3"), partnerskap: "Eier 3")
        #expect(grunn == .linjeKanIkkeFaMidler(linje, .kriterierIkkeOppfylt([.partnerskap])))
    }

    @Test("proposing more than requested only warns")
    func moreThanRequested() {
        var innstilling = Self.base()
        innstilling.linjer[0].foreslatt = [Belop(eier: Kroner(700_000), uh: Kroner(400_000))]
        let kontroll = innstilling.check(ordning(budget: 2_000_000))
        #expect(kontroll.violations.map(\.alvor) == [.advarsel])
        #expect(!kontroll.blokkerer)
    }
}

@Suite struct InnstillingSuggestTests {
    static let lines = [
        line(1, region: 1, eier: 600_000, uh: 400_000, prioritet: 1),
        line(2, region: 1, eier: 500_000, uh: 500_000, prioritet: 3),
        line(3, region: 2, eier: 800_000, uh: 200_000, prioritet: 2, saerlige: true),
        line(4, region: 2, eier: 400_000, uh: 600_000, prioritet: 2),
        line(5, region: 3, eier: 1_000_000, uh: 0, prioritet: 4, later: [Belop(eier: Kroner(1_000_000), uh: .zero)]),
        line(6, region: 3, eier: 300_000, uh: 300_000, ikkeOppfylt: [.forankring]),
    ]

    @Test("enough money: every qualified line gets its request, unqualified nothing")
    func covered() {
        let result = Innstilling.suggest(aar: 2027, ordning: .dekom, linjer: Self.lines, ordning(budget: 10_000_000))
        #expect(result.linjer.map(\.foreslattForsteAar.sum) == [1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000, 0].map(Kroner.init))
        #expect(result.linjer[4].foreslatt[1] == Belop(eier: Kroner(1_000_000), uh: .zero))
        #expect(result.linjer[0].forslagsgrunn == Forslagsgrunn(hoved: .fullt(dekkerAlle: true)))
        #expect(result.linjer[5].forslagsgrunn == Forslagsgrunn(hoved: .kriteriumIkkeOppfylt(.forankring)))
        #expect(result.linjer.allSatisfy { $0.begrunnelse.isEmpty }, "the Statsforvalter's own words are not written by the proposal")
        #expect(result.check(ordning(budget: 10_000_000)).violations.isEmpty)
    }

    @Test("scarce money: floors per region, then priority 1, then særlige utfordringer, the marginal tier shares")
    func scarce() {
        // Budget 2 800 000: floors 20 % = 560 000 / 3 regions → 186 000 each (whole thousands).
        // After the floors: priority 1 (line 1) and priority 2 with særlige utfordringer
        // (line 3) in full, then priority 2 (line 4) gets the 614 000 left.
        let budget = ordning(budget: 2_800_000)
        let result = Innstilling.suggest(aar: 2027, ordning: .dekom, linjer: Self.lines, budget)
        let amounts = result.linjer.map(\.foreslattForsteAar.sum.value)
        #expect(amounts.reduce(0, +) == 2_800_000)
        #expect(amounts[0] == 1_000_000) // priority 1: full
        #expect(amounts[2] == 1_000_000) // priority 2 with særlige utfordringer: full
        #expect(amounts[3] == 614_000) // priority 2 without: what is left
        #expect(amounts[4] == 186_000) // priority 4, region 3: only the region floor
        #expect(amounts[5] == 0)
        #expect(amounts[1] == 0) // priority 3 in region 1, whose floor went to priority 1
        #expect(result.linjer[3].forslagsgrunn?.hoved == .redusertPrioritet(andel: Prosent(basisPoints: 6_140), prioritet: 2))
        #expect(result.linjer[4].forslagsgrunn?.hoved == .redusertMinstebelop(andel: Prosent(basisPoints: 1_860)))
        #expect(result.linjer[2].forslagsgrunn == Forslagsgrunn(hoved: .fullt(dekkerAlle: false), saerligeUtfordringer: true))
        #expect(result.linjer[1].forslagsgrunn == Forslagsgrunn(hoved: .hoyerePrioritet))
        #expect(amounts.allSatisfy { $0 % 1_000 == 0 })
        #expect(result.check(budget).violations.isEmpty, "\(result.check(budget).violations)")
        // The multi-year line's later year follows the same share.
        #expect(result.linjer[4].foreslatt[1].sum == Kroner(186_000))
    }

    @Test("the multi-year group is held under its cap")
    func multiYearCap() {
        let lines = [
            line(1, region: 1, eier: 800_000, uh: 0, later: [Belop(eier: Kroner(800_000), uh: .zero)]),
            line(2, region: 1, eier: 400_000, uh: 0, later: [Belop(eier: Kroner(400_000), uh: .zero)]),
            line(3, region: 1, eier: 200_000, uh: 0),
        ]
        let budget = ordning(budget: 2_000_000)
        let result = Innstilling.suggest(aar: 2027, ordning: .dekom, linjer: lines, budget)
        let kontroll = result.check(budget)
        #expect(kontroll.flerarig == Kroner(1_000_000))
        #expect(kontroll.violations.isEmpty)
        #expect(result.linjer[2].foreslattForsteAar.sum == Kroner(200_000))
        #expect(result.linjer[0].forslagsgrunn?.hoved == .redusertFlerarig(andel: Prosent(basisPoints: 8_333), tak: Prosent(50)))
    }

    @Test("coordinator: same share as the amount, within the cap, removed with one kommune")
    func coordinator() {
        let lines = [
            line(1, region: 1, eier: 700_000, uh: 300_000, koordinator: 300_000),
            line(2, region: 1, eier: 700_000, uh: 300_000, kommuner: 1, koordinator: 100_000),
        ]
        let budget = ordning(budget: 1_000_000)
        let result = Innstilling.suggest(aar: 2027, ordning: .dekom, linjer: lines, budget)
        #expect(result.linjer[0].foreslattKoordinator <= result.linjer[0].foreslattForsteAar.sum.percent(Prosent(30)))
        #expect(result.linjer[0].foreslattKoordinator > .zero)
        #expect(result.linjer[1].foreslattKoordinator == .zero)
        #expect(result.linjer[1].forslagsgrunn?.koordinatorTattUt == 2)
        #expect(result.check(budget).violations.isEmpty)
    }

    @Test("Rekom uses the 70 % part: 7 620 200 exactly, not whole thousands at the end")
    func rekomExact() {
        let lines = (1...7).map { line(Int64($0), region: Int64($0), eier: 1_000_000, uh: 500_000, prioritet: 2) }
        let rekom = Fixture.runde.ordninger[.rekom]!
        let result = Innstilling.suggest(aar: 2027, ordning: .rekom, linjer: lines, rekom)
        #expect(result.linjer.map(\.foreslattForsteAar.sum).sum() == Kroner(7_620_200))
        #expect(result.check(rekom).violations.isEmpty)
        #expect(result.linjer.filter { $0.foreslattForsteAar.sum.value % 1_000 != 0 }.count <= 1)
    }

    // MARK: properties

    static let lineGen = zip(
        Gen.int(in: 1...6), Gen.int(in: 0...3_000_000), Gen.int(in: 0...3_000_000), Gen.int(in: 0...5),
        Gen.int(in: 1...3), Gen.int(in: 0...9), Gen.int(in: 1...3)
    ).map { region, eier, uh, priority, years, flags, kommuner in
        (region, eier, uh, priority, years, flags, kommuner)
    }

    static func build(_ raw: [(Int, Int, Int, Int, Int, Int, Int)]) -> [Innstilling.Linje] {
        raw.enumerated().map { index, item in
            let (region, eier, uh, priority, years, flags, kommuner) = item
            let later = (1..<years).map { _ in Belop(eier: Kroner(eier / 2), uh: Kroner(uh / 2)) }
            return line(
                Int64(index + 1), region: Int64(region), eier: eier, uh: max(uh, eier + uh == 0 ? 1 : 0),
                prioritet: priority == 0 ? nil : priority, later: later, saerlige: flags % 3 == 0,
                kommuner: kommuner, koordinator: (eier * flags) / 30
            )
        }
    }

    @Test("suggest never breaks a hard check and hands out exactly min(budget, what may be given)")
    func neverBreaks() async {
        await propertyCheck(count: 300, input: Self.lineGen.array(of: 1...25), Gen.int(in: 0...40_000_000)) { raw, budgetValue in
            let lines = Self.build(raw)
            let regions = Set(lines.map(\.regionId)).count
            let budget = ordning(budget: max(budgetValue, regions * 10_000))
            let result = Innstilling.suggest(aar: 2027, ordning: .dekom, linjer: lines, budget)
            let kontroll = result.check(budget)
            #expect(!kontroll.blokkerer, "\(kontroll.violations)")
            // What may be given: qualified requests, the multi-year group held to its cap.
            let single = lines.filter { !$0.erFlerarig }.map(\.soktForsteAar.sum).sum()
            let multi = lines.filter(\.erFlerarig).map(\.soktForsteAar.sum).sum()
            let mayGive = single + min(multi, budget.flerarigTak)
            #expect(kontroll.foreslatt.sum == min(budget.tildelbart, mayGive))
            #expect(result.linjer.allSatisfy { $0.foreslattForsteAar.sum <= $0.soktForsteAar.sum })
        }
    }

    @Test("suggest is deterministic and does not depend on the order of the lines")
    func deterministic() async {
        await propertyCheck(count: 100, input: Self.lineGen.array(of: 1...15), Gen.int(in: 100_000...20_000_000)) { raw, budgetValue in
            let lines = Self.build(raw)
            let budget = ordning(budget: budgetValue)
            let a = Innstilling.suggest(aar: 2027, ordning: .dekom, linjer: lines, budget)
            let b = Innstilling.suggest(aar: 2027, ordning: .dekom, linjer: lines.reversed(), budget)
            #expect(a == b)
        }
    }

    @Test("the forum's tables by region and by partnership: each row sums its own lines, the total all of them, a year at a time")
    func tablesAddUp() async {
        await propertyCheck(count: 150, input: Self.lineGen.array(of: 1...25), Gen.int(in: 100_000...20_000_000)) { raw, budgetValue in
            let lines = Innstilling.suggest(aar: 2027, ordning: .dekom, linjer: Self.build(raw), ordning(budget: budgetValue)).linjer
            let years = max(0, (lines.map(\.foreslatt.count).max() ?? 1) - 1)
            func sums(_ lines: [Innstilling.Linje]) -> (Belop, Belop, [Kroner]) {
                (lines.map(\.soktForsteAar).sum(), lines.map(\.foreslattForsteAar).sum(),
                 (0..<years).map { year in lines.compactMap { year + 1 < $0.foreslatt.count ? $0.foreslatt[year + 1].sum : nil }.sum() })
            }
            let tables: [([Fordelingsrad], KeyPath<Innstilling.Linje, String>)] = [
                (Fordelingstabell.perRegion(lines), \.regionNavn), (Fordelingstabell.perPartnerskap(lines), \.partnerskap),
            ]
            for (rows, key) in tables {
                #expect(rows.map(\.navn).dropLast() == Set(lines.map { $0[keyPath: key] }).sorted())
                for row in rows {
                    let own = row.erTotal ? lines : lines.filter { $0[keyPath: key] == row.navn }
                    let (sokt, foreslatt, later) = sums(own)
                    #expect(row.sokt == sokt && row.foreslatt == foreslatt && row.forpliktelser == later, "\(row.navn)")
                }
                #expect(rows.last?.erTotal == true)
            }
        }
    }

    @Test("proportional split: exact sum, within caps, largest remainder first")
    func fordelt() async {
        #expect(Kroner(10).fordelt(etter: [Kroner(1), Kroner(1), Kroner(1)], tak: [Kroner(10), Kroner(10), Kroner(10)]) == [4, 3, 3].map(Kroner.init))
        #expect(Kroner(100).fordelt(etter: [Kroner(1), Kroner(3)], tak: [Kroner(100), Kroner(60)]) == [40, 60].map(Kroner.init))
        await propertyCheck(input: Gen.int(in: 0...1_000_000).array(of: 1...10), Gen.int(in: 0...100)) { weights, percent in
            let caps = weights.map(Kroner.init)
            let total = caps.sum().percent(Prosent(percent))
            let shares = total.fordelt(etter: caps, tak: caps)
            #expect(shares.sum() == total)
            #expect(zip(shares, caps).allSatisfy { $0 >= .zero && $0 <= $1 })
        }
    }
}
