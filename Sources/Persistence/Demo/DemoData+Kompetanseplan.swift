import Domain
import Foundation
import GRDB

extension DemoData {
    /// Salten's barnehage network has published its competence plan twice: the second version
    /// adds a goal for the new kommuner's staff; the skole network has not published one.
    static func seedKompetanseplan(nettverkId network: Int64, now: Date, _ db: Database) throws {
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
    static func seedNettverksmoter(nettverkId network: Int64, today: Dato, now: Date, _ db: Database) throws {
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

extension DemoData {
    /// A one-page PDF saying `tekst` (Helvetica; ASCII only), with a correct cross-reference table.
    static func pdf(_ tekst: String) -> [UInt8] {
        let stream = "BT /F1 18 Tf 72 760 Td (\(tekst)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    /// Salten's barnehage network has shared the minutes of its first meeting with everyone, and
    /// a draft for the members only.
    static func seedNettverksdokumenter(nettverkId network: Int64, now: Date, _ db: Database) throws {
        let documents: [(String, String, Nettverksdokument.Lesere, String)] = [
            ("Referat fra oppstartsmøtet", "referat-oppstart.pdf", .alle, "Referat fra oppstartsmotet"),
            ("Utkast: fordeling av fagdagene", "utkast-fagdager.pdf", .medlemmer, "Utkast: fordeling av fagdagene"),
        ]
        for (title, file, readers, text) in documents {
            let content = pdf(text)
            let dokument = Nettverksdokument(nettverkId: network, tittel: title, filnavn: file, bytes: content.count, lesere: readers)
            try AppDatabase.writeNettverksdokument(dokument, innhold: content, av: "Nina Nettverk", now: now,
                                                   audit: AuditEvent(at: now, userName: "Demodata", action: .seedDemo, objectType: "nettverksdokument"), db)
        }
    }
}
