/// What the innstilling is built from: one delivered behovsmelding with its partnership's
/// facts and the fagutvalg's agreed assessment (nil when not assessed yet).
public struct Innstillingsgrunnlag: Sendable {
    public var melding: Behovsmelding
    public var partnerskap: Partnerskap
    public var regionId: Int64
    public var regionNavn: String
    /// R11: an owner in the partnership has særlige utfordringer.
    public var saerligeUtfordringer: Bool
    /// R11: a kommune in the partnership is in the oppfølgingsordningen.
    public var oppfolgingsordningen: Bool
    public var vurdering: Vurdering?

    public init(
        melding: Behovsmelding, partnerskap: Partnerskap, regionId: Int64, regionNavn: String, saerligeUtfordringer: Bool = false,
        oppfolgingsordningen: Bool = false, vurdering: Vurdering?
    ) {
        self.melding = melding
        self.partnerskap = partnerskap
        self.regionId = regionId
        self.regionNavn = regionNavn
        self.saerligeUtfordringer = saerligeUtfordringer
        self.oppfolgingsordningen = oppfolgingsordningen
        self.vurdering = vurdering
    }
}

extension Innstilling {
    /// A line's id: the behovsmelding and the tiltak number, which do not change once the
    /// behovsmelding is delivered. Up to 99 tiltak per behovsmelding.
    public static func linjeId(behovsmeldingId: Int64, nummer: Int) -> Int64 { behovsmeldingId * 100 + Int64(nummer) }

    /// One line per tiltak of every behovsmelding, with what was requested and what the
    /// fagutvalg found. Not assessed counts as not met (R1). Proposals start at 0 kr.
    public static func linjer(_ grunnlag: [Innstillingsgrunnlag]) -> [Linje] {
        grunnlag.flatMap { item -> [Linje] in
            let id = item.melding.id ?? 0
            let vurdering = item.vurdering
            let ikkeOppfylt = vurdering?.ikkeOppfylt ?? Kriterium.allCases
            let mangler = item.oppfolgingsordningen && vurdering?.iSamsvarMedOppfolging != true
            return item.melding.tiltak.map { tiltak in
                Linje(
                    id: linjeId(behovsmeldingId: id, nummer: tiltak.nummer), behovsmeldingId: id, tiltakNummer: tiltak.nummer,
                    tiltakTittel: tiltak.tittel, partnerskap: item.partnerskap.navn, regionId: item.regionId, regionNavn: item.regionNavn,
                    ikkeOppfylt: ikkeOppfylt, vurdert: vurdering != nil, manglerOppfolgingssamsvar: mangler, prioritet: vurdering?.prioritet,
                    saerligeUtfordringer: item.saerligeUtfordringer, kommuner: item.partnerskap.kommuner.count,
                    sokt: Array(tiltak.aarsbelop.prefix(max(1, tiltak.varighetAar))), soktKoordinator: tiltak.koordinator
                )
            }
        }.sorted { ($0.regionNavn, $0.partnerskap, $0.id) < ($1.regionNavn, $1.partnerskap, $1.id) }
    }

    /// The lines of `fresh` (built from today's assessments) with the proposals and reasons
    /// already made here kept, line by line. A line no longer there is dropped.
    public func oppdatert(med fresh: [Linje]) -> Innstilling {
        let old = Dictionary(uniqueKeysWithValues: linjer.map { ($0.id, $0) })
        var next = self
        next.linjer = fresh.map { line in
            var line = line
            if let kept = old[line.id] {
                line.foreslatt = (0..<line.sokt.count).map { $0 < kept.foreslatt.count ? kept.foreslatt[$0] : .zero }
                line.foreslattKoordinator = kept.foreslattKoordinator
                line.begrunnelse = kept.begrunnelse
            }
            return line
        }
        return next
    }

    /// The qualified lines (R1, R11), which may get funds.
    public var kvalifiserte: [Linje] { linjer.filter(\.erKvalifisert) }
    /// The rest, with the reason.
    public var ikkeKvalifiserte: [Linje] { linjer.filter { !$0.erKvalifisert } }

    /// Why a line cannot get funds; nil when it can.
    public static func grunnTilAvslag(_ linje: Linje) -> Avslagsgrunn? {
        if !linje.vurdert { return .ikkeVurdert }
        if !linje.ikkeOppfylt.isEmpty { return .kriterierIkkeOppfylt(linje.ikkeOppfylt) }
        if linje.manglerOppfolgingssamsvar { return .oppfolgingsordningen }
        return nil
    }
}

/// Where an innstilling is: utkast (SF works on it) → foreløpig (the samarbeidsforum sees it,
/// comments and approves) → vedtatt (the decision is recorded; read-only). A new version can be
/// made from a vedtatt one.
public enum Innstillingsstatus: String, CaseIterable, Hashable, Sendable, Codable {
    case utkast
    case forelopig
    case vedtatt

    /// SF sends the utkast to the forum: refused while a hard breach remains, and while
    /// `ikkeVideresendt` delivered behovsmeldinger have not come through their network (the
    /// cycle in order: nothing delivered in time may be missing from what the forum sees).
    public func sendTilForum(_ kontroll: Innstillingskontroll, ikkeVideresendt: Int = 0) -> Result<Innstillingsstatus, Skjemafeil> {
        guard self == .utkast else {
            return .failure(Skjemafeil(.status, .alleredeSendtTilForum))
        }
        guard ikkeVideresendt == 0 else {
            return .failure(Skjemafeil(.status, .ikkeVideresendt(antall: ikkeVideresendt)))
        }
        let hard = kontroll.violations.filter(\.blokkerer)
        guard hard.isEmpty else {
            return .failure(Skjemafeil(.status, .bruddPaFordelingsregler(antall: hard.count)))
        }
        return .success(.forelopig)
    }

    /// SF records the forum's decision, with the date of the vedtak (not in the future).
    public func vedta(dato: Dato, idag: Dato) -> Result<Innstillingsstatus, Skjemafeil> {
        guard self == .forelopig else {
            return .failure(Skjemafeil(.status, .bareForelopigKanVedtas))
        }
        guard dato <= idag else {
            return .failure(Skjemafeil(Felt("vedtaksdato"), .vedtaksdatoFremITid))
        }
        return .success(.vedtatt)
    }

    /// Only an utkast can be changed.
    public var kanEndres: Bool { self == .utkast }

    /// Only a vedtatt innstilling gets a new version (a changed decision is a new vedtak);
    /// an utkast is edited, and a foreløpig one is with the forum.
    public var kanFaNyVersjon: Bool { self == .vedtatt }
}

extension Innstilling.Linje {
    /// The order lines are read in: by the network's priority (unprioritised last), then
    /// partnership and line, so the same lines always come out in the same order.
    public static func iPrioritetsrekkefolge(_ a: Innstilling.Linje, _ b: Innstilling.Linje) -> Bool {
        (a.prioritet ?? Int.max, a.partnerskap, a.id) < (b.prioritet ?? Int.max, b.partnerskap, b.id)
    }

    /// Region by region (by name), each in priority order.
    public static func iRegionsrekkefolge(_ a: Innstilling.Linje, _ b: Innstilling.Linje) -> Bool {
        a.regionNavn != b.regionNavn ? a.regionNavn < b.regionNavn : iPrioritetsrekkefolge(a, b)
    }
}
