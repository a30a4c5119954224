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

    /// What the member chose to see, and which page of it; the third choice is the state.
    public typealias Utvalg = Listeutvalg<Tilstand>

    /// One page of a selection.
    public typealias Side = Sideutsnitt<Post>

    /// The page `utvalg` asks for of the posts it selects from `poster`, kept in their order.
    public static func side(_ poster: [Post], utvalg: Utvalg, storrelse: Int = sidestorrelse) -> Side {
        Side(utvalg.erAlle ? poster : poster.filter(utvalg.passer), side: utvalg.side, storrelse: storrelse)
    }

    /// How many posts are in each state (a state none is in is left out).
    public static func antall(_ poster: [Post]) -> [Tilstand: Int] {
        Tilstand.antall(poster) { $0 == $1.tilstand }
    }
}

extension Listeutvalg where Valg == Vurderingsliste.Tilstand {
    public func passer(_ post: Vurderingsliste.Post) -> Bool {
        passer(ordning: post.ordning, regionId: post.regionId) { $0 == post.tilstand }
    }
}
