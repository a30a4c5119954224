/// A round's grant letters as a list to work through: chosen by scheme, region and outcome,
/// and shown a page at a time. A Statsforvalter sends a letter to every partnership of the
/// county in each scheme, hundreds in all, and a partner in a hundred partnerships reads as
/// many; one table of them all is no list to find a letter in.
public enum Brevliste {
    /// How many letters one page shows.
    public static let sidestorrelse = 50

    /// What a letter gives: money, or none (`Tildelingsbrev.erAvslag`).
    public enum Utfall: String, CaseIterable, Hashable, Sendable {
        case tildelt
        case ingenMidler = "ingen-midler"

        public init(_ brev: Tildelingsbrev) {
            self.init(erAvslag: brev.erAvslag)
        }

        public init(erAvslag: Bool) {
            self = erAvslag ? .ingenMidler : .tildelt
        }
    }

    /// What the reader chose to see, and which page of it.
    public struct Utvalg: Hashable, Sendable {
        public var ordning: Ordning?
        /// The region of the letter's partnership.
        public var regionId: Int64?
        public var utfall: Utfall?
        /// From 1; a page past the last shows the last.
        public var side: Int

        public init(ordning: Ordning? = nil, regionId: Int64? = nil, utfall: Utfall? = nil, side: Int = 1) {
            self.ordning = ordning
            self.regionId = regionId
            self.utfall = utfall
            self.side = max(1, side)
        }

        /// A selection from an address's parameters; what cannot be read selects everything
        /// (and the first page).
        public init(ordning: String, region: String, utfall: String, side: String) {
            self.init(ordning: Ordning(kode: ordning), regionId: Int64(region), utfall: Utfall(rawValue: utfall), side: Int(side) ?? 1)
        }

        /// No choice made: every letter.
        public var erAlle: Bool { ordning == nil && regionId == nil && utfall == nil }

        public func passer(_ brev: Tildelingsbrev) -> Bool {
            passer(ordning: brev.ordning, regionId: brev.partnerskap.regionId, utfall: Utfall(brev))
        }

        /// Whether a letter of `ordning` to a partnership of region `regionId` with `utfall` is chosen.
        public func passer(ordning: Ordning, regionId: Int64?, utfall: Utfall) -> Bool {
            (self.ordning == nil || ordning == self.ordning) && (self.regionId == nil || regionId == self.regionId)
                && (self.utfall == nil || utfall == self.utfall)
        }
    }
}
