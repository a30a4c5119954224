/// The Statsforvalter's decision on what a grant letter left unused, once its reports are in
/// (R7, R13): paid back, or used in the spring after, with the reason.
public struct UbrukteMidler: Hashable, Sendable {
    public enum Avgjorelse: String, Hashable, Sendable, CaseIterable {
        case tilbakebetales
        case brukesNesteVar = "brukes_neste_var"
    }

    public var aar: Int
    public var ordning: Ordning
    public var partnerskapId: Int64
    /// The unused amount the reports state, when decided.
    public var belop: Kroner
    public var avgjorelse: Avgjorelse
    public var begrunnelse: String

    public init(aar: Int, ordning: Ordning, partnerskapId: Int64, belop: Kroner, avgjorelse: Avgjorelse, begrunnelse: String) {
        self.aar = aar
        self.ordning = ordning
        self.partnerskapId = partnerskapId
        self.belop = belop
        self.avgjorelse = avgjorelse
        self.begrunnelse = begrunnelse
    }

    /// The decision on the letter whose reports are `rapporter` (each reporter's, started or
    /// not): every report must be sent or approved, a choice made and a reason given.
    public static func avgjor(
        aar: Int, ordning: Ordning, partnerskapId: Int64, rapporter: [Rapport?], valg: String, begrunnelse: String
    ) -> Result<UbrukteMidler, Skjemafeil> {
        var feil: [Feltfeil] = []
        let reports = rapporter.compactMap { $0 }
        if reports.count < rapporter.count || !reports.allSatisfy(\.erRapportert) {
            feil.append(Feltfeil(Felt("avgjorelse"), .ubruktForRapportene))
        }
        let choice = Avgjorelse(rawValue: valg)
        if choice == nil { feil.append(Feltfeil(Felt("avgjorelse"), .ubruktVelg)) }
        let reason = begrunnelse.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty {
            feil.append(Feltfeil(Felt("ubruktBegrunnelse"), .ubruktUtenBegrunnelse))
        } else if let tooLong = Tekstgrense.middels.sjekk(reason, felt: Felt("ubruktBegrunnelse"), navn: .ubruktBegrunnelse) {
            feil.append(tooLong)
        }
        guard feil.isEmpty, let choice else { return .failure(Skjemafeil(feil)) }
        return .success(UbrukteMidler(aar: aar, ordning: ordning, partnerskapId: partnerskapId, belop: Rapport.summer(reports).ubrukt,
                                      avgjorelse: choice, begrunnelse: reason))
    }
}
