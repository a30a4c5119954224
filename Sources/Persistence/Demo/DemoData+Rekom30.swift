import Domain
import Foundation
import GRDB

/// The Rekom 30 % round of the decided round before the demo round: applications from owners
/// across Nordland, sent in September, more than the 3 265 800 kr held back, so the ranking
/// decides. The allocation is open (after 15 October) and not begun.
extension DemoData {
    /// (owner, dispensasjoner in the kommune, day of September it was sent, lines)
    static let rekom30Soknader: [(String, Int, Int, [Rekom30Soknad.Linje])] = [
        ("Bodø kommune", 14, 10, [
            study(1, .ablu, "Hunstad barnehage", "Ingrid Berg", "ABLU, Nord universitet", 5, 8, disp: 3, 180_000),
            study(2, .fagbrev, "Rønvik barnehage", "Ali Hassan", "Praksiskandidat, barne- og ungdomsarbeider", 2, 4, disp: 2, 60_000),
            study(3, .tilrettelegging, "Alle kommunale barnehager", "", "", 0, 0, disp: 0, 250_000),
        ]),
        ("Nordlys Barnehager AS", 4, 18, [
            study(1, .ablu, "Nordlys Mørkved", "Sara Olsen", "ABLU S, Nord universitet", 7, 8, disp: 2, 150_000),
            study(2, .assistenter, "Nordlys Hunstad", "Per Lund", "Barnehagefaglig grunnkompetanse, Nord universitet", 1, 2, disp: 1, 40_000),
        ]),
        ("Rana kommune", 22, 5, [
            study(1, .ablu, "Selfors barnehage", "Marte Nilsen", "ABLU, Nord universitet", 3, 8, disp: 4, 190_000),
            study(2, .ablu, "Ytteren barnehage", "Hanne Moe", "ABLU, Nord universitet", 6, 8, disp: 2, 190_000),
            study(3, .veiledning, "Gruben barnehage", "Tone Bakken", "Veilederutdanning, Nord universitet", 1, 2, disp: 1, 45_000),
        ]),
        ("Vefsn kommune", 9, 12, [
            study(1, .fagbrev, "Kippermoen barnehage", "Jonas Aune", "Praksiskandidat, barne- og ungdomsarbeider", 3, 4, disp: 2, 65_000),
            study(2, .tilrettelegging, "Alle barnehager i Vefsn", "", "", 0, 0, disp: 0, 300_000),
        ]),
        ("Vestvågøy kommune", 11, 19, [
            study(1, .ablu, "Leknes barnehage", "Eva Pedersen", "Samlingsbasert barnehagelærerutdanning, Nord universitet", 4, 6, disp: 3, 175_000),
            study(2, .assistenter, "Gravdal barnehage", "Lise Dahl", "Barnehagefaglig grunnkompetanse, Nord universitet", 0, 2, disp: 2, 40_000),
        ]),
        ("Sortland kommune", 7, 2, [
            study(1, .ablu, "Sortland barnehage", "Kim Strand", "ABLU, UiT Norges arktiske universitet", 1, 8, disp: 1, 185_000),
            study(2, .tilrettelegging, "Alle barnehager i Sortland", "", "", 0, 0, disp: 0, 400_000),
        ]),
        ("Fjellheimen Barnehage SA", 2, 16, [
            study(1, .fagbrev, "Fjellheimen barnehage", "Nina Holm", "Praksiskandidat, barne- og ungdomsarbeider", 1, 4, disp: 1, 55_000),
        ]),
        ("Alstahaug kommune", 10, 8, [
            study(1, .ablu, "Sandnessjøen barnehage", "Ola Vik", "ABLU, Nord universitet", 2, 8, disp: 2, 180_000),
            study(2, .veiledning, "Tjøtta barnehage", "Randi Lie", "Veilederutdanning, Nord universitet", 1, 2, disp: 0, 45_000),
            study(3, .tilrettelegging, "Alle barnehager i Alstahaug", "", "", 0, 0, disp: 0, 350_000),
        ]),
        ("Narvik kommune", 16, 20, [
            study(1, .ablu, "Frydenlund barnehage", "Siv Iversen", "ABLU, UiT Norges arktiske universitet", 6, 8, disp: 5, 185_000),
            study(2, .tilrettelegging, "Alle kommunale barnehager", "", "", 0, 0, disp: 0, 500_000),
        ]),
    ]

    static func study(_ nummer: Int, _ formal: Rekom30Kandidat.Formal, _ barnehage: String, _ person: String, _ studium: String,
                      _ semester: Int, _ semestre: Int, disp: Int, _ belop: Int) -> Rekom30Soknad.Linje {
        Rekom30Soknad.Linje(nummer: nummer, formal: formal, barnehage: barnehage, person: person, studium: studium, semester: semester,
                            semestre: semestre, dispensasjonerBarnehage: disp, belop: Kroner(belop))
    }

    /// Writes the applications of round `aar`'s 30 % round, each sent on its September day at noon.
    static func seedRekom30(aar: Int, orgIds: [String: Int64], now: Date, _ db: Database) throws {
        for (name, kommune, day, lines) in rekom30Soknader {
            guard let org = orgIds[name], let sent = Dato(year: aar, month: 9, day: day)?.startInstant().addingTimeInterval(12 * 3_600) else {
                throw StorageError.corrupt("demo: \(name)")
            }
            let soknad = Rekom30Soknad(id: 0, organisasjonId: org, rundeAar: aar, dispensasjonerKommune: kommune,
                                       kontaktperson: "Barnehagesjefen i \(name)", linjer: lines, status: .sendt, sendt: sent)
            _ = try AppDatabase.writeRekom30(soknad, expectedVersion: 0, now: now,
                                             audit: AuditEvent(at: now, userName: "Demodata", action: .seedDemo, objectType: "rekom30_soknad"), db)
        }
    }
}
