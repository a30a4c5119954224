/// The Statsforvalter's follow-up of a round's reports of one kind as a list to work through:
/// chosen by scheme, region and state, and shown a page at a time. Every letter asks the owners
/// and each partner for a report, thousands in a large county; one table of them all is no list
/// to find the overdue ones in.
public enum Rapportliste {
    /// How many reports one page shows.
    public static let sidestorrelse = 50

    /// A report's state as the reader chooses it: overdue (not sent by the deadline, whatever
    /// its state), or one state.
    public enum Tilstand: String, CaseIterable, Hashable, Sendable {
        case forsinket
        case ikkeStartet = "ikke-startet"
        case utkast
        case sendt
        case returnert
        case godkjent

        /// Whether a report in `status` is chosen, when the deadline has (`fristUte`) or has not passed.
        public func passer(_ status: Rapportstatus, fristUte: Bool) -> Bool {
            switch self {
            case .forsinket: status.forSent(fristUte: fristUte)
            case .ikkeStartet: status == .ikkeStartet
            case .utkast: status == .lagret(.utkast)
            case .sendt: status == .lagret(.sendt)
            case .returnert: status == .lagret(.returnert)
            case .godkjent: status == .lagret(.godkjent)
            }
        }
    }

    /// What the reader chose to see, and which page of it.
    public struct Utvalg: Hashable, Sendable {
        public var ordning: Ordning?
        /// The region of the letter's partnership.
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

        /// No choice made: every report.
        public var erAlle: Bool { ordning == nil && regionId == nil && tilstand == nil }

        /// Whether a report of `ordning`, on a letter to a partnership of region `regionId`, in
        /// `status` is chosen, when the deadline has (`fristUte`) or has not passed.
        public func passer(ordning: Ordning, regionId: Int64?, status: Rapportstatus, fristUte: Bool) -> Bool {
            (self.ordning == nil || ordning == self.ordning) && (self.regionId == nil || regionId == self.regionId)
                && (tilstand?.passer(status, fristUte: fristUte) ?? true)
        }
    }

    /// How many of `statuser` each choice of state shows (an overdue report counts both as
    /// overdue and in its state).
    public static func antall(_ statuser: [Rapportstatus], fristUte: Bool) -> [Tilstand: Int] {
        var antall: [Tilstand: Int] = [:]
        for status in statuser {
            for tilstand in Tilstand.allCases where tilstand.passer(status, fristUte: fristUte) {
                antall[tilstand, default: 0] += 1
            }
        }
        return antall
    }
}
