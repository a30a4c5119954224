/// Money a vedtak has already promised for a later year: one tiltak's proposed amount for one
/// year after the round that decided it (R7, multi-year tiltak).
public struct Forpliktelse: Hashable, Sendable {
    public let ordning: Ordning
    /// The year of the round whose vedtak made the promise.
    public let vedtaksaar: Int
    /// The year the money is for.
    public let aar: Int
    public let behovsmeldingId: Int64
    public let tiltak: Tiltaknavn
    public let partnerskap: String
    public let belop: Belop
    /// The tiltak was stopped in a later round: the promise holds only for years before this.
    public var stoppetFra: Int?
    /// Why the Statsforvalter stopped it, in their own words (for the letter and the audit trail).
    public var stansbegrunnelse: String?
    /// The partnership's answer in this year's round, if it has answered.
    public var svar: Forpliktelsessvar?

    /// The partnership asks for another amount than promised, and the Statsforvalter has not
    /// accepted it yet.
    public var harUbehandletEndring: Bool { svar.map { !$0.godtatt && $0.belop != belop } ?? false }

    /// What binds the year: the promise, or the partnership's answer where it confirms it or
    /// the Statsforvalter has accepted its change.
    public var gjeldende: Belop {
        guard let svar, svar.godtatt || svar.belop == belop else { return belop }
        return svar.belop
    }

    public init(ordning: Ordning, vedtaksaar: Int, aar: Int, behovsmeldingId: Int64, tiltak: Tiltaknavn, partnerskap: String, belop: Belop) {
        self.ordning = ordning
        self.vedtaksaar = vedtaksaar
        self.aar = aar
        self.behovsmeldingId = behovsmeldingId
        self.tiltak = tiltak
        self.partnerskap = partnerskap
        self.belop = belop
    }

    /// The promise still binds its year (a stopped tiltak frees the years from the stop on).
    public var gjelder: Bool { stoppetFra.map { aar < $0 } ?? true }

    /// A promise round `runde`'s vedtak decides on: its year is the round's, it comes from an
    /// earlier vedtak, and it was not stopped before that year (a stop in this round is decided
    /// and told now; one from an earlier round was told then).
    public func avgjoresIRunde(_ runde: Int) -> Bool { vedtaksaar < runde && aar == runde && (stoppetFra ?? runde) >= runde }

    /// An earlier vedtak's promise that binds round `runde`'s year or a later one.
    public func binder(runde: Int) -> Bool { vedtaksaar < runde && aar >= runde && gjelder }

    /// The tiltak of the vedtak it belongs to, which a stop applies to.
    public var tiltakIVedtak: TiltakIVedtak {
        TiltakIVedtak(vedtaksaar: vedtaksaar, ordning: ordning, behovsmeldingId: behovsmeldingId, tiltakNummer: tiltak.nummer)
    }
}

/// What a partnership says, in the round of a later year, about what a multi-year tiltak needs
/// that year (Oslo og Viken: «melde behov for mer eller mindre midler»): the promised amount
/// confirmed, or more or less with a reason, which the Statsforvalter accepts or not.
public struct Forpliktelsessvar: Hashable, Sendable {
    public let belop: Belop
    public let begrunnelse: String
    public var godtatt: Bool

    public init(belop: Belop, begrunnelse: String, godtatt: Bool = false) {
        self.belop = belop
        self.begrunnelse = begrunnelse
        self.godtatt = godtatt
    }

    /// A partnership answers while the year's innstilling of the ordning is not begun or an
    /// utkast: once the forum has it, the amounts are decided with the rest.
    public static func kanSvares(innstilling status: Innstillingsstatus?) -> Bool {
        status.map(\.kanEndres) ?? true
    }

    /// The answer as typed: whole kroner (empty is 0); a change needs a reason.
    public static func valider(eier: String, uh: String, begrunnelse: String, forpliktelse: Forpliktelse) -> Result<Forpliktelsessvar, Skjemafeil> {
        var feil: [Feltfeil] = []
        func amount(_ text: String, _ side: Felt.Side) -> Kroner {
            if text.trimmingCharacters(in: .whitespaces).isEmpty { return .zero }
            switch Kroner.parse(text) {
            case .success(let value): return value
            case .failure(let problem):
                feil.append(Feltfeil(Felt("svar.\(side.rawValue)"), .belop(.svar(forpliktelse.tiltak, aar: forpliktelse.aar, side), problem)))
                return .zero
            }
        }
        let belop = Belop(eier: amount(eier, .eier), uh: amount(uh, .uh))
        let reason = begrunnelse.trimmingCharacters(in: .whitespacesAndNewlines)
        if feil.isEmpty, belop != forpliktelse.belop, reason.isEmpty {
            feil.append(Feltfeil(Felt("svar.begrunnelse"), .svarUtenBegrunnelse(forpliktet: forpliktelse.belop.sum)))
        }
        if let tooLong = Tekstgrense.middels.sjekk(reason, felt: Felt("svar.begrunnelse"), navn: .svarBegrunnelse) { feil.append(tooLong) }
        guard feil.isEmpty else { return .failure(Skjemafeil(feil)) }
        return .success(Forpliktelsessvar(belop: belop, begrunnelse: reason))
    }
}

/// One tiltak of one vedtak: what a stop names.
public struct TiltakIVedtak: Hashable, Sendable {
    public let vedtaksaar: Int
    public let ordning: Ordning
    public let behovsmeldingId: Int64
    public let tiltakNummer: Int

    public init(vedtaksaar: Int, ordning: Ordning, behovsmeldingId: Int64, tiltakNummer: Int) {
        self.vedtaksaar = vedtaksaar
        self.ordning = ordning
        self.behovsmeldingId = behovsmeldingId
        self.tiltakNummer = tiltakNummer
    }

    /// A stop needs a reason (shown in the audit trail and to the Statsforvalter's colleagues).
    public static func stansBegrunnelse(_ tekst: String) -> Result<String, Skjemafeil> {
        let reason = tekst.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty { return .failure(Skjemafeil(Felt("begrunnelse"), .stansUtenBegrunnelse)) }
        if let tooLong = Tekstgrense.middels.sjekk(reason, felt: Felt("begrunnelse"), navn: .stansBegrunnelse) { return .failure(Skjemafeil([tooLong])) }
        return .success(reason)
    }
}

extension Innstilling {
    /// What this innstilling promises for the years after its own: every line's proposed amount
    /// for year 2, 3 … Only a vedtatt innstilling binds money; the caller decides which one.
    public var forpliktelser: [Forpliktelse] {
        linjer.flatMap { linje in
            linje.foreslatt.enumerated().dropFirst().compactMap { offset, belop in
                belop.sum > .zero
                    ? Forpliktelse(ordning: ordning, vedtaksaar: aar, aar: aar + offset, behovsmeldingId: linje.behovsmeldingId,
                                   tiltak: linje.tiltaknavn, partnerskap: linje.partnerskap, belop: belop)
                    : nil
            }
        }
    }
}

/// One ordning's money in one round as the innstilling meets it: this year's allocatable
/// budget (R10), what earlier vedtak have already bound in it and in later years (R7), the
/// budgets expected for the later years, and what is free.
///
/// Readings (see `docs/domain.md`, R7 and R10):
/// - Earlier commitments are paid from the part allocated through behovsmeldinger (Rekom's 70 %),
///   as the tiltak that made them were; the 30 % round is not touched.
/// - The multi-year cap («inntil 50 % av midlene») counts every multi-year tiltak paid this
///   year, so what earlier vedtak bind this year is taken from the cap before new ones.
/// - A later year's budget is expected to be this year's, unless the Statsforvalter has entered
///   an expected figure for it.
public struct Midler: Hashable, Sendable {
    /// What the vedtak of one year bind in a year.
    public struct Bundet: Hashable, Sendable {
        public let vedtaksaar: Int
        public let belop: Kroner
    }

    /// The round's year.
    public let aar: Int
    public let ordningIRunde: OrdningIRunde
    /// Earlier rounds' commitments in this ordning, for this year and later ones.
    public let forpliktelser: [Forpliktelse]
    /// The expected allocatable budget of later years, where entered.
    public let forventet: [Int: Kroner]

    public init(aar: Int, ordningIRunde: OrdningIRunde, forpliktelser: [Forpliktelse] = [], forventet: [Int: Kroner] = [:]) {
        self.aar = aar
        self.ordningIRunde = ordningIRunde
        self.forpliktelser = forpliktelser.filter { $0.binder(runde: aar) }
        self.forventet = forventet
    }

    /// This year's allocatable budget, before what is bound (Rekom: the 70 % part).
    public var tildelbart: Kroner { ordningIRunde.tildelbart }

    /// The allocatable budget of `year`: this year's, or the expected one of a later year.
    public func ramme(_ year: Int) -> Kroner { year == aar ? tildelbart : forventet[year] ?? tildelbart }

    /// What earlier vedtak bind in `year`.
    public func bundet(_ year: Int) -> Kroner { forpliktelser.filter { $0.aar == year }.map(\.gjeldende.sum).sum() }

    /// What earlier vedtak bind in `year`, by the year of the vedtak, earliest first.
    public func bundetPerVedtaksaar(_ year: Int) -> [Bundet] {
        let lines = forpliktelser.filter { $0.aar == year }
        return Set(lines.map(\.vedtaksaar)).sorted().map { decided in
            Bundet(vedtaksaar: decided, belop: lines.filter { $0.vedtaksaar == decided }.map(\.gjeldende.sum).sum())
        }
    }

    /// What the innstilling may give in `year` (never below 0).
    public func fritt(_ year: Int) -> Kroner { Swift.max(.zero, ramme(year) - bundet(year)) }

    /// What this year's innstilling may give (R10).
    public var fritt: Kroner { fritt(aar) }

    /// R7: what new multi-year tiltak may get this year: the cap on this year's money, less what
    /// earlier multi-year vedtak already take of it.
    public var flerarigTak: Kroner { Swift.max(.zero, ordningIRunde.flerarigTak - bundet(aar)) }

    /// R11 meets R7: a qualified line that asks for money this year can get some unless it is
    /// multi-year and the multi-year cap, or a later year it asks for, has nothing free.
    public func kanFaMidler(_ linje: Innstilling.Linje) -> Bool {
        guard linje.erKvalifisert, linje.soktForsteAar.sum > .zero, fritt > .zero else { return false }
        guard linje.erFlerarig else { return true }
        let laterFree = linje.sokt.enumerated().dropFirst().allSatisfy { offset, belop in belop.sum <= .zero || fritt(aar + offset) > .zero }
        return flerarigTak > .zero && laterFree
    }

    /// The later years that have a commitment, from this round's or earlier ones.
    public func senereAar(_ innstilling: Innstilling) -> [Int] {
        let years = Set(forpliktelser.map(\.aar) + innstilling.forpliktelser.map(\.aar)).filter { $0 > aar }
        return years.sorted()
    }
}
