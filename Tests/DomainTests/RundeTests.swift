import Testing
@testable import Domain

@Suite struct RundeTests {
    @Test("the demo round is for the first allocation year whose deadline has not passed", arguments: [
        ("2026-11-23", 2027), ("2026-12-15", 2027), ("2026-12-16", 2028), ("2027-01-10", 2028), ("2026-01-01", 2027),
    ])
    func nextYear(today: String, expected: Int) {
        #expect(Runde.nesteTildelingsaar(fra: Dato(iso: today)!) == expected)
    }

    @Test("standard deadlines follow seeds 003 and 004, moved to the round's year")
    func standardDeadlines() {
        let f = Runde.standardFrister(aar: 2024)
        #expect(f.behovsmelding.iso == "2023-12-15")
        #expect(f.tildelingsbrev.iso == "2024-04-01")
        #expect(f.rekom30Apner.iso == "2024-08-15")
        #expect(f.rekom30Frist.iso == "2024-09-20")
        #expect(f.rekom30FordelesEtter.iso == "2024-10-15")
        #expect(f.rapport.iso == "2025-06-15")
    }

    @Test("budgets of seed 003 with the 2024 guidelines: Rekom 70/30, others whole")
    func standardRound() {
        let runde = Runde.standard(aar: 2027, budsjett: [
            .rekom: Kroner(10_886_000), .dekom: Kroner(12_070_000), .kompetanseloftet: Kroner(8_296_000),
        ])
        #expect(runde.ordninger[.rekom]?.fordeling.behovsmeldinger == Kroner(7_620_200))
        #expect(runde.ordninger[.rekom]?.fordeling.senereRunde == Kroner(3_265_800))
        #expect(runde.ordninger[.dekom]?.fordeling.behovsmeldinger == Kroner(12_070_000))
        #expect(runde.ordninger[.dekom]?.fordeling.senereRunde == .zero)
        #expect(runde.ordninger[.dekom]?.parametre.egenandel == Prosent(30))
        #expect(runde.ordninger[.rekom]?.parametre.egenandel == .zero)
        #expect(runde.ordninger[.kompetanseloftet]?.parametre.maksTiltak == 5)
        #expect(runde.ordningerSortert.map(\.0) == [.rekom, .dekom, .kompetanseloftet])
    }

    @Test("the current round is the newest opened one, else the first to open")
    func current() {
        let r2027 = Runde.standard(aar: 2027, budsjett: [:])
        let r2028 = Runde.standard(aar: 2028, budsjett: [:])
        #expect(Runde.gjeldende(blant: [r2027, r2028], today: Dato(iso: "2026-11-23")!)?.aar == 2027)
        #expect(Runde.gjeldende(blant: [r2027, r2028], today: Dato(iso: "2027-09-02")!)?.aar == 2028)
        #expect(Runde.gjeldende(blant: [r2028], today: Dato(iso: "2026-11-23")!)?.aar == 2028)
        #expect(Runde.gjeldende(blant: [], today: Dato(iso: "2026-11-23")!) == nil)
    }
}

@Suite struct ArshjulTests {
    @Test("steps in date order with passed, next and coming marked")
    func order() {
        let runde = Runde.standard(aar: 2027, budsjett: [.rekom: Kroner(1), .dekom: Kroner(1)])
        let hjul = Arshjul(runde: runde, today: Dato(iso: "2026-11-23")!)
        #expect(hjul.steg.map(\.kode.rawValue) == [
            "apner", "behovsmelding", "nettverk", "fagutvalg", "tildelingsbrev",
            "rekom30Apner", "rekom30Frist", "rekom30FordelesEtter", "halvaarsrapport", "rapport",
        ])
        #expect(hjul.steg.map(\.status) == [.passert, .neste] + Array(repeating: .kommende, count: 8))
        #expect(zip(hjul.steg, hjul.steg.dropFirst()).allSatisfy { $0.dato <= $1.dato })
    }

    @Test("the deadline day itself is still next, the day after it has passed")
    func deadlineDay() {
        let runde = Runde.standard(aar: 2027, budsjett: [.rekom: Kroner(1)])
        #expect(Arshjul(runde: runde, today: Dato(iso: "2026-12-15")!).steg[1].status == .neste)
        #expect(Arshjul(runde: runde, today: Dato(iso: "2026-12-16")!).steg[1].status == .passert)
    }

    @Test("without a scheme that keeps a share back for a later round, the 30 % round is not in the cycle; without reporting, no report steps")
    func withoutRekom() {
        var runde = Runde.standard(aar: 2027, budsjett: [.dekom: Kroner(1)])
        #expect(!Arshjul(runde: runde, today: Dato(iso: "2026-11-23")!).steg.contains { $0.kode.rawValue.hasPrefix("rekom30") })
        let forskrift = Runde.Mal.forskrift2026.runde(aar: 2027)
        #expect(!Arshjul(runde: forskrift, today: Dato(iso: "2026-11-23")!).steg.contains { $0.kode.rawValue.hasPrefix("rekom30") })
        #expect(Arshjul(runde: forskrift, today: Dato(iso: "2026-11-23")!).steg.contains { $0.kode == .rapport })
        runde.ordninger[.dekom]?.rapport = false
        #expect(!Arshjul(runde: runde, today: Dato(iso: "2026-11-23")!).steg.contains { $0.kode == .rapport || $0.kode == .halvaarsrapport })
    }

    @Test("each role sees the steps it takes part in, in date order", arguments: [
        (Rolle.Kind.eier, [Arshjul.Stegkode.apner, .behovsmelding, .tildelingsbrev, .rekom30Apner, .rekom30Frist, .halvaarsrapport, .rapport]),
        (.uh, [.apner, .behovsmelding, .tildelingsbrev, .halvaarsrapport, .rapport]),
        (.nettverksleder, [.behovsmelding, .nettverk]),
        (.fagutvalg, [.nettverk, .fagutvalg]),
        (.samarbeidsforum, [.fagutvalg, .tildelingsbrev, .rekom30FordelesEtter]),
    ])
    func perRole(kind: Rolle.Kind, expected: [Arshjul.Stegkode]) {
        let runde = Runde.standard(aar: 2027, budsjett: [.rekom: Kroner(1)])
        let hjul = Arshjul(runde: runde, today: Dato(iso: "2026-11-23")!)
        #expect(hjul.steg(for: kind).map(\.kode) == hjul.steg.map(\.kode).filter { expected.contains($0) })
        #expect(Set(hjul.steg(for: kind).map(\.kode)) == Set(expected))
    }

    @Test("the Statsforvalter follows every step")
    func statsforvalter() {
        let hjul = Arshjul(runde: Runde.standard(aar: 2027, budsjett: [.rekom: Kroner(1)]), today: Dato(iso: "2026-11-23")!)
        #expect(hjul.steg(for: .statsforvalter) == hjul.steg)
    }
}
