import Testing
@testable import Domain

/// A selection of an innstilling's lines: by region, priority and what a line gets.
@Suite struct InnstillingUtvalgTests {
    static let linjer: [Innstilling.Linje] = {
        var full = line(1, region: 1, eier: 600_000, uh: 400_000, prioritet: 1)
        full.foreslatt = full.sokt
        var cut = line(2, region: 2, eier: 300_000, uh: 200_000, prioritet: 2)
        cut.foreslatt = [Belop(eier: Kroner(150_000), uh: Kroner(100_000))]
        let none = line(3, region: 2, eier: 100_000, uh: 100_000)
        let unqualified = line(4, region: 1, eier: 100_000, uh: 0, prioritet: 1, ikkeOppfylt: [.partnerskap])
        return [full, cut, none, unqualified]
    }()

    @Test("each selection shows the lines it names, and only those", arguments: [
        (Innstilling.Utvalg(), [Int64(1), 2, 3, 4]),
        (Innstilling.Utvalg(regionId: 2), [2, 3]),
        (Innstilling.Utvalg(prioritet: .nummer(1)), [1, 4]),
        (Innstilling.Utvalg(prioritet: .uten), [3]),
        (Innstilling.Utvalg(tilstand: .fullt), [1]),
        (Innstilling.Utvalg(tilstand: .redusert), [2]),
        (Innstilling.Utvalg(tilstand: .ingen), [3, 4]),
        (Innstilling.Utvalg(tilstand: .brudd), [2]),
        (Innstilling.Utvalg(regionId: 2, tilstand: .ingen), [3]),
        (Innstilling.Utvalg(regionId: 1, prioritet: .nummer(2)), []),
    ])
    func utvalg(utvalg: Innstilling.Utvalg, ids: [Int64]) {
        #expect(Self.linjer.filter { utvalg.passer($0, brudd: [2]) }.map(\.id) == ids)
    }

    @Test("from an address: numbers, «uten» and the states; anything else selects everything")
    func fraAdresse() {
        #expect(Innstilling.Utvalg(region: "7", prioritet: "3", tilstand: "redusert") == Innstilling.Utvalg(regionId: 7, prioritet: .nummer(3), tilstand: .redusert))
        #expect(Innstilling.Utvalg(region: "", prioritet: "uten", tilstand: "") == Innstilling.Utvalg(prioritet: .uten))
        #expect(Innstilling.Utvalg(region: "x", prioritet: "<b>", tilstand: "alt").erAlle)
    }

    @Test("a rule's field names its line")
    func brudd() {
        let innstilling = Innstilling(aar: 2027, ordning: .dekom, linjer: Self.linjer)
        let violation = Violation(.r6, felt: .linjeKoordinator(2), .linjeNegativ(Self.linjer[1].navn))
        let total = Violation(.r8, felt: Felt("budsjett"), .overBudsjett(forslag: Kroner(2), budsjett: Kroner(1)))
        #expect(innstilling.linjerMedBrudd([violation, total]) == [2])
        // Line 1's fields do not count as line 12's, nor the other way.
        var many = innstilling
        many.linjer.append(line(12, region: 1, eier: 1, uh: 1))
        let twelve = Violation(.r6, felt: .linjeKoordinator(12), .linjeNegativ(many.linjer[4].navn))
        #expect(many.linjerMedBrudd([twelve]) == [12])
    }
}
