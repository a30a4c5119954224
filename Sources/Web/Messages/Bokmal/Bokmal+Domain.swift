import Domain

/// Domain's reasons in bokmål: every case of `Feilgrunn`, `Avslagsgrunn`, `Forslagsgrunn` and
/// the grant letter's conditions, worded with the numbers Domain gives. A switch without a
/// default, so a new reason does not compile until it has its words here.
enum BokmalDomain: Domeneord {
    private static let bokmal = Catalogue.bokmal

    static func tekst(_ grunn: Feilgrunn) -> String {
        switch grunn {
        // Typed values
        case .belop(let navn, let feil): return "\(belopsnavn(navn)): \(kroner(feil))"
        case .prosent(let ordning, let feil): return "\(ordning): \(prosent(feil))"
        case .heltall(let ordning, let parameter, let range):
            return "\(ordning): \(heltallsnavn(parameter)) må være et helt tall fra \(range.lowerBound) til \(range.upperBound)."
        case .orgnr(let feil): return orgnr(feil)
        case .kommunenummer: return "Kommunenummeret må ha fire siffer, for eksempel 1804 for Bodø eller 0301 for Oslo."
        case .forLang(let navn, let lengde, let maks):
            return "\(tekstnavn(navn)) er for lang: \(Kroner.groupDigits(lengde)) tegn. Kort den ned til høyst \(Kroner.groupDigits(maks)) tegn."
        case .navnForLangt(let maks): return "Navnet kan ha høyst \(maks) tegn."

        // The behovsmelding
        case .ordningIkkeIRunden(let ordning, let aar): return "Ordningen «\(ordning.kode)» er ikke med i tildelingsrunden \(aar). Velg en annen ordning."
        case .finnesAllerede(let ordning, let aar):
            return "Partnerskapet har allerede en behovsmelding for \(ordning) i \(aar). Skriv videre i den i stedet for å lage en ny."
        case .kriteriumIkkeBesvart(let k): return "Kriteriet «\(bokmal.navn(k))» er ikke besvart. Beskriv: \(bokmal.sporsmal(k))"
        case .uhTekstMangler:
            return "UH har ikke beskrevet hvordan samarbeidet styrker lærerutdanningen. UH fyller ut dette før behovsmeldingen leveres."
        case .ingenTiltak: return "Behovsmeldingen har ingen tiltak. Legg til minst ett tiltak."
        case .forMangeTiltak(let antall, let maks):
            return "Behovsmeldingen har \(antall) tiltak, men høyst \(maks) er tillatt. Slå sammen eller fjern \(antall - maks)."
        case .tiltakgrense(let ordning, let maks):
            return "\(ordning) tillater høyst \(maks) tiltak i én behovsmelding. Slå sammen tiltak eller fjern ett før du legger til et nytt."
        case .avtaleMangler(let del):
            let hva = switch del {
            case .hvem: "hvem som gjør hva"
            case .hva: "hva partnerskapet handler om"
            case .naar: "når ting skjer"
            }
            return "Partnerskapsavtalen sier ikke \(hva). Fyll ut avtalen før behovsmeldingen sendes."
        case .avtaleIkkeSignert(let navn):
            return "Partnerskapsavtalen er ikke signert av \(navn.joined(separator: ", ")). Alle eiere og UH må signere før behovsmeldingen sendes."
        case .fristUte(let dato):
            return "Fristen for behovsmeldinger var \(dato.formatted). Behovsmeldingen kan ikke sendes etter fristen; kontakt Statsforvalteren."
        case .tiltakManglerTittel(let nummer): return "Tiltak \(nummer) mangler tittel. Gi tiltaket et kort navn."
        case .tiltakManglerBeskrivelse(let t, let fase):
            return "\(omtale(t)) mangler en konkret beskrivelse av hva som skal gjøres. Det kreves i fasen «\(bokmal.navn(fase))»."
        case .tiltakManglerFase(let t): return "\(omtale(t)) mangler fase. Velg én av de tre fasene."
        case .tiltakUkjentFase(let t): return "Velg en av de tre fasene for \(omtale(t))."
        case .tiltakUkjentPlanmal(let t): return "Velg et av målene i nettverkets kompetanseplan for \(omtale(t)), eller ingen."
        case .tiltakManglerHvemGjorHva(let t):
            return "\(omtale(t)) mangler beskrivelse av hvem som gjør hva. Skriv hva eier og UH gjør hver for seg."
        case .tiltakVarighet(let t, let maks): return "\(omtale(t)) kan vare fra 1 til \(maks) år. Velg en varighet innenfor dette."
        case .tiltakVelgVarighet(let t, let maks): return "Velg hvor mange år \(omtale(t)) varer, fra 1 til \(maks)."
        case .tiltakBelopForAntallAar(let t, let varighet, let aar):
            return "\(omtale(t)) varer i \(varighet) år, men har beløp for \(aar). Fyll inn beløp for hvert år."
        case .tiltakManglerBelopForAar(let t, let aar):
            return "\(omtale(t)) har ikke beløp for år \(aar). Fyll inn beløp for eier og/eller UH, eller kort ned varigheten."
        case .tiltakNegativtBelop(let t): return "\(omtale(t)) har et negativt beløp. Beløp må være 0\u{00A0}kr eller mer."
        case .tiltakIngenKostnad(let t): return "\(omtale(t)) har ingen kostnad. Fyll inn hva tiltaket koster for eier og for UH."
        case .koordinatorNegativ(let t): return "\(omtale(t)): koordinatorbeløpet kan ikke være negativt."
        case .koordinatorForFaKommuner(let t, let minst):
            return "\(omtale(t)) kan ikke bruke midler til koordinator: det krever at minst \(minst) kommuner er med i partnerskapet. Sett koordinatorbeløpet til 0."
        case .koordinatorOverTak(let t, let andel, let tak):
            return "\(omtale(t)): koordinator kan få høyst \(andel.formatted) av tiltakets samlede beløp, det vil si \(tak.formatted). Reduser koordinatorbeløpet."
        case .koordinatorOverEiersDel(let t, let eiersDel):
            return "\(omtale(t)): koordinatoren betales av eiers del, som er \(eiersDel.formatted). Reduser koordinatorbeløpet eller øk eiers del."
        case .koordinatorUtenBegrunnelse(let t):
            return "\(omtale(t)) bruker midler til koordinator uten begrunnelse. Forklar hvorfor tiltaket trenger koordinator."

        // The way of a behovsmelding
        case .returUtenKommentar: return "Skriv hva eier må endre før dere kan signere."
        case .fristUteKanIkkeEndres(let dato):
            return "Fristen for behovsmeldinger var \(dato.formatted). Behovsmeldingen kan ikke endres eller sendes etter fristen; kontakt Statsforvalteren."
        case .feilStatus(let status):
            switch status {
            case .utkast: return "Behovsmeldingen er et utkast hos eier og er ikke sendt til UH ennå."
            case .tilUH: return "Behovsmeldingen er sendt til UH. Eier kan endre den igjen hvis UH returnerer den."
            case .levert: return "Behovsmeldingen er levert til kompetansenettverket og kan ikke endres."
            }
        case .rundenApnerIkkeFor(let aar, let dato): return "Tildelingsrunden \(aar) åpner \(dato.formatted). Da kan dere begynne på behovsmeldingen."
        case .rundensFristErUte(let aar, let dato): return "Fristen for behovsmeldinger i tildelingsrunden \(aar) var \(dato.formatted)."
        case .fristforlengelseDato: return "Skriv inn den nye fristen som dd.mm.åååå, for eksempel 18.12.2026."
        case .fristforlengelseUtenfor(let etter, let senest):
            return "Den nye fristen må være etter rundens frist (\(etter.formatted)) og senest nettverkenes frist (\(senest.formatted)), så nettverket rekker å behandle den."
        case .fristforlengelseUtenBegrunnelse: return "Skriv hvorfor behovsmeldingen får lengre frist. Begrunnelsen vises for partnerskapet og nettverket."

        // The partnership
        case .partnerskapUtenNavn: return "Gi partnerskapet et navn, for eksempel «Salten barnehagepartnerskap»."
        case .partnerskapUtenRegion: return "Velg regionen partnerskapet hører til. Kompetansenettverket der får behovsmeldingene."
        case .ukjentPart(let liste):
            let hvilke = liste == .eiere ? "eierne" : "universitetene eller høgskolene"
            return "Et av de valgte \(hvilke) finnes ikke i registeret. Velg på nytt fra listen."
        case .partnerskapUtenUH: return "Velg minst én kunnskapspartner: et universitet eller en høgskole (UH), en fagskole eller et nasjonalt senter under en UH."
        case .avtaleIkkeSignerbar(let del): return "Avtalen kan ikke signeres før den sier «\(avtaledel(del).lowercased())». Eier fyller ut avtalen."
        case .partnerskapLaast:
            return "Partnerskapet kan ikke endres mens en behovsmelding fra det er hos UH eller levert. Be UH returnere behovsmeldingen først."

        // Review
        case .inhabil(let part):
            return "Du kan ikke vurdere denne behovsmeldingen fordi du hører til \(part), som er part i partnerskapet. Et annet medlem av fagutvalget må vurdere den."
        case .vurderingUmerket(let k): return "Marker om kriteriet «\(bokmal.navn(k))» er oppfylt eller ikke."
        case .vurderingUtenBegrunnelse(let k): return "Begrunn hvorfor kriteriet «\(bokmal.navn(k))» ikke er oppfylt."
        case .vurderingsprioritet(let range): return "Prioriteten må være et tall fra \(range.lowerBound) til \(range.upperBound)."
        case .velgVurderingsprioritet(let range): return "Velg en prioritet fra \(range.lowerBound) til \(range.upperBound), eller la feltet stå tomt."
        case .nettverksprioritet(let maks): return "Skriv en prioritet fra 1 til \(maks)."

        // The innstilling
        case .linjeAntallAar(let l, let sokt, let foreslatt):
            return "\(omtale(l)) varer i \(sokt) år, men forslaget har \(foreslatt). Foreslå et beløp for hvert år."
        case .linjeNegativ(let l): return "\(omtale(l)) har et negativt forslag. Beløp må være 0\u{00A0}kr eller mer."
        case .linjeKanIkkeFaMidler(let l, let grunn):
            let fordi = switch grunn {
            case .kriterierIkkeOppfylt(let k) where k.count == 1: "kriteriet «\(bokmal.navn(k[0]))» er ikke oppfylt"
            case .kriterierIkkeOppfylt(let k): "kriteriene \(k.map { "«\(bokmal.navn($0))»" }.joined(separator: ", ")) er ikke oppfylt"
            case .oppfolgingsordningen: "samsvar med oppfølgingsordningen er ikke bekreftet"
            case .ikkeVurdert: "fagutvalget ikke har vurdert den"
            case .ikkePrioritert: "den ikke er prioritert innenfor rammen"
            }
            return "\(omtale(l)) kan ikke få midler fordi \(fordi). Sett forslaget til 0\u{00A0}kr."
        case .linjeKoordinatorForFaKommuner(let l, let minst):
            return "\(omtale(l)): koordinator krever minst \(minst) kommuner i partnerskapet. Sett koordinator til 0\u{00A0}kr."
        case .linjeKoordinatorOverTak(let l, let andel, let tak):
            return "\(omtale(l)): koordinator kan få høyst \(andel.formatted) av foreslått beløp, det vil si \(tak.formatted)."
        case .linjeMerEnnSokt(let l, let aar, let foreslatt, let sokt):
            return "\(omtale(l)) får mer enn søkt for år \(aar) (\(foreslatt.formatted) mot \(sokt.formatted))."
        case .overBudsjett(let forslag, let budsjett):
            return "Forslaget er \(forslag.formatted), men bare \(budsjett.formatted) kan fordeles. Reduser med \((forslag - budsjett).formatted)."
        case .flerarigOverTak(let flerarig, let andel, let tak, let bundet) where bundet > .zero:
            return "Flerårige tiltak får \(flerarig.formatted), men bare \(tak.formatted) kan gå til nye flerårige tiltak: høyst \(andel.formatted) av midlene, "
                + "og tidligere vedtak binder allerede \(bundet.formatted) av dem."
        case .flerarigOverTak(let flerarig, let andel, let tak, _):
            return "Flerårige tiltak får \(flerarig.formatted), men høyst \(andel.formatted) av midlene (\(tak.formatted)) kan gå til flerårige tiltak."
        case .senereAarOverRamme(let aar, let ramme, let bundet, let nye, let linjer):
            let hvem = linjer.prefix(3).map(omtale).joined(separator: ", ") + (linjer.count > 3 ? " og \(linjer.count - 3) til" : "")
            let tidligere = bundet > .zero ? "tidligere vedtak binder \(bundet.formatted) og " : ""
            return "For \(aar) er forventet ramme \(ramme.formatted), men \(tidligere)denne innstillingen lover \(nye.formatted): "
                + "\((bundet + nye - ramme).formatted) for mye. Det gjelder \(hvem). Reduser de senere årene eller legg inn en høyere forventet ramme for \(aar)."
        case .regionUtenMidler(let region): return "Region \(region) har kvalifiserte behovsmeldinger, men får ingen midler. Alle regioner skal få midler."
        case .alleredeSendtTilForum: return "Innstillingen er allerede sendt til samarbeidsforum."
        case .ikkeVideresendt(let antall):
            let hvor = antall == 1 ? "Én levert behovsmelding er" : "\(antall) leverte behovsmeldinger er"
            return "\(hvor) ikke videresendt fra kompetansenettverket ennå og mangler i innstillingen. Send innstillingen til samarbeidsforum når nettverkene har videresendt."
        case .bruddPaFordelingsregler(let antall):
            let brudd = antall == 1 ? "ett brudd" : "\(antall) brudd"
            return "Innstillingen har \(brudd) på fordelingsreglene og kan ikke sendes til samarbeidsforum før det er rettet."
        case .bareForelopigKanVedtas: return "Bare en foreløpig innstilling kan vedtas."
        case .vedtaksdatoFremITid: return "Vedtaksdatoen kan ikke være frem i tid."

        // Forum and report
        case .kommentarTom: return "Skriv kommentaren før du sender den."
        case .alleredeGodkjent: return "Du har allerede godkjent denne innstillingen."
        case .rapportMangler(let t, let del): return "\(rapportdel(del)) i \(omtale(t)) mangler. Fyll det ut før du sender rapporten."
        case .rapportManglerBrukt(let t): return "Skriv hvor mye av midlene til \(omtale(t)) som er brukt, i hele kroner (0 om ingenting er brukt)."
        case .rapportOverforbruk(let t, let brukt, let tildelt):
            return "Brukt i \(omtale(t)) (\(brukt.formatted)) er mer enn tildelt (\(tildelt.formatted)). Rapporter bruken av tilskuddet, høyst det som er tildelt."
        case .rapportAvvikUtenBegrunnelse(let t, let ubrukt):
            return "\(ubrukt.formatted) av midlene til \(omtale(t)) er ikke brukt. Forklar avviket fra planen."
        case .rapportReturUtenKommentar: return "Skriv hva partnerskapet må rette før du returnerer rapporten."
        case .ubruktForRapportene: return "Ubrukte midler avgjøres når alle rapportene på tildelingsbrevet er sendt."
        case .ubruktVelg: return "Velg om de ubrukte midlene skal betales tilbake eller kan brukes våren etter."
        case .ubruktUtenBegrunnelse: return "Begrunn avgjørelsen om de ubrukte midlene."
        case .rapportStatus(let status):
            return switch status {
            case .utkast, .returnert: "Rapporten er ikke sendt ennå."
            case .sendt: "Rapporten er sendt og venter på Statsforvalteren. Den kan ikke endres nå."
            case .godkjent: "Rapporten er godkjent og kan ikke endres."
            }
        case .kompetanseplanMangler(let del): return "Skriv \(planDel(del).lowercased()) før du publiserer planen."
        case .kompetanseplanForMangeMal(let antall, let maks):
            return "Planen har \(antall) mål. Samle dem til høyst \(maks), ett per linje, så prioriteringene kommer fram."
        case .kompetanseplanUtenEndring: return "Skriv kort hva som er endret fra forrige versjon."
        case .moteUtenDato: return "Skriv datoen for møtet."
        case .moteUgyldigDato: return "Skriv datoen for møtet som dd.mm.åååå, for eksempel 15.01.2027."
        case .moteMangler(let del):
            return del == .ansvar ? "Skriv hvem som har ansvaret for møtet." : del == .hva ? "Skriv hva møtet handler om." : "Skriv \(moteDel(del).lowercased()) for møtet."
        case .moteVelgForm: return "Velg om møtet er digitalt eller fysisk."
        case .moteUtenSted: return "Skriv hvor møtet holdes; et fysisk møte trenger et sted."
        case .dokumentUtenTittel: return "Skriv en tittel på dokumentet."
        case .dokumentVelgLesere: return "Velg hvem som kan lese dokumentet."
        case .invitasjonVelgOrganisasjon: return "Velg organisasjonen du vil invitere."
        case .invitasjonIkkeKandidat: return "Organisasjonen kan ikke inviteres: den er allerede med i nettverket, eller finnes ikke i registeret."
        case .invitasjonUtenRolle: return "Skriv hvilken rolle organisasjonen har i nettverket."
        case .dokumentUtenFil: return "Velg en PDF-fil å laste opp."
        case .dokumentIkkePDF: return "Filen er ikke en PDF. Lagre dokumentet som PDF og last det opp igjen."
        case .dokumentForStort(let bytes, let maks):
            return "Filen er \(megabytes(bytes)); den kan være på høyst \(megabytes(maks)). Komprimer den eller del den opp."
        case .kompetanseplanEndret(let versjon):
            return "Noen har publisert versjon \(versjon) av planen i mellomtiden. Det du skrev, står i skjemaet; se over versjon \(versjon) og publiser igjen."

        // The register
        case .organisasjonUtenNavn: return "Skriv inn navnet på organisasjonen, slik det står i Enhetsregisteret."
        case .velgOrganisasjonstype: return "Velg hva slags organisasjon dette er."
        case .velgMalform: return "Velg bokmål, nynorsk eller nøytral."
        case .kommuneUtenNummer: return "En kommune må ha kommunenummer, for eksempel 1804 for Bodø."
        case .eierUtenRegion: return "Velg kompetanseregionen eieren hører til. Behovsmeldingen går til regionens nettverk."
        case .ukjentRegion: return "Velg en region fra listen."
        case .saerligeUtfordringerBareEier: return "Bare eiere kan merkes med særlige utfordringer (R11)."
        case .oppfolgingsordningenBareKommune: return "Bare kommuner kan være med i oppfølgingsordningen (R11)."
        case .nettverkUtenNavn: return "Skriv inn navnet på nettverket."
        case .brukerUtenNavn: return "Skriv inn fullt navn."
        case .brukerUtenEpost: return "Skriv inn e-postadressen personen logger inn med."
        case .ugyldigEpost: return "Skriv inn en gyldig e-postadresse, for eksempel ola.nordmann@bodo.kommune.no."
        case .passordForKort(let minst): return "Passordet må ha minst \(minst) tegn. Et par ord med mellomrom er lett å huske."
        case .passordForLangt(let bytes): return "Passordet kan ha høyst \(bytes) tegn (færre med æ, ø og å)."
        case .passordUlike: return "Passordene er ikke like. Skriv det samme passordet to ganger."
        case .velgRolle: return "Velg hvilken rolle personen skal ha."
        case .velgEier: return "Velg hvilken eier (kommune eller privat eier) personen skal representere."
        case .velgUH: return "Velg hvilken UH, fagskole eller hvilket nasjonalt senter personen skal representere."
        case .velgNettverk: return "Velg hvilket kompetansenettverk personen skal lede."
        case .velgSektor: return "Velg hvilket fagutvalg (sektor) personen skal sitte i."
        case .rundeAar: return "Skriv inn tildelingsåret med fire siffer, for eksempel 2027."
        case .rundeDato(let kode): return "Skriv inn datoen for «\(fristnavn(kode))» som dd.mm.åååå, for eksempel 15.12.2026."
        case .rundeRekkefolge(let senere, let tidligere): return "«\(fristnavn(senere))» kan ikke være før «\(fristnavn(tidligere))»."
        case .rundeUtenOrdning: return "Kryss av for minst én ordning som er med i runden."
        case .ordningKode: return "Koden kan ha 2–30 tegn: små bokstaver a–z, siffer og bindestrek, og må begynne med en bokstav, for eksempel «rekom»."
        case .ordningKodeBrukt(let kode): return "To ordninger har koden «\(kode)». Gi hver ordning sin egen kode."
        case .ordningNavnMangler: return "Skriv inn navnet på ordningen."
        case .ordningIBruk(let kode):
            return "Det finnes behovsmeldinger for ordningen «\(kode)» i runden. Den kan ikke fjernes eller få ny kode; kryss den av igjen med koden «\(kode)»."
        case .ordningUtenValg(let valg):
            let hva = switch valg {
            case .sektorer: "ett fagutvalg som vurderer"
            case .malgrupper: "én målgruppe"
            case .nettverk: "én type kompetansenettverk som mottar behovsmeldingene"
            case .partnertyper: "én type kunnskapspartner"
            }
            return "Kryss av for minst \(hva)."
        case .partnerIkkeTillatt(let ordning, let tillatt):
            let typer = tillatt.map { bokmal.navn($0).lowercased() }
            return "\(ordning) krever at partnerskapet har en partner som er \(eller(typer)). Endre partnerskapet før behovsmeldingen sendes."
        case .svarUtenBegrunnelse(let forpliktet):
            return "Dere ber om et annet beløp enn de \(forpliktet.formatted) som er vedtatt. Skriv hvorfor tiltaket trenger mer eller mindre."
        case .stansUtenBegrunnelse: return "Skriv hvorfor tiltaket stanses, for eksempel at partnerskapet har meldt at det ikke fortsetter."
        case .fristKanBareFlyttesSenere(let dato):
            return "Fristen for behovsmeldinger kan bare flyttes senere enn \(dato.formatted) nå som behovsmeldinger er sendt inn."
        case .rundeLaast:
            return "Reglene i runden kan ikke endres lenger: den første behovsmeldingen er sendt inn, og reglene gjelder likt for alle som har sendt."

        // The Rekom 30 % round
        case .rekom30IkkeApnet(let dato): return "Søknadene åpner \(dato.formatted). Du kan lagre et utkast, men ikke sende før da."
        case .rekom30FristUte(let dato): return "Søknadsfristen var \(dato.formatted). Søknaden kan ikke sendes eller endres etter fristen; kontakt Statsforvalteren."
        case .rekom30ManglerKontaktperson: return "Skriv hvem Statsforvalteren kan kontakte om søknaden."
        case .rekom30IngenLinjer: return "Legg til minst én person eller ett tiltak dere søker midler til."
        case .rekom30ForMangeLinjer(let maks): return "En søknad kan ha høyst \(maks) linjer. Send en egen søknad for resten, eller slå sammen tilretteleggingsmidler."
        case .rekom30VelgFormal(let nr): return "Velg hva linje \(nr) gjelder."
        case .rekom30ManglerBarnehage(let nr): return "Skriv hvilken barnehage linje \(nr) gjelder."
        case .rekom30ManglerPerson(let nr): return "Skriv navnet på personen som studerer (linje \(nr))."
        case .rekom30ManglerStudium(let nr): return "Skriv hvilket studium personen tar (linje \(nr)), for eksempel «ABLU, Nord universitet»."
        case .rekom30Framdrift(let nr):
            return "Skriv hvor langt personen har kommet i linje \(nr): antall semestre fullført og antall semestre i alt, for eksempel 5 av 8."
        case .rekom30IngenBelop(let nr): return "Skriv hvor mye dere søker om til linje \(nr)."
        case .rekom30Tall(let navn): return "\(tallnavn(navn)) må være et helt tall, 0 eller mer."
        case .rekom30MerEnnSokt(let nr, let org, let tildelt, let sokt):
            return "Linje \(nr) fra \(org) får \(tildelt.formatted), mer enn de \(sokt.formatted) det er søkt om."
        case .rekom30OverPott(let tildelt, let pott):
            return "Fordelingen gir \(tildelt.formatted), mer enn de \(pott.formatted) som er til fordeling: \((tildelt - pott).formatted) for mye."
        case .rekom30EndringUtenBegrunnelse(let nr, let org):
            return "Skriv hvorfor linje \(nr) fra \(org) får et annet beløp enn forslaget."
        case .rekom30FordelesIkkeFor(let dato): return "Midlene kan fordeles etter \(dato.formatted), når søknadsfristen er ute og alle søknader er inne."
        case .rekom30TilleggOverRest(let rest):
            return "Fra 70-prosentdelen kan høyst \(rest.formatted) legges til: det er det den vedtatte innstillingen lot stå igjen."
        }
    }

    private static func tallnavn(_ navn: Tallnavn) -> String {
        switch navn {
        case .dispensasjonerKommune: "Antall dispensasjoner i kommunen"
        case .semester(let nr): "Antall semestre fullført (linje \(nr))"
        case .semestre(let nr): "Antall semestre i alt (linje \(nr))"
        case .dispensasjonerBarnehage(let nr): "Antall dispensasjoner i barnehagen (linje \(nr))"
        }
    }

    /// Why a line gets nothing, as a sentence.
    static func tekst(_ grunn: Avslagsgrunn) -> String {
        switch grunn {
        case .ikkeVurdert: "Ikke vurdert av fagutvalget."
        case .kriterierIkkeOppfylt(let k) where k.count == 1: "Kriteriet «\(bokmal.navn(k[0]))» er ikke oppfylt."
        case .kriterierIkkeOppfylt(let k): "Kriteriene \(k.map { "«\(bokmal.navn($0))»" }.joined(separator: ", ")) er ikke oppfylt."
        case .oppfolgingsordningen: "Samsvar med oppfølgingsordningen er ikke bekreftet."
        case .ikkePrioritert: "Ikke prioritert innenfor rammen."
        }
    }

    /// The proposal's reason for a line: the main reason, then what it adds.
    static func tekst(_ grunn: Forslagsgrunn) -> String {
        var text: String
        switch grunn.hoved {
        case .kriteriumIkkeOppfylt(let k): text = "Ingen midler: kriteriet «\(bokmal.navn(k))» er ikke oppfylt."
        case .oppfolgingsordningen: text = "Ingen midler: samsvar med oppfølgingsordningen er ikke bekreftet."
        case .ingentingSokt(let forsteAar): text = "Ingen midler: ingenting er søkt for \(forsteAar ? "første år" : "året")."
        case .hoyerePrioritet: text = "Ingen midler: midlene gikk til tiltak med høyere prioritet."
        case .fullt(let dekkerAlle): text = dekkerAlle ? "Fullt beløp: midlene dekker alle kvalifiserte tiltak." : "Fullt beløp etter prioritet."
        case .redusertFlerarig(let andel, let tak):
            text = "Redusert til \(andel.formatted) fordi flerårige tiltak samlet kan få høyst \(tak.formatted) av midlene."
        case .redusertPrioritet(let andel, let prioritet):
            text = "Redusert til \(andel.formatted) fordi midlene ikke rakk til alle tiltak med \(prioritet.map { "prioritet \($0)" } ?? "uten prioritet")."
        case .redusertSenereAar(let andel, let aar):
            text = "Redusert til \(andel.formatted) slik at forpliktelsene for \(aar) holder seg innenfor forventet ramme."
        case .redusertMinstebelop(let andel): text = "Redusert til \(andel.formatted): regionens minstebeløp, slik at alle regioner får midler."
        }
        if let tak = grunn.flerarigTak { text += " Flerårige tiltak er samlet begrenset til \(tak.formatted) av midlene." }
        if grunn.saerligeUtfordringer { text += " Eieren har særlige utfordringer og er prioritert." }
        if let minst = grunn.koordinatorTattUt { text += " Koordinator er tatt ut: det krever minst \(minst) kommuner." }
        return text
    }

    static func tekst(_ vilkar: Tildelingsbrev.Vilkar) -> String {
        switch vilkar {
        case .brukes(let aar): "Midlene for \(aar) skal brukes i \(aar) og våren \(aar + 1)."
        case .halvaarsrapport(let frist):
            "Partnerskapet sender en kort halvårsrapport innen \(frist.formatted): hva som er gjort så langt, om arbeidet går etter planen, og midler brukt hittil."
        case .rapport(let frist):
            "Partnerskapet rapporterer innen \(frist.formatted): hva som er gjort, og midler brukt mot midler tildelt, for eier og UH hver for seg. Har partnerskapet flere UH, rapporterer hver UH."
        case .ubrukteMidler:
            "Midler som ikke er brukt innen fristen, skal oppgis i rapporten. Statsforvalteren kan kreve dem tilbakebetalt eller trekke dem fra senere tildelinger."
        case .forutsetningBevilgning(let aar):
            "Tildelingen for årene etter \(aar) gjelder under forutsetning av at Stortinget bevilger midler til ordningen."
        }
    }

    static func avtaledel(_ del: Avtaledel) -> String {
        switch del {
        case .hvem: "Hvem som gjør hva"
        case .hva: "Hva partnerskapet handler om"
        case .naar: "Når ting skjer"
        }
    }

    static func fristnavn(_ kode: Arshjul.Stegkode) -> String {
        switch kode {
        case .apner: "Runden åpner"
        case .behovsmelding: "Frist for behovsmeldinger"
        case .nettverk: "Frist for nettverkene"
        case .fagutvalg: "Frist for fagutvalgene"
        case .tildelingsbrev: "Vedtak og tildelingsbrev"
        case .rekom30Apner: "Den senere søknadsrunden åpner (R10)"
        case .rekom30Frist: "Søknadsfrist i den senere runden (R10)"
        case .rekom30FordelesEtter: "Den senere runden fordeles etter (R10)"
        case .halvaarsrapport: "Frist for halvårsrapport"
        case .rapport: "Frist for rapport"
        }
    }

    private static func belopsnavn(_ navn: Belopsnavn) -> String {
        switch navn {
        case .tiltak(let t, let aar, .eier): "Eiers beløp for år \(aar) i \(omtale(t))"
        case .tiltak(let t, let aar, .uh): "UHs beløp for år \(aar) i \(omtale(t))"
        case .koordinator(let t): "Koordinatorbeløpet i \(omtale(t))"
        case .anbefalt(let t): "Anbefalt beløp for \(omtale(t))"
        case .foreslatt(let l, let aar, .eier): "Foreslått til eier år \(aar) for \(omtale(l))"
        case .foreslatt(let l, let aar, .uh): "Foreslått til UH år \(aar) for \(omtale(l))"
        case .foreslattKoordinator(let l): "Foreslått til koordinator for \(omtale(l))"
        case .budsjett(let ordning): ordning
        case .forventet(let aar): "Forventet ramme for \(aar)"
        case .svar(let t, let aar, .eier): "Eiers beløp for \(aar) i \(omtale(t))"
        case .svar(let t, let aar, .uh): "UHs beløp for \(aar) i \(omtale(t))"
        case .rekom30(let nr): "Beløpet i linje \(nr)"
        case .rapportBrukt(let t): "Brukt i \(omtale(t))"
        case .rekom30Tildelt(let nr, let org): "Beløpet til linje \(nr) fra \(org)"
        case .rekom30Tillegg: "Tillegget fra 70-prosentdelen"
        }
    }

    private static func tekstnavn(_ navn: Tekstnavn) -> String {
        switch navn {
        case .kriteriesvar(let k): "Svaret om «\(bokmal.navn(k))»"
        case .enheter: "Listen over barnehager, skoler og enheter"
        case .kontaktperson: "Kontaktpersonen"
        case .uhLaererutdanning: "Hvordan samarbeidet styrker lærerutdanningen"
        case .tiltakTittel(let nummer): "Tittelen på tiltak \(nummer)"
        case .tiltakBeskrivelse(let t): "Beskrivelsen av hva som skal gjøres i \(omtale(t))"
        case .tiltakHvemGjorHva(let t): "Beskrivelsen av hvem som gjør hva i \(omtale(t))"
        case .tiltakDeltakere(let t): "Listen over deltakere i \(omtale(t))"
        case .koordinatorBegrunnelse(let t): "Begrunnelsen for koordinator i \(omtale(t))"
        case .partnerskapNavn: "Navnet"
        case .rapport(let t, let del): "\(rapportdel(del)) i \(omtale(t))"
        case .kompetanseplan(let del): planDel(del)
        case .kompetanseplanEndring: "Hva som er endret"
        case .mote(let del): moteDel(del)
        case .dokumentTittel: "Tittelen"
        case .invitasjonRolle: "Rollen"
        case .ubruktBegrunnelse: "Begrunnelsen for avgjørelsen om ubrukte midler"
        case .avtale(let del): avtaledel(del)
        case .kommentar: "Kommentaren"
        case .nettverksnotat: "Merknaden til Statsforvalteren"
        case .fellesnotat: "Merknaden om det felles tiltaket"
        case .fristBegrunnelse: "Begrunnelsen for lengre frist"
        case .stansBegrunnelse: "Begrunnelsen for å stanse tiltaket"
        case .svarBegrunnelse: "Begrunnelsen for endringen"
        case .vurderingBegrunnelse(let k): "Begrunnelsen for «\(bokmal.navn(k))»"
        case .linjeBegrunnelse(let l): "Begrunnelsen for \(omtale(l))"
        case .rekom30(let nr, let del): "\(rekom30del(del)) i linje \(nr)"
        case .rekom30Begrunnelse(let nr, let org): "Begrunnelsen for linje \(nr) fra \(org)"
        }
    }

    static func rekom30del(_ del: Felt.Rekom30del) -> String {
        switch del {
        case .formal: "Formålet"
        case .barnehage: "Barnehagen"
        case .person: "Navnet på personen"
        case .studium: "Studiet"
        case .semester: "Semestre fullført"
        case .semestre: "Semestre i alt"
        case .dispensasjoner: "Dispensasjoner i barnehagen"
        case .belop: "Beløpet"
        }
    }

    private static func heltallsnavn(_ parameter: Rundeparameter) -> String {
        switch parameter {
        case .maksTiltak: "Største antall tiltak"
        case .koordinatorMinKommuner: "Antall kommuner for koordinator"
        case .maksVarighetAar: "Lengste varighet"
        case .med, .kode, .navn, .kortnavn, .sektorer, .malgrupper, .nettverk, .partnertyper, .rapport, .budsjett, .koordinatorMaksAndel,
             .flerarigMaksAndel, .andelViaBehovsmeldinger, .egenandel: "Verdien"
        }
    }

    private static func kroner(_ feil: Kroner.ParseFeil) -> String {
        switch feil {
        case .tom: "Skriv inn et beløp i hele kroner, for eksempel 10\u{00A0}886\u{00A0}000."
        case .ugyldig: "Beløpet kan bare inneholde siffer og mellomrom, i hele kroner, for eksempel 10\u{00A0}886\u{00A0}000."
        case .negativ: "Beløpet kan ikke være negativt."
        case .forStor: "Beløpet er for stort. Sjekk at du ikke har skrevet for mange siffer."
        case .desimaler: "Skriv beløpet i hele kroner, uten øre, for eksempel 1\u{00A0}200\u{00A0}000."
        }
    }

    private static func prosent(_ feil: Prosent.ParseFeil) -> String {
        switch feil {
        case .tom: "Skriv inn en prosentsats mellom 0 og 100, for eksempel 30."
        case .ugyldig: "Prosentsatsen må være et tall mellom 0 og 100, med høyst to desimaler, for eksempel 30 eller 12,5."
        case .utenforOmrade: "Prosentsatsen må være mellom 0 og 100."
        }
    }

    private static func orgnr(_ feil: Organisasjonsnummer.Feil) -> String {
        switch feil {
        case .tom: "Skriv inn organisasjonsnummeret (9 siffer)."
        case .ikkeSifre: "Organisasjonsnummeret kan bare inneholde siffer, for eksempel 123\u{00A0}456\u{00A0}785."
        case .feilLengde(let count): "Organisasjonsnummeret må ha 9 siffer, ikke \(count). Sjekk nummeret i Enhetsregisteret."
        case .ugyldigKontrollsiffer: "Organisasjonsnummeret finnes ikke: kontrollsifferet stemmer ikke. Sjekk nummeret i Enhetsregisteret."
        }
    }

    /// The columns of seed 003's meeting plan.
    static func moteDel(_ del: Nettverksmote.Del) -> String {
        switch del {
        case .dato: "Dato"
        case .tid: "Tid"
        case .hva: "Hva"
        case .ansvar: "Ansvar"
        case .form: "Form"
        case .sted: "Sted"
        case .referat: "Referat"
        }
    }

    /// The parts of a network's competence plan (seed 001's words).
    static func planDel(_ del: Kompetanseplan.Del) -> String {
        switch del {
        case .grunnlag: "Eiernes analyse av behov"
        case .mal: "Mål"
        case .kompetansetiltak: "Kompetansetiltak"
        case .arbeidsmater: "Arbeidsmåter og samarbeid"
        case .midler: "Bruk av kompetansemidler"
        case .tidsrammer: "Tidsrammer"
        }
    }

    /// A part of a report's line, as messages name it.
    static func rapportdel(_ del: Felt.Rapportdel) -> String {
        switch del {
        case .brukt: "Brukte midler"
        case .hvaErGjort: "Hva som er gjort"
        case .deltakere: "Hvem som deltok"
        case .motPlan: "Hvordan det gikk mot planen"
        case .utbytte: "Hva tiltaket ga (utbytte)"
        case .avvik: "Forklaringen på avviket"
        }
    }
}
