import Domain

/// A message next to a form field, worded: what a page shows. Domain's problems
/// (`Feltfeil`, `Violation`) become these through the catalogue; Web's own (a taken e-mail, a
/// conflict) are worded where they arise.
struct Feltmelding: Hashable, Sendable {
    /// The form field's name; the field's id is `felt-` and this.
    let felt: String
    let melding: String

    init(_ felt: String, _ melding: String) {
        self.felt = felt
        self.melding = melding
    }
}

extension Array where Element == Feltmelding {
    /// The message for `felt`, if any; several messages for one field are joined.
    func melding(for felt: String) -> String? {
        let messages = filter { $0.felt == felt }.map(\.melding)
        return messages.isEmpty ? nil : messages.joined(separator: " ")
    }
}

extension Catalogue {
    /// Domain's reason in this catalogue's language: `BokmalDomain` and `NynorskDomain` are
    /// the same switch in each form.
    func tekst(_ grunn: Feilgrunn) -> String { language == .nynorsk ? NynorskDomain.tekst(grunn) : BokmalDomain.tekst(grunn) }
    func tekst(_ grunn: Avslagsgrunn) -> String { language == .nynorsk ? NynorskDomain.tekst(grunn) : BokmalDomain.tekst(grunn) }
    func tekst(_ grunn: Forslagsgrunn) -> String { language == .nynorsk ? NynorskDomain.tekst(grunn) : BokmalDomain.tekst(grunn) }
    func tekst(_ vilkar: Tildelingsbrev.Vilkar) -> String { language == .nynorsk ? NynorskDomain.tekst(vilkar) : BokmalDomain.tekst(vilkar) }
    func omtale(_ tiltak: Tiltaknavn) -> String { language == .nynorsk ? NynorskDomain.omtale(tiltak) : BokmalDomain.omtale(tiltak) }
    func omtale(_ linje: Linjenavn) -> String { language == .nynorsk ? NynorskDomain.omtale(linje) : BokmalDomain.omtale(linje) }
    func fristnavn(_ kode: Arshjul.Stegkode) -> String { language == .nynorsk ? NynorskDomain.fristnavn(kode) : BokmalDomain.fristnavn(kode) }
    func avtaledel(_ del: Avtaledel) -> String { language == .nynorsk ? NynorskDomain.avtaledel(del) : BokmalDomain.avtaledel(del) }
    func tekst(_ del: Kompetanseplan.Del) -> String { language == .nynorsk ? NynorskDomain.planDel(del) : BokmalDomain.planDel(del) }
    func tekst(_ del: Nettverksmote.Del) -> String { language == .nynorsk ? NynorskDomain.moteDel(del) : BokmalDomain.moteDel(del) }
    func megabytes(_ bytes: Int) -> String { language == .nynorsk ? NynorskDomain.megabytes(bytes) : BokmalDomain.megabytes(bytes) }

    func melding(_ feil: Feltfeil) -> Feltmelding { Feltmelding(feil.felt.navn, tekst(feil.grunn)) }
    func meldinger(_ feil: [Feltfeil]) -> [Feltmelding] { feil.map(melding) }
    func meldinger(_ feil: Skjemafeil) -> [Feltmelding] { meldinger(feil.felter) }
    func meldinger(_ violations: [Violation]) -> [Feltmelding] { violations.map { melding($0.feltfeil) } }

    /// A line's reason as tables and letters show it: the Statsforvalter's own words, or the
    /// proposal's reason.
    func begrunnelse(_ linje: Innstilling.Linje) -> String {
        if !linje.begrunnelse.isEmpty { return linje.begrunnelse }
        return linje.forslagsgrunn.map(tekst) ?? ""
    }
}
