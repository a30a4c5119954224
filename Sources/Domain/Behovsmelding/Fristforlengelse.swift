import Foundation

/// A later deadline the Statsforvalter has given one behovsmelding, with the reason (R9): for
/// a UH that could not sign in time, an owner who was ill, a system failure. The round's
/// deadline stays the same for everyone else.
public struct Fristforlengelse: Hashable, Sendable, Codable {
    public let dato: Dato
    public let begrunnelse: String

    public init(dato: Dato, begrunnelse: String) {
        self.dato = dato
        self.begrunnelse = begrunnelse
    }

    /// The extension as typed: a date after the round's deadline and no later than the
    /// networks' deadline (so the network still gets it before it must be done), and a reason.
    public static func valider(dato: String, begrunnelse: String, runde: Runde) -> Result<Fristforlengelse, Skjemafeil> {
        var feil: [Feltfeil] = []
        let text = dato.trimmingCharacters(in: .whitespaces)
        let parsed = Dato(iso: text) ?? Dato(norsk: text)
        if let parsed {
            if parsed <= runde.frister.behovsmelding || parsed > runde.frister.nettverk {
                feil.append(Feltfeil(Felt("fristDato"), .fristforlengelseUtenfor(etter: runde.frister.behovsmelding, senest: runde.frister.nettverk)))
            }
        } else {
            feil.append(Feltfeil(Felt("fristDato"), .fristforlengelseDato))
        }
        let reason = begrunnelse.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty {
            feil.append(Feltfeil(Felt("fristBegrunnelse"), .fristforlengelseUtenBegrunnelse))
        } else if let tooLong = Tekstgrense.middels.sjekk(reason, felt: Felt("fristBegrunnelse"), navn: .fristBegrunnelse) {
            feil.append(tooLong)
        }
        guard feil.isEmpty, let parsed else { return .failure(Skjemafeil(feil)) }
        return .success(Fristforlengelse(dato: parsed, begrunnelse: reason))
    }
}

extension Saksgang {
    /// R9: this behovsmelding's deadline: the round's, or the later one the Statsforvalter gave it.
    public func frist(_ runde: Runde) -> Dato {
        guard let forlengelse = fristforlengelse, forlengelse.dato > runde.frister.behovsmelding else { return runde.frister.behovsmelding }
        return forlengelse.dato
    }

    /// The deadline has passed and it was not delivered: said plainly wherever it is shown.
    public func erForSent(_ runde: Runde, now: Date) -> Bool {
        status != .levert && !frist(runde).erApen(now: now)
    }
}

extension Runde {
    /// When the networks may forward a region's set (the cycle in order): after the round's
    /// deadline and every later deadline given to a behovsmelding of the set that is not
    /// delivered yet (one delivered early does not hold the network back).
    public func videresendingsfrist(forlengelser: [(dato: Dato, levert: Bool)]) -> Dato {
        ([frister.behovsmelding] + forlengelser.filter { !$0.levert }.map(\.dato)).max()!
    }
}
