import Foundation
import Testing
@testable import Domain

/// The review rules: the network's priority order, the fagutvalg's form and conflict of
/// interest, the innstilling's lines, cells, steps and the forum's tables.
@Suite struct GjennomgangTests {
    @Test("network priorities: numbers 1…n give the order, ties keep the current order, anything else is named", arguments: [
        ([10: "2", 20: "1", 30: "3"], [20, 10, 30] as [Int64], nil as String?),
        ([10: "1", 20: "1", 30: "1"], [10, 20, 30], nil),
        ([10: " 3 ", 20: "2", 30: "1"], [30, 20, 10], nil),
        ([10: "4", 20: "1", 30: "2"], [], "prioritet.10"),
        ([10: "en", 20: "1", 30: "2"], [], "prioritet.10"),
        ([10: "", 20: "1", 30: "2"], [], "prioritet.10"),
    ] as [([Int64: String], [Int64], String?)])
    func priorities(typed: [Int64: String], order: [Int64], field: String?) {
        switch Nettverksprioritet.parse(typed, current: [10, 20, 30]) {
        case .success(let result): #expect(field == nil && result == order)
        case .failure(let failure): #expect(failure.felter.map(\.felt.navn) == [field].compactMap { $0 })
        }
    }

    @Test("an assessment: each criterion marked, a reason where not met, priority 1–5, amounts in whole kroner")
    func assessment() throws {
        let tiltak = [Fixture.tiltak(1), Fixture.tiltak(2)]
        var utkast = Vurdering.Utkast(oppfylt: [.forankring: "ja", .kollektiveProsesser: "nei"], begrunnelse: [.kollektiveProsesser: "  "],
                                      prioritet: "7", anbefalt: [1: "1.5", 2: "300 000"])
        guard case .failure(let failure) = utkast.anvend(tiltak: tiltak) else { Issue.record("accepted"); return }
        #expect(Set(failure.felter.map(\.felt.navn)) == ["kriterier.partnerskap", "kriterier.kollektiveProsesser.begrunnelse", "prioritet", "anbefalt.1"])
        utkast.oppfylt[.partnerskap] = "ja"
        utkast.begrunnelse[.kollektiveProsesser] = "Bare ledere deltar."
        utkast.prioritet = "2"
        utkast.anbefalt[1] = ""
        let vurdering = try utkast.anvend(tiltak: tiltak).get()
        #expect(vurdering.ikkeOppfylt == [.kollektiveProsesser])
        #expect(vurdering.anbefalt == [2: Kroner(300_000)])
        #expect(Vurdering.Utkast(vurdering).oppfylt[.kollektiveProsesser] == "nei")
    }

    @Test("a member of a party's organisation is not impartial; others are")
    func conflictOfInterest() {
        let partnerskap = Fixture.partnerskap()
        #expect(Vurdering.inhabil(medlemAv: [45], partnerskap: partnerskap) == .inhabil(part: "Nord universitet"))
        #expect(Vurdering.inhabil(medlemAv: [25], partnerskap: partnerskap) == .inhabil(part: "Fauske kommune"))
        #expect(Vurdering.inhabil(medlemAv: [999], partnerskap: partnerskap) == nil)
        #expect(Vurdering.inhabil(medlemAv: [], partnerskap: partnerskap) == nil)
        // Member of both sides: the owner is named, as the parties are listed (owners first).
        #expect(Vurdering.inhabil(medlemAv: [45, 25], partnerskap: partnerskap) == .inhabil(part: "Fauske kommune"))
    }

    @Test("lines: one per tiltak; not assessed counts as unmet; proposals survive a rebuild")
    func lines() {
        var melding = Fixture.behovsmelding()
        melding.id = 7
        let assessed = Vurdering(kriterier: Dictionary(uniqueKeysWithValues: Kriterium.allCases.map { ($0, Vurdering.Svar(oppfylt: true)) }), prioritet: 1)
        let grunnlag = Innstillingsgrunnlag(melding: melding, partnerskap: Fixture.partnerskap(), regionId: 1, regionNavn: "Salten", vurdering: nil)
        let unassessed = Innstilling.linjer([grunnlag])
        #expect(unassessed.map(\.id) == [701, 702])
        #expect(unassessed.allSatisfy { !$0.erKvalifisert && !$0.vurdert })
        #expect(Innstilling.grunnTilAvslag(unassessed[0]) == .ikkeVurdert)
        var withAssessment = grunnlag
        withAssessment.vurdering = assessed
        let fresh = Innstilling.linjer([withAssessment])
        #expect(fresh.allSatisfy { $0.erKvalifisert })
        var innstilling = Innstilling(aar: 2027, ordning: .rekom, linjer: unassessed)
        innstilling.linjer[0].foreslatt[0] = Belop(eier: Kroner(100), uh: Kroner(50))
        innstilling.linjer[0].begrunnelse = "Godt"
        let rebuilt = innstilling.oppdatert(med: fresh)
        #expect(rebuilt.linjer[0].foreslatt[0] == Belop(eier: Kroner(100), uh: Kroner(50)) && rebuilt.linjer[0].begrunnelse == "Godt")
        #expect(rebuilt.linjer[0].erKvalifisert)
    }

    @Test("cells: only the fields sent change a line; bad amounts are named and nothing changes")
    func cells() throws {
        let innstilling = Innstilling(aar: 2027, ordning: .dekom, linjer: [line(1, region: 1, eier: 600_000, uh: 400_000)])
        let changed = try Innstilling.Utkast(felter: [("linje[1].aar[1].eier", "500 000 kr"), ("linje[1].begrunnelse", " Redusert ")]).anvend(pa: innstilling).get()
        #expect(changed.linjer[0].foreslatt[0] == Belop(eier: Kroner(500_000), uh: .zero))
        #expect(changed.linjer[0].begrunnelse == "Redusert")
        guard case .failure(let failure) = Innstilling.Utkast(felter: [("linje[1].aar[1].uh", "-5")]).anvend(pa: innstilling) else {
            Issue.record("accepted"); return
        }
        #expect(failure.felter.map(\.felt.navn) == ["linje[1].aar[1].uh"])
    }

    @Test("steps: a hard breach blocks the forum; only a foreløpig one is decided, not in the future")
    func steps() {
        let ok = InnstillingCheckTests.base().check(ordning(budget: 2_000_000))
        let breach = InnstillingCheckTests.base().check(ordning(budget: 100_000))
        #expect(Innstillingsstatus.utkast.sendTilForum(ok) == .success(.forelopig))
        // Nothing delivered in time may be missing: a set not yet forwarded holds it back.
        #expect(Innstillingsstatus.utkast.sendTilForum(ok, ikkeVideresendt: 2) == .failure(Skjemafeil(.status, .ikkeVideresendt(antall: 2))))
        #expect((try? Innstillingsstatus.utkast.sendTilForum(breach).get()) == nil)
        #expect((try? Innstillingsstatus.forelopig.sendTilForum(ok).get()) == nil)
        let today = Dato(year: 2027, month: 3, day: 17)!
        #expect(Innstillingsstatus.forelopig.vedta(dato: today, idag: today) == .success(.vedtatt))
        #expect((try? Innstillingsstatus.forelopig.vedta(dato: Dato(year: 2027, month: 3, day: 18)!, idag: today).get()) == nil)
        #expect((try? Innstillingsstatus.utkast.vedta(dato: today, idag: today).get()) == nil)
    }

    @Test("the forum's tables: per ordning with the Rekom 70/30 parts and the total; commitments as a share of the allocatable money")
    func tables() {
        let rekom = OrdningIRunde.seed(.rekom, budsjett: Kroner(10_886_000))
        let dekom = OrdningIRunde.seed(.dekom, budsjett: Kroner(12_070_000))
        var multi = line(1, region: 1, eier: 6_000_000, uh: 4_130_000, later: [Belop(eier: Kroner(6_000_000), uh: Kroner(4_130_000))])
        multi.foreslatt = multi.sokt
        let rows = Fordelingstabell.perOrdning([
            (.rekom, Midler(aar: 2027, ordningIRunde: rekom), Innstilling(aar: 2027, ordning: .rekom, linjer: [line(2, region: 1, eier: 100, uh: 50)])),
            (.dekom, Midler(aar: 2027, ordningIRunde: dekom), Innstilling(aar: 2027, ordning: .dekom, linjer: [multi])),
        ])
        #expect(rows.map(\.navn) == ["Rekom", "Dekom", ""])
        #expect(rows.map(\.erTotal) == [false, false, true])
        #expect(rows[0].tildelbart == Kroner(7_620_200) && rows[0].senereRunde == Kroner(3_265_800))
        #expect(rows[1].forpliktelser == [Kroner(10_130_000)])
        // Seed 003: «2024 10 130 000 (84 %)» of Dekom's 12 070 000.
        #expect(rows[1].forpliktelsesandel(0) == Prosent(basisPoints: 8393))
        #expect(rows[2].budsjett == Kroner(22_956_000) && rows[2].sokt.sum == Kroner(10_130_150))
    }
}
