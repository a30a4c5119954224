import Domain
import Foundation
import GRDB

/// The round before the demo round, decided: two multi-year tiltak whose second year binds
/// the demo round's money, so the innstilling, the forum's tables and the partnership pages
/// show money across the years from the first click.
extension DemoData {
    /// (partnership, ordning, tiltak): delivered, assessed as met, and granted in full.
    static let forrigeRunde: [(String, Ordning, Tiltak)] = [
        ("Salten kompetansepartnerskap", .rekom,
         tiltak(1, "Lekende læring i Salten", .gjennomforing,
                "Nettverkssamlinger om lek og læring, med veiledning i hver barnehage mellom samlingene.",
                "Eier organiserer nettverkene; Nord universitet leder samlingene og veileder.",
                "Pedagogiske ledere i 12 barnehager", [(300_000, 150_000), (200_000, 100_000)])),
        ("Ofoten barnehage og skole", .dekom,
         tiltak(1, "Vurdering for læring i Ofoten", .gjennomforing,
                "Lærerteam prøver ut og drøfter vurderingspraksis, med samlinger hvert semester.",
                "Skoleeier leder arbeidet; UiT holder samlingene og veileder lærerteamene.",
                "Lærere på 5.–10. trinn ved 6 skoler", [(400_000, 200_000), (250_000, 150_000)])),
    ]

    /// Writes round `aar` − 1 with its delivered behovsmeldinger and a vedtatt innstilling per
    /// ordning, after the demo round's partnerships exist.
    static func seedForrigeRunde(aar: Int, now: Date, _ db: Database) throws {
        let forrige = Runde.standard(aar: aar - 1, budsjett: budsjett)
        _ = try AppDatabase.insert(forrige, audit: AuditEvent(at: now, userName: "Demodata", action: .seedDemo, objectType: "runde"), db)
        var lines: [Ordning: [Innstilling.Linje]] = [:]
        var partnerskapFor: [Int64: Partnerskap] = [:]
        for (navn, ordning, tiltak) in forrigeRunde {
            guard let row = try Row.fetchOne(db, kept: "SELECT p.id, p.region_id, r.name AS region FROM partnerskap p JOIN region r ON r.id = p.region_id WHERE p.name = ?",
                                             arguments: [navn]),
                  let partnerskap = try AppDatabase.loadPartnerskap(row["id"], db) else { throw StorageError.corrupt("demo: \(navn)") }
            guard let stored = try behovsmelding(partnerskap.partnerskap, ordning: ordning, runde: forrige.aar, tiltak: [tiltak], levert: true, now: now, db) else {
                continue
            }
            partnerskapFor[stored.id] = partnerskap.partnerskap
            let grunnlag = Innstillingsgrunnlag(
                melding: stored.melding, partnerskap: partnerskap.partnerskap, regionId: row["region_id"], regionNavn: row["region"],
                vurdering: Vurdering(kriterier: Dictionary(uniqueKeysWithValues: Kriterium.allCases.map { ($0, Vurdering.Svar(oppfylt: true)) }), prioritet: 1)
            )
            lines[ordning, default: []] += Innstilling.linjer([grunnlag]).map { line in
                var granted = line
                granted.foreslatt = line.sokt
                granted.begrunnelse = "Alle kriterier oppfylt; fordelt etter fagutvalgets prioritet."
                return granted
            }
        }
        var letters: [Tildelingsbrev] = []
        for (ordning, linjer) in lines.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            var stored = StoredInnstilling.ny(Innstilling(aar: forrige.aar, ordning: ordning, linjer: linjer), nummer: 1, now: now)
            stored.status = .vedtatt
            stored.sentAt = now
            stored.vedtaksdato = forrige.frister.tildelingsbrev
            _ = try AppDatabase.writeInnstilling(stored, expectedVersion: 0, now: now,
                                                 audit: AuditEvent(at: now, userName: "Demodata", action: .vedta, objectType: "innstilling"), db)
            letters += Tildelingsbrev.brev(stored.innstilling, tidligere: [], vedtaksdato: forrige.frister.tildelingsbrev,
                                           halvaarsrapportfrist: forrige.frister.halvaarsrapport,
                                           rapportfrist: forrige.frister.rapport, partnerskap: partnerskapFor)
        }
        try AppDatabase.lockRules(aar: forrige.aar, at: now, db)
        try seedRapporter(letters, now: now, db)
    }

    /// The reports on the decided round's letters, so the follow-up shows their states. On the
    /// year: Salten's owners have not begun theirs (the walk-through writes it), Nord universitet
    /// has a draft, Narvik has sent and waits for the Statsforvalter, UiT's is approved. Half-year:
    /// Salten's owners have not begun, Nord universitet's was returned, Narvik sent, UiT approved.
    static func seedRapporter(_ letters: [Tildelingsbrev], now: Date, _ db: Database) throws {
        let states: [Rapport.Slag: [String: Rapport.Status]] = [
            .aar: ["Nord universitet": .utkast, "Narvik kommune": .sendt, "UiT Norges arktiske universitet": .godkjent],
            .halvaar: ["Nord universitet": .returnert, "Narvik kommune": .sendt, "UiT Norges arktiske universitet": .godkjent],
        ]
        for slag in Rapport.Slag.allCases {
            for brev in letters {
                for (part, side) in Rapport.rapportorer(brev.partnerskap) {
                    guard let status = states[slag]?[part.navn] else { continue }
                    var rapport = Rapport.ny(brev, slag: slag, organisasjonId: part.organisasjonId, side: side)
                    for index in rapport.linjer.indices {
                        if slag == .halvaar {
                            rapport.linjer[index].fyllHalvaar(side: side)
                        } else {
                            rapport.linjer[index].fyllAar(side: side, sendt: status != .utkast)
                        }
                    }
                    rapport.status = status
                    if status == .returnert { rapport.kommentar = "Skriv hvilke barnehager og skoler som har vært med så langt." }
                    _ = try AppDatabase.writeRapport(.ny(rapport), now: now,
                                                     audit: AuditEvent(at: now, userName: "Demodata", action: .seedDemo, objectType: "rapport"), db)
                }
            }
        }
    }
}

extension Rapport.Linje {
    /// A report on the year, the texts only for a draft.
    fileprivate mutating func fyllAar(side: Felt.Side, sendt: Bool) {
        hvaErGjort = side == .eier
            ? "Tre samlinger for lærerteamene og arbeid i teamene mellom samlingene."
            : "Forberedte og ledet samlingene, og veiledet teamene mellom dem."
        guard sendt else { return }
        brukt = side == .eier ? tildelt - Kroner(40_000) : tildelt
        deltakere = "Lærere på 5.–10. trinn ved 6 skoler, 48 i alt."
        motPlan = side == .eier ? "Én samling ble flyttet til våren." : "Som planlagt."
        utbytte = "Lærerne gir mer presise tilbakemeldinger, og elevene bruker dem i neste oppgave."
        avvik = side == .eier ? "Den flyttede samlingen kostet mindre enn planlagt." : ""
    }

    /// A half-year report: half the money used.
    mutating func fyllHalvaar(side: Felt.Side) {
        hvaErGjort = side == .eier
            ? "To av tre samlinger er holdt; teamene har prøvd ut tilbakemeldingsformene i egne klasser."
            : "Forberedte og ledet to samlinger."
        motPlan = side == .eier ? "Den tredje samlingen er flyttet til februar." : "Som planlagt."
        brukt = Kroner(tildelt.value / 2)
    }
}
