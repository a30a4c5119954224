/// A fagutvalg member's work list: every forwarded behovsmelding of the sector, in the state it is
/// in for this member, chosen by scheme, region and state and shown a page at a time. A county's
/// committee meets hundreds of them; a list of them all in one column is no work list.
public enum Vurderingsliste {
    /// How many rows one page shows.
    public static let sidestorrelse = 50

    /// Where a behovsmelding stands for the member who reads the list.
    public enum Tilstand: String, CaseIterable, Hashable, Sendable {
        /// Nobody has assessed it yet.
        case venter
        /// Assessed: all three criteria met (R1).
        case oppfylt
        /// Assessed: a criterion not met, so it gets no money (R1).
        case ikkeOppfylt = "ikke-oppfylt"
        /// The member belongs to a party of the partnership and may not assess it.
        case inhabil

        /// The state of a behovsmelding with the committee's current assessment (if any) for a
        /// member who is or is not `inhabil`. Inhabil wins: such a member cannot act on it at all.
        public init(vurdering: Vurdering?, inhabil: Bool) {
            if inhabil {
                self = .inhabil
            } else if let vurdering {
                self = vurdering.alleOppfylt ? .oppfylt : .ikkeOppfylt
            } else {
                self = .venter
            }
        }
    }

    /// One behovsmelding on the list.
    public struct Post: Hashable, Sendable {
        public let behovsmeldingId: Int64
        public let ordning: Ordning
        public let regionId: Int64?
        public let tilstand: Tilstand

        public init(behovsmeldingId: Int64, ordning: Ordning, regionId: Int64?, tilstand: Tilstand) {
            self.behovsmeldingId = behovsmeldingId
            self.ordning = ordning
            self.regionId = regionId
            self.tilstand = tilstand
        }
    }

    /// What the member chose to see, and which page of it.
    public struct Utvalg: Hashable, Sendable {
        public var ordning: Ordning?
        public var regionId: Int64?
        public var tilstand: Tilstand?
        /// From 1; a page past the last shows the last.
        public var side: Int

        public init(ordning: Ordning? = nil, regionId: Int64? = nil, tilstand: Tilstand? = nil, side: Int = 1) {
            self.ordning = ordning
            self.regionId = regionId
            self.tilstand = tilstand
            self.side = max(1, side)
        }

        /// A selection from an address's parameters; what cannot be read selects everything
        /// (and the first page).
        public init(ordning: String, region: String, tilstand: String, side: String) {
            self.init(ordning: Ordning(kode: ordning), regionId: Int64(region), tilstand: Tilstand(rawValue: tilstand), side: Int(side) ?? 1)
        }

        /// No choice made: every behovsmelding.
        public var erAlle: Bool { ordning == nil && regionId == nil && tilstand == nil }

        public func passer(_ post: Post) -> Bool {
            (ordning == nil || post.ordning == ordning) && (regionId == nil || post.regionId == regionId) && (tilstand == nil || post.tilstand == tilstand)
        }
    }

    /// One page of a selection.
    public typealias Side = Sideutsnitt<Post>

    /// The page `utvalg` asks for of the posts it selects from `poster`, kept in their order.
    public static func side(_ poster: [Post], utvalg: Utvalg, storrelse: Int = sidestorrelse) -> Side {
        Side(utvalg.erAlle ? poster : poster.filter(utvalg.passer), side: utvalg.side, storrelse: storrelse)
    }

    /// How many posts are in each state (a state none is in is left out). Counted by the state's
    /// place in `allCases`: hashing each of a sector's two thousand states into a dictionary was
    /// a twentieth of the fagutvalg's home.
    public static func antall(_ poster: [Post]) -> [Tilstand: Int] {
        let tilstander = Tilstand.allCases
        var tall = [Int](repeating: 0, count: tilstander.count)
        for index in poster.indices {
            tall[tilstander.firstIndex(of: poster[index].tilstand) ?? 0] += 1
        }
        return Dictionary(uniqueKeysWithValues: zip(tilstander, tall).filter { $0.1 > 0 })
    }
}
