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
    public static func inhabil(medlemAv: Set<Int64>, partnerskap: Partnerskap) -> Feilgrunn? {
        // The owners first, then the partners (`parter`'s order), without joining the two.
        let member = { (part: Partnerskap.Part) in medlemAv.contains(part.organisasjonId) }
        guard !medlemAv.isEmpty, let part = partnerskap.eiere.first(where: member) ?? partnerskap.uh.first(where: member) else { return nil }
        return .inhabil(part: part.navn)
    }

    /// R1: the criteria not met (or not assessed), in their fixed order.
    public var ikkeOppfylt: [Kriterium] {
        Kriterium.allCases.filter { kriterier[$0]?.oppfylt != true }
    }

    /// R1: every criterion met (`ikkeOppfylt` is empty), asked without listing them: a work list
    /// asks it of every assessment of the country.
    public var alleOppfylt: Bool {
        // Every criterion has an answer (the keys are criteria, so all are there when as many
        // are), each met; without hashing each criterion's name to look it up.
        kriterier.count == Kriterium.allCases.count && kriterier.values.allSatisfy(\.oppfylt)
    }

    /// R1/R11: all three criteria met, so the behovsmelding can get funds. A kommune in the
    /// oppfølgingsordningen also needs the consistency confirmed.
    public func erKvalifisert(oppfolgingsordningen: Bool) -> Bool {
        alleOppfylt && (!oppfolgingsordningen || iSamsvarMedOppfolging)
    }

    /// Checks the form: every criterion marked, a reason where not met, a valid priority.
    public func validate() -> [Violation] {
        var result: [Violation] = []
        for kriterium in Kriterium.allCases {
            guard let svar = kriterier[kriterium] else {
                result.append(Violation(.r1, felt: .vurdering(kriterium), .vurderingUmerket(kriterium)))
                continue
            }
            if !svar.oppfylt, svar.begrunnelse.isBlank {
                result.append(Violation(.r1, felt: .vurderingBegrunnelse(kriterium), .vurderingUtenBegrunnelse(kriterium)))
            }
        }
        if let prioritet, !Self.prioriteter.contains(prioritet) {
            result.append(Violation(.r11, felt: Felt("prioritet"), .vurderingsprioritet(Self.prioriteter)))
        }
        return result
    }
}
