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

extension DemoData {
    /// Salten's barnehage network's meeting plan around `today`: one meeting held, three to come.
    static func seedNettverksmoter(regionId: Int64, today: Dato, now: Date, _ db: Database) throws {
        guard let network = try Int64.fetchOne(db, sql: "SELECT id FROM kompetansenettverk WHERE region_id = ? AND type = 'barnehage'", arguments: [regionId])
        else { return }
        func day(_ offset: Int) -> Dato { Dato(instant: today.startInstant().addingTimeInterval(Double(offset) * 86_400 + 43_200)) }
        let moter = [
            Nettverksmote(nettverkId: network, dato: day(-30), tid: "09.00–15.00", hva: "Oppstart: eiernes analyser og utkast til kompetanseplan",
                          ansvar: "Nina Nettverk", form: .fysisk, sted: "Bodø, rådhuset",
                          referat: "Til stede: alle eiere i regionen og Nord universitet.\nEierne la fram analysene sine; språk, inkludering og veiledning av nyansatte går igjen.\n"
                              + "Vedtak: Nina Nettverk skriver utkast til kompetanseplan innen 15. november."),
            Nettverksmote(nettverkId: network, dato: day(21), tid: "12.00–14.00", hva: "Prioritering av behovsmeldingene før fristen til nettverket",
                          ansvar: "Nina Nettverk", form: .digital, sted: "Teams; lenken sendes i innkallingen"),
            Nettverksmote(nettverkId: network, dato: day(70), tid: "09.00–15.30", hva: "Fagdag om språk i hverdagen, med Nord universitet",
                          ansvar: "Nord universitet", form: .fysisk, sted: "Fauske kulturhus"),
            Nettverksmote(nettverkId: network, dato: day(140), hva: "Erfaringsdeling fra tiltakene og rullering av planen", ansvar: "Bodø kommune",
                          form: .digital),
        ]
        for mote in moter {
            _ = try AppDatabase.writeNettverksmote(mote, now: now, audit: AuditEvent(at: now, userName: "Demodata", action: .seedDemo, objectType: "nettverksmote"), db)
        }
    }
}
