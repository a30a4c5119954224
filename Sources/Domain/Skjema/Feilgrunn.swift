import Foundation

/// What is wrong, as Domain decides it: the rule, the thing it is about and the numbers. The
/// message catalogue words each case (in bokmål, and in nynorsk once that catalogue exists), so
/// a change of wording or a second language needs no change here. A switch over every case in
/// the catalogue makes a new case fail to compile until it has its words.
public enum Feilgrunn: Hashable, Sendable {
    // MARK: Typed values

    case belop(Belopsnavn, Kroner.ParseFeil)
    /// A percentage of the scheme with this short name.
    case prosent(String, Prosent.ParseFeil)
    /// A whole-number parameter of the round's scheme (by short name) outside its range.
    case heltall(String, Rundeparameter, ClosedRange<Int>)
    case orgnr(Organisasjonsnummer.Feil)
    case kommunenummer
    /// A text longer than its `Tekstgrense`, counted as the database counts.
    case forLang(Tekstnavn, lengde: Int, maks: Int)
    /// A name (of a person, organisation or network) longer than allowed.
    case navnForLangt(maks: Int)

    // MARK: The behovsmelding (R1–R9)

    case ordningIkkeIRunden(Ordning, aar: Int)
    /// The partnership already has one for the scheme with this short name.
    case finnesAllerede(String, aar: Int)
    /// No partner of the partnership is of a kind the scheme (by short name) accepts.
    case partnerIkkeTillatt(String, tillatt: [Organisasjonstype])
    case kriteriumIkkeBesvart(Kriterium)
    case uhTekstMangler
    case ingenTiltak
    case forMangeTiltak(antall: Int, maks: Int)
    /// The form would get one more tiltak than the ordning allows.
    case tiltakgrense(String, maks: Int)
    case avtaleMangler(Avtaledel)
    case avtaleIkkeSignert(av: [String])
    case fristUte(Dato)
    case tiltakManglerTittel(nummer: Int)
    case tiltakManglerBeskrivelse(Tiltaknavn, Fase)
    case tiltakManglerFase(Tiltaknavn)
    case tiltakUkjentFase(Tiltaknavn)
    /// The goal chosen is not one of the network's competence plans.
    case tiltakUkjentPlanmal(Tiltaknavn)
    case tiltakManglerHvemGjorHva(Tiltaknavn)
    case tiltakVarighet(Tiltaknavn, maks: Int)
    /// The form's choice of duration outside 1…`maks`.
    case tiltakVelgVarighet(Tiltaknavn, maks: Int)
    case tiltakBelopForAntallAar(Tiltaknavn, varighet: Int, aar: Int)
    case tiltakManglerBelopForAar(Tiltaknavn, aar: Int)
    case tiltakNegativtBelop(Tiltaknavn)
    case tiltakIngenKostnad(Tiltaknavn)
    case koordinatorNegativ(Tiltaknavn)
    case koordinatorForFaKommuner(Tiltaknavn, minst: Int)
    case koordinatorOverTak(Tiltaknavn, andel: Prosent, tak: Kroner)
    case koordinatorOverEiersDel(Tiltaknavn, eiersDel: Kroner)
    case koordinatorUtenBegrunnelse(Tiltaknavn)

    // MARK: The way of a behovsmelding

    case returUtenKommentar
    case fristUteKanIkkeEndres(Dato)
    /// The step needs another status than the behovsmelding has.
    case feilStatus(Behovsmelding.Status)
    case rundenApnerIkkeFor(aar: Int, Dato)
    case rundensFristErUte(aar: Int, Dato)
    case fristforlengelseDato
    /// A later deadline must come after the round's and no later than the networks'.
    case fristforlengelseUtenfor(etter: Dato, senest: Dato)
    case fristforlengelseUtenBegrunnelse

    // MARK: The partnership

    case partnerskapUtenNavn
    case partnerskapUtenRegion
    case ukjentPart(Partliste)
    case partnerskapUtenUH
    case avtaleIkkeSignerbar(Avtaledel)
    /// The partnership has a behovsmelding at the UH or delivered.
    case partnerskapLaast

    // MARK: Review: fagutvalg and network

    case inhabil(part: String)
    case vurderingUmerket(Kriterium)
    case vurderingUtenBegrunnelse(Kriterium)
    case vurderingsprioritet(ClosedRange<Int>)
    /// The form's priority is not a number in range (it may be left empty).
    case velgVurderingsprioritet(ClosedRange<Int>)
    case nettverksprioritet(maks: Int)

    // MARK: The innstilling (R1, R5–R7, R10, R11)

    case linjeAntallAar(Linjenavn, sokt: Int, foreslatt: Int)
    case linjeNegativ(Linjenavn)
    case linjeKanIkkeFaMidler(Linjenavn, Avslagsgrunn)
    case linjeKoordinatorForFaKommuner(Linjenavn, minst: Int)
    case linjeKoordinatorOverTak(Linjenavn, andel: Prosent, tak: Kroner)
    case linjeMerEnnSokt(Linjenavn, aar: Int, foreslatt: Kroner, sokt: Kroner)
    case overBudsjett(forslag: Kroner, budsjett: Kroner)
    /// `bundet`: what earlier multi-year vedtak take of this year's cap.
    case flerarigOverTak(flerarig: Kroner, andel: Prosent, tak: Kroner, bundet: Kroner)
    /// A later year's commitments pass its expected budget; `linjer` cause the new ones.
    case senereAarOverRamme(aar: Int, ramme: Kroner, bundet: Kroner, nye: Kroner, linjer: [Linjenavn])
    case regionUtenMidler(String)
    case alleredeSendtTilForum
    /// Delivered behovsmeldinger of the ordning that their network has not forwarded yet.
    case ikkeVideresendt(antall: Int)
    case bruddPaFordelingsregler(antall: Int)
    case bareForelopigKanVedtas
    case vedtaksdatoFremITid

    // MARK: The Rekom 30 % round (R10)

    case rekom30IkkeApnet(Dato)
    case rekom30FristUte(Dato)
    case rekom30ManglerKontaktperson
    case rekom30IngenLinjer
    case rekom30ForMangeLinjer(maks: Int)
    case rekom30VelgFormal(nummer: Int)
    case rekom30ManglerBarnehage(nummer: Int)
    case rekom30ManglerPerson(nummer: Int)
    case rekom30ManglerStudium(nummer: Int)
    /// Semesters done and in all do not make sense (none in all, or more done than in all).
    case rekom30Framdrift(nummer: Int)
    case rekom30IngenBelop(nummer: Int)
    /// A count (dispensasjoner, semesters) that is not a whole number from 0 to 10 000.
    case rekom30Tall(Tallnavn)
    /// The allocation gives a line more than it asked for.
    case rekom30MerEnnSokt(nummer: Int, organisasjon: String, tildelt: Kroner, sokt: Kroner)
    /// The allocation passes the pool.
    case rekom30OverPott(tildelt: Kroner, pott: Kroner)
    /// An amount changed from the proposal needs the Statsforvalter's reason.
    case rekom30EndringUtenBegrunnelse(nummer: Int, organisasjon: String)
    case rekom30FordelesIkkeFor(Dato)
    /// The extra from the 70 % part is more than the 70 % allocation left.
    case rekom30TilleggOverRest(rest: Kroner)

    // MARK: Forum and report (R13)

    case kommentarTom
    case alleredeGodkjent
    // MARK: Reports (R13)

    /// A text of a tiltak's report line is empty.
    case rapportMangler(Tiltaknavn, Felt.Rapportdel)
    case rapportManglerBrukt(Tiltaknavn)
    /// More used than the letter granted this side.
    case rapportOverforbruk(Tiltaknavn, brukt: Kroner, tildelt: Kroner)
    case rapportAvvikUtenBegrunnelse(Tiltaknavn, ubrukt: Kroner)
    case rapportReturUtenKommentar
    /// Unused funds are decided once every report of the letter is sent.
    case ubruktForRapportene
    case ubruktVelg
    case ubruktUtenBegrunnelse
    /// The report is not in a state that allows the step.
    case rapportStatus(Rapport.Status)

    // MARK: The network's long-term competence plan (seed 001)

    case kompetanseplanMangler(Kompetanseplan.Del)
    case kompetanseplanForMangeMal(antall: Int, maks: Int)
    /// A new version says what changed.
    case kompetanseplanUtenEndring
    /// Someone published another version since the form was opened.
    case kompetanseplanEndret(versjon: Int)
    case moteUtenDato
    case moteUgyldigDato
    case moteMangler(Nettverksmote.Del)
    case moteVelgForm
    /// A meeting in person needs a place.
    case moteUtenSted
    case dokumentUtenTittel
    case dokumentVelgLesere
    case dokumentUtenFil
    case dokumentIkkePDF
    case dokumentForStort(bytes: Int, maks: Int)
    case invitasjonVelgOrganisasjon
    /// Not in the register, already a member, or the Statsforvalter.
    case invitasjonIkkeKandidat
    case invitasjonUtenRolle

    // MARK: The register: organisations, networks, users, roles, rounds

    case organisasjonUtenNavn
    case velgOrganisasjonstype
    case velgMalform
    case kommuneUtenNummer
    case eierUtenRegion
    case ukjentRegion
    case saerligeUtfordringerBareEier
    case oppfolgingsordningenBareKommune
    case nettverkUtenNavn
    case brukerUtenNavn
    case brukerUtenEpost
    case ugyldigEpost
    case passordForKort(minst: Int)
    case passordForLangt(bytes: Int)
    case passordUlike
    case velgRolle
    case velgEier
    case velgUH
    case velgNettverk
    case velgSektor
    case rundeAar
    case rundeDato(Arshjul.Stegkode)
    case rundeRekkefolge(senere: Arshjul.Stegkode, tidligere: Arshjul.Stegkode)
    case rundeUtenOrdning
    /// A scheme's code is not 2–30 of a–z, 0–9 and hyphen, beginning with a letter.
    case ordningKode
    /// Two schemes of the round have the same code.
    case ordningKodeBrukt(String)
    /// A scheme without its full or short name.
    case ordningNavnMangler
    /// A scheme behovsmeldinger are written for cannot be removed from its round (nor its code changed).
    case ordningIBruk(String)
    /// A scheme with no fagutvalg sector, target group, network kind or partner kind.
    case ordningUtenValg(Ordningsvalg)
    case stansUtenBegrunnelse
    /// A partnership asks for another amount than `forpliktet` without saying why.
    case svarUtenBegrunnelse(forpliktet: Kroner)
    /// The round's rules cannot change after the first delivery.
    case rundeLaast
    /// After the lock, the deadline for behovsmeldinger may only move later than this.
    case fristKanBareFlyttesSenere(Dato)
}

/// How a message names a tiltak: «Tiltak 2 «Språkløft»».
public struct Tiltaknavn: Hashable, Sendable {
    public let nummer: Int
    public let tittel: String

    public init(nummer: Int, tittel: String) {
        self.nummer = nummer
        self.tittel = tittel.trimmedScalars
    }
}

/// How a message names a line of an innstilling: the tiltak and its partnership.
public struct Linjenavn: Hashable, Sendable {
    public let tiltak: Tiltaknavn
    public let partnerskap: String

    public init(tiltak: Tiltaknavn, partnerskap: String) {
        self.tiltak = tiltak
        self.partnerskap = partnerskap
    }
}

/// Which amount a message is about.
public enum Belopsnavn: Hashable, Sendable {
    case tiltak(Tiltaknavn, aar: Int, Felt.Side)
    case koordinator(Tiltaknavn)
    case anbefalt(Tiltaknavn)
    case foreslatt(Linjenavn, aar: Int, Felt.Side)
    case foreslattKoordinator(Linjenavn)
    case budsjett(String)
    /// The expected budget of a later year.
    case forventet(aar: Int)
    /// A partnership's answer about a multi-year tiltak's amount for `aar`.
    case svar(Tiltaknavn, aar: Int, Felt.Side)
    /// The amount of line `nummer` of a Rekom 30 % application.
    case rekom30(nummer: Int)
    /// The money used on a tiltak, as its report states it.
    case rapportBrukt(Tiltaknavn)
    /// The Statsforvalter's amount for a line of the 30 % allocation.
    case rekom30Tildelt(nummer: Int, organisasjon: String)
    /// What the Statsforvalter adds to the 30 % pool from what the 70 % allocation left.
    case rekom30Tillegg
}

/// Which count a number message is about.
public enum Tallnavn: Hashable, Sendable {
    case dispensasjonerKommune
    case semester(nummer: Int)
    case semestre(nummer: Int)
    case dispensasjonerBarnehage(nummer: Int)
}

/// Which text a length message is about.
public enum Tekstnavn: Hashable, Sendable {
    /// A text of line `nummer` of a Rekom 30 % application.
    case rekom30(nummer: Int, Felt.Rekom30del)
    case rekom30Begrunnelse(nummer: Int, organisasjon: String)
    case kriteriesvar(Kriterium)
    case enheter
    case kontaktperson
    case uhLaererutdanning
    case tiltakTittel(nummer: Int)
    case tiltakBeskrivelse(Tiltaknavn)
    case tiltakHvemGjorHva(Tiltaknavn)
    case tiltakDeltakere(Tiltaknavn)
    case koordinatorBegrunnelse(Tiltaknavn)
    case partnerskapNavn
    case avtale(Avtaledel)
    case kommentar
    /// The network leader's note on a behovsmelding, and on a joint tiltak.
    case nettverksnotat
    case fellesnotat
    case fristBegrunnelse
    case stansBegrunnelse
    case svarBegrunnelse
    case vurderingBegrunnelse(Kriterium)
    case linjeBegrunnelse(Linjenavn)
    case ubruktBegrunnelse
    /// A text of a report's line for a tiltak.
    case rapport(Tiltaknavn, Felt.Rapportdel)
    case kompetanseplan(Kompetanseplan.Del)
    case kompetanseplanEndring
    case mote(Nettverksmote.Del)
    case dokumentTittel
    case invitasjonRolle
}

/// Which list of parties a partnership form chose from.
public enum Partliste: Hashable, Sendable {
    case eiere
    case uh
}

/// Why a line of an innstilling cannot get funds (R1, R11), or got none.
public enum Avslagsgrunn: Hashable, Sendable {
    case ikkeVurdert
    case kriterierIkkeOppfylt([Kriterium])
    case oppfolgingsordningen
    /// Qualified, but the money went to tiltak with a higher priority.
    case ikkePrioritert
}

/// A form field that cannot be accepted, and why.
public struct Feltfeil: Hashable, Sendable, CustomStringConvertible {
    public let felt: Felt
    public let grunn: Feilgrunn

    public init(_ felt: Felt, _ grunn: Feilgrunn) {
        self.felt = felt
        self.grunn = grunn
    }

    public var description: String { "\(felt): \(grunn)" }
}

/// Every problem with one submitted form, so the user can mend them all at once.
public struct Skjemafeil: Error, Hashable, Sendable {
    public let felter: [Feltfeil]
    public init(_ felter: [Feltfeil]) { self.felter = felter }
    public init(_ felt: Felt, _ grunn: Feilgrunn) { self.felter = [Feltfeil(felt, grunn)] }

    /// The reasons, for tests and logs.
    public var grunner: [Feilgrunn] { felter.map(\.grunn) }
}

/// The lists of choices a scheme in the round form must have at least one of.
public enum Ordningsvalg: String, Hashable, Sendable, CaseIterable {
    case sektorer, malgrupper, nettverk, partnertyper
}
