/// A field of a form as Domain names it, e.g. `tiltak[2].hvemGjorHva`: Domain builds it, Web
/// renders `navn` as the form field's name and finds the field by it; nobody takes it apart.
public struct Felt: Hashable, Sendable, CustomStringConvertible {
    /// Where the field is, for a page that links a message to it.
    public enum Sted: Sendable {
        /// On the form that reports the problem.
        case skjema
        /// In the partnership agreement (R8), written on the partnership's page.
        case avtale
        /// On a line of the innstilling table.
        case innstillingslinje
    }

    /// The form field's name.
    public let navn: String
    public let sted: Sted

    public init(_ navn: String) { self.init(navn: navn, sted: .skjema) }

    private init(navn: String, sted: Sted) {
        self.navn = navn
        self.sted = sted
    }

    public var description: String { navn }

    // MARK: Fields that stand for a whole step or list

    /// The step the form is about to take (send, forward, vedtak): the status box.
    public static let status = Felt("status")
    /// The deadline of the step (R9): also the status box.
    public static let frist = Felt("frist")
    public static let ordning = Felt("ordning")
    /// The list of tiltak as a whole (R3).
    public static let tiltakListe = Felt("tiltak")
    public static let uhLaererutdanning = Felt("uhLaererutdanning")

    // MARK: The behovsmelding

    public static func kriterium(_ kriterium: Kriterium) -> Felt { Felt("kriterier.\(kriterium.rawValue)") }

    public enum Tiltaksdel: String, Sendable {
        case tittel, fase, hvaSkalGjores, hvemGjorHva, deltakere, varighetAar, koordinator, koordinatorBegrunnelse, planmal
    }

    public enum Side: String, Sendable, CaseIterable {
        case eier, uh
    }

    public static func tiltak(_ nummer: Int, _ del: Tiltaksdel) -> Felt { Felt("tiltak[\(nummer)].\(del.rawValue)") }
    /// The amount of one side in one year (1 = the round's year) of tiltak `nummer`.
    public static func tiltaksbelop(_ nummer: Int, aar: Int, _ side: Side) -> Felt { Felt("tiltak[\(nummer)].aarsbelop[\(aar)].\(side.rawValue)") }

    // MARK: The partnership agreement (R8)

    public static func avtale(_ del: Avtaledel) -> Felt { Felt(navn: "avtale.\(del.rawValue)", sted: .avtale) }
    /// The signatures of the agreement.
    public static let avtaleSignaturer = Felt(navn: "avtale.signaturer", sted: .avtale)

    // MARK: The fagutvalg's assessment

    public static func vurdering(_ kriterium: Kriterium) -> Felt { Felt.kriterium(kriterium) }
    public static func vurderingBegrunnelse(_ kriterium: Kriterium) -> Felt { Felt("kriterier.\(kriterium.rawValue).begrunnelse") }
    public static func anbefalt(_ nummer: Int) -> Felt { Felt("anbefalt.\(nummer)") }

    // MARK: The network's priorities

    public static func nettverksprioritet(_ behovsmeldingId: Int64) -> Felt { Felt("prioritet.\(behovsmeldingId)") }

    // MARK: The innstilling

    public static func linjebelop(_ linjeId: Int64, aar: Int, _ side: Side) -> Felt {
        Felt(navn: "linje[\(linjeId)].aar[\(aar)].\(side.rawValue)", sted: .innstillingslinje)
    }
    public static func linjeKoordinator(_ linjeId: Int64) -> Felt { Felt(navn: "linje[\(linjeId)].foreslattKoordinator", sted: .innstillingslinje) }
    public static func linjeBegrunnelse(_ linjeId: Int64) -> Felt { Felt(navn: "linje[\(linjeId)].begrunnelse", sted: .innstillingslinje) }
    public static func region(_ id: Int64) -> Felt { Felt("region[\(id)]") }
    /// The expected budget of a later year.
    public static func forventet(_ aar: Int) -> Felt { Felt("forventet[\(aar)]") }

    // MARK: The Rekom 30 % application

    public enum Rekom30del: String, Sendable {
        case formal, barnehage, person, studium, semester, semestre, dispensasjoner, belop
    }

    /// The list of lines as a whole.
    /// The parts of a report's line for one tiltak.
    public enum Rapportdel: String, Sendable, CaseIterable {
        case brukt, hvaErGjort, deltakere, motPlan, utbytte, avvik
    }

    /// A field of line `nummer` (1-based) of a report: `linje[2].utbytte`.
    public static func rapport(_ nummer: Int, _ del: Rapportdel) -> Felt { Felt("linje[\(nummer)].\(del.rawValue)") }

    /// A part of a network's competence plan, and what changed in a new version.
    public static func kompetanseplan(_ del: Kompetanseplan.Del) -> Felt { Felt(del.rawValue) }
    public static let kompetanseplanEndring = Felt("endring")
    /// A field of the network's meeting form.
    public static func mote(_ del: Nettverksmote.Del) -> Felt { Felt(del.rawValue) }
    /// A field of the network's document upload.
    public static func dokument(_ del: Nettverksdokument.Del) -> Felt { Felt(del.rawValue) }
    /// A field of the leader's invitation of a member.
    public static func invitasjon(_ del: Nettverksinvitasjon.Del) -> Felt { Felt(del.rawValue) }

    public static let rekom30Linjer = Felt("linjer")
    public static func rekom30(_ nummer: Int, _ del: Rekom30del) -> Felt { Felt("linje[\(nummer)].\(del.rawValue)") }
    /// The Statsforvalter's amount and reason for a line of the 30 % allocation.
    public static func rekom30Tildelt(_ linjeId: Int64) -> Felt { Felt("tildelt[\(linjeId)]") }
    public static func rekom30Begrunnelse(_ linjeId: Int64) -> Felt { Felt("begrunnelse[\(linjeId)]") }

    // MARK: The round

    /// A field of the round form's scheme section `nummer` (1-based).
    public static func rundeparameter(_ nummer: Int, _ parameter: Rundeparameter) -> Felt { Felt("ordning\(nummer)_\(parameter.rawValue)") }
}

/// The three parts of a partnership agreement (R8).
public enum Avtaledel: String, Sendable, CaseIterable {
    /// Who does what.
    case hvem
    /// What the partnership is about.
    case hva
    /// When things happen.
    case naar
}

/// The parameters of an ordning in a round, as the round form names them.
public enum Rundeparameter: String, Sendable, CaseIterable {
    case med, kode, navn, kortnavn, sektorer, malgrupper, nettverk, partnertyper, rapport
    case budsjett, maksTiltak, koordinatorMaksAndel, koordinatorMinKommuner, maksVarighetAar, flerarigMaksAndel
    case andelViaBehovsmeldinger, egenandel
}
