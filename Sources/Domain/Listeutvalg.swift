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
