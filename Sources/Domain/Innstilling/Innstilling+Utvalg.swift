/// A selection of an innstilling's lines, so a person can work through hundreds of them a
/// region, a priority or a state at a time. What a selection hides is kept as it was: a save
/// changes only the lines the form showed (`Innstilling.Utkast` keeps a line it has no field for).
extension Innstilling {
    public struct Utvalg: Hashable, Sendable {
        /// The fagutvalg's priority to show.
        public enum Prioritet: Hashable, Sendable {
            case nummer(Int)
            /// Lines without a priority.
            case uten
        }

        /// What a line gets now, or whether a rule points at it.
        public enum Tilstand: String, Hashable, Sendable, CaseIterable {
            /// Proposed as much as requested.
            case fullt
            /// Proposed something, less than requested.
            case redusert
            /// Proposed nothing (unqualified lines too).
            case ingen
            /// A rule of the allocation points at the line.
            case brudd
        }

        public var regionId: Int64?
        public var prioritet: Prioritet?
        public var tilstand: Tilstand?

        public init(regionId: Int64? = nil, prioritet: Prioritet? = nil, tilstand: Tilstand? = nil) {
            self.regionId = regionId
            self.prioritet = prioritet
            self.tilstand = tilstand
        }

        /// A selection from an address's parameters; what cannot be read selects everything.
        public init(region: String, prioritet: String, tilstand: String) {
            self.init(
                regionId: Int64(region),
                prioritet: prioritet == "uten" ? .uten : Int(prioritet).map(Prioritet.nummer),
                tilstand: Tilstand(rawValue: tilstand)
            )
        }

        /// Everything: no selection.
        public var erAlle: Bool { regionId == nil && prioritet == nil && tilstand == nil }

        /// Whether `linje` is in the selection; `brudd` are the lines a rule points at.
        public func passer(_ linje: Linje, brudd: Set<Int64> = []) -> Bool {
            if let regionId, linje.regionId != regionId { return false }
            switch prioritet {
            case .none: break
            case .uten?: if linje.prioritet != nil { return false }
            case .nummer(let nummer)?: if linje.prioritet != nummer { return false }
            }
            guard let tilstand else { return true }
            return Self.tilstand(linje, brudd: brudd).contains(tilstand)
        }

        /// The states `linje` is in: what it gets, and `brudd` when a rule points at it.
        public static func tilstand(_ linje: Linje, brudd: Set<Int64>) -> Set<Tilstand> {
            let foreslatt = linje.foreslatt.map(\.sum).sum() + linje.foreslattKoordinator
            let sokt = linje.sokt.map(\.sum).sum() + linje.soktKoordinator
            var states: Set<Tilstand> = [foreslatt == .zero || !linje.erKvalifisert ? .ingen : foreslatt >= sokt ? .fullt : .redusert]
            if brudd.contains(linje.id) { states.insert(.brudd) }
            return states
        }
    }

    /// The lines the violations of a check point at (their field is one of the line's).
    public func linjerMedBrudd(_ violations: [Violation]) -> Set<Int64> {
        let names = Set(violations.filter { $0.felt.sted == .innstillingslinje }.map(\.felt.navn))
        return Set(linjer.filter { line in names.contains { $0.hasPrefix("linje[\(line.id)].") } }.map(\.id))
    }
}
