/// The innstilling: the proposed allocation of one ordning in one round, line by line
/// (one line per tiltak), with what was requested and what is proposed.
public struct Innstilling: Hashable, Sendable, Codable {
    public struct Linje: Hashable, Sendable, Codable, Identifiable {
        /// Stable id of the line (the tiltak's id).
        public var id: Int64
        public var behovsmeldingId: Int64
        public var tiltakNummer: Int
        public var tiltakTittel: String
        /// The partnership or owner shown in tables.
        public var partnerskap: String
        public var regionId: Int64
        public var regionNavn: String
        /// R1: criteria the fagutvalg found not met; empty means qualified.
        public var ikkeOppfylt: [Kriterium]
        /// False while the fagutvalg has not assessed the behovsmelding (then every criterion counts as not met).
        public var vurdert: Bool
        /// R11: a kommune in the oppfølgingsordningen without the consistency confirmed.
        public var manglerOppfolgingssamsvar: Bool
        /// The fagutvalg's priority, 1 highest; nil when not given.
        public var prioritet: Int?
        /// R11: owners with særlige utfordringer are prioritised.
        public var saerligeUtfordringer: Bool
        /// R6: kommuner in the partnership.
        public var kommuner: Int
        /// Requested per year (index 0 = the round's year).
        public var sokt: [Belop]
        public var soktKoordinator: Kroner
        /// Proposed per year; same length as `sokt`.
        public var foreslatt: [Belop]
        public var foreslattKoordinator: Kroner
        /// Why the line got what it got, in the Statsforvalter's own words; empty when the
        /// reason of the proposal (`forslagsgrunn`) stands.
        public var begrunnelse: String
        /// Why `suggest` proposed what it did; the catalogue words it.
        public var forslagsgrunn: Forslagsgrunn?

        public init(
            id: Int64, behovsmeldingId: Int64, tiltakNummer: Int, tiltakTittel: String, partnerskap: String,
            regionId: Int64, regionNavn: String, ikkeOppfylt: [Kriterium] = [], vurdert: Bool = true, manglerOppfolgingssamsvar: Bool = false,
            prioritet: Int? = nil, saerligeUtfordringer: Bool = false, kommuner: Int = 1, sokt: [Belop],
            soktKoordinator: Kroner = .zero, foreslatt: [Belop]? = nil, foreslattKoordinator: Kroner = .zero,
            begrunnelse: String = ""
        ) {
            self.id = id
            self.behovsmeldingId = behovsmeldingId
            self.tiltakNummer = tiltakNummer
            self.tiltakTittel = tiltakTittel
            self.partnerskap = partnerskap
            self.regionId = regionId
            self.regionNavn = regionNavn
            self.ikkeOppfylt = ikkeOppfylt
            self.vurdert = vurdert
            self.manglerOppfolgingssamsvar = manglerOppfolgingssamsvar
            self.prioritet = prioritet
            self.saerligeUtfordringer = saerligeUtfordringer
            self.kommuner = kommuner
            self.sokt = sokt
            self.soktKoordinator = soktKoordinator
            self.foreslatt = foreslatt ?? sokt.map { _ in .zero }
            self.foreslattKoordinator = foreslattKoordinator
            self.begrunnelse = begrunnelse
        }

        /// R1/R11: all criteria met (and consistent with the oppfølgingsordningen where needed).
        public var erKvalifisert: Bool { ikkeOppfylt.isEmpty && !manglerOppfolgingssamsvar }
        public var erFlerarig: Bool { sokt.count > 1 }
        public var soktForsteAar: Belop { sokt.first ?? .zero }
        public var foreslattForsteAar: Belop { foreslatt.first ?? .zero }

        /// How messages name the tiltak of the line.
        public var tiltaknavn: Tiltaknavn { Tiltaknavn(nummer: tiltakNummer, tittel: tiltakTittel) }
        /// How messages name the line: the tiltak and its partnership.
        public var navn: Linjenavn { Linjenavn(tiltak: tiltaknavn, partnerskap: partnerskap) }
    }

    public var aar: Int
    public var ordning: Ordning
    public var linjer: [Linje]
    /// The allocatable budget the Statsforvalter expects for a later year, where entered (R7):
    /// the commitments for that year are checked against it. A year without one is expected
    /// to have this year's budget.
    public var forventet: [Int: Kroner]

    public init(aar: Int, ordning: Ordning, linjer: [Linje], forventet: [Int: Kroner] = [:]) {
        self.aar = aar
        self.ordning = ordning
        self.linjer = linjer
        self.forventet = forventet
    }

    /// The money of this innstilling's round and ordning: the budget, what `tidligere`
    /// (earlier rounds' commitments) bind, and the expected later budgets entered here.
    public func midler(_ ordningIRunde: OrdningIRunde, tidligere: [Forpliktelse]) -> Midler {
        Midler(aar: aar, ordningIRunde: ordningIRunde, forpliktelser: tidligere.filter { $0.ordning == ordning }, forventet: forventet)
    }
}

extension OrdningIRunde {
    /// The money the innstilling distributes: for Rekom the 70 % part (R10).
    public var tildelbart: Kroner { fordeling.behovsmeldinger }

    /// R7: the most the round's year may give to multi-year tiltak. The base is the
    /// allocatable budget; computed here and nowhere else.
    public var flerarigTak: Kroner { tildelbart.percent(parametre.flerarigMaksAndel) }
}
