import Domain
import Foundation
import TestSupport
import Testing
@testable import Web

/// Domain decides what is wrong; the catalogue words it. These tests hold the wording: one
/// example of every reason Domain can give, each worded to a whole sentence, and the exact
/// bokmål of the reasons users meet most.
@Suite struct DomainWordingTests {
    static let dato = Dato(iso: "2026-12-15")!
    static let tiltak = Tiltaknavn(nummer: 2, tittel: "Språkløftet 2")
    static let linje = Linjenavn(tiltak: tiltak, partnerskap: "Salten")

    /// One example of each case of `Feilgrunn`.
    static let feilgrunner: [Feilgrunn] = {
        let dato = Self.dato, tiltak = Self.tiltak, linje = Self.linje
        return [
            .belop(.tiltak(tiltak, aar: 1, .eier), .desimaler),
            .prosent("Rekom", .utenforOmrade),
            .heltall("Rekom", .maksTiltak, 1...5),
            .orgnr(.feilLengde(8)),
            .kommunenummer,
            .forLang(.tiltakTittel(nummer: 2), lengde: 2, maks: 2),
            .navnForLangt(maks: 2),
            .ordningIkkeIRunden(.rekom, aar: 2),
            .finnesAllerede("Rekom", aar: 2),
            .partnerIkkeTillatt("Rekom", tillatt: [.uh, .fagskole]),
            .kriteriumIkkeBesvart(.forankring),
            .uhTekstMangler,
            .ingenTiltak,
            .forMangeTiltak(antall: 2, maks: 2),
            .tiltakgrense("Rekom", maks: 2),
            .avtaleMangler(.hvem),
            .avtaleIkkeSignert(av: ["Nord universitet"]),
            .fristUte(dato),
            .tiltakManglerTittel(nummer: 2),
            .tiltakManglerBeskrivelse(tiltak, .planlegging),
            .tiltakManglerFase(tiltak),
            .tiltakUkjentFase(tiltak), .tiltakUkjentPlanmal(tiltak), .moteUtenDato, .moteUgyldigDato, .moteMangler(.hva), .moteVelgForm, .moteUtenSted,
            .dokumentUtenTittel, .dokumentVelgLesere, .invitasjonVelgOrganisasjon, .invitasjonIkkeKandidat, .invitasjonUtenRolle, .dokumentUtenFil, .dokumentIkkePDF, .dokumentForStort(bytes: 6_000_000, maks: 5_242_880),
            .tiltakManglerHvemGjorHva(tiltak),
            .tiltakVarighet(tiltak, maks: 2),
            .tiltakVelgVarighet(tiltak, maks: 2),
            .tiltakBelopForAntallAar(tiltak, varighet: 2, aar: 2),
            .tiltakManglerBelopForAar(tiltak, aar: 2),
            .tiltakNegativtBelop(tiltak),
            .tiltakIngenKostnad(tiltak),
            .koordinatorNegativ(tiltak),
            .koordinatorForFaKommuner(tiltak, minst: 2),
            .koordinatorOverTak(tiltak, andel: Prosent(30), tak: Kroner(150_000)),
            .koordinatorOverEiersDel(tiltak, eiersDel: Kroner(150_000)),
            .koordinatorUtenBegrunnelse(tiltak),
            .returUtenKommentar,
            .fristUteKanIkkeEndres(dato),
            .feilStatus(.tilUH),
            .rundenApnerIkkeFor(aar: 2, dato),
            .rundensFristErUte(aar: 2, dato),
            .partnerskapUtenNavn,
            .partnerskapUtenRegion,
            .ukjentPart(.uh),
            .partnerskapUtenUH,
            .avtaleIkkeSignerbar(.hvem),
            .partnerskapLaast,
            .inhabil(part: "Nord universitet"),
            .vurderingUmerket(.forankring),
            .vurderingUtenBegrunnelse(.forankring),
            .vurderingsprioritet(1...5),
            .velgVurderingsprioritet(1...5),
            .nettverksprioritet(maks: 2),
            .linjeAntallAar(linje, sokt: 2, foreslatt: 2),
            .linjeNegativ(linje),
            .linjeKanIkkeFaMidler(linje, .kriterierIkkeOppfylt([.forankring])),
            .linjeKoordinatorForFaKommuner(linje, minst: 2),
            .linjeKoordinatorOverTak(linje, andel: Prosent(30), tak: Kroner(150_000)),
            .linjeMerEnnSokt(linje, aar: 2, foreslatt: Kroner(150_000), sokt: Kroner(150_000)),
            .overBudsjett(forslag: Kroner(150_000), budsjett: Kroner(150_000)),
            .flerarigOverTak(flerarig: Kroner(150_000), andel: Prosent(30), tak: Kroner(150_000), bundet: .zero),
            .flerarigOverTak(flerarig: Kroner(150_000), andel: Prosent(30), tak: Kroner(100_000), bundet: Kroner(50_000)),
            .senereAarOverRamme(aar: 2029, ramme: Kroner(2_000_000), bundet: Kroner(150_000), nye: Kroner(2_500_000), linjer: [linje]),
            .regionUtenMidler("Nord universitet"),
            .alleredeSendtTilForum,
            .ikkeVideresendt(antall: 1),
            .ikkeVideresendt(antall: 3),
            .bruddPaFordelingsregler(antall: 2),
            .bareForelopigKanVedtas,
            .vedtaksdatoFremITid,
            .kommentarTom,
            .alleredeGodkjent,
            .rapportMangler(Tiltaknavn(nummer: 1, tittel: "T"), .utbytte),
            .rapportManglerBrukt(Tiltaknavn(nummer: 1, tittel: "T")),
            .rapportOverforbruk(Tiltaknavn(nummer: 1, tittel: "T"), brukt: Kroner(150_000), tildelt: Kroner(100_000)),
            .rapportAvvikUtenBegrunnelse(Tiltaknavn(nummer: 1, tittel: "T"), ubrukt: Kroner(50_000)),
            .rapportReturUtenKommentar, .ubruktForRapportene, .ubruktVelg, .ubruktUtenBegrunnelse,
            .rapportStatus(.utkast), .rapportStatus(.sendt), .rapportStatus(.godkjent),
            .kompetanseplanMangler(.midler), .kompetanseplanForMangeMal(antall: 13, maks: 12), .kompetanseplanUtenEndring,
            .kompetanseplanEndret(versjon: 3),
            .organisasjonUtenNavn,
            .velgOrganisasjonstype,
            .velgMalform,
            .kommuneUtenNummer,
            .eierUtenRegion,
            .ukjentRegion,
            .saerligeUtfordringerBareEier,
            .oppfolgingsordningenBareKommune,
            .nettverkUtenNavn,
            .brukerUtenNavn,
            .brukerUtenEpost,
            .ugyldigEpost,
            .passordForKort(minst: 2),
            .passordForLangt(bytes: 2),
            .passordUlike,
            .velgRolle,
            .velgEier,
            .velgUH,
            .velgNettverk,
            .velgSektor,
            .rundeAar,
            .rundeDato(.nettverk),
            .rundeRekkefolge(senere: .nettverk, tidligere: .nettverk),
            .rundeUtenOrdning,
            .ordningKode, .ordningKodeBrukt("rekom"), .ordningIBruk("rekom"), .ordningNavnMangler, .ordningUtenValg(.sektorer), .ordningUtenValg(.partnertyper),
            .stansUtenBegrunnelse,
            .svarUtenBegrunnelse(forpliktet: Kroner(850_000)),
            .rundeLaast,
            .rekom30IkkeApnet(dato),
            .rekom30FristUte(dato),
            .rekom30ManglerKontaktperson,
            .rekom30IngenLinjer,
            .rekom30ForMangeLinjer(maks: 20),
            .rekom30VelgFormal(nummer: 1),
            .rekom30ManglerBarnehage(nummer: 1),
            .rekom30ManglerPerson(nummer: 1),
            .rekom30ManglerStudium(nummer: 1),
            .rekom30Framdrift(nummer: 1),
            .rekom30IngenBelop(nummer: 1),
            .rekom30Tall(.semester(nummer: 1)),
            .rekom30MerEnnSokt(nummer: 1, organisasjon: "Bodø kommune", tildelt: Kroner(2), sokt: Kroner(1)),
            .rekom30OverPott(tildelt: Kroner(2), pott: Kroner(1)),
            .rekom30EndringUtenBegrunnelse(nummer: 1, organisasjon: "Bodø kommune"),
            .rekom30FordelesIkkeFor(dato),
            .rekom30TilleggOverRest(rest: Kroner(1)),
        ]
    }()

    @Test("every reason is worded as whole sentences, with no placeholder left")
    func everyReason() {
        let t = Catalogue.bokmal
        for grunn in Self.feilgrunner {
            let text = t.tekst(grunn)
            #expect(!text.isEmpty && !text.contains("⟦") && !text.contains("{"), "\(grunn)")
            #expect(text.hasSuffix(".") || text.hasSuffix("?"), "\(grunn): \(text)")
            #expect(text.first?.isUppercase == true || text.first?.isNumber == true || text.first == "«", "\(grunn): \(text)")
        }
        #expect(Set(Self.feilgrunner.map(t.tekst)).count == Self.feilgrunner.count, "no two reasons read the same")
    }

    @Test("the words of the reasons users meet most", arguments: [
        (Feilgrunn.fristUte(dato), "Fristen for behovsmeldinger var 15. desember 2026. Behovsmeldingen kan ikke sendes etter fristen; kontakt Statsforvalteren."),
        (.tiltakManglerHvemGjorHva(tiltak), "Tiltak 2 «Språkløftet 2» mangler beskrivelse av hvem som gjør hva. Skriv hva eier og UH gjør hver for seg."),
        (.tiltakManglerTittel(nummer: 3), "Tiltak 3 mangler tittel. Gi tiltaket et kort navn."),
        (.kriteriumIkkeBesvart(.forankring),
         "Kriteriet «Forankring» er ikke besvart. Beskriv: Hvordan er behovet vurdert lokalt i den enkelte barnehage eller skole, med ansatte og ledere, og i faglig dialog med UH?"),
        (.koordinatorOverTak(tiltak, andel: Prosent(30), tak: Kroner(150_000)),
         "Tiltak 2 «Språkløftet 2»: koordinator kan få høyst 30 % av tiltakets samlede beløp, det vil si 150 000 kr. Reduser koordinatorbeløpet."),
        (.belop(.tiltak(tiltak, aar: 1, .eier), .desimaler), "Eiers beløp for år 1 i Tiltak 2 «Språkløftet 2»: Skriv beløpet i hele kroner, uten øre, for eksempel 1 200 000."),
        (.belop(.budsjett("Rekom"), .tom), "Rekom: Skriv inn et beløp i hele kroner, for eksempel 10 886 000."),
        (.forLang(.tiltakTittel(nummer: 2), lengde: 2_001, maks: 2_000), "Tittelen på tiltak 2 er for lang: 2 001 tegn. Kort den ned til høyst 2 000 tegn."),
        (.linjeKanIkkeFaMidler(linje, .kriterierIkkeOppfylt([.partnerskap])),
         "Tiltak 2 «Språkløftet 2» (Salten) kan ikke få midler fordi kriteriet «Partnerskap» er ikke oppfylt. Sett forslaget til 0 kr."),
        (.bruddPaFordelingsregler(antall: 1), "Innstillingen har ett brudd på fordelingsreglene og kan ikke sendes til samarbeidsforum før det er rettet."),
        (.rundeRekkefolge(senere: .nettverk, tidligere: .behovsmelding), "«Frist for nettverkene» kan ikke være før «Frist for behovsmeldinger»."),
        (.orgnr(.ugyldigKontrollsiffer), "Organisasjonsnummeret finnes ikke: kontrollsifferet stemmer ikke. Sjekk nummeret i Enhetsregisteret."),
    ])
    func words(grunn: Feilgrunn, text: String) {
        #expect(Catalogue.bokmal.tekst(grunn) == text.vist)
    }

    @Test("the proposal's reason: the main reason, then what it adds")
    func forslagsgrunn() {
        let t = Catalogue.bokmal
        #expect(t.tekst(Forslagsgrunn(hoved: .hoyerePrioritet)) == "Ingen midler: midlene gikk til tiltak med høyere prioritet.")
        #expect(t.tekst(Forslagsgrunn(hoved: .redusertPrioritet(andel: Prosent(basisPoints: 6_140), prioritet: 2), flerarigTak: Prosent(50),
                                      saerligeUtfordringer: true, koordinatorTattUt: 2))
            == ("Redusert til 61,4 % fordi midlene ikke rakk til alle tiltak med prioritet 2. Flerårige tiltak er samlet begrenset til 50 % av midlene."
            + " Eieren har særlige utfordringer og er prioritert. Koordinator er tatt ut: det krever minst 2 kommuner.").vist)
        #expect(t.tekst(Avslagsgrunn.kriterierIkkeOppfylt([.forankring, .partnerskap])) == "Kriteriene «Forankring», «Partnerskap» er ikke oppfylt.")
    }

    @Test("a reason left as the proposal worded it is not stored as text; the Statsforvalter's own words are")
    func begrunnelse() {
        var line = Innstilling.Linje(id: 1, behovsmeldingId: 1, tiltakNummer: 1, tiltakTittel: "T", partnerskap: "P", regionId: 1, regionNavn: "R",
                                     sokt: [Belop(eier: Kroner(1), uh: .zero)])
        line.forslagsgrunn = Forslagsgrunn(hoved: .fullt(dekkerAlle: true))
        #expect(Catalogue.bokmal.begrunnelse(line) == "Fullt beløp: midlene dekker alle kvalifiserte tiltak.")
        line.begrunnelse = "Eget ord."
        #expect(Catalogue.bokmal.begrunnelse(line) == "Eget ord.")
    }
}
