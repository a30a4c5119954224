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

/// Domain's reasons worded in one written form: `BokmalDomain` and `NynorskDomain` are the
/// same exhaustive switches in each form; what reads the same in both is written once below.
protocol Domeneord {
    static func tekst(_ grunn: Feilgrunn) -> String
    static func tekst(_ grunn: Avslagsgrunn) -> String
    static func tekst(_ grunn: Forslagsgrunn) -> String
    static func tekst(_ vilkar: Tildelingsbrev.Vilkar) -> String
    static func fristnavn(_ kode: Arshjul.Stegkode) -> String
    static func avtaledel(_ del: Avtaledel) -> String
    static func planDel(_ del: Kompetanseplan.Del) -> String
    static func moteDel(_ del: Nettverksmote.Del) -> String
}

extension Domeneord {
    /// `Tiltak 2 «Språkløft»`, or `Tiltak 2` without a title.
    static func omtale(_ tiltak: Tiltaknavn) -> String {
        tiltak.tittel.isEmpty ? "Tiltak \(tiltak.nummer)" : "Tiltak \(tiltak.nummer) «\(tiltak.tittel)»"
    }

    /// `Tiltak 2 «Lesing» (Bodø kommune)`.
    static func omtale(_ linje: Linjenavn) -> String { "\(omtale(linje.tiltak)) (\(linje.partnerskap))" }

    /// «a», «a eller b», «a, b eller c».
    static func eller(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " eller " + items.last!
    }

    /// A file's size: `5 242 880` bytes as «5,0 MB», `4 300` as «5 kB» (whole kB, at least 1).
    static func megabytes(_ bytes: Int) -> String {
        guard bytes >= 1_048_576 else { return "\(max(1, (bytes + 1023) / 1024)) kB" }
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10),\(tenths % 10) MB"
    }
}

extension Catalogue {
    /// The wording of Domain's reasons in this catalogue's language.
    var domene: any Domeneord.Type { language == .nynorsk ? NynorskDomain.self : BokmalDomain.self }

    func tekst(_ grunn: Feilgrunn) -> String { domene.tekst(grunn) }
    func tekst(_ grunn: Avslagsgrunn) -> String { domene.tekst(grunn) }
    func tekst(_ grunn: Forslagsgrunn) -> String { domene.tekst(grunn) }
    func tekst(_ vilkar: Tildelingsbrev.Vilkar) -> String { domene.tekst(vilkar) }
    func omtale(_ tiltak: Tiltaknavn) -> String { domene.omtale(tiltak) }
    func omtale(_ linje: Linjenavn) -> String { domene.omtale(linje) }
    func fristnavn(_ kode: Arshjul.Stegkode) -> String { domene.fristnavn(kode) }
    func avtaledel(_ del: Avtaledel) -> String { domene.avtaledel(del) }
    func tekst(_ del: Kompetanseplan.Del) -> String { domene.planDel(del) }
    func tekst(_ del: Nettverksmote.Del) -> String { domene.moteDel(del) }
    func megabytes(_ bytes: Int) -> String { domene.megabytes(bytes) }

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
