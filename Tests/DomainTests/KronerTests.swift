import Foundation
import PropertyBased
import Testing
@testable import Domain

@Suite struct KronerTests {
    @Test("Norwegian formatting: a no-break space between the groups and before kr", arguments: [
        (0, "0 kr"), (7, "7 kr"), (999, "999 kr"), (1_000, "1 000 kr"), (12_345, "12 345 kr"),
        (10_886_000, "10 886 000 kr"), (50_171_580, "50 171 580 kr"), (-1_200, "-1 200 kr"),
        (1_000_000_000_000, "1 000 000 000 000 kr"), (100_000, "100 000 kr"), (-999, "-999 kr"), (-100_000, "-100 000 kr"),
        (Int.min, "-9 223 372 036 854 775 808 kr"),
    ])
    func formatting(value: Int, expected: String) {
        #expect(Kroner(value).formatted == expected.replacingOccurrences(of: " ", with: "\u{00A0}"))
    }

    @Test("percent rounds half away from zero in whole kroner", arguments: [
        (10_886_000, 70, 7_620_200), (10_886_000, 30, 3_265_800), (1, 50, 1), (1, 30, 0),
        (3, 50, 2), (-3, 50, -2), (999_999, 30, 300_000), (100, 0, 0), (100, 100, 100),
    ])
    func percent(amount: Int, percent: Int, expected: Int) {
        #expect(Kroner(amount).percent(Prosent(percent)) == Kroner(expected))
    }

    @Test("percent with basis points (12,5 %)")
    func basisPoints() {
        #expect(Kroner(1_000).percent(Prosent(basisPoints: 1_250)) == Kroner(125))
        #expect(Prosent(basisPoints: 1_250).formatted == "12,5\u{00A0}%")
        #expect(Prosent(30).formatted == "30\u{00A0}%")
        #expect(Prosent(basisPoints: 1_205).formatted == "12,05\u{00A0}%")
    }

    @Test("R10: Rekom 10 886 000 splits into 7 620 200 + 3 265 800 (seed 003)")
    func rekomSplit() {
        let parts = Kroner(10_886_000).split(first: Prosent(70))
        #expect(parts.first == Kroner(7_620_200))
        #expect(parts.rest == Kroner(3_265_800))
    }

    @Test("seed 003: requested per ordning and per party sum to 50 171 580")
    func seedTotals() {
        let perOrdning = [Kroner(14_825_160), Kroner(17_816_072), Kroner(17_530_348)].sum()
        let perParty = [Kroner(21_367_898), Kroner(28_803_682)].sum()
        #expect(perOrdning == Kroner(50_171_580))
        #expect(perParty == perOrdning)
    }

    @Test("for any total and share, the two parts sum to the total")
    func splitSums() async {
        await propertyCheck(input: Gen.int(in: 0...Kroner.maximum.value), Gen.int(in: 0...10_000)) { total, bp in
            let parts = Kroner(total).split(first: Prosent(basisPoints: bp))
            #expect(parts.first + parts.rest == Kroner(total))
            #expect(parts.first >= .zero && parts.rest >= .zero)
        }
    }

    @Test("for any number, the groups are the number's digits, three to a group counted from the right")
    func groupsDigits() async {
        await propertyCheck(input: Gen.int(in: Int.min...Int.max)) { number in
            let grouped = Kroner.groupDigits(number)
            #expect(grouped.replacingOccurrences(of: "\u{00A0}", with: "") == String(number))
            let groups = grouped.drop(while: { $0 == "-" }).split(separator: Kroner.mellomrom, omittingEmptySubsequences: false)
            #expect((1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 })
        }
    }

    @Test("share of a whole in percent")
    func share() {
        #expect(Kroner(6_968_000).share(of: Kroner(8_395_000)) == Prosent(83))
        #expect(Kroner(1).share(of: .zero) == nil)
    }
}
