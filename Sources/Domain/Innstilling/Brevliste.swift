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

    /// What the reader chose to see, and which page of it; the third choice is the outcome.
    public typealias Utvalg = Listeutvalg<Utfall>
}

extension Listeutvalg where Valg == Brevliste.Utfall {
    public func passer(_ brev: Tildelingsbrev) -> Bool {
        passer(ordning: brev.ordning, regionId: brev.partnerskap.regionId, utfall: Valg(brev))
    }

    /// Whether a letter of `ordning` to a partnership of region `regionId` with `utfall` is chosen.
    public func passer(ordning: Ordning, regionId: Int64?, utfall: Valg) -> Bool {
        passer(ordning: ordning, regionId: regionId) { $0 == utfall }
    }
}
