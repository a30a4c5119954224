import Foundation

/// One line of an application to the Rekom 30 % round (R10, seed 003) as the ranking sees it:
/// a person or measure with its purpose, the owner's dispensasjoner, progress and amount.
public struct Rekom30Kandidat: Hashable, Sendable, Codable, Identifiable {
    /// The purposes in the forum's priority order (seed 003, "Følgende prioriteringer").
    public enum Formal: Int, CaseIterable, Hashable, Sendable, Codable, Comparable {
        /// Arbeidsplassbasert og samlingsbasert barnehagelærerutdanning, inkludert ABLU S.
        case ablu = 1
        /// Fagbrev som barne- og ungdomsarbeider (praksiskandidatordningen).
        case fagbrev = 2
        /// Kompetansehevingsstudier for assistenter i barnehage.
        case assistenter = 3
        /// Veiledningskompetanse for barnehagelærer i barnehage.
        case veiledning = 4
        /// Tilretteleggingsmidler for lokal prioritering: a purpose the round funds (seed 003's
        /// list) that the forum's priorities do not name, so it comes after them.
        case tilrettelegging = 5

        /// A study for a named person (every purpose but tilrettelegging): the line names the
        /// person, the study and how far the person has come.
        public var erStudium: Bool { self != .tilrettelegging }

        public static func < (lhs: Formal, rhs: Formal) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The line's key: `Rekom30Soknad.linjeId`.
    public var id: Int64
    public var formal: Formal
    /// Dispensasjoner from the education requirement in the applicant's kommune.
    public var dispensasjonerKommune: Int
    /// … and in the barnehage.
    public var dispensasjonerBarnehage: Int
    /// How far the student has come (share of the programme done); closest to finishing first.
    public var framdrift: Prosent
    public var innsendt: Date
    public var belop: Kroner

    public init(
        id: Int64, formal: Formal, dispensasjonerKommune: Int, dispensasjonerBarnehage: Int, framdrift: Prosent,
        innsendt: Date, belop: Kroner
    ) {
        self.id = id
        self.formal = formal
        self.dispensasjonerKommune = dispensasjonerKommune
        self.dispensasjonerBarnehage = dispensasjonerBarnehage
        self.framdrift = framdrift
        self.innsendt = innsendt
        self.belop = belop
    }

    /// The priority order when the round is oversubscribed (R10): purpose; then more
    /// dispensasjoner in the kommune, then in the barnehage; then progress (closest to
    /// finishing first); then the earlier submission; finally the id, so the order is total.
    public static func rank(_ soknader: [Rekom30Kandidat]) -> [Rekom30Kandidat] {
        soknader.sorted { a, b in
            if a.formal != b.formal { return a.formal < b.formal }
            if a.dispensasjonerKommune != b.dispensasjonerKommune { return a.dispensasjonerKommune > b.dispensasjonerKommune }
            if a.dispensasjonerBarnehage != b.dispensasjonerBarnehage { return a.dispensasjonerBarnehage > b.dispensasjonerBarnehage }
            if a.framdrift != b.framdrift { return a.framdrift > b.framdrift }
            if a.innsendt != b.innsendt { return a.innsendt < b.innsendt }
            return a.id < b.id
        }
    }

    /// Funds the ranked applications in order from `pool`; the first that does not fit
    /// gets what is left, and the rest get nothing.
    public static func allocate(pool: Kroner, ranked: [Rekom30Kandidat]) -> [(soknad: Rekom30Kandidat, tildelt: Kroner)] {
        var left = Swift.max(.zero, pool)
        return ranked.map { soknad in
            let give = Swift.min(Swift.max(.zero, soknad.belop), left)
            left -= give
            return (soknad, give)
        }
    }
}
