import Foundation
import PropertyBased
import Testing
@testable import Domain

/// Money across the years (R7, R10): what a vedtak promises for later years binds the later
/// rounds' money; the check and the proposal work on what is free.
@Suite struct MidlerTests {
    /// Rekom 2027 decided with 850 000 kr committed for 2028 (the walk).
    static func rekom2027() -> Innstilling {
        var decided = Innstilling(aar: 2027, ordning: .rekom, linjer: [
            line(1, region: 1, eier: 600_000, uh: 400_000, later: [Belop(eier: Kroner(500_000), uh: Kroner(350_000))]),
            line(2, region: 1, eier: 300_000, uh: 0),
        ])
        for index in decided.linjer.indices { decided.linjer[index].foreslatt = decided.linjer[index].sokt }
        return decided
    }

    static let rekom = OrdningIRunde.seed(.rekom, budsjett: Kroner(10_886_000))

    @Test("a vedtatt innstilling's later years are commitments, per tiltak and year, split eier/UH")
    func commitments() throws {
        let forpliktelser = Self.rekom2027().forpliktelser
        #expect(forpliktelser.count == 1)
        let first = try #require(forpliktelser.first)
        #expect(first.aar == 2028 && first.vedtaksaar == 2027 && first.ordning == .rekom)
        #expect(first.belop == Belop(eier: Kroner(500_000), uh: Kroner(350_000)))
        #expect(first.tiltak == Tiltaknavn(nummer: 1, tittel: "Tiltak 1") && first.partnerskap == "Eier 1" && first.behovsmeldingId == 10)
    }

    @Test("the next round: budget, bound by earlier vedtak (per decision year), free")
    func freeMoney() {
        let midler = Midler(aar: 2028, ordningIRunde: Self.rekom, forpliktelser: Self.rekom2027().forpliktelser)
        #expect(midler.tildelbart == Kroner(7_620_200))
        #expect(midler.bundet(2028) == Kroner(850_000))
        #expect(midler.bundetPerVedtaksaar(2028) == [Midler.Bundet(vedtaksaar: 2027, belop: Kroner(850_000))])
        #expect(midler.fritt == Kroner(6_770_200))
        // R7: the earlier multi-year tiltak take their part of this year's cap (50 % of 7 620 200).
        #expect(midler.flerarigTak == Kroner(3_810_100 - 850_000))
        // A round's own vedtak and earlier years do not bind it.
        #expect(Midler(aar: 2027, ordningIRunde: Self.rekom, forpliktelser: Self.rekom2027().forpliktelser).bundet(2027) == .zero)
        #expect(Midler(aar: 2029, ordningIRunde: Self.rekom, forpliktelser: Self.rekom2027().forpliktelser).forpliktelser.isEmpty)
    }

    @Test("a stopped tiltak frees its commitment from the year of the stop")
    func stopped() {
        var promised = Self.rekom2027().forpliktelser
        promised[0].stoppetFra = 2028
        #expect(!promised[0].gjelder)
        #expect(Midler(aar: 2028, ordningIRunde: Self.rekom, forpliktelser: promised).bundet(2028) == .zero)
        #expect(TiltakIVedtak.stansBegrunnelse("  ") == .failure(Skjemafeil(Felt("begrunnelse"), .stansUtenBegrunnelse)))
        #expect(TiltakIVedtak.stansBegrunnelse(" Meldt stans ") == .success("Meldt stans"))
    }

    @Test("year 2: the partnership confirms the promise or asks for another amount with a reason; a change binds once accepted")
    func answers() throws {
        var line = try #require(Self.rekom2027().forpliktelser.first)
        #expect(try Forpliktelsessvar.valider(eier: "500 000", uh: "350 000", begrunnelse: "", forpliktelse: line).get().belop == line.belop)
        #expect(Forpliktelsessvar.valider(eier: "600 000", uh: "350 000", begrunnelse: " ", forpliktelse: line).failure?.grunner
            == [.svarUtenBegrunnelse(forpliktet: Kroner(850_000))])
        #expect(Forpliktelsessvar.valider(eier: "12,5", uh: "", begrunnelse: "x", forpliktelse: line).failure?.grunner
            == [.belop(.svar(line.tiltak, aar: 2028, .eier), .desimaler)])
        line.svar = try Forpliktelsessvar.valider(eier: "200 000", uh: "", begrunnelse: "Mindre behov", forpliktelse: line).get()
        #expect(line.gjeldende == line.belop, "not accepted yet")
        line.svar?.godtatt = true
        #expect(line.gjeldende == Belop(eier: Kroner(200_000), uh: .zero))
        #expect(Midler(aar: 2028, ordningIRunde: Self.rekom, forpliktelser: [line]).bundet(2028) == Kroner(200_000))
        // Answers are open until the year's innstilling goes to the forum.
        #expect(Forpliktelsessvar.kanSvares(innstilling: nil) && Forpliktelsessvar.kanSvares(innstilling: .utkast))
        #expect(!Forpliktelsessvar.kanSvares(innstilling: .forelopig) && !Forpliktelsessvar.kanSvares(innstilling: .vedtatt))
    }

    @Test("the check works on the free money: the full 70 % is too much once 850 000 is bound")
    func checkOnFree() {
        let midler = Midler(aar: 2028, ordningIRunde: Self.rekom, forpliktelser: Self.rekom2027().forpliktelser)
        var innstilling = Innstilling(aar: 2028, ordning: .rekom, linjer: [line(5, region: 1, eier: 7_620_200, uh: 0)])
        innstilling.linjer[0].foreslatt = innstilling.linjer[0].sokt
        let kontroll = innstilling.check(midler)
        #expect(kontroll.budsjett == Kroner(6_770_200))
        #expect(kontroll.tildelbart == Kroner(7_620_200))
        #expect(kontroll.violations.map(\.grunn) == [.overBudsjett(forslag: Kroner(7_620_200), budsjett: Kroner(6_770_200))])
        #expect(innstilling.check(Self.rekom).violations.isEmpty, "without the earlier vedtak it fits")
    }

    /// A 3-year tiltak asking 100 000 kr the first year and 5 000 000 kr each later year.
    static func backLoaded() -> Innstilling.Linje {
        line(1, region: 1, eier: 100_000, uh: 0, later: [Belop(eier: Kroner(5_000_000), uh: .zero), Belop(eier: Kroner(5_000_000), uh: .zero)])
    }

    @Test("back-loading: each later year's commitments against its expected budget, a warning with the numbers and the line")
    func backLoading() throws {
        let budget = ordning(budget: 2_000_000)
        var innstilling = Innstilling(aar: 2027, ordning: .dekom, linjer: [Self.backLoaded()])
        innstilling.linjer[0].foreslatt = innstilling.linjer[0].sokt
        let kontroll = innstilling.check(Midler(aar: 2027, ordningIRunde: budget, forventet: [2028: Kroner(6_000_000)]))
        #expect(!kontroll.blokkerer)
        #expect(kontroll.senereAar.map(\.aar) == [2028, 2029])
        #expect(kontroll.senereAar.map(\.igjen) == [Kroner(1_000_000), Kroner(-3_000_000)])
        let warning = try #require(kontroll.violations.first { $0.regel == .r7 })
        #expect(warning.alvor == .advarsel)
        #expect(warning.grunn == .senereAarOverRamme(aar: 2029, ramme: Kroner(2_000_000), bundet: .zero, nye: Kroner(5_000_000),
                                                    linjer: [innstilling.linjer[0].navn]))
    }

    @Test("the proposal keeps a back-loaded tiltak's later years within their budget, and says why")
    func suggestBackLoaded() {
        let budget = ordning(budget: 2_000_000)
        let result = Innstilling.suggest(aar: 2027, ordning: .dekom, linjer: [Self.backLoaded()], budget)
        // 100 000 × 2 000 000 / 5 000 000 = 40 000 the first year; the later years follow.
        #expect(result.linjer[0].foreslatt.map(\.sum) == [Kroner(40_000), Kroner(2_000_000), Kroner(2_000_000)])
        #expect(result.linjer[0].forslagsgrunn?.hoved == .redusertSenereAar(andel: Prosent(40), aar: 2028))
        #expect(result.check(budget).violations.isEmpty)
    }

    // MARK: properties

    /// Lines of one to three years whose later years ask up to five times the first.
    static let lineGen = zip(Gen.int(in: 1...4), Gen.int(in: 0...2_000_000), Gen.int(in: 1...3), Gen.int(in: 0...10), Gen.int(in: 0...5))
        .map { region, first, years, factor, priority in (region, first, years, factor, priority) }

    @Test("suggest never promises a later year more than it has free, and breaks no hard check")
    func laterYearsHold() async {
        let input = zip(Self.lineGen.array(of: 1...12), Gen.int(in: 500_000...20_000_000), Gen.int(in: 0...3_000_000), Gen.int(in: 0...30_000_000))
        // Every region can get something this year (R11): at least 10 000 kr free per region.
        await propertyCheck(count: 300, input: input) { raw, budgetValue, boundValue, expected in
            let lines = raw.enumerated().map { index, item in
                let (region, first, years, factor, priority) = item
                let later = (1..<years).map { year in Belop(eier: Kroner(first * factor / (year + 1)), uh: Kroner(first * factor / 7)) }
                return line(Int64(index + 1), region: Int64(region), eier: first, uh: first == 0 ? 1 : 0,
                            prioritet: priority == 0 ? nil : priority, later: later)
            }
            let earlier = [2027, 2028, 2029].map { year in
                Forpliktelse(ordning: .dekom, vedtaksaar: 2026, aar: year, behovsmeldingId: 1, tiltak: Tiltaknavn(nummer: 1, tittel: ""),
                             partnerskap: "P", belop: Belop(eier: Kroner(min(boundValue / (year - 2025), budgetValue - 40_000)), uh: .zero))
            }
            let midler = Midler(aar: 2027, ordningIRunde: ordning(budget: budgetValue), forpliktelser: earlier,
                                forventet: expected == 0 ? [:] : [2029: Kroner(expected)])
            let result = Innstilling.suggest(aar: 2027, ordning: .dekom, linjer: lines, midler)
            let kontroll = result.check(midler)
            #expect(!kontroll.blokkerer, "\(kontroll.violations)")
            for year in kontroll.senereAar {
                #expect(year.nye.sum <= midler.fritt(year.aar), "\(year)")
            }
            #expect(!kontroll.violations.contains { $0.regel == .r7 }, "\(kontroll.violations)")
        }
    }
}

@Suite struct VedtaksaarTests {
    @Test("«Midler etter vedtaksår»: earlier vedtak and this round's innstilling, by decision year and payout year")
    func table() {
        let earlier = [
            Forpliktelse(ordning: .rekom, vedtaksaar: 2026, aar: 2027, behovsmeldingId: 1, tiltak: Tiltaknavn(nummer: 1, tittel: ""), partnerskap: "A",
                         belop: Belop(eier: Kroner(300_000), uh: Kroner(200_000))),
            Forpliktelse(ordning: .rekom, vedtaksaar: 2026, aar: 2028, behovsmeldingId: 1, tiltak: Tiltaknavn(nummer: 1, tittel: ""), partnerskap: "A",
                         belop: Belop(eier: Kroner(100_000), uh: .zero)),
            // Paid before the round's year: not in the table.
            Forpliktelse(ordning: .rekom, vedtaksaar: 2025, aar: 2026, behovsmeldingId: 2, tiltak: Tiltaknavn(nummer: 1, tittel: ""), partnerskap: "B",
                         belop: Belop(eier: Kroner(1), uh: .zero)),
        ]
        let table = Fordelingstabell.etterVedtaksaar(aar: 2027, tidligere: earlier, innstillinger: [MidlerTests.rekom2027()])
        #expect(table.aar == [2027, 2028])
        #expect(table.rader.map(\.vedtaksaar) == [2026, 2027, nil])
        #expect(table.rader[0].belop == [Kroner(500_000), Kroner(100_000)])
        #expect(table.rader[1].belop == [Kroner(1_300_000), Kroner(850_000)])
        #expect(table.rader[2].belop == [Kroner(1_800_000), Kroner(950_000)])
    }
}
