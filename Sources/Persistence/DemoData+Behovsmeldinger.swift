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
                       _ years: [(Int, Int)], koordinator: Int = 0, begrunnelse: String = "") -> Tiltak {
        Tiltak(
            nummer: nummer, tittel: tittel, fase: fase, hvaSkalGjores: hva, hvemGjorHva: hvem, deltakere: deltakere, varighetAar: years.count,
            aarsbelop: years.map { Belop(eier: Kroner($0.0), uh: Kroner($0.1)) }, koordinator: Kroner(koordinator), koordinatorBegrunnelse: begrunnelse
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
                           "Styrere og veiledere i begge kommuner", [(180_000, 120_000)]),
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

    static let kriterier: [Kriterium: String] = [
        .forankring: "Behovet er vurdert i hver barnehage og skole i personalmøter, med ledere og tillitsvalgte, og drøftet med Nord universitet i to dialogmøter.",
        .kollektiveProsesser: "Hele personalgrupper deltar. Tiltakene bygger på felles refleksjon, utprøving og veiledning i egen virksomhet.",
        .partnerskap: "Eier og UH planlegger, gjennomfører og evaluerer alle tiltakene sammen, jf. partnerskapsavtalen.",
    ]

    /// Writes the demo partnerships and behovsmeldinger inside the seed's transaction.
    static func seedBehovsmeldinger(runde: Int, orgIds: [String: Int64], regionIds: [String: Int64], now: Date, _ db: Database) throws {
        let audit = AuditEvent(at: now, userName: "Demodata", action: "seed-demo", objectType: "partnerskap")
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
            for (ordning, delivered, tiltak) in demo.meldinger {
                let meldingId = try AppDatabase.insertBehovsmelding(partnerskapId: id, ordning: ordning, rundeAar: runde, now: now, audit: audit, db)
                guard var stored = try AppDatabase.loadBehovsmeldinger(db, where: "b.id = ?", [meldingId]).first else { continue }
                stored.melding.tiltak = tiltak
                stored.melding.kontaktperson = delivered ? "Kari Nordmann, kari.nordmann@bodo.kommune.no" : ""
                stored.melding.enheter = delivered ? "18 barnehager og 9 skoler i Bodø og Fauske" : ""
                stored.melding.kriterier = delivered ? kriterier : [.forankring: kriterier[.forankring]!]
                if delivered {
                    stored.melding.uhLaererutdanning = "Erfaringene fra tiltakene brukes i praksisopplæringen og i masteremner i barnehage- og grunnskolelærerutdanningen."
                    stored.melding.status = .levert
                    stored.uhSignert = Set(try demo.uh.map { try part($0).organisasjonId })
                }
                _ = try AppDatabase.write(stored, expectedVersion: stored.version, now: now, audit: audit.on("seed-demo", "behovsmelding", nil), db)
            }
        }
    }
}
