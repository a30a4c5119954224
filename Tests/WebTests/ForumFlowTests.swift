import Domain
import Foundation
import FoundationXML
import Hummingbird
import HummingbirdTesting
import Persistence
import Testing
import TestSupport
@testable import Web

/// The end of the cycle over HTTP: the samarbeidsforum reads the demo's foreløpig Rekom
/// innstilling, comments and approves; the Statsforvalter sees who approved and records the
/// vedtak; the grant letters reach the partnerships, and no one else.
@Suite struct ForumFlowTests {
    @Test("forum comments and approves → SF sees it → vedtak → letters for the parties only")
    func forumToLetters() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var forum = try await Browser.loggedIn(client, "forum@demo.no")
            let home = try await forum.open(client, "/samarbeidsforum")
            #expect(home.text.contains("href=\"/samarbeidsforum/2027\""))
            #expect(home.text.contains("href=\"/samarbeidsforum/2027/rekom\""))
            let tables = try await forum.open(client, "/samarbeidsforum/2027")
            #expect(tables.text.contains("Per ordning og totalt 2027"))
            #expect(tables.text.contains("<svg class=\"chart-svg\""))
            #expect(tables.text.contains("7 620 200".vist))

            let page = try await forum.open(client, "/samarbeidsforum/2027/rekom")
            #expect(page.text.contains("Ingen har godkjent ennå."))
            let empty = try await forum.post(client, "/samarbeidsforum/2027/rekom", [("handling", "kommentar"), ("kommentar", "   ")])
            #expect(empty.status == .unprocessableContent)
            #expect(empty.text.contains("Skriv kommentaren før du sender den."))
            #expect(empty.text.contains("aria-invalid=\"true\""))
            let comment = try await forum.post(client, "/samarbeidsforum/2027/rekom", [("handling", "kommentar"), ("kommentar", "Lofoten bør få hjelp til å søke på nytt.")])
            #expect(comment.status == .seeOther)
            let approve = try await forum.post(client, "/samarbeidsforum/2027/rekom", [("handling", "godkjenn"), ("kommentar", "")])
            #expect(approve.status == .seeOther)
            let twice = try await forum.post(client, "/samarbeidsforum/2027/rekom", [("handling", "godkjenn"), ("kommentar", "")])
            #expect(twice.status == .unprocessableContent)
            #expect(twice.text.contains("Du har allerede godkjent denne innstillingen."))
            let after = try await forum.open(client, "/samarbeidsforum/2027/rekom")
            #expect(after.text.contains("Lofoten bør få hjelp til å søke på nytt."))
            #expect(after.text.contains("Du godkjente innstillingen"))
            #expect(!after.text.contains("value=\"godkjenn\""))

            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let innstilling = try await sf.open(client, "/statsforvalter/innstilling/2027/rekom")
            #expect(innstilling.text.contains("Godkjent av Frode Forum."))
            #expect(innstilling.text.contains("Kommentarer: 1."))
            // The Statsforvalter reads the forum's page but cannot answer for it.
            let sfAnswer = try await sf.post(client, "/samarbeidsforum/2027/rekom", [("handling", "godkjenn")])
            #expect(sfAnswer.status == .forbidden)
            let decided = try await sf.post(client, "/statsforvalter/innstilling/2027/rekom", [
                ("version", InnstillingFlowTests.version(innstilling.text)), ("handling", "vedta"), ("vedtaksdato", "20.11.2026"),
            ])
            #expect(decided.status == .seeOther)
            // Every party of a behovsmelding in the innstilling is told, the one who decided is not.
            let told = try await app.deps.database.ventendeVarsler().filter { $0.slag == .vedtak }
            #expect(Set(told.map(\.epost)).isSuperset(of: ["eier.bodo@demo.no", "uh.nord@demo.no"]))
            #expect(!told.contains { ["eier.privat@demo.no", "sf@demo.no", "forum@demo.no"].contains($0.epost) })
            let late = try await forum.post(client, "/samarbeidsforum/2027/rekom", [("handling", "kommentar"), ("kommentar", "For sent?")])
            #expect(late.status == .conflict)
            #expect(late.text.contains("ikke lenger til behandling"))
            #expect(late.text.contains("For sent?"))

            let list = try await sf.open(client, "/tildelingsbrev/2027")
            for name in ["Salten kompetansepartnerskap", "Ofoten barnehage og skole", "Beiarn barnehageutvikling", "Lofoten sammen"] {
                #expect(list.text.contains(name))
            }

            // Salten's parties are Bodø, Fauske and Nord universitet.
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let ownerHome = try await owner.open(client, "/eier")
            #expect(ownerHome.text.contains("href=\"/tildelingsbrev/2027/rekom/1\""))
            let letter = try await owner.open(client, "/tildelingsbrev/2027/rekom/1")
            #expect(letter.status == .ok)
            #expect(letter.text.contains("Statsforvalteren i Nordland"))
            #expect(letter.text.contains("Vedtaksdato: 20. november 2026".vist))
            #expect(letter.text.contains("Midlene for 2027 skal brukes i 2027 og våren 2028."))
            #expect(letter.text.contains("rapporterer innen 15. juni".vist))
            let ownLetters = try await owner.open(client, "/tildelingsbrev/2027")
            #expect(ownLetters.text.contains("Salten kompetansepartnerskap"))
            #expect(!ownLetters.text.contains("Ofoten barnehage og skole"))

            var uh = try await Browser.loggedIn(client, "uh.nord@demo.no")
            #expect(try await uh.open(client, "/tildelingsbrev/2027/rekom/1").status == .ok)
            // Nord universitet is a partner in more Rekom letters than a home lists one by one:
            // one link to them in the round's list, with how many and how much.
            let uhHome = try await uh.open(client, "/uh").text
            #expect(uhHome.contains("href=\"/tildelingsbrev/2027?ordning=rekom#brev-rekom\"") && !uhHome.contains("href=\"/tildelingsbrev/2027/rekom/1\""))
            #expect(uhHome.range(of: #"\d+ brev, \d+ med midler, i alt [\d\x{A0}]+\x{A0}kr\. Vedtatt 20\.\x{A0}november 2026\."#, options: .regularExpression) != nil)
            let uhLetters = try await uh.open(client, "/tildelingsbrev/2027").text
            #expect(uhLetters.contains("id=\"brev-rekom\"") && uhLetters.contains("href=\"/tildelingsbrev/2027/rekom/1\""))

            // Lofoten's criterion was not met: its letter says so and grants nothing, in nynorsk,
            // the form Vågan kommune, its lead owner, adopted in the demo.
            let lofoten = try await sf.open(client, "/tildelingsbrev/2027/rekom/5")
            #expect(lofoten.text.contains("får ikkje midlar i denne runden"))
            #expect(lofoten.text.contains("Kriteriet «Kollektive prosessar» er ikkje oppfylt."))

            var other = try await Browser.loggedIn(client, "eier.privat@demo.no")
            #expect(try await other.open(client, "/tildelingsbrev/2027/rekom/1").status == .notFound)
            #expect(try await other.open(client, "/tildelingsbrev/2027").text.contains("Ingen tildelingsbrev ennå."))
            #expect(try await forum.open(client, "/tildelingsbrev/2027/rekom/1").status == .forbidden)
        }
    }

    @Test("the CSV and XLSX files parse, and their sums equal the page's")
    func exports() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var forum = try await Browser.loggedIn(client, "forum@demo.no")
            let page = try await forum.open(client, "/samarbeidsforum/2027").text
            for name in ["per-ordning-2027", "per-region-2027", "per-partnerskap-2027-rekom", "innstilling-2027-rekom"] {
                let csvResponse = try await forum.open(client, "/samarbeidsforum/2027/eksport/\(name).csv")
                #expect(csvResponse.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(csvResponse.headers[.contentDisposition] == "attachment; filename=\"\(name).csv\"")
                let bytes = Array(csvResponse.body.readableBytesView)
                #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF], "\(name): UTF-8 BOM")
                let csv = try #require(String(bytes: bytes.dropFirst(3), encoding: .utf8))
                let rows = Self.csvRows(csv)
                let header = try #require(rows.first)
                #expect(rows.allSatisfy { $0.count == header.count }, "\(name): every row has every column")

                let xlsxResponse = try await forum.open(client, "/samarbeidsforum/2027/eksport/\(name).xlsx")
                let sheet = try Self.sheet(Array(xlsxResponse.body.readableBytesView))
                #expect(sheet.count == rows.count, "\(name): the sheet has the CSV's rows")
                #expect(sheet.first == header, "\(name): the sheet has the CSV's header")

                // Every amount column: the body rows add up to the total row, in both files.
                guard let total = rows.last, total.first == "Totalt" || rows.count == 2 else { continue }
                for (column, title) in header.enumerated() where title.hasPrefix("Søkt") || title.hasPrefix("Foreslått") {
                    let body = rows.dropFirst().dropLast().compactMap { Int($0[column]) }
                    if rows.count > 2 { #expect(body.reduce(0, +) == Int(total[column]), "\(name) \(title)") }
                    #expect(sheet.last?[column] == total[column], "\(name) \(title): XLSX holds the number as a number")
                }
            }
            // The page shows the same total as the file: Rekom's proposal in the per-ordning table.
            let rekom = try #require(try await app.deps.database.innstilling(rundeAar: 2027, ordning: .rekom))
            #expect(page.contains(rekom.innstilling.linjer.map(\.foreslattForsteAar).sum().sum.formattedNumber))
        }
    }

    @Test("seed 003's figures: requested per ordning and in total, eier/UH, and the Rekom 70/30 parts")
    func seed003() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        // The requests of seed 003 («Innkomne behovsmeldinger»), one line per ordning; the
        // eier/UH split per ordning is not in the seed, only the totals (21 367 898 / 28 803 682).
        let requests: [(Ordning, Int, Int)] = [(.rekom, 6_000_000, 8_825_160), (.dekom, 8_000_000, 9_816_072), (.kompetanseloftet, 7_367_898, 10_162_450)]
        for (index, (ordning, eier, uh)) in requests.enumerated() {
            let line = Innstilling.Linje(
                id: Int64(9_000 + index), behovsmeldingId: Int64(90 + index), tiltakNummer: 1, tiltakTittel: "Innkomne", partnerskap: "Seed 003",
                regionId: 1, regionNavn: "Nordland", sokt: [Belop(eier: Kroner(eier), uh: Kroner(uh))]
            )
            let nummer = (try await db.innstilling(rundeAar: 2027, ordning: ordning)?.nummer ?? 0) + 1
            var stored = StoredInnstilling.ny(Innstilling(aar: 2027, ordning: ordning, linjer: [line]), nummer: nummer, now: Repository.fixedNow)
            stored.status = .forelopig
            try await db.saveInnstilling(stored, expectedVersion: 0, now: Repository.fixedNow, audit: AuditEvent(at: Repository.fixedNow, action: .lagre, objectType: "innstilling"))
        }
        try await app.test { client in
            var forum = try await Browser.loggedIn(client, "forum@demo.no")
            let page = try await forum.open(client, "/samarbeidsforum/2027").text
            for figure in ["14 825 160", "17 816 072", "17 530 348", "50 171 580", "21 367 898", "28 803 682",
                           "10 886 000", "7 620 200", "3 265 800", "12 070 000", "8 296 000"] {
                #expect(page.contains(figure.vist), "the page shows \(figure)")
            }
            let csv = try await forum.open(client, "/samarbeidsforum/2027/eksport/per-ordning-2027.csv").text
            let total = try #require(Self.csvRows(csv).last)
            // Budget, allocatable, bound by the demo's 2026 vedtak and free, the Rekom 30 % part, requested eier/UH/total, proposed.
            #expect(total.prefix(10) == ["Totalt", "31252000", "27986200", "700000", "27286200", "3265800", "21367898", "28803682", "50171580", "0"])
        }
    }

    /// Semicolon-separated rows; a quoted field may hold separators and doubled quotes.
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text.replacingOccurrences(of: "\r\n", with: "\n"))[...]
        while let char = chars.popFirst() {
            switch (char, quoted) {
            case ("\"", true) where chars.first == "\"": field.append("\""); chars.removeFirst()
            case ("\"", _): quoted.toggle()
            case (";", false): row.append(field); field = ""
            case ("\n", false): row.append(field); rows.append(row); row = []; field = ""
            default: field.append(char)
            }
        }
        return rows
    }

    // MARK: Reading an XLSX file

    /// The rows of the first sheet: inline strings as text, numbers as their `<v>` digits.
    static func sheet(_ bytes: [UInt8]) throws -> [[String]] {
        let files = try unzip(bytes)
        for required in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/styles.xml"] {
            guard let data = files[required], XMLParser(data: data).parse() else { throw TestFailure("\(required) is missing or not XML") }
        }
        guard let sheet = files["xl/worksheets/sheet1.xml"] else { throw TestFailure("no sheet") }
        let reader = SheetReader()
        let parser = XMLParser(data: sheet)
        parser.delegate = reader
        guard parser.parse() else { throw TestFailure("sheet XML: \(parser.parserError.map(String.init(describing:)) ?? "?")") }
        return reader.rows
    }

    /// A zip file's stored entries by name, each checked against its CRC-32.
    static func unzip(_ bytes: [UInt8]) throws -> [String: Data] {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        guard bytes.count > 22, let end = (0...(bytes.count - 22)).reversed().first(where: { u32($0) == 0x0605_4B50 }) else {
            throw TestFailure("no end of central directory")
        }
        var files: [String: Data] = [:]
        var at = u32(end + 16)
        for _ in 0..<u16(end + 10) {
            guard u32(at) == 0x0201_4B50 else { throw TestFailure("bad central directory entry") }
            let method = u16(at + 10), crc = u32(at + 16), size = u32(at + 20), nameLength = u16(at + 28)
            let extra = u16(at + 30), comment = u16(at + 32), offset = u32(at + 42)
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            guard method == 0, u32(offset) == 0x0403_4B50 else { throw TestFailure("\(name): not a stored entry") }
            let start = offset + 30 + u16(offset + 26) + u16(offset + 28)
            let content = Array(bytes[start..<(start + size)])
            guard Int(Zip.crc32(content)) == crc else { throw TestFailure("\(name): CRC mismatch") }
            files[name] = Data(content)
            at += 46 + nameLength + extra + comment
        }
        return files
    }

    final class SheetReader: NSObject, XMLParserDelegate {
        var rows: [[String]] = []
        var text = ""
        var inValue = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "row": rows.append([])
            case "c": text = ""
            case "t", "v": inValue = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inValue { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "t", "v": inValue = false
            case "c": rows[rows.count - 1].append(text)
            default: break
            }
        }
    }
}
