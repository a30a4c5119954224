import Domain

/// The hidden fields that name one tiltak of one vedtak in a form (a stop, an accepted change,
/// a partnership's answer): rendered by `partials/tiltak-i-vedtak.mustache`, read back by
/// `FormData.tiltakIVedtak`.
struct TiltakIVedtakFelter: Sendable {
    let vedtaksaar: String
    let ordning: String
    let behovsmelding: String
    let tiltak: String

    init(_ key: TiltakIVedtak) {
        vedtaksaar = String(key.vedtaksaar)
        ordning = key.ordning.rawValue
        behovsmelding = String(key.behovsmeldingId)
        tiltak = String(key.tiltakNummer)
    }
}

extension FormData {
    /// The tiltak of a vedtak the form names (`TiltakIVedtakFelter`), or nil when a field is missing or wrong.
    func tiltakIVedtak() -> TiltakIVedtak? {
        guard let vedtaksaar = Int(self["vedtaksaar"]), let ordning = Ordning(kode: self["ordning"]),
              let behovsmelding = Int64(self["behovsmelding"]), let tiltak = Int(self["tiltak"]) else { return nil }
        return TiltakIVedtak(vedtaksaar: vedtaksaar, ordning: ordning, behovsmeldingId: behovsmelding, tiltakNummer: tiltak)
    }

    /// True when the form was sent for `key` (so its typed values belong to that tiltak's form).
    func gjelder(_ key: TiltakIVedtak) -> Bool { tiltakIVedtak() == key }
}
