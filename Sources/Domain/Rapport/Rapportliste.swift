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

    /// What the reader chose to see, and which page of it; the third choice is the state.
    public typealias Utvalg = Listeutvalg<Tilstand>

    /// How many of `statuser` each choice of state shows (an overdue report counts both as
    /// overdue and in its state; a state none is in is left out).
    public static func antall(_ statuser: [Rapportstatus], fristUte: Bool) -> [Tilstand: Int] {
        Tilstand.antall(statuser) { $0.passer($1, fristUte: fristUte) }
    }
}

extension Listeutvalg where Valg == Rapportliste.Tilstand {
    /// Whether a report of `ordning`, on a letter to a partnership of region `regionId`, in
    /// `status` is chosen, when the deadline has (`fristUte`) or has not passed.
    public func passer(ordning: Ordning, regionId: Int64?, status: Rapportstatus, fristUte: Bool) -> Bool {
        passer(ordning: ordning, regionId: regionId) { $0.passer(status, fristUte: fristUte) }
    }
}
