import Domain
import Foundation
import GRDB

extension DemoData {
    /// Salten's barnehage network has published its competence plan twice: the second version
    /// adds a goal for the new kommuner's staff; the skole network has not published one.
    static func seedKompetanseplan(regionId: Int64, now: Date, _ db: Database) throws {
        guard let network = try Int64.fetchOne(db, sql: "SELECT id FROM kompetansenettverk WHERE region_id = ? AND type = 'barnehage'", arguments: [regionId])
        else { return }
        var tekster: [Kompetanseplan.Del: String] = [
            .grunnlag: "Eiernes analyser fra 2025 viser at barnehagene vil styrke språkarbeidet, arbeidet med inkludering og veiledningen av nyansatte. "
                + "Mange små barnehager har få pedagoger og trenger felles tilbud på tvers av kommunene.",
            .mal: "Alle barnehager i regionen bruker språkkartlegging i det daglige arbeidet.\nPersonalet arbeider inkluderende med barn som trenger ekstra støtte.",
            .kompetansetiltak: "Barnehagebasert kompetanseutvikling i språk (Rekom), med fagdager og veiledning fra Nord universitet.\n"
                + "Nettverkssamlinger for styrere om inkluderende praksis.",
            .arbeidsmater: "Nettverket møtes fire ganger i året, to ganger digitalt. Referat og dokumenter sendes til alle eiere og legges ut her. "
                + "Nord universitet deltar i planleggingen av alle samlinger.",
            .midler: "Rekom-midlene går til fagdager, veiledning og frikjøp av ressurspersoner i barnehagene. Felles tiltak prioriteres.",
            .tidsrammer: "Planen gjelder 2026–2029 og rulleres hver høst før behovsmeldingene skrives.",
        ]
        let first = Kompetanseplan(nettverkId: network, versjon: 1, tekster: tekster)
        let audit = AuditEvent(at: now, userName: "Demodata", action: .seedDemo, objectType: "kompetanseplan")
        try AppDatabase.writeKompetanseplan(first, av: "Nina Nettverk", now: now.addingTimeInterval(-60 * 86_400), audit: audit, db)
        tekster[.mal, default: ""] += "\nNyansatte i alle barnehager får veiledning det første året."
        let second = Kompetanseplan(nettverkId: network, versjon: 2, tekster: tekster, endring: "Nytt mål 3 om veiledning av nyansatte, etter høstens analyser.")
        try AppDatabase.writeKompetanseplan(second, av: "Nina Nettverk", now: now.addingTimeInterval(-7 * 86_400), audit: audit, db)
    }
}
