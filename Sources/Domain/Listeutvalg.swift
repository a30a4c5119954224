/// What a reader chose to see of a list chosen by scheme, region and one thing more (`Valg`: a
/// state, an outcome), and which page of it: the fagutvalg's work list (`Vurderingsliste`), the
/// round's letters (`Brevliste`) and the report follow-up (`Rapportliste`).
public struct Listeutvalg<Valg: RawRepresentable & Hashable & Sendable>: Hashable, Sendable where Valg.RawValue == String {
    public var ordning: Ordning?
    /// The region of the row's partnership.
    public var regionId: Int64?
    /// The third choice.
    public var valg: Valg?
    /// From 1; a page past the last shows the last.
    public var side: Int

    public init(ordning: Ordning? = nil, regionId: Int64? = nil, valg: Valg? = nil, side: Int = 1) {
        self.ordning = ordning
        self.regionId = regionId
        self.valg = valg
        self.side = max(1, side)
    }

    /// A selection from an address's parameters; what cannot be read selects everything
    /// (and the first page).
    public init(ordning: String, region: String, valg: String, side: String) {
        self.init(ordning: Ordning(kode: ordning), regionId: Int64(region), valg: Valg(rawValue: valg), side: Int(side) ?? 1)
    }

    /// No choice made: every row.
    public var erAlle: Bool { ordning == nil && regionId == nil && valg == nil }

    /// Whether a row of `ordning` and region `regionId` is chosen; `passer` says whether the
    /// third choice, when one is made, fits it.
    public func passer(ordning: Ordning, regionId: Int64?, _ passer: (Valg) -> Bool) -> Bool {
        (self.ordning == nil || ordning == self.ordning) && (self.regionId == nil || regionId == self.regionId) && (valg.map(passer) ?? true)
    }
}

extension CaseIterable where Self: Hashable {
    /// How many of `elementer` each case takes (`passer`), for the cases that take any: the
    /// counts of a list's third choice. Counted by the case's place in `allCases`: hashing each
    /// of a sector's two thousand states into a dictionary was a twentieth of the fagutvalg's
    /// home, and a round's thousand reports, six times each, a fiftieth of the follow-up.
    static func antall<Elementer: Sequence>(_ elementer: Elementer, _ passer: (Self, Elementer.Element) -> Bool) -> [Self: Int] {
        let tilfeller = Array(allCases)
        var tall = [Int](repeating: 0, count: tilfeller.count)
        for element in elementer {
            for (plass, tilfelle) in tilfeller.enumerated() where passer(tilfelle, element) {
                tall[plass] += 1
            }
        }
        return Dictionary(uniqueKeysWithValues: zip(tilfeller, tall).filter { $0.1 > 0 })
    }
}
