import Domain

/// Domain's reasons in nynorsk: the same switch as `BokmalDomain`, case for case, worded with
/// the numbers Domain gives. A switch without a default, so a new reason does not compile
/// until it has its words here too.
enum NynorskDomain: Domeneord {
    private static let nynorsk = Catalogue.nynorsk

    static func tekst(_ grunn: Feilgrunn) -> String {
        switch grunn {
        // Typed values
        case .belop(let navn, let feil): return "\(belopsnavn(navn)): \(kroner(feil))"
        case .prosent(let ordning, let feil): return "\(ordning): \(prosent(feil))"
        case .heltall(let ordning, let parameter, let range):
            return "\(ordning): \(heltallsnavn(parameter)) må vere eit heilt tal frå \(range.lowerBound) til \(range.upperBound)."
        case .orgnr(let feil): return orgnr(feil)
        case .kommunenummer: return "Kommunenummeret må ha fire siffer, til dømes 1804 for Bodø eller 0301 for Oslo."
        case .forLang(let navn, let lengde, let maks):
            return "\(tekstnavn(navn)) er for lang: \(Kroner.groupDigits(lengde)) teikn. Kort han ned til høgst \(Kroner.groupDigits(maks)) teikn."
        case .navnForLangt(let maks): return "Namnet kan ha høgst \(maks) teikn."

        // The behovsmelding
        case .ordningIkkeIRunden(let ordning, let aar): return "Ordninga «\(ordning.kode)» er ikkje med i tildelingsrunden \(aar). Vel ei anna ordning."
        case .finnesAllerede(let ordning, let aar):
            return "Partnarskapet har allereie ei behovsmelding for \(ordning) i \(aar). Skriv vidare i henne i staden for å lage ei ny."
        case .kriteriumIkkeBesvart(let k): return "Kriteriet «\(nynorsk.navn(k))» er ikkje svart på. Skildre: \(nynorsk.sporsmal(k))"
        case .uhTekstMangler:
            return "UH har ikkje skildra korleis samarbeidet styrkjer lærarutdanninga. UH fyller ut dette før behovsmeldinga blir levert."
        case .ingenTiltak: return "Behovsmeldinga har ingen tiltak. Legg til minst eitt tiltak."
        case .forMangeTiltak(let antall, let maks):
            return "Behovsmeldinga har \(antall) tiltak, men høgst \(maks) er tillatne. Slå saman eller fjern \(antall - maks)."
        case .tiltakgrense(let ordning, let maks):
            return "\(ordning) tillèt høgst \(maks) tiltak i éi behovsmelding. Slå saman tiltak eller fjern eitt før du legg til eit nytt."
        case .avtaleMangler(let del):
            let kva = switch del {
            case .hvem: "kven som gjer kva"
            case .hva: "kva partnarskapet handlar om"
            case .naar: "når ting skjer"
            }
            return "Partnarskapsavtalen seier ikkje \(kva). Fyll ut avtalen før behovsmeldinga blir send."
        case .avtaleIkkeSignert(let navn):
            return "Partnarskapsavtalen er ikkje signert av \(navn.joined(separator: ", ")). Alle eigarar og UH må signere før behovsmeldinga blir send."
        case .fristUte(let dato):
            return "Fristen for behovsmeldingar var \(dato.formatted). Behovsmeldinga kan ikkje sendast etter fristen; kontakt Statsforvaltaren."
        case .tiltakManglerTittel(let nummer): return "Tiltak \(nummer) manglar tittel. Gi tiltaket eit kort namn."
        case .tiltakManglerBeskrivelse(let t, let fase):
            return "\(omtale(t)) manglar ei konkret skildring av kva som skal gjerast. Det krevst i fasen «\(nynorsk.navn(fase))»."
        case .tiltakManglerFase(let t): return "\(omtale(t)) manglar fase. Vel ein av dei tre fasane."
        case .tiltakUkjentFase(let t): return "Vel ein av dei tre fasane for \(omtale(t))."
        case .tiltakUkjentPlanmal(let t): return "Vel eitt av måla i kompetanseplanen til nettverket for \(omtale(t)), eller ingen."
        case .tiltakManglerHvemGjorHva(let t):
            return "\(omtale(t)) manglar skildring av kven som gjer kva. Skriv kva eigar og UH gjer kvar for seg."
        case .tiltakVarighet(let t, let maks): return "\(omtale(t)) kan vare frå 1 til \(maks) år. Vel ei varigheit innanfor dette."
        case .tiltakVelgVarighet(let t, let maks): return "Vel kor mange år \(omtale(t)) varer, frå 1 til \(maks)."
        case .tiltakBelopForAntallAar(let t, let varighet, let aar):
            return "\(omtale(t)) varer i \(varighet) år, men har beløp for \(aar). Fyll inn beløp for kvart år."
        case .tiltakManglerBelopForAar(let t, let aar):
            return "\(omtale(t)) har ikkje beløp for år \(aar). Fyll inn beløp for eigar og/eller UH, eller kort ned varigheita."
        case .tiltakNegativtBelop(let t): return "\(omtale(t)) har eit negativt beløp. Beløp må vere 0\u{00A0}kr eller meir."
        case .tiltakIngenKostnad(let t): return "\(omtale(t)) har ingen kostnad. Fyll inn kva tiltaket kostar for eigar og for UH."
        case .koordinatorNegativ(let t): return "\(omtale(t)): koordinatorbeløpet kan ikkje vere negativt."
        case .koordinatorForFaKommuner(let t, let minst):
            return "\(omtale(t)) kan ikkje bruke midlar til koordinator: det krev at minst \(minst) kommunar er med i partnarskapet. Set koordinatorbeløpet til 0."
        case .koordinatorOverTak(let t, let andel, let tak):
            return "\(omtale(t)): koordinator kan få høgst \(andel.formatted) av det samla beløpet til tiltaket, det vil seie \(tak.formatted). Reduser koordinatorbeløpet."
        case .koordinatorOverEiersDel(let t, let eiersDel):
            return "\(omtale(t)): koordinatoren blir betalt av delen til eigar, som er \(eiersDel.formatted). Reduser koordinatorbeløpet eller auk delen til eigar."
        case .koordinatorUtenBegrunnelse(let t):
            return "\(omtale(t)) bruker midlar til koordinator utan grunngiving. Forklar kvifor tiltaket treng koordinator."

        // The way of a behovsmelding
        case .returUtenKommentar: return "Skriv kva eigar må endre før de kan signere."
        case .fristUteKanIkkeEndres(let dato):
            return "Fristen for behovsmeldingar var \(dato.formatted). Behovsmeldinga kan ikkje endrast eller sendast etter fristen; kontakt Statsforvaltaren."
        case .feilStatus(let status):
            switch status {
            case .utkast: return "Behovsmeldinga er eit utkast hos eigar og er ikkje send til UH enno."
            case .tilUH: return "Behovsmeldinga er send til UH. Eigar kan endre henne igjen viss UH returnerer henne."
            case .levert: return "Behovsmeldinga er levert til kompetansenettverket og kan ikkje endrast."
            }
        case .rundenApnerIkkeFor(let aar, let dato): return "Tildelingsrunden \(aar) opnar \(dato.formatted). Då kan de byrje på behovsmeldinga."
        case .rundensFristErUte(let aar, let dato): return "Fristen for behovsmeldingar i tildelingsrunden \(aar) var \(dato.formatted)."
        case .fristforlengelseDato: return "Skriv inn den nye fristen som dd.mm.åååå, til dømes 18.12.2026."
        case .fristforlengelseUtenfor(let etter, let senest):
            return "Den nye fristen må vere etter fristen til runden (\(etter.formatted)) og seinast fristen til nettverka (\(senest.formatted)), så nettverket rekk å handsame henne."
        case .fristforlengelseUtenBegrunnelse: return "Skriv kvifor behovsmeldinga får lengre frist. Grunngivinga blir vist for partnarskapet og nettverket."

        // The partnership
        case .partnerskapUtenNavn: return "Gi partnarskapet eit namn, til dømes «Salten barnehagepartnarskap»."
        case .partnerskapUtenRegion: return "Vel regionen partnarskapet høyrer til. Kompetansenettverket der får behovsmeldingane."
        case .ukjentPart(let liste):
            let kva = liste == .eiere ? "eigarane" : "universiteta eller høgskulane"
            return "Ein av dei valde \(kva) finst ikkje i registeret. Vel på nytt frå lista."
        case .partnerskapUtenUH: return "Vel minst éin kunnskapspartnar: eit universitet eller ein høgskule (UH), ein fagskule eller eit nasjonalt senter under ein UH."
        case .avtaleIkkeSignerbar(let del): return "Avtalen kan ikkje signerast før han seier «\(avtaledel(del).lowercased())». Eigar fyller ut avtalen."
        case .partnerskapLaast:
            return "Partnarskapet kan ikkje endrast medan ei behovsmelding frå det er hos UH eller levert. Be UH returnere behovsmeldinga først."

        // Review
        case .inhabil(let part):
            return "Du kan ikkje vurdere denne behovsmeldinga fordi du høyrer til \(part), som er part i partnarskapet. Eit anna medlem av fagutvalet må vurdere henne."
        case .vurderingUmerket(let k): return "Merk om kriteriet «\(nynorsk.navn(k))» er oppfylt eller ikkje."
        case .vurderingUtenBegrunnelse(let k): return "Grunngi kvifor kriteriet «\(nynorsk.navn(k))» ikkje er oppfylt."
        case .vurderingsprioritet(let range): return "Prioriteten må vere eit tal frå \(range.lowerBound) til \(range.upperBound)."
        case .velgVurderingsprioritet(let range): return "Vel ein prioritet frå \(range.lowerBound) til \(range.upperBound), eller la feltet stå tomt."
        case .nettverksprioritet(let maks): return "Skriv ein prioritet frå 1 til \(maks)."

        // The innstilling
        case .linjeAntallAar(let l, let sokt, let foreslatt):
            return "\(omtale(l)) varer i \(sokt) år, men framlegget har \(foreslatt). Føreslå eit beløp for kvart år."
        case .linjeNegativ(let l): return "\(omtale(l)) har eit negativt framlegg. Beløp må vere 0\u{00A0}kr eller meir."
        case .linjeKanIkkeFaMidler(let l, let grunn):
            let fordi = switch grunn {
            case .kriterierIkkeOppfylt(let k) where k.count == 1: "kriteriet «\(nynorsk.navn(k[0]))» ikkje er oppfylt"
            case .kriterierIkkeOppfylt(let k): "kriteria \(k.map { "«\(nynorsk.navn($0))»" }.joined(separator: ", ")) ikkje er oppfylte"
            case .oppfolgingsordningen: "samsvar med oppfølgingsordninga ikkje er stadfesta"
            case .ikkeVurdert: "fagutvalet ikkje har vurdert henne"
            case .ikkePrioritert: "ho ikkje er prioritert innanfor ramma"
            }
            return "\(omtale(l)) kan ikkje få midlar fordi \(fordi). Set framlegget til 0\u{00A0}kr."
        case .linjeKoordinatorForFaKommuner(let l, let minst):
            return "\(omtale(l)): koordinator krev minst \(minst) kommunar i partnarskapet. Set koordinator til 0\u{00A0}kr."
        case .linjeKoordinatorOverTak(let l, let andel, let tak):
            return "\(omtale(l)): koordinator kan få høgst \(andel.formatted) av føreslått beløp, det vil seie \(tak.formatted)."
        case .linjeMerEnnSokt(let l, let aar, let foreslatt, let sokt):
            return "\(omtale(l)) får meir enn søkt for år \(aar) (\(foreslatt.formatted) mot \(sokt.formatted))."
        case .overBudsjett(let forslag, let budsjett):
            return "Framlegget er \(forslag.formatted), men berre \(budsjett.formatted) kan fordelast. Reduser med \((forslag - budsjett).formatted)."
        case .flerarigOverTak(let flerarig, let andel, let tak, let bundet) where bundet > .zero:
            return "Fleirårige tiltak får \(flerarig.formatted), men berre \(tak.formatted) kan gå til nye fleirårige tiltak: høgst \(andel.formatted) av midla, "
                + "og tidlegare vedtak bind allereie \(bundet.formatted) av dei."
        case .flerarigOverTak(let flerarig, let andel, let tak, _):
            return "Fleirårige tiltak får \(flerarig.formatted), men høgst \(andel.formatted) av midla (\(tak.formatted)) kan gå til fleirårige tiltak."
        case .senereAarOverRamme(let aar, let ramme, let bundet, let nye, let linjer):
            let kven = linjer.prefix(3).map(omtale).joined(separator: ", ") + (linjer.count > 3 ? " og \(linjer.count - 3) til" : "")
            let tidlegare = bundet > .zero ? "tidlegare vedtak bind \(bundet.formatted) og " : ""
            return "For \(aar) er forventa ramme \(ramme.formatted), men \(tidlegare)denne innstillinga lovar \(nye.formatted): "
                + "\((bundet + nye - ramme).formatted) for mykje. Det gjeld \(kven). Reduser dei seinare åra eller legg inn ei høgare forventa ramme for \(aar)."
        case .regionUtenMidler(let region): return "Region \(region) har kvalifiserte behovsmeldingar, men får ingen midlar. Alle regionar skal få midlar."
        case .alleredeSendtTilForum: return "Innstillinga er allereie send til samarbeidsforum."
        case .ikkeVideresendt(let antall):
            let kor = antall == 1 ? "Éi levert behovsmelding er" : "\(antall) leverte behovsmeldingar er"
            return "\(kor) ikkje vidaresend frå kompetansenettverket enno og manglar i innstillinga. Send innstillinga til samarbeidsforum når nettverka har vidaresendt."
        case .bruddPaFordelingsregler(let antall):
            let brot = antall == 1 ? "eitt brot" : "\(antall) brot"
            return "Innstillinga har \(brot) på fordelingsreglane og kan ikkje sendast til samarbeidsforum før det er retta."
        case .bareForelopigKanVedtas: return "Berre ei førebels innstilling kan vedtakast."
        case .vedtaksdatoFremITid: return "Vedtaksdatoen kan ikkje vere fram i tid."

        // Forum and report
        case .kommentarTom: return "Skriv kommentaren før du sender han."
        case .alleredeGodkjent: return "Du har allereie godkjent denne innstillinga."
        case .rapportMangler(let t, let del): return "\(rapportdel(del)) i \(omtale(t)) manglar. Fyll det ut før du sender rapporten."
        case .rapportManglerBrukt(let t): return "Skriv kor mykje av midla til \(omtale(t)) som er brukt, i heile kroner (0 om ingenting er brukt)."
        case .rapportOverforbruk(let t, let brukt, let tildelt):
            return "Brukt i \(omtale(t)) (\(brukt.formatted)) er meir enn tildelt (\(tildelt.formatted)). Rapporter bruken av tilskotet, høgst det som er tildelt."
        case .rapportAvvikUtenBegrunnelse(let t, let ubrukt):
            return "\(ubrukt.formatted) av midla til \(omtale(t)) er ikkje brukte. Forklar avviket frå planen."
        case .rapportReturUtenKommentar: return "Skriv kva partnarskapet må rette før du returnerer rapporten."
        case .ubruktForRapportene: return "Ubrukte midlar blir avgjorde når alle rapportane på tildelingsbrevet er sende."
        case .ubruktVelg: return "Vel om dei ubrukte midla skal betalast tilbake eller kan brukast våren etter."
        case .ubruktUtenBegrunnelse: return "Grunngi avgjerda om dei ubrukte midla."
        case .rapportStatus(let status):
            return switch status {
            case .utkast, .returnert: "Rapporten er ikkje send enno."
            case .sendt: "Rapporten er send og ventar på Statsforvaltaren. Han kan ikkje endrast no."
            case .godkjent: "Rapporten er godkjend og kan ikkje endrast."
            }
        case .kompetanseplanMangler(let del): return "Skriv \(planDel(del).lowercased()) før du publiserer planen."
        case .kompetanseplanForMangeMal(let antall, let maks):
            return "Planen har \(antall) mål. Samle dei til høgst \(maks), eitt per linje, så prioriteringane kjem fram."
        case .kompetanseplanUtenEndring: return "Skriv kort kva som er endra frå førre versjon."
        case .moteUtenDato: return "Skriv kva dato møtet er."
        case .moteUgyldigDato: return "Skriv datoen for møtet som dd.mm.åååå, til dømes 15.01.2027."
        case .moteMangler(let del):
            return del == .ansvar ? "Skriv kven som har ansvaret for møtet." : del == .hva ? "Skriv kva møtet handlar om." : "Skriv \(moteDel(del).lowercased()) for møtet."
        case .moteVelgForm: return "Vel om møtet er digitalt eller fysisk."
        case .moteUtenSted: return "Skriv kvar møtet blir halde; eit fysisk møte treng ein stad."
        case .dokumentUtenTittel: return "Skriv ein tittel på dokumentet."
        case .dokumentVelgLesere: return "Vel kven som kan lese dokumentet."
        case .invitasjonVelgOrganisasjon: return "Vel organisasjonen du vil invitere."
        case .invitasjonIkkeKandidat: return "Organisasjonen kan ikkje inviterast: han er allereie med i nettverket, eller finst ikkje i registeret."
        case .invitasjonUtenRolle: return "Skriv kva rolle organisasjonen har i nettverket."
        case .dokumentUtenFil: return "Vel ei PDF-fil å laste opp."
        case .dokumentIkkePDF: return "Fila er ikkje ein PDF. Lagre dokumentet som PDF og last det opp igjen."
        case .dokumentForStort(let bytes, let maks):
            return "Fila er \(megabytes(bytes)); ho kan vere på høgst \(megabytes(maks)). Komprimer henne eller del henne opp."
        case .kompetanseplanEndret(let versjon):
            return "Nokon har publisert versjon \(versjon) av planen i mellomtida. Det du skreiv, står i skjemaet; sjå over versjon \(versjon) og publiser igjen."

        // The register
        case .organisasjonUtenNavn: return "Skriv inn namnet på organisasjonen, slik det står i Einingsregisteret."
        case .velgOrganisasjonstype: return "Vel kva slags organisasjon dette er."
        case .velgMalform: return "Vel bokmål, nynorsk eller nøytral."
        case .kommuneUtenNummer: return "Ein kommune må ha kommunenummer, til dømes 1804 for Bodø."
        case .eierUtenRegion: return "Vel kompetanseregionen eigaren høyrer til. Behovsmeldinga går til nettverket i regionen."
        case .ukjentRegion: return "Vel ein region frå lista."
        case .saerligeUtfordringerBareEier: return "Berre eigarar kan merkast med særlege utfordringar (R11)."
        case .oppfolgingsordningenBareKommune: return "Berre kommunar kan vere med i oppfølgingsordninga (R11)."
        case .nettverkUtenNavn: return "Skriv inn namnet på nettverket."
        case .brukerUtenNavn: return "Skriv inn fullt namn."
        case .brukerUtenEpost: return "Skriv inn e-postadressa personen loggar inn med."
        case .ugyldigEpost: return "Skriv inn ei gyldig e-postadresse, til dømes ola.nordmann@bodo.kommune.no."
        case .passordForKort(let minst): return "Passordet må ha minst \(minst) teikn. Eit par ord med mellomrom er lett å hugse."
        case .passordForLangt(let bytes): return "Passordet kan ha høgst \(bytes) teikn (færre med æ, ø og å)."
        case .passordUlike: return "Passorda er ikkje like. Skriv det same passordet to gonger."
        case .velgRolle: return "Vel kva rolle personen skal ha."
        case .velgEier: return "Vel kva eigar (kommune eller privat eigar) personen skal representere."
        case .velgUH: return "Vel kva UH, fagskule eller nasjonalt senter personen skal representere."
        case .velgNettverk: return "Vel kva kompetansenettverk personen skal leie."
        case .velgSektor: return "Vel kva fagutval (sektor) personen skal sitje i."
        case .rundeAar: return "Skriv inn tildelingsåret med fire siffer, til dømes 2027."
        case .rundeDato(let kode): return "Skriv inn datoen for «\(fristnavn(kode))» som dd.mm.åååå, til dømes 15.12.2026."
        case .rundeRekkefolge(let senere, let tidligere): return "«\(fristnavn(senere))» kan ikkje vere før «\(fristnavn(tidligere))»."
        case .rundeUtenOrdning: return "Kryss av for minst éi ordning som er med i runden."
        case .ordningKode: return "Koden kan ha 2–30 teikn: små bokstavar a–z, siffer og bindestrek, og må byrje med ein bokstav, til dømes «rekom»."
        case .ordningKodeBrukt(let kode): return "To ordningar har koden «\(kode)». Gi kvar ordning sin eigen kode."
        case .ordningNavnMangler: return "Skriv inn namnet på ordninga."
        case .ordningIBruk(let kode):
            return "Det finst behovsmeldingar for ordninga «\(kode)» i runden. Ho kan ikkje fjernast eller få ny kode; kryss henne av igjen med koden «\(kode)»."
        case .ordningUtenValg(let valg):
            let kva = switch valg {
            case .sektorer: "eitt fagutval som vurderer"
            case .malgrupper: "éi målgruppe"
            case .nettverk: "éin type kompetansenettverk som tek imot behovsmeldingane"
            case .partnertyper: "éin type kunnskapspartnar"
            }
            return "Kryss av for minst \(kva)."
        case .partnerIkkeTillatt(let ordning, let tillatt):
            let typar = tillatt.map { nynorsk.navn($0).lowercased() }
            return "\(ordning) krev at partnarskapet har ein partnar som er \(eller(typar)). Endre partnarskapet før behovsmeldinga blir send."
        case .svarUtenBegrunnelse(let forpliktet):
            return "De ber om eit anna beløp enn dei \(forpliktet.formatted) som er vedtekne. Skriv kvifor tiltaket treng meir eller mindre."
        case .stansUtenBegrunnelse: return "Skriv kvifor tiltaket blir stansa, til dømes at partnarskapet har meldt at det ikkje held fram."
        case .fristKanBareFlyttesSenere(let dato):
            return "Fristen for behovsmeldingar kan berre flyttast seinare enn \(dato.formatted) no som behovsmeldingar er sende inn."
        case .rundeLaast:
            return "Reglane i runden kan ikkje endrast lenger: den første behovsmeldinga er send inn, og reglane gjeld likt for alle som har sendt."

        // The Rekom 30 % round
        case .rekom30IkkeApnet(let dato): return "Søknadene opnar \(dato.formatted). Du kan lagre eit utkast, men ikkje sende før då."
        case .rekom30FristUte(let dato): return "Søknadsfristen var \(dato.formatted). Søknaden kan ikkje sendast eller endrast etter fristen; kontakt Statsforvaltaren."
        case .rekom30ManglerKontaktperson: return "Skriv kven Statsforvaltaren kan kontakte om søknaden."
        case .rekom30IngenLinjer: return "Legg til minst éin person eller eitt tiltak de søkjer midlar til."
        case .rekom30ForMangeLinjer(let maks): return "Ein søknad kan ha høgst \(maks) linjer. Send ein eigen søknad for resten, eller slå saman tilretteleggingsmidlar."
        case .rekom30VelgFormal(let nr): return "Vel kva linje \(nr) gjeld."
        case .rekom30ManglerBarnehage(let nr): return "Skriv kva barnehage linje \(nr) gjeld."
        case .rekom30ManglerPerson(let nr): return "Skriv namnet på personen som studerer (linje \(nr))."
        case .rekom30ManglerStudium(let nr): return "Skriv kva studium personen tek (linje \(nr)), til dømes «ABLU, Nord universitet»."
        case .rekom30Framdrift(let nr):
            return "Skriv kor langt personen har kome i linje \(nr): talet på semester fullførte og talet på semester i alt, til dømes 5 av 8."
        case .rekom30IngenBelop(let nr): return "Skriv kor mykje de søkjer om til linje \(nr)."
        case .rekom30Tall(let navn): return "\(tallnavn(navn)) må vere eit heilt tal, 0 eller meir."
        case .rekom30MerEnnSokt(let nr, let org, let tildelt, let sokt):
            return "Linje \(nr) frå \(org) får \(tildelt.formatted), meir enn dei \(sokt.formatted) det er søkt om."
        case .rekom30OverPott(let tildelt, let pott):
            return "Fordelinga gir \(tildelt.formatted), meir enn dei \(pott.formatted) som er til fordeling: \((tildelt - pott).formatted) for mykje."
        case .rekom30EndringUtenBegrunnelse(let nr, let org):
            return "Skriv kvifor linje \(nr) frå \(org) får eit anna beløp enn framlegget."
        case .rekom30FordelesIkkeFor(let dato): return "Midla kan fordelast etter \(dato.formatted), når søknadsfristen er ute og alle søknader er komne inn."
        case .rekom30TilleggOverRest(let rest):
            return "Frå 70-prosentdelen kan høgst \(rest.formatted) leggjast til: det er det den vedtekne innstillinga let stå att."
        }
    }

    private static func tallnavn(_ navn: Tallnavn) -> String {
        switch navn {
        case .dispensasjonerKommune: "Talet på dispensasjonar i kommunen"
        case .semester(let nr): "Talet på semester fullførte (linje \(nr))"
        case .semestre(let nr): "Talet på semester i alt (linje \(nr))"
        case .dispensasjonerBarnehage(let nr): "Talet på dispensasjonar i barnehagen (linje \(nr))"
        }
    }

    /// Why a line gets nothing, as a sentence.
    static func tekst(_ grunn: Avslagsgrunn) -> String {
        switch grunn {
        case .ikkeVurdert: "Ikkje vurdert av fagutvalet."
        case .kriterierIkkeOppfylt(let k) where k.count == 1: "Kriteriet «\(nynorsk.navn(k[0]))» er ikkje oppfylt."
        case .kriterierIkkeOppfylt(let k): "Kriteria \(k.map { "«\(nynorsk.navn($0))»" }.joined(separator: ", ")) er ikkje oppfylte."
        case .oppfolgingsordningen: "Samsvar med oppfølgingsordninga er ikkje stadfesta."
        case .ikkePrioritert: "Ikkje prioritert innanfor ramma."
        }
    }

    /// The proposal's reason for a line: the main reason, then what it adds.
    static func tekst(_ grunn: Forslagsgrunn) -> String {
        var text: String
        switch grunn.hoved {
        case .kriteriumIkkeOppfylt(let k): text = "Ingen midlar: kriteriet «\(nynorsk.navn(k))» er ikkje oppfylt."
        case .oppfolgingsordningen: text = "Ingen midlar: samsvar med oppfølgingsordninga er ikkje stadfesta."
        case .ingentingSokt(let forsteAar): text = "Ingen midlar: ingenting er søkt for \(forsteAar ? "første år" : "året")."
        case .hoyerePrioritet: text = "Ingen midlar: midla gjekk til tiltak med høgare prioritet."
        case .fullt(let dekkerAlle): text = dekkerAlle ? "Fullt beløp: midla dekkjer alle kvalifiserte tiltak." : "Fullt beløp etter prioritet."
        case .redusertFlerarig(let andel, let tak):
            text = "Redusert til \(andel.formatted) fordi fleirårige tiltak samla kan få høgst \(tak.formatted) av midla."
        case .redusertPrioritet(let andel, let prioritet):
            text = "Redusert til \(andel.formatted) fordi midla ikkje rakk til alle tiltak med \(prioritet.map { "prioritet \($0)" } ?? "utan prioritet")."
        case .redusertSenereAar(let andel, let aar):
            text = "Redusert til \(andel.formatted) slik at forpliktingane for \(aar) held seg innanfor forventa ramme."
        case .redusertMinstebelop(let andel): text = "Redusert til \(andel.formatted): minstebeløpet til regionen, slik at alle regionar får midlar."
        }
        if let tak = grunn.flerarigTak { text += " Fleirårige tiltak er samla avgrensa til \(tak.formatted) av midla." }
        if grunn.saerligeUtfordringer { text += " Eigaren har særlege utfordringar og er prioritert." }
        if let minst = grunn.koordinatorTattUt { text += " Koordinator er teken ut: det krev minst \(minst) kommunar." }
        return text
    }

    static func tekst(_ vilkar: Tildelingsbrev.Vilkar) -> String {
        switch vilkar {
        case .brukes(let aar): "Midla for \(aar) skal brukast i \(aar) og våren \(aar + 1)."
        case .halvaarsrapport(let frist):
            "Partnarskapet sender ein kort halvårsrapport innan \(frist.formatted): kva som er gjort så langt, om arbeidet går etter planen, og midlar brukte hittil."
        case .rapport(let frist):
            "Partnarskapet rapporterer innan \(frist.formatted): kva som er gjort, og midlar brukte mot midlar tildelte, for eigar og UH kvar for seg. Har partnarskapet fleire UH, rapporterer kvar UH."
        case .ubrukteMidler:
            "Midlar som ikkje er brukte innan fristen, skal oppgivast i rapporten. Statsforvaltaren kan krevje dei tilbakebetalte eller trekkje dei frå seinare tildelingar."
        case .forutsetningBevilgning(let aar):
            "Tildelinga for åra etter \(aar) gjeld under føresetnad av at Stortinget løyver midlar til ordninga."
        }
    }

    static func avtaledel(_ del: Avtaledel) -> String {
        switch del {
        case .hvem: "Kven som gjer kva"
        case .hva: "Kva partnarskapet handlar om"
        case .naar: "Når ting skjer"
        }
    }

    static func fristnavn(_ kode: Arshjul.Stegkode) -> String {
        switch kode {
        case .apner: "Runden opnar"
        case .behovsmelding: "Frist for behovsmeldingar"
        case .nettverk: "Frist for nettverka"
        case .fagutvalg: "Frist for fagutvala"
        case .tildelingsbrev: "Vedtak og tildelingsbrev"
        case .rekom30Apner: "Den seinare søknadsrunden opnar (R10)"
        case .rekom30Frist: "Søknadsfrist i den seinare runden (R10)"
        case .rekom30FordelesEtter: "Den seinare runden blir fordelt etter (R10)"
        case .halvaarsrapport: "Frist for halvårsrapport"
        case .rapport: "Frist for rapport"
        }
    }

    private static func belopsnavn(_ navn: Belopsnavn) -> String {
        switch navn {
        case .tiltak(let t, let aar, .eier): "Beløpet til eigar for år \(aar) i \(omtale(t))"
        case .tiltak(let t, let aar, .uh): "Beløpet til UH for år \(aar) i \(omtale(t))"
        case .koordinator(let t): "Koordinatorbeløpet i \(omtale(t))"
        case .anbefalt(let t): "Tilrådd beløp for \(omtale(t))"
        case .foreslatt(let l, let aar, .eier): "Føreslått til eigar år \(aar) for \(omtale(l))"
        case .foreslatt(let l, let aar, .uh): "Føreslått til UH år \(aar) for \(omtale(l))"
        case .foreslattKoordinator(let l): "Føreslått til koordinator for \(omtale(l))"
        case .budsjett(let ordning): ordning
        case .forventet(let aar): "Forventa ramme for \(aar)"
        case .svar(let t, let aar, .eier): "Beløpet til eigar for \(aar) i \(omtale(t))"
        case .svar(let t, let aar, .uh): "Beløpet til UH for \(aar) i \(omtale(t))"
        case .rekom30(let nr): "Beløpet i linje \(nr)"
        case .rapportBrukt(let t): "Brukt i \(omtale(t))"
        case .rekom30Tildelt(let nr, let org): "Beløpet til linje \(nr) frå \(org)"
        case .rekom30Tillegg: "Tillegget frå 70-prosentdelen"
        }
    }

    private static func tekstnavn(_ navn: Tekstnavn) -> String {
        switch navn {
        case .kriteriesvar(let k): "Svaret om «\(nynorsk.navn(k))»"
        case .enheter: "Lista over barnehagar, skular og einingar"
        case .kontaktperson: "Kontaktpersonen"
        case .uhLaererutdanning: "Korleis samarbeidet styrkjer lærarutdanninga"
        case .tiltakTittel(let nummer): "Tittelen på tiltak \(nummer)"
        case .tiltakBeskrivelse(let t): "Skildringa av kva som skal gjerast i \(omtale(t))"
        case .tiltakHvemGjorHva(let t): "Skildringa av kven som gjer kva i \(omtale(t))"
        case .tiltakDeltakere(let t): "Lista over deltakarar i \(omtale(t))"
        case .koordinatorBegrunnelse(let t): "Grunngivinga for koordinator i \(omtale(t))"
        case .partnerskapNavn: "Namnet"
        case .rapport(let t, let del): "\(rapportdel(del)) i \(omtale(t))"
        case .kompetanseplan(let del): planDel(del)
        case .kompetanseplanEndring: "Kva som er endra"
        case .mote(let del): moteDel(del)
        case .dokumentTittel: "Tittelen"
        case .invitasjonRolle: "Rolla"
        case .ubruktBegrunnelse: "Grunngivinga for avgjerda om ubrukte midlar"
        case .avtale(let del): avtaledel(del)
        case .kommentar: "Kommentaren"
        case .nettverksnotat: "Merknaden til Statsforvaltaren"
        case .fellesnotat: "Merknaden om det felles tiltaket"
        case .fristBegrunnelse: "Grunngivinga for lengre frist"
        case .stansBegrunnelse: "Grunngivinga for å stanse tiltaket"
        case .svarBegrunnelse: "Grunngivinga for endringa"
        case .vurderingBegrunnelse(let k): "Grunngivinga for «\(nynorsk.navn(k))»"
        case .linjeBegrunnelse(let l): "Grunngivinga for \(omtale(l))"
        case .rekom30(let nr, let del): "\(rekom30del(del)) i linje \(nr)"
        case .rekom30Begrunnelse(let nr, let org): "Grunngivinga for linje \(nr) frå \(org)"
        }
    }

    static func rekom30del(_ del: Felt.Rekom30del) -> String {
        switch del {
        case .formal: "Formålet"
        case .barnehage: "Barnehagen"
        case .person: "Namnet på personen"
        case .studium: "Studiet"
        case .semester: "Semester fullførte"
        case .semestre: "Semester i alt"
        case .dispensasjoner: "Dispensasjonar i barnehagen"
        case .belop: "Beløpet"
        }
    }

    private static func heltallsnavn(_ parameter: Rundeparameter) -> String {
        switch parameter {
        case .maksTiltak: "Høgaste tal på tiltak"
        case .koordinatorMinKommuner: "Talet på kommunar for koordinator"
        case .maksVarighetAar: "Lengste varigheit"
        case .med, .kode, .navn, .kortnavn, .sektorer, .malgrupper, .nettverk, .partnertyper, .rapport, .budsjett, .koordinatorMaksAndel,
             .flerarigMaksAndel, .andelViaBehovsmeldinger, .egenandel: "Verdien"
        }
    }

    private static func kroner(_ feil: Kroner.ParseFeil) -> String {
        switch feil {
        case .tom: "Skriv inn eit beløp i heile kroner, til dømes 10\u{00A0}886\u{00A0}000."
        case .ugyldig: "Beløpet kan berre innehalde siffer og mellomrom, i heile kroner, til dømes 10\u{00A0}886\u{00A0}000."
        case .negativ: "Beløpet kan ikkje vere negativt."
        case .forStor: "Beløpet er for stort. Sjekk at du ikkje har skrive for mange siffer."
        case .desimaler: "Skriv beløpet i heile kroner, utan øre, til dømes 1\u{00A0}200\u{00A0}000."
        }
    }

    private static func prosent(_ feil: Prosent.ParseFeil) -> String {
        switch feil {
        case .tom: "Skriv inn ein prosentsats mellom 0 og 100, til dømes 30."
        case .ugyldig: "Prosentsatsen må vere eit tal mellom 0 og 100, med høgst to desimalar, til dømes 30 eller 12,5."
        case .utenforOmrade: "Prosentsatsen må vere mellom 0 og 100."
        }
    }

    private static func orgnr(_ feil: Organisasjonsnummer.Feil) -> String {
        switch feil {
        case .tom: "Skriv inn organisasjonsnummeret (9 siffer)."
        case .ikkeSifre: "Organisasjonsnummeret kan berre innehalde siffer, til dømes 123\u{00A0}456\u{00A0}785."
        case .feilLengde(let count): "Organisasjonsnummeret må ha 9 siffer, ikkje \(count). Sjekk nummeret i Einingsregisteret."
        case .ugyldigKontrollsiffer: "Organisasjonsnummeret finst ikkje: kontrollsifferet stemmer ikkje. Sjekk nummeret i Einingsregisteret."
        }
    }

    /// The columns of seed 003's meeting plan.
    static func moteDel(_ del: Nettverksmote.Del) -> String {
        switch del {
        case .dato: "Dato"
        case .tid: "Tid"
        case .hva: "Kva"
        case .ansvar: "Ansvar"
        case .form: "Form"
        case .sted: "Stad"
        case .referat: "Referat"
        }
    }

    /// The parts of a network's competence plan (seed 001's words).
    static func planDel(_ del: Kompetanseplan.Del) -> String {
        switch del {
        case .grunnlag: "Analysen til eigarane av behov"
        case .mal: "Mål"
        case .kompetansetiltak: "Kompetansetiltak"
        case .arbeidsmater: "Arbeidsmåtar og samarbeid"
        case .midler: "Bruk av kompetansemidlar"
        case .tidsrammer: "Tidsrammer"
        }
    }

    /// A part of a report's line, as messages name it.
    static func rapportdel(_ del: Felt.Rapportdel) -> String {
        switch del {
        case .brukt: "Brukte midlar"
        case .hvaErGjort: "Kva som er gjort"
        case .deltakere: "Kven som deltok"
        case .motPlan: "Korleis det gjekk mot planen"
        case .utbytte: "Kva tiltaket gav (utbyte)"
        case .avvik: "Forklaringa på avviket"
        }
    }
}
