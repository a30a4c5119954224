/// The fagutvalg's assessment of a behovsmelding (R1, R11).
public struct Vurdering: Hashable, Sendable, Codable {
    public struct Svar: Hashable, Sendable, Codable {
        public var oppfylt: Bool
        public var begrunnelse: String

        public init(oppfylt: Bool, begrunnelse: String = "") {
            self.oppfylt = oppfylt
            self.begrunnelse = begrunnelse
        }
    }

    public var kriterier: [Kriterium: Svar]
    /// Overall priority, 1 (highest) to `Vurdering.prioriteter.upperBound`.
    public var prioritet: Int?
    public var kommentar: String
    /// R11: confirmed consistent with the oppfølgingsordningen (only asked where it applies).
    public var iSamsvarMedOppfolging: Bool
    /// The recommended amount for the round's year per tiltak number (optional).
    public var anbefalt: [Int: Kroner]

    public static let prioriteter = 1...5

    public init(
        kriterier: [Kriterium: Svar], prioritet: Int? = nil, kommentar: String = "", iSamsvarMedOppfolging: Bool = false,
        anbefalt: [Int: Kroner] = [:]
    ) {
        self.kriterier = kriterier
        self.prioritet = prioritet
        self.kommentar = kommentar
        self.iSamsvarMedOppfolging = iSamsvarMedOppfolging
        self.anbefalt = anbefalt
    }

    /// Conflict of interest: a member who belongs to an organisation in the partnership may not
    /// assess it. Returns the reason, naming the organisation, or nil.
    public static func inhabil(medlemAv: Set<Int64>, partnerskap: Partnerskap) -> String? {
        guard let part = partnerskap.parter.first(where: { medlemAv.contains($0.organisasjonId) }) else { return nil }
        return "Du kan ikke vurdere denne behovsmeldingen fordi du hører til \(part.navn), som er part i partnerskapet. "
            + "Et annet medlem av fagutvalget må vurdere den."
    }

    /// R1: the criteria not met (or not assessed), in their fixed order.
    public var ikkeOppfylt: [Kriterium] {
        Kriterium.allCases.filter { kriterier[$0]?.oppfylt != true }
    }

    /// R1/R11: all three criteria met, so the behovsmelding can get funds. A kommune in the
    /// oppfølgingsordningen also needs the consistency confirmed.
    public func erKvalifisert(oppfolgingsordningen: Bool) -> Bool {
        ikkeOppfylt.isEmpty && (!oppfolgingsordningen || iSamsvarMedOppfolging)
    }

    /// Checks the form: every criterion marked, a reason where not met, a valid priority.
    public func validate() -> [Violation] {
        var result: [Violation] = []
        for kriterium in Kriterium.allCases {
            guard let svar = kriterier[kriterium] else {
                result.append(Violation(.r1, felt: "kriterier.\(kriterium.rawValue)",
                    "Marker om kriteriet «\(kriterium.navn)» er oppfylt eller ikke."))
                continue
            }
            if !svar.oppfylt, svar.begrunnelse.isBlank {
                result.append(Violation(.r1, felt: "kriterier.\(kriterium.rawValue).begrunnelse",
                    "Begrunn hvorfor kriteriet «\(kriterium.navn)» ikke er oppfylt."))
            }
        }
        if let prioritet, !Self.prioriteter.contains(prioritet) {
            result.append(Violation(.r11, felt: "prioritet",
                "Prioriteten må være et tall fra \(Self.prioriteter.lowerBound) til \(Self.prioriteter.upperBound)."))
        }
        return result
    }
}
