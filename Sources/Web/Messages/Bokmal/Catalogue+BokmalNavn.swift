import Domain

extension Catalogue {
    /// The names of Domain's values: criteria and their questions, phases, statuses, kinds of
    /// organisation, roles, sectors and kinds of network.
    static let bokmalNavn: [MessageKey: String] = [
        .kriterium_forankring: "Forankring",
        .kriterium_kollektiveProsesser: "Kollektive prosesser",
        .kriterium_partnerskap: "Partnerskap",
        .kriteriumSporsmal_forankring: "Hvordan er behovet vurdert lokalt i den enkelte barnehage eller skole, med ansatte og ledere, og i faglig dialog med UH?",
        .kriteriumSporsmal_kollektiveProsesser: "Hvordan fremmer tiltakene kollektive prosesser for profesjonsutvikling som utvikler barnehagen eller skolen?",
        .kriteriumSporsmal_partnerskap: "Hvordan samarbeider eier og UH om alle tiltakene?",
        .fase_vurdering: "Vurdering av kompetansebehov",
        .fase_planlegging: "Planlegging og utvikling av kompetansetiltak",
        .fase_gjennomforing: "Gjennomføring av kompetansetiltak",
        .r30Formal_ablu: "Barnehagelærerutdanning (ABLU, ABLU S eller samlingsbasert)",
        .r30Formal_fagbrev: "Fagbrev som barne- og ungdomsarbeider (praksiskandidat)",
        .r30Formal_assistenter: "Kompetansehevingsstudier for assistenter og fagarbeidere",
        .r30Formal_veiledning: "Veiledningskompetanse for barnehagelærer",
        .r30Formal_tilrettelegging: "Tilretteleggingsmidler for lokal prioritering",
        .bmStatus_utkast: "Utkast",
        .bmStatus_tilUH: "Hos UH",
        .bmStatus_levert: "Levert",
        .inStatus_utkast: "Utkast",
        .inStatus_forelopig: "Foreløpig innstilling",
        .inStatus_vedtatt: "Vedtatt",
        .orgType_kommune: "Kommune",
        .orgType_fylkeskommune: "Fylkeskommune",
        .orgType_privatEier: "Privat eier",
        .orgType_uh: "Universitet eller høgskole",
        .orgType_statsforvalter: "Statsforvalter",
        .rolle_eier: "Eier",
        .rolle_uh: "UH",
        .rolle_nettverksleder: "Nettverksleder",
        .rolle_fagutvalg: "Fagutvalg",
        .rolle_statsforvalter: "Statsforvalter",
        .rolle_samarbeidsforum: "Samarbeidsforum",
        .sektor_barnehage: "Barnehage",
        .sektor_grunnskole: "Grunnskole",
        .sektor_videregaende: "Videregående opplæring",
        .nettverkstype_barnehage: "Barnehage",
        .nettverkstype_skole: "Skole",
    ]
}
