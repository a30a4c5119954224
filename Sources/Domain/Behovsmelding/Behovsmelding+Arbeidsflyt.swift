import Foundation

/// Where a behovsmelding is in the workflow, and its deadline: all that the rules on whose turn
/// it is ask of it. A behovsmelding has it, and so has its status alone (`Behovsmelding.Sak`),
/// which a list of a hundred partnerships reads without their texts.
public protocol Saksgang {
    var rundeAar: Int { get }
    var status: Behovsmelding.Status { get }
    /// R9: a later deadline the Statsforvalter gave it, if any.
    var fristforlengelse: Fristforlengelse? { get }
}

extension Saksgang {
    /// The owner may change the text: a draft, before the deadline (R9).
    public func kanRedigeresAvEier(runde: Runde, now: Date) -> Bool {
        status == .utkast && frist(runde).erApen(now: now)
    }

    /// The UH may write its text, sign or return: sent to it, before the deadline (R9).
    public func kanBehandlesAvUH(runde: Runde, now: Date) -> Bool {
        status == .tilUH && frist(runde).erApen(now: now)
    }
}

extension Behovsmelding: Saksgang {
    /// A behovsmelding's place in the workflow without its texts and tiltak.
    public struct Sak: Saksgang, Hashable, Sendable {
        public let id: Int64
        public let partnerskapId: Int64
        public let ordning: Ordning
        public let rundeAar: Int
        public let status: Status
        public let fristforlengelse: Fristforlengelse?

        public init(id: Int64, partnerskapId: Int64, ordning: Ordning, rundeAar: Int, status: Status, fristforlengelse: Fristforlengelse?) {
            self.id = id
            self.partnerskapId = partnerskapId
            self.ordning = ordning
            self.rundeAar = rundeAar
            self.status = status
            self.fristforlengelse = fristforlengelse
        }

        /// The place of `melding`, stored under `id`.
        public init(_ melding: Behovsmelding, id: Int64) {
            self.init(id: id, partnerskapId: melding.partnerskapId, ordning: melding.ordning, rundeAar: melding.rundeAar, status: melding.status,
                      fristforlengelse: melding.fristforlengelse)
        }
    }
}

/// The workflow: utkast → til UH → levert. The owner writes and sends; the UH writes the
/// teacher-education text (R1 c) and co-signs, or returns it with a comment; the last UH
/// signature delivers it to the kompetansenettverk (R9). Each step says why it is refused.
extension Behovsmelding {
    public enum Status: String, CaseIterable, Hashable, Sendable, Codable {
        /// The owner writes (also after the UH returned it).
        case utkast
        /// Sent to the UH for the teacher-education text and co-signing.
        case tilUH = "til_uh"
        /// Delivered to the kompetansenettverk.
        case levert

    }

    /// When it was first sent to the UH and when it was delivered, after a step from `forrige`
    /// to this status at `now`: sending stamps the time it left the owner (a return and a new
    /// send stamps it again); delivery is stamped once; a delivered time goes with a return.
    public func tidspunkter(etter forrige: Status, sendt: Date?, levert: Date?, now: Date) -> (sendt: Date?, levert: Date?) {
        let sent = status == .tilUH && forrige != .tilUH ? now : sendt
        let delivered = status == .levert ? (levert ?? now) : nil
        return (sent, delivered)
    }

    /// The round's rules lock once a behovsmelding of it has left the owner (R2, R3…: the
    /// numbers every behovsmelding was checked against may not change under them).
    public var laserRunden: Bool { status != .utkast }

    /// The owner sends it to the UH; refused while any error-level violation remains.
    public func sendTilUH(partnerskap: Partnerskap, runde: Runde, andre: [Behovsmelding], now: Date) -> Result<Behovsmelding, Skjemafeil> {
        if let refused = statusFeil(krever: .utkast, runde: runde, now: now) { return .failure(refused) }
        let blocking = validate(partnerskap: partnerskap, runde: runde, andre: andre, steg: .tilUH, now: now).filter(\.blokkerer)
        guard blocking.isEmpty else { return .failure(Skjemafeil(blocking.map(\.feltfeil))) }
        var sent = self
        sent.status = .tilUH
        return .success(sent)
    }

    /// One UH of the partnership co-signs. When every UH has signed, it is delivered.
    /// - Returns: the behovsmelding (levert when `signert` then covers every UH) and the UH that have signed.
    public func signerSomUH(
        _ uhId: Int64, signert: Set<Int64>, partnerskap: Partnerskap, runde: Runde, andre: [Behovsmelding], now: Date
    ) -> Result<(Behovsmelding, signert: Set<Int64>), Skjemafeil> {
        if let refused = statusFeil(krever: .tilUH, runde: runde, now: now) { return .failure(refused) }
        let blocking = validate(partnerskap: partnerskap, runde: runde, andre: andre, steg: .levering, now: now).filter(\.blokkerer)
        guard blocking.isEmpty else { return .failure(Skjemafeil(blocking.map(\.feltfeil))) }
        let nowSigned = signert.union([uhId])
        var signed = self
        if partnerskap.uh.allSatisfy({ nowSigned.contains($0.organisasjonId) }) { signed.status = .levert }
        return .success((signed, nowSigned))
    }

    /// The UH sends it back to the owner with a comment that says what to change.
    public func returner(kommentar: String, runde: Runde, now: Date) -> Result<Behovsmelding, Skjemafeil> {
        if let refused = statusFeil(krever: .tilUH, runde: runde, now: now) { return .failure(refused) }
        if kommentar.isBlank {
            return .failure(Skjemafeil(Felt("kommentar"), .returUtenKommentar))
        }
        if let tooLong = Tekstgrense.middels.sjekk(kommentar, felt: Felt("kommentar"), navn: .kommentar) {
            return .failure(Skjemafeil([tooLong]))
        }
        var returned = self
        returned.status = .utkast
        return .success(returned)
    }

    /// Why a step that needs `krever` cannot be taken now, if it cannot.
    public func statusFeil(krever: Status, runde: Runde, now: Date) -> Skjemafeil? {
        if !frist(runde).erApen(now: now) {
            return Skjemafeil(.frist, .fristUteKanIkkeEndres(frist(runde)))
        }
        guard status == krever else { return Skjemafeil(.status, .feilStatus(status)) }
        return nil
    }
}

extension Runde {
    /// Why a partnership cannot start a behovsmelding for `ordning` in this round now, if it cannot:
    /// the ordning is not in the round, the round has not opened, or the deadline has passed (R9).
    public func startfeil(_ ordning: Ordning, now: Date) -> Feilgrunn? {
        if ordninger[ordning] == nil { return .ordningIkkeIRunden(ordning, aar: aar) }
        if now < frister.apner.startInstant() { return .rundenApnerIkkeFor(aar: aar, frister.apner) }
        if !frister.behovsmelding.erApen(now: now) { return .rundensFristErUte(aar: aar, frister.behovsmelding) }
        return nil
    }
}
