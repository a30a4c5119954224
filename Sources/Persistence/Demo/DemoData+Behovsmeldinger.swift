import Domain
import Foundation
import GRDB

/// The demo's partnerships and behovsmeldinger, so every page has something real to show:
/// one partnership of Bodø, Fauske and Nord universitet with a delivered behovsmelding per
/// ordning, and drafts per ordning in two more partnerships (one waiting for a signature).
extension DemoData {
    struct DemoPartnerskap {
        let navn: String
        let region: String
        let eiere: [String]
        let uh: [String]
        let avtale: Partnerskap.Avtale
        let signedBy: [String]
        /// (ordning, delivered?, tiltak)
        let meldinger: [(Ordning, Bool, [Tiltak])]
    }

    static func tiltak(_ nummer: Int, _ tittel: String, _ fase: Fase, _ hva: String, _ hvem: String, _ deltakere: String,
                       _ years: [(Int, Int)], koordinator: Int = 0, begrunnelse: String = "", planmal: String = "") -> Tiltak {
        Tiltak(
            nummer: nummer, tittel: tittel, fase: fase, hvaSkalGjores: hva, hvemGjorHva: hvem, deltakere: deltakere, varighetAar: years.count,
            aarsbelop: years.map { Belop(eier: Kroner($0.0), uh: Kroner($0.1)) }, koordinator: Kroner(koordinator), koordinatorBegrunnelse: begrunnelse,
            planmal: planmal
        )
    }

    static let partnerskap: [DemoPartnerskap] = [
        DemoPartnerskap(
            navn: "Salten kompetansepartnerskap", region: "Salten", eiere: ["Bodø kommune", "Fauske kommune"], uh: ["Nord universitet"],
            avtale: .init(
                hvem: "Bodø kommune koordinerer og kaller inn til nettverksmøter. Fauske kommune er vertskap for samlingene i indre Salten. Nord universitet planlegger og leder fagdagene og veileder barnehage- og skoleledere.",
                hva: "Kompetanseutvikling i barnehager og skoler i Bodø og Fauske, med språkmiljø, inkluderende praksis og lesing som tema. Tiltakene er i fasene planlegging og gjennomføring.",
                naar: "Fra januar 2027 til juni 2029, med evaluering hvert år i juni."
            ),
            signedBy: ["Bodø kommune", "Fauske kommune", "Nord universitet"],
            meldinger: [
                (.rekom, true, [
                    tiltak(1, "Språkløftet i Salten", .gjennomforing,
                           "Fire fagdager om språkmiljø og veiledning i hver avdeling mellom samlingene.",
                           "Eier organiserer og frigjør tid; Nord universitet leder fagdagene og veileder.",
                           "Alle ansatte i 18 barnehager i Bodø og Fauske", [(450_000, 250_000), (300_000, 150_000)],
                           koordinator: 120_000, begrunnelse: "To kommuner og 18 barnehager må samkjøres; koordinatoren planlegger samlingene og følger opp avdelingene."),
                    tiltak(2, "Veiledning av nyutdannede barnehagelærere", .planlegging,
                           "Utvikle en felles modell for veiledning av nyutdannede, med veilederutdanning for fire ansatte.",
                           "Eier velger veiledere; UH utvikler modellen og underviser.",
                           "Styrere og veiledere i begge kommuner", [(180_000, 120_000)],
                           planmal: "Nyansatte i alle barnehager får veiledning det første året."),
                ]),
                (.dekom, true, [
                    tiltak(1, "Lesing i alle fag", .gjennomforing,
                           "Skolebasert utvikling med lærende nettverk på tvers av skolene, to samlinger per semester.",
                           "Skoleeier leder nettverkene; UH holder samlingene og veileder lærerteamene.",
                           "Lærere på 1.–7. trinn ved 9 skoler", [(600_000, 400_000)]),
                    tiltak(2, "Vurdering av behov for inkluderende praksis", .vurdering,
                           "", "Skoleeier kartlegger med rektorer og PPT; UH bidrar med kartleggingsverktøy og analyse.",
                           "Rektorer og PPT", [(80_000, 60_000)]),
                ]),
                (.kompetanseloftet, true, [
                    tiltak(1, "Tidlig innsats i barnehage og skole", .gjennomforing,
                           "Felles fagdager for barnehage, skole og PPT om tidlig innsats og tilpasset opplæring.",
                           "Eier organiserer; PPT og UH leder fagdagene sammen.",
                           "Barnehager, skoler og PPT i Bodø og Fauske", [(350_000, 250_000)]),
                ]),
            ]
        ),
        DemoPartnerskap(
            navn: "Nordlys og Nord", region: "Salten", eiere: ["Nordlys Barnehager AS"], uh: ["Nord universitet"],
            avtale: .init(
                hvem: "Nordlys Barnehager AS frigjør tid for de ansatte. Nord universitet leder samlingene.",
                hva: "Lek og læring i de private barnehagene til Nordlys, fase planlegging.",
                naar: "Skoleåret 2027–2028."
            ),
            signedBy: ["Nordlys Barnehager AS"],
            meldinger: [
                (.rekom, false, [
                    tiltak(1, "Lek som læringsarena", .planlegging, "", "Styrerne planlegger sammen med UH.", "4 barnehager", [(150_000, 0)]),
                ]),
            ]
        ),
        DemoPartnerskap(
            navn: "Bodø skole og barnehage", region: "Salten", eiere: ["Bodø kommune"], uh: ["Nord universitet"],
            avtale: .init(
                hvem: "Bodø kommune leder arbeidet. Nord universitet veileder.",
                hva: "Matematikk og spesialpedagogikk i skolen.",
                naar: "2027."
            ),
            signedBy: ["Bodø kommune", "Nord universitet"],
            meldinger: [
                (.dekom, false, [
                    tiltak(1, "Matematikk på mellomtrinnet", .gjennomforing, "Lærende nettverk for matematikklærere.", "", "", [(200_000, 100_000)]),
                ]),
                (.kompetanseloftet, false, []),
            ]
        ),
    ]

    /// Delivered behovsmeldinger from other regions, so the network, fagutvalg and innstilling
    /// pages show more than one region.
    static let andreRegioner: [DemoPartnerskap] = [
        DemoPartnerskap(
            navn: "Ofoten barnehage og skole", region: "Ofoten", eiere: ["Narvik kommune"], uh: ["UiT Norges arktiske universitet"],
            avtale: .init(hvem: "Narvik kommune leder arbeidet; UiT holder samlingene og veileder.", hva: "Språk, lesing og inkludering, fase gjennomføring.",
                          naar: "2027–2028."),
            signedBy: ["Narvik kommune", "UiT Norges arktiske universitet"],
            meldinger: [
                (.rekom, true, [
                    tiltak(1, "Barnehagen som språkarena", .gjennomforing, "Samlinger og veiledning om språkmiljø.",
                           "Eier frigjør tid; UiT leder samlingene.", "Alle ansatte i 12 barnehager", [(500_000, 350_000), (250_000, 150_000)]),
                ]),
                (.dekom, true, [
                    tiltak(1, "Lesing på ungdomstrinnet", .gjennomforing, "Lærende nettverk for lærere på 8.–10. trinn.",
                           "Eier leder nettverkene; UiT veileder.", "Lærere ved 4 ungdomsskoler", [(700_000, 500_000)]),
                ]),
                (.kompetanseloftet, true, [
                    tiltak(1, "PPT tettere på", .gjennomforing, "PPT deltar i barnehagenes og skolenes arbeid med tidlig innsats.",
                           "Eier og PPT organiserer; UiT veileder.", "PPT, barnehager og skoler", [(400_000, 300_000)]),
                ]),
            ]
        ),
        DemoPartnerskap(
            navn: "Lofoten sammen", region: "Lofoten", eiere: ["Vågan kommune", "Lofotbarn Drift AS"], uh: ["DMMH – Dronning Mauds Minne Høgskole for barnehagelærerutdanning"],
            avtale: .init(hvem: "Vågan kommune koordinerer; DMMH leder samlingene.", hva: "Lek og relasjoner i barnehagen, fase planlegging.",
                          naar: "2027."),
            signedBy: ["Vågan kommune", "Lofotbarn Drift AS", "DMMH – Dronning Mauds Minne Høgskole for barnehagelærerutdanning"],
            meldinger: [
                (.rekom, true, [
                    tiltak(1, "Lek og relasjoner", .planlegging, "Planlegge et felles utviklingsarbeid om lek.",
                           "Styrerne planlegger med DMMH.", "Styrere og pedagogiske ledere", [(200_000, 150_000)]),
                ]),
            ]
        ),
        DemoPartnerskap(
            navn: "Beiarn barnehageutvikling", region: "Salten", eiere: ["Beiarn kommune"], uh: ["Nord universitet"],
            avtale: .init(hvem: "Beiarn kommune leder; Nord universitet veileder.", hva: "Barnehagebasert utvikling i tråd med oppfølgingsordningen.",
                          naar: "2027."),
            signedBy: ["Beiarn kommune", "Nord universitet"],
            meldinger: [
                (.rekom, true, [
                    tiltak(1, "Trygt barnehagemiljø", .gjennomforing, "Kompetanseheving om barnehagemiljø, koblet til oppfølgingsordningen.",
                           "Eier organiserer; UH veileder.", "Alle ansatte i 2 barnehager", [(150_000, 100_000)]),
                ]),
                (.kompetanseloftet, true, [
                    tiltak(1, "Tidlig innsats sammen med PPT", .gjennomforing, "Fagdager for barnehage og PPT om tidlig innsats.",
                           "Eier organiserer; PPT og UH leder fagdagene.", "Barnehagene og PPT i Beiarn", [(120_000, 80_000)]),
                ]),
            ]
        ),
    ]

    static let kriterier: [Kriterium: String] = [
        .forankring: "Behovet er vurdert i hver barnehage og skole i personalmøter, med ledere og tillitsvalgte, og drøftet med Nord universitet i to dialogmøter.",
        .kollektiveProsesser: "Hele personalgrupper deltar. Tiltakene bygger på felles refleksjon, utprøving og veiledning i egen virksomhet.",
        .partnerskap: "Eier og UH planlegger, gjennomfører og evaluerer alle tiltakene sammen, jf. partnerskapsavtalen.",
    ]

    /// Writes demo partnerships and their behovsmeldinger inside the seed's transaction.
    static func seedBehovsmeldinger(_ partnerskap: [DemoPartnerskap], runde: Int, orgIds: [String: Int64], regionIds: [String: Int64], now: Date, _ db: Database) throws {
        let audit = AuditEvent(at: now, userName: "Demodata", action: .seedDemo, objectType: "partnerskap")
        for demo in partnerskap {
            func part(_ name: String) throws -> Partnerskap.Part {
                guard let id = orgIds[name], let org = try OrganisationRecord.fetchOne(db, key: id) else { throw StorageError.corrupt("demo: \(name)") }
                return Partnerskap.Part(try org.domain())
            }
            let value = Partnerskap(
                id: 0, navn: demo.navn, eiere: try demo.eiere.map(part), uh: try demo.uh.map(part), avtale: demo.avtale, regionId: regionIds[demo.region]
            )
            let id = try AppDatabase.insertPartnerskap(value, now: now, audit: audit, db)
            for name in demo.signedBy {
                try AppDatabase.sign(id: id, organisationId: try part(name).organisasjonId, userId: nil, expectedVersion: 1, now: now, audit: audit, db)
            }
            var stored = value
            stored.id = id
            for (ordning, delivered, tiltak) in demo.meldinger {
                _ = try behovsmelding(stored, ordning: ordning, runde: runde, tiltak: tiltak, levert: delivered, now: now, db)
            }
        }
    }

    /// What the delivered behovsmeldinger of round `runde` request in its year, per ordning.
    static func sokt(runde: Int, _ db: Database) throws -> [Ordning: Belop] {
        let delivered = try AppDatabase.loadBehovsmeldinger(db, where: "r.year = ? AND b.status = 'levert'", [runde])
        return Dictionary(grouping: delivered, by: \.melding.ordning).mapValues { meldinger in
            meldinger.flatMap(\.melding.tiltak).compactMap(\.aarsbelop.first).sum()
        }
    }

    /// A demo behovsmelding of `partnerskap`: a draft with one criterion answered, or filled
    /// in, signed by every UH and delivered.
    static func behovsmelding(
        _ partnerskap: Partnerskap, ordning: Ordning, runde: Int, tiltak: [Tiltak], levert: Bool, now: Date, _ db: Database
    ) throws -> StoredBehovsmelding? {
        let audit = AuditEvent(at: now, userName: "Demodata", action: .seedDemo, objectType: "behovsmelding")
        let meldingId = try AppDatabase.insertBehovsmelding(partnerskapId: partnerskap.id, ordning: ordning, rundeAar: runde, now: now, audit: audit, db)
        guard var stored = try AppDatabase.loadBehovsmeldinger(db, where: "b.id = ?", [meldingId]).first else { return nil }
        let owners = partnerskap.eiere.map(\.navn)
        stored.melding.tiltak = tiltak
        stored.melding.kontaktperson = levert ? "Kari Nordmann, rådgiver i \(owners[0])" : ""
        stored.melding.enheter = levert ? "Barnehagene og skolene i \(owners.joined(separator: " og "))" : ""
        stored.melding.kriterier = levert ? kriterier : [.forankring: kriterier[.forankring]!]
        if levert {
            stored.melding.uhLaererutdanning = "Erfaringene fra tiltakene brukes i praksisopplæringen og i masteremner i barnehage- og grunnskolelærerutdanningen."
            stored.melding.status = .levert
            stored.uhSignert = Set(partnerskap.uh.map(\.organisasjonId))
        }
        _ = try AppDatabase.write(stored, expectedVersion: stored.version, now: now, audit: audit.on(.seedDemo, "behovsmelding", nil), db)
        return stored
    }

    /// The review of the demo round: every network with delivered behovsmeldinger has forwarded
    /// them, except Salten's networks for Kompetanseløftet (left for the demo leader);
    /// the barnehage fagutvalg has assessed the Rekom ones (Lofoten with an unmet criterion)
    /// and the grunnskole fagutvalg the Dekom ones.
    static func seedGjennomgang(runde: Int, now: Date, _ db: Database) throws {
        let audit = AuditEvent(at: now, userName: "Demodata", action: .seedDemo, objectType: "nettverk_behandling")
        let salten = try Int64.fetchOne(db, kept: "SELECT id FROM region WHERE name = 'Salten'")
        let meldinger = try videresend(Runde.Mal.retningslinjer2021.runde(aar: runde), av: "Demodata", now: now, db, utenom: { network, ordning in
            network.regionId == salten && ordning == Ordning.kompetanseloftet
        })
        let names = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, kept: "SELECT id, name FROM partnerskap").map { ($0["id"] as Int64, $0["name"] as String) })
        func met(_ prioritet: Int, unmet: Kriterium? = nil, samsvar: Bool = false) -> Vurdering {
            var kriterier: [Kriterium: Vurdering.Svar] = [:]
            for kriterium in Kriterium.allCases { kriterier[kriterium] = .init(oppfylt: true) }
            if let unmet {
                let why = switch unmet {
                case .forankring: "Behovet er ikke drøftet med de ansatte; meldingen viser bare eiers egen vurdering."
                case .kollektiveProsesser: "Tiltaket retter seg mot styrerne alene; hele personalgruppen er ikke med i utviklingsarbeidet."
                case .partnerskap: "UH står bare som foreleser; planlegging og oppfølging gjør eier alene."
                }
                kriterier[unmet] = .init(oppfylt: false, begrunnelse: why)
            }
            return Vurdering(kriterier: kriterier, prioritet: prioritet, kommentar: unmet == nil ? "Godt forankret og realistisk." : "",
                             iSamsvarMedOppfolging: samsvar)
        }
        let plan: [(String, Ordning, String, Vurdering)] = [
            ("Salten kompetansepartnerskap", .rekom, "Frida Fagutvalg", met(1)),
            ("Ofoten barnehage og skole", .rekom, "Frida Fagutvalg", met(2)),
            ("Lofoten sammen", .rekom, "Frida Fagutvalg", met(3, unmet: .kollektiveProsesser)),
            ("Beiarn barnehageutvikling", .rekom, "Frida Fagutvalg", met(2, samsvar: true)),
            ("Salten kompetansepartnerskap", .dekom, "Svein Skole", met(1)),
            ("Ofoten barnehage og skole", .dekom, "Svein Skole", met(2)),
        ]
        var all = plan
        for melding in meldinger where names[melding.melding.partnerskapId]?.hasPrefix("Regionalt partnerskap ") == true {
            guard let navn = names[melding.melding.partnerskapId] else { continue }
            let (prioritet, unmet) = regionalVurdering(region: String(navn.dropFirst("Regionalt partnerskap ".count)), ordning: melding.melding.ordning)
            all.append((navn, melding.melding.ordning, melding.melding.ordning == .dekom ? "Svein Skole" : "Frida Fagutvalg", met(prioritet, unmet: unmet)))
        }
        for (navn, ordning, who, vurdering) in all {
            guard let melding = meldinger.first(where: { names[$0.melding.partnerskapId] == navn && $0.melding.ordning == ordning }) else {
                throw StorageError.corrupt("demo: \(navn) \(ordning)")
            }
            _ = try AppDatabase.insertVurdering(vurdering, behovsmeldingId: melding.id, userId: nil, userName: who, now: now,
                                                audit: audit.on(.vurder, "behovsmelding", nil), db)
        }
    }

    /// The Statsforvalter's innstilling for `ordning` as Domain's `suggest` proposes it from the
    /// forwarded and assessed behovsmeldinger, sent to the samarbeidsforum (foreløpig).
    static func seedInnstilling(_ runde: Runde, ordning: Ordning, now: Date, _ db: Database) throws {
        guard let iRunde = runde.ordninger[ordning] else { return }
        let review = try Gjennomgang.load(db, runde: runde, ordning: ordning)
        let tidligere = try AppDatabase.loadInnstilling(db, rundeAar: runde.aar - 1, ordning: ordning, status: [.vedtatt])?.innstilling.forpliktelser ?? []
        let midler = Innstilling(aar: runde.aar, ordning: ordning, linjer: []).midler(iRunde, tidligere: tidligere)
        var innstilling = Innstilling.suggest(aar: runde.aar, ordning: ordning, linjer: Innstilling.linjer(review.grunnlag), midler)
        for index in innstilling.linjer.indices where innstilling.linjer[index].foreslattForsteAar.sum > .zero {
            innstilling.linjer[index].begrunnelse = "Alle kriterier oppfylt; fordelt etter fagutvalgets prioritet."
        }
        let status = try Innstillingsstatus.utkast.sendTilForum(innstilling.check(midler)).get()
        var stored = StoredInnstilling.ny(innstilling, nummer: 1, now: now)
        stored.status = status
        stored.sentAt = now
        _ = try AppDatabase.writeInnstilling(stored, expectedVersion: 0, now: now,
                                             audit: AuditEvent(at: now, userName: "Demodata", action: .send, objectType: "innstilling"), db)
    }
}

extension DemoData {
    /// Every network forwards the delivered behovsmeldinger of its region in each scheme it
    /// receives (those of `runde`), in the order `ordne` puts them, but where `utenom` says no;
    /// the round's delivered behovsmeldinger are returned. The demo and the bench data share it.
    static func videresend(
        _ runde: Runde, av navn: String, now: Date, _ db: Database, ordne: (inout [Int64]) -> Void = { _ in },
        utenom: (Kompetansenettverk, Ordning) -> Bool = { _, _ in false }
    ) throws -> [StoredBehovsmelding] {
        let audit = AuditEvent(at: now, userName: navn, action: .seedDemo, objectType: "nettverk_behandling")
        let meldinger = try AppDatabase.loadBehovsmeldinger(db, where: "r.year = ? AND b.status = 'levert'", [runde.aar])
        let regionOf = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, kept: "SELECT id, region_id FROM partnerskap").map {
            ($0["id"] as Int64, $0["region_id"] as Int64?)
        })
        for network in try KompetansenettverkRecord.fetchAll(db).map({ try $0.domain() }) {
            for ordning in runde.ordninger(for: network.type) where !utenom(network, ordning) {
                var own = meldinger.filter { $0.melding.ordning == ordning && regionOf[$0.melding.partnerskapId] == network.regionId }.map(\.id)
                guard !own.isEmpty else { continue }
                ordne(&own)
                var behandling = StoredNettverkBehandling.ny(nettverkId: network.id, rundeAar: runde.aar, ordning: ordning)
                behandling.prioritet = own
                behandling.forwardedAt = now
                behandling.forwardedBy = navn
                _ = try AppDatabase.writeBehandling(behandling, expectedVersion: 0, audit: audit.on(.videresend, "nettverk_behandling", nil), db)
            }
        }
        return meldinger
    }
}
