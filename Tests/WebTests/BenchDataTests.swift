import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Persistence
import Testing
import TestSupport
@testable import Web

/// The dataset `make bench` measures (issue 23), at one fylke's size: what it holds, that the
/// same seed gives the same data, that Domain's checks hold on its innstillinger, and that every
/// page each bench login reaches by links answers 200 with every text in place.
@Suite struct BenchDataTests {
    static func seeded(seed: UInt64 = 1) async throws -> TestApp {
        let database = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        let hash = try await PasswordHasher(cost: 4).hash(AppDatabase.demoPassword)
        #expect(try await database.seedBench(.fylke, seed: seed, now: Repository.fixedNow, passwordHash: hash) == .seeded(runde: 2027))
        return try await TestApp.make(database: database, now: Repository.fixedNow)
    }

    /// One seeded application for the tests that only read it (seeding takes seconds).
    static let shared = Task { try await seeded() }

    @Test("one fylke: three regions, six networks, 360 behovsmeldinger a round, in two rounds, with 1–5 tiltak, nine in ten delivered; the same seed gives the same data")
    func contents() async throws {
        let app = try await Self.seeded()
        let db = app.deps.database
        #expect(try await db.regions().count == 3)
        #expect(try await db.nettverk().count == 6)
        let partnerskap = try await db.partnerskap(ids: Array(1...200))
        #expect(partnerskap.count == 120)
        let begge = try await db.behovsmeldinger(partnerskapIds: partnerskap.map(\.id))
        #expect(begge.filter { $0.melding.rundeAar == 2026 }.count == 360)
        let meldinger = begge.filter { $0.melding.rundeAar == 2027 }
        #expect(meldinger.count == 360)
        #expect(meldinger.allSatisfy { (1...5).contains($0.melding.tiltak.count) })
        #expect(meldinger.contains { $0.melding.tiltak.contains { $0.varighetAar > 1 } })
        let delivered = meldinger.filter { $0.melding.status == .levert }.count
        #expect(delivered > 290 && delivered < 350)
        let again = try await Self.seeded()
        #expect(try await again.deps.database.behovsmeldinger(partnerskapIds: partnerskap.map(\.id)).map(\.melding) == begge.map(\.melding))
        let other = try await Self.seeded(seed: 2)
        #expect(try await other.deps.database.behovsmeldinger(partnerskapIds: partnerskap.map(\.id)).map(\.melding) != begge.map(\.melding))
    }

    @Test("Domain's checks hold on every innstilling of both rounds, with the round before's promises: nothing blocks; the round before is decided, and this round's Rekom")
    func innstillinger() async throws {
        let app = try await Self.shared.value
        let db = app.deps.database
        let forrige = try await db.innstillinger(rundeAar: 2026)
        let all = try await db.innstillinger(rundeAar: 2027)
        #expect(Set(forrige.keys) == Set(all.keys) && forrige.values.allSatisfy { $0.status == .vedtatt })
        #expect(all[.rekom]?.status == .vedtatt && all[.dekom]?.status == .forelopig && all[.kompetanseloftet]?.status == .forelopig)
        for (aar, innstillinger) in [(2026, forrige), (2027, all)] {
            let runde = try #require(try await db.runde(aar: aar))
            for (ordning, stored) in innstillinger {
                let tidligere = forrige[ordning].map { aar == 2027 ? $0.innstilling.forpliktelser : [] } ?? []
                let kontroll = stored.innstilling.check(stored.innstilling.midler(try #require(runde.ordninger[ordning]), tidligere: tidligere))
                #expect(!kontroll.blokkerer, "\(aar) \(ordning): \(kontroll.violations)")
                #expect(stored.innstilling.linjer.count > 200)
            }
        }
        // The round before's two-year tiltak bind this round's money.
        #expect(forrige.values.contains { !$0.innstilling.forpliktelser.filter { $0.aar == 2027 }.isEmpty })
    }

    @Test("the round before's half-year reports are on their way: not begun, drafts, sent, approved and returned")
    func rapporter() async throws {
        let app = try await Self.shared.value
        let statuser = Set(try await app.deps.database.rapportstatus(rundeAar: 2026).map(\.status))
        #expect(statuser == Set(Rapport.Status.allCases))
        #expect(try await app.deps.database.rapportstatus(rundeAar: 2027).isEmpty)
    }

    @Test("forwarded is asked once per region: each ordning's forwarded, not forwarded and the fagutvalg's lists are those asked one by one")
    func videresendtPerRegion() async throws {
        var begge = 0
        let demo = try await TestApp.make()
        for (app, aar) in [(try await Self.shared.value, 2027), (demo, 2026), (demo, 2027)] {
            let db = app.deps.database
            let runde = try #require(try await db.runde(aar: aar))
            for ordning in runde.ordninger.keys {
                let review = try await Gjennomgang.load(db, runde: runde, ordning: ordning, bareHoder: true)
                let ids = review.leverte.filter { review.erVideresendt($0.melding) }.map(\.id)
                #expect(review.videresendte.map(\.id) == ids)
                #expect(review.ikkeVideresendte.map(\.id) == review.leverte.filter { !review.erVideresendt($0.melding) }.map(\.id))
                for sektor in Sektor.allCases {
                    let sektorens = review.ordningIRunde?.sektorer.contains(sektor) == true
                    #expect(review.forFagutvalg(sektor).map { review.leverte[$0].id } == (sektorens ? ids : []), "\(ordning) \(sektor)")
                }
                begge += !review.videresendte.isEmpty && !review.ikkeVideresendte.isEmpty ? 1 : 0
            }
        }
        #expect(begge > 0, "some ordning has both forwarded and not forwarded regions")
    }

    @Test("region 1.1's networks have not forwarded Kompetanseløftet: its leader types a priority on every row, and the fagutvalg has assessed none of them")
    func apenBehandling() async throws {
        let app = try await Self.shared.value
        let db = app.deps.database
        let runde = try #require(try await db.runde(aar: 2027))
        let review = try await Gjennomgang.load(db, runde: runde, ordning: .kompetanseloftet)
        let region = try #require(try await db.regions().first { $0.navn == BenchData.apen.region })
        let apne = review.ikkeVideresendte
        #expect(apne.count > 20)
        #expect(apne.allSatisfy { review.partnerskap[$0.melding.partnerskapId]?.regionId == region.id && review.vurderinger[$0.id] == nil })
        #expect(review.videresendte.count > 50 && review.videresendte.allSatisfy { review.vurderinger[$0.id] != nil })
        try await app.test { client in
            var leader = try await Browser.loggedIn(client, "nettverk.1.1.barnehage@bench.no")
            let page = try await leader.open(client, "/nettverk/2027/kompetanseloftet")
            #expect(page.text.components(separatedBy: "inputmode=\"numeric\"").count - 1 == apne.count)
            #expect(!page.text.contains("<option"))
        }
    }

    @Test("an owner's home reads only its drafts' tiltak: every owner's lines say what they say with all tiltak read, and many would not without")
    func utkastensTiltak() async throws {
        let app = try await Self.shared.value
        let db = app.deps.database
        let runder = Runder(try await db.runder())
        let runde = try await db.runde(aar: 2027)
        let eiere = Set(try await db.partnerskap(ids: Array(1...200)).flatMap { $0.partnerskap.eiere.map(\.organisasjonId) }).sorted()
        var avhenger = 0
        for id in eiere {
            let partnerskap = try await db.partnerskap(forOrganisation: id)
            func linjer(_ meldinger: [StoredBehovsmelding]) -> [[String]] {
                let blokkerende = PartnerskapArbeid.blokkerende(meldinger, partnerskapAv: RoleHomeController.partnerskap(meldinger.map(StoredSak.init), partnerskap),
                                                                runde: runde, now: Repository.fixedNow)
                return PartnerskapArbeid(organisasjonId: id, partnerskap: partnerskap, meldinger: meldinger.map(StoredSak.init), blokkerende: blokkerende,
                                         runde: runde, runder: runder, side: 1, path: "/eier", now: Repository.fixedNow, t: .bokmal).items.map { [$0.agreement] + $0.links.map(\.text) }
            }
            let hele = try await db.behovsmeldinger(organisasjonId: id)
            let alle = linjer(hele)
            #expect(linjer(try await db.behovsmeldinger(organisasjonId: id, medTiltak: .utkast)) == alle, "organisation \(id)")
            var utenTiltak = hele
            for index in utenTiltak.indices { utenTiltak[index].melding.tiltak = [] }
            avhenger += linjer(utenTiltak) != alle ? 1 : 0
        }
        #expect(eiere.count > 40 && avhenger > 20, "\(avhenger) of \(eiere.count) owners have a draft whose line counts what stops sending")
    }

    @Test("an owner's or UH's home finds its letters with the partnerships it has read: the same letters as read by behovsmelding, and as the round's own")
    func egneBrev() async throws {
        let app = try await Self.shared.value
        let db = app.deps.database
        let runde = try #require(try await db.runde(aar: 2027))
        let alle = try await Tildelingsbrevsamling.load(db, runde: runde)
        let parter = Set(try await db.partnerskap(ids: Array(1...200)).flatMap { $0.partnerskap.parter.map(\.organisasjonId) })
        var medBrev = 0
        for id in parter.sorted() {
            let meldinger = try await db.saker(organisasjonId: id)
            let egne = RoleHomeController.partnerskap(meldinger, try await db.partnerskap(forOrganisation: id))
            #expect(Set(egne.keys) == Set(meldinger.map(\.id)))
            let brev = try await Tildelingsbrevsamling.load(db, runde: runde, egne: egne).brev
            #expect(brev == (try await Tildelingsbrevsamling.load(db, runde: runde, behovsmeldinger: Set(egne.keys)).brev), "organisation \(id)")
            #expect(brev == (try await Tildelingsbrevsamling.load(db, runde: runde, organisasjonId: id).brev), "organisation \(id), as its home keeps them")
            #expect(brev == alle.brev.filter { $0.parter.contains(id) }, "organisation \(id)")
            medBrev += brev.isEmpty ? 0 : 1
        }
        #expect(medBrev > 40, "most parties have a letter")
    }

    @Test("the Statsforvalter's list of letters: 50 to a page; a choice of region or outcome shows only its letters, with their sum; what cannot be read chooses nothing or everything, never an error")
    func brevliste() async throws {
        let app = try await Self.shared.value
        let runde = try #require(try await app.deps.database.runde(aar: 2027))
        let alle = try await Tildelingsbrevsamling.load(app.deps.database, runde: runde).brev
        #expect(alle.count > Brevliste.sidestorrelse)
        try await app.test { client in
            var sf = try await Browser.loggedIn(client, "sf@bench.no")
            func rows(_ page: String) -> Int { page.components(separatedBy: "<tr><th scope=\"row\"><a href=\"/tildelingsbrev/2027/").count - 1 }
            func showing(_ page: String) -> String? { page.firstMatch(of: /Viser ([\d  ]+)–([\d  ]+) av ([\d  ]+)\./).map { "\($0.output.1)–\($0.output.2) av \($0.output.3)" } }
            let first = try await sf.get(client, "/tildelingsbrev/2027").text
            #expect(first.contains("name=\"region\"") && first.contains("name=\"utfall\""))
            #expect(rows(first) == Brevliste.sidestorrelse)
            #expect(showing(first) == "1–50 av \(Kroner.groupDigits(alle.count))")
            #expect(first.contains("rel=\"next\"") && !first.contains("rel=\"prev\""))
            // The first scheme's letters go on past the page: its total is of them all, and says so.
            let forste = alle.filter { $0.ordning == alle[0].ordning }
            #expect(forste.count > Brevliste.sidestorrelse)
            #expect(first.contains("<th scope=\"row\">Totalt for alle \(Kroner.groupDigits(forste.count)) brev i utvalget</th>"))
            #expect(first.contains("<td class=\"num\">\(forste.map(\.total).sum().sum.formattedNumber)</td></tr></tfoot>"))

            let region = try #require(alle.compactMap(\.partnerskap.regionId).first)
            let iRegion = alle.filter { $0.partnerskap.regionId == region }
            let valgt = try await sf.get(client, "/tildelingsbrev/2027?region=\(region)&side=99").text
            let sider = (iRegion.count + Brevliste.sidestorrelse - 1) / Brevliste.sidestorrelse
            #expect(rows(valgt) == iRegion.count - (sider - 1) * Brevliste.sidestorrelse, "a page past the last is the last")
            for brev in iRegion.suffix(rows(valgt)) {
                #expect(valgt.contains("href=\"\(brev.href)\""), "\(brev.partnerskap.navn)")
            }
            #expect(valgt.contains("<option value=\"\(region)\" selected>"))

            let ingen = try await sf.get(client, "/tildelingsbrev/2027?utfall=ingen-midler").text
            let tildelt = try await sf.get(client, "/tildelingsbrev/2027?utfall=tildelt&ordning=rekom").text
            #expect(rows(ingen) == ingen.components(separatedBy: "<span class=\"badge\">Ingen midler</span>").count - 1)
            #expect(rows(tildelt) > 0 && !tildelt.contains("<span class=\"badge\">Ingen midler</span>") && !tildelt.contains("id=\"brev-dekom\""))
            let rekom = alle.filter { $0.ordning == .rekom && !$0.erAvslag }
            let sum = rekom.map(\.total).sum().sum.formattedNumber
            #expect(tildelt.contains(rekom.count > Brevliste.sidestorrelse ? "Totalt for alle \(rekom.count) brev i utvalget" : "<th scope=\"row\">Totalt</th>"))
            #expect(tildelt.contains("<td class=\"num\">\(sum)</td></tr></tfoot>"), "the sum of every chosen letter")

            for query in ["ordning=ukjent", "region=-1", "region=abc&utfall=alt&side=x", "side=0"] {
                let response = try await sf.open(client, "/tildelingsbrev/2027?" + query)
                #expect(response.status == .ok, "\(query)")
                let text = response.text
                #expect(text.contains("Ingen brev passer til utvalget.") == (query == "ordning=ukjent" || query == "region=-1"), "\(query)")
            }
        }
    }

    @Test("the Statsforvalter's follow-up of the half-year reports: 50 to a page, each report on one page; a choice of state shows as many as its option says; a reminder sent from a page comes back to it")
    func rapportliste() async throws {
        let app = try await Self.seeded()
        let runde = try #require(try await app.deps.database.runde(aar: 2026))
        let alle = try await Rapportgrunnlag.load(app.deps.database, runde: runde, .halvaar, t: .bokmal).forventet
        #expect(alle.count > 2 * Rapportliste.sidestorrelse)
        let path = "/statsforvalter/halvaarsrapporter/2026"
        /// Each row names its report by the report's address (its link or its reminder's form).
        let reports: @Sendable (String) -> Set<String> = { page in
            Set(page.matches(of: /\/statsforvalter\/halvaarsrapporter\/2026\/[a-z]+\/\d+\/\d+/).map { String($0.output) })
        }
        try await app.test { client in
            let sf = try await Browser.loggedIn(client, "sf@bench.no")
            let first = try await sf.get(client, path)
            #expect(first.status == .ok)
            #expect(first.text.contains("name=\"region\"") && first.text.contains("name=\"tilstand\""))
            #expect(first.text.contains("Viser 1–50 av \(Kroner.groupDigits(alle.count))."))
            #expect(reports(first.text).count == Rapportliste.sidestorrelse)
            let (seen, pages) = try await VurderingslisteWebTests.walk(sf, client, from: first.text, rows: { Array(reports($0)) })
            #expect(Set(seen).count == alle.count && seen.count == alle.count, "every report on one page")
            #expect(pages == (alle.count + 49) / 50)

            // Before the deadline (1 December) none is overdue.
            #expect(first.text.contains("<option value=\"forsinket\">Forsinket (0)</option>"))
        }
        // After it, those not sent are, as many as the option says, each marked; a reminder from
        // the second page of them comes back to it.
        let etter = try await TestApp.make(database: app.deps.database, now: OrdningFlowTests.noon("2026-12-02"))
        try await etter.test { client in
            var sf = try await Browser.loggedIn(client, "sf@bench.no")
            let first = try await sf.get(client, path)
            let overdue = try #require(first.text.firstMatch(of: /<option value="forsinket">Forsinket \(([\d ]+)\)/).flatMap { VurderingslisteWebTests.tall($0.output.1) })
            #expect(overdue == alle.filter { $0.status.forSent(fristUte: true) }.count)
            #expect(overdue > Rapportliste.sidestorrelse)
            // The pages in turn list each scheme's reports as the round lists the schemes, the
            // overdue first, then by partnership and reporter.
            let ordninger = runde.ordningerSortert.map(\.0)
            let expected = alle.filter { ordninger.contains($0.brev.ordning) }.sorted {
                (ordninger.firstIndex(of: $0.brev.ordning)!, $0.status.forSent(fristUte: true) ? 0 : 1, $0.brev.partnerskap.navn, $0.rapportor)
                    < (ordninger.firstIndex(of: $1.brev.ordning)!, $1.status.forSent(fristUte: true) ? 0 : 1, $1.brev.partnerskap.navn, $1.rapportor)
            }.map { "\(path)/\($0.brev.ordning.kode)/\($0.brev.partnerskap.id)/\($0.organisasjonId)" }
            let inOrder = try await VurderingslisteWebTests.walk(sf, client, from: first.text, rows: { page in
                page.matches(of: /\/statsforvalter\/halvaarsrapporter\/2026\/[a-z]+\/\d+\/\d+/).map { String($0.output) }
                    .reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
            }).rows
            #expect(inOrder == expected)
            let chosen = try await sf.open(client, path + "?tilstand=forsinket&side=2")
            #expect(chosen.text.contains("Side 2 av \((overdue + 49) / 50)"))
            let rows = reports(chosen.text)
            #expect(rows.count == min(50, overdue - 50))
            #expect(chosen.text.components(separatedBy: "badge-warning\">Forsinket").count - 1 == rows.count)
            #expect(chosen.text.contains("<option value=\"forsinket\" selected>"))
            // The list's form carries its choice and page; each reminder button says where it goes.
            let carried = chosen.text.matches(of: /<input type="hidden" name="([a-z]+)" value="([^"]+)">/).map { (String($0.output.1), String($0.output.2)) }
                .filter { $0.0 != "_csrf" }
            #expect(carried.map { "\($0.0)=\($0.1)" } == ["tilstand=forsinket", "side=2"])
            let action = try #require(chosen.text.firstMatch(of: /formaction="([^"]+)" name="handling" value="paminn">/).map { Browser.unescape(String($0.output.1)) })
            let reminded = try await sf.post(client, action, [("handling", "paminn")] + carried)
            #expect(reminded.status == .seeOther)
            #expect(reminded.headers[.location] == path + "?tilstand=forsinket&side=2")

            for query in ["ordning=ukjent", "region=-1", "region=abc&tilstand=alt&side=x", "side=0", "tilstand=godkjent&side=999"] {
                let response = try await sf.get(client, path + "?" + query)
                #expect(response.status == .ok, "\(query)")
                #expect(response.text.contains("Ingen rapporter passer til utvalget.") == (query == "ordning=ukjent" || query == "region=-1"), "\(query)")
            }
        }
    }

    @Test("a UH in many letters: one home link per ordning to its letters and to each kind of report; the round's list shows each letter's reports beside it")
    func mangeBrev() async throws {
        let app = try await Self.shared.value
        try await app.test { client in
            let uh = try await Browser.loggedIn(client, "uh.1@bench.no")
            let home = try await uh.get(client, "/uh").text
            #expect(home.components(separatedBy: "href=\"/tildelingsbrev/2027?ordning=rekom#brev-rekom\"").count == 4,
                    "the letters, the half-year reports and the reports on the year")
            #expect(home.contains("Rapporter for 2027: Rekom</a>"))
            #expect(!home.contains("href=\"/tildelingsbrev/2027/rekom/") && !home.contains("href=\"/halvaarsrapport/2027/rekom/")
                    && !home.contains("href=\"/rapport/2027/rekom/"))
            let antall = try #require(home.firstMatch(of: /Halvårsrapporter for 2027: Rekom<\/a>.*?(\d+) partnerskap: (\d+) ikke påbegynt\. Frist/.dotMatchesNewlines()))
            #expect(antall.output.1 == antall.output.2)
            // The link's list is the ordning's letters, a page at a time: each report is on one of its pages.
            var list = try await uh.get(client, "/tildelingsbrev/2027?ordning=rekom").text
            #expect(list.contains("<th scope=\"col\">Halvårsrapport</th>") && list.contains("<th scope=\"col\">Rapport</th>"))
            var (halvaar, aar, sider) = (0, 0, 1)
            while true {
                #expect(!list.contains("id=\"brev-dekom\""), "only the chosen ordning")
                halvaar += list.components(separatedBy: "href=\"/halvaarsrapport/2027/rekom/").count - 1
                aar += list.components(separatedBy: "href=\"/rapport/2027/rekom/").count - 1
                guard let next = list.firstMatch(of: /href="([^"]+)" rel="next"/)?.output.1 else { break }
                list = try await uh.get(client, String(next).replacingOccurrences(of: "&amp;", with: "&")).text
                sider += 1
            }
            #expect(sider > 1, "more letters than a page")
            #expect(halvaar == Int(antall.output.1) && aar == Int(antall.output.1))

            let sf = try await Browser.loggedIn(client, "sf@bench.no")
            let all = try await sf.get(client, "/tildelingsbrev/2027").text
            #expect(all.contains("id=\"brev-rekom\"") && !all.contains("Halvårsrapport</th>"), "the Statsforvalter follows reports on its own pages")
        }
    }

    @Test("every page a bench login reaches by links answers 200, with every text in place", arguments: BenchData.innlogginger.map(\.epost))
    func pages(email: String) async throws {
        let app = try await Self.shared.value
        try await app.test { client in
            let browser = try await Browser.loggedIn(client, email)
            let home = try #require(try await browser.get(client, "/logg-inn").headers[.location])
            var queue = [home]
            var seen: Set<String> = []
            var broken: [String] = []
            // Enough to reach every kind of page; the bench data has hundreds of the same kind.
            while let page = queue.first, seen.count < 60 {
                queue.removeFirst()
                guard seen.insert(page).inserted else { continue }
                let response = try await browser.get(client, page)
                guard response.status == .ok else {
                    broken.append("\(page): \(response.status.code)")
                    continue
                }
                guard response.headers[.contentType]?.hasPrefix("text/html") == true else { continue }
                if response.text.contains("⟦") { broken.append("\(page): a message without its text") }
                // The logout and role forms are posts; links of a kind already seen add nothing.
                queue += LinkWalkTests.links(in: response.text).filter { !seen.contains($0) && !$0.hasPrefix("/logg-ut") }
            }
            #expect(broken.isEmpty, "\(email): \(broken.joined(separator: "; "))")
            #expect(seen.count > 3, "\(email) reached only \(seen.sorted())")
        }
    }
}

/// The fagutvalg's work list at a county's size: a page of 50 at a time, every one reached by
/// the pages, and a selection by state that shows what it names.
@Suite struct VurderingslisteWebTests {
    static func ids(_ html: String) -> [String] {
        html.matches(of: /href="\/fagutvalg\/behovsmelding\/(\d+)"/).map { String($0.output.1) }
    }

    static func next(_ html: String) -> String? {
        html.firstMatch(of: /<a href="([^"]+)" rel="next">/).map { String($0.output.1).replacingOccurrences(of: "&amp;", with: "&") }
    }

    /// The rows of the page `first` and of every page its «next» links lead to, and how many pages.
    static func walk<Row>(_ browser: Browser, _ client: any TestClientProtocol, from first: String,
                          rows: (String) -> [Row]) async throws -> (rows: [Row], pages: Int) {
        var seen = rows(first)
        var next = Self.next(first)
        var pages = 1
        while let href = next, pages < 20 {
            let page = try await browser.get(client, href)
            #expect(page.status == .ok)
            seen += rows(page.text)
            next = Self.next(page.text)
            pages += 1
        }
        return (seen, pages)
    }

    @Test("50 rows a page; the pages together hold each forwarded behovsmelding once; a page past the end shows the last")
    func sider() async throws {
        let app = try await BenchDataTests.shared.value
        try await app.test { client in
            let browser = try await Browser.loggedIn(client, "fagutvalg.barnehage@bench.no")
            let first = try await browser.get(client, "/fagutvalg")
            #expect(first.status == .ok)
            let total = try #require(first.text.firstMatch(of: /Viser 1–50 av ([\d ]+)\./).flatMap { Self.tall($0.output.1) })
            #expect(total > 100)
            #expect(Self.ids(first.text).count == 50)
            let (seen, pages) = try await Self.walk(browser, client, from: first.text, rows: Self.ids)
            #expect(seen.count == total)
            #expect(Set(seen).count == total)
            #expect(pages == (total + 49) / 50)
            let past = try await browser.get(client, "/fagutvalg?side=9999")
            #expect(past.text.contains("Side \(pages) av \(pages)"))
            #expect(Self.ids(past.text).count == total - (pages - 1) * 50)
        }
    }

    static func tall(_ text: Substring) -> Int? { Int(text.filter(\.isNumber)) }

    @Test("a selection by state shows only that state, as many as its option says; an empty one says so; nonsense selects everything")
    func utvalg() async throws {
        let app = try await BenchDataTests.shared.value
        try await app.test { client in
            let browser = try await Browser.loggedIn(client, "fagutvalg.barnehage@bench.no")
            let all = try await browser.get(client, "/fagutvalg")
            let unmet = try #require(all.text.firstMatch(of: /Kriterier ikke oppfylt \(([\d ]+)\)/).flatMap { Self.tall($0.output.1) })
            #expect(unmet > 0)
            let page = try await browser.get(client, "/fagutvalg?tilstand=ikke-oppfylt")
            #expect(page.text.contains("Viser 1–\(min(unmet, 50)) av \(unmet)."))
            #expect(page.text.matches(of: /<tr><th scope="row">/).count == min(unmet, 50))
            #expect(page.text.components(separatedBy: ": ikke oppfylt – ").count - 1 == min(unmet, 50))
            #expect(page.text.contains("<option value=\"ikke-oppfylt\" selected"))
            let inhabil = try await browser.get(client, "/fagutvalg?tilstand=inhabil")
            #expect(inhabil.text.contains("Ingen behovsmeldinger passer til utvalget."))
            #expect(!inhabil.text.contains("<tbody>"))
            let nonsense = try await browser.get(client, "/fagutvalg?tilstand=%3Cb%3E&region=x&ordning=..&side=-1")
            #expect(nonsense.status == .ok)
            #expect(nonsense.text.contains("Viser 1–50 av"))
            #expect(!nonsense.text.contains("<b>"))
        }
    }
}

/// A university's home at a county's size: its partnerships 20 to a page, those waiting for it
/// first, each reached once by the pages.
@Suite struct PartnerskapArbeidWebTests {
    /// Each partnership on a page, and whether it is marked as waiting for the reader.
    static func items(_ html: String) -> [(href: String, venter: Bool)] {
        html.matches(of: /<h3><a href="(\/partnerskap\/\d+)">[^<]*<\/a>( <span class="badge badge-warning">)?/)
            .map { (String($0.output.1), $0.output.2 != nil) }
    }

    @Test("20 partnerships a page, waiting ones first; the pages together hold each once; a page out of range or nonsense still shows one")
    func sider() async throws {
        let app = try await BenchDataTests.shared.value
        try await app.test { client in
            let browser = try await Browser.loggedIn(client, "uh.1@bench.no")
            let first = try await browser.get(client, "/uh")
            #expect(first.status == .ok)
            let total = try #require(first.text.firstMatch(of: /Viser 1–20 av ([\d ]+)\./).flatMap { VurderingslisteWebTests.tall($0.output.1) })
            #expect(total > 20)
            #expect(Self.items(first.text).count == 20)
            let (seen, pages) = try await VurderingslisteWebTests.walk(browser, client, from: first.text, rows: Self.items)
            #expect(pages == (total + 19) / 20)
            #expect(seen.count == total)
            #expect(Set(seen.map(\.href)).count == total)
            // Once one is not waiting, none after it is.
            #expect(seen.drop { $0.venter }.allSatisfy { !$0.venter })
            let past = try await browser.get(client, "/uh?side=9999")
            #expect(past.text.contains("Side \(pages) av \(pages)"))
            #expect(Self.items(past.text).map(\.href) == seen.suffix(total - (pages - 1) * 20).map(\.href))
            for nonsense in ["/uh?side=0", "/uh?side=-3", "/uh?side=x", "/uh?side=99999999999999999999"] {
                let page = try await browser.get(client, nonsense)
                #expect(page.status == .ok)
                #expect(Self.items(page.text).map(\.href) == Self.items(first.text).map(\.href), "\(nonsense)")
            }
        }
    }

    @Test("a card shows the current round's behovsmeldinger and counts the rounds before, linked to the partnership's page, which lists them")
    func tidligereAar() async throws {
        let app = try await BenchDataTests.shared.value
        try await app.test { client in
            let browser = try await Browser.loggedIn(client, "uh.1@bench.no")
            let home = try await browser.get(client, "/uh")
            let lines = home.text.matches(of: #/<a href="/behovsmelding/\d+">[^<]* (\d{4}):/#).map { String($0.output.1) }
            #expect(!lines.isEmpty && lines.allSatisfy { $0 == "2027" })
            let earlier = home.text.matches(of: /<a href="(\/partnerskap\/\d+)#behovsmeldinger">Tidligere år: (\d) behovsmeldinger<\/a>/)
            #expect(earlier.count == 20)
            let first = try #require(earlier.first)
            let page = try await browser.get(client, String(first.output.1))
            let rounds = page.text.matches(of: /<td>(202\d)<\/td>/).map { String($0.output.1) }
            #expect(rounds.filter { $0 == "2026" }.count == Int(first.output.2) && rounds.contains("2027"))
        }
    }

    @Test("a home's letter carries the money promised for this round by a three-year tiltak of two rounds back")
    func treAarsTiltak() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        let now = Repository.fixedNow
        let audit = AuditEvent(at: now, userName: "Test", action: .seedDemo, objectType: "test")
        let salten = try #require(try await db.partnerskap(ids: Array(1...100)).first { $0.partnerskap.navn == "Salten kompetansepartnerskap" })
        let region = try #require(try await db.regions().first { $0.id == salten.partnerskap.regionId })
        // Round 2025: a Rekom tiltak over three years, granted in full.
        _ = try await db.createRunde(Runde.standard(aar: 2025, budsjett: [.rekom: Kroner(10_000_000)]), audit: audit)
        let id = try await db.createBehovsmelding(partnerskapId: salten.id, ordning: .rekom, rundeAar: 2025, now: now, audit: audit)
        var stored = try #require(try await db.behovsmelding(id: id))
        stored.melding.tiltak = [Tiltak(nummer: 1, tittel: "Språkmiljø i tre år", fase: .gjennomforing, hvaSkalGjores: "Samlinger og veiledning.",
                                        hvemGjorHva: "Eier organiserer; UH veileder.", deltakere: "Alle barnehager", varighetAar: 3,
                                        aarsbelop: Array(repeating: Belop(eier: Kroner(100_000), uh: Kroner(50_000)), count: 3))]
        stored.melding.status = .levert
        _ = try await db.saveBehovsmelding(stored, expectedVersion: stored.version, now: now, audit: audit)
        let melding = try #require(try await db.behovsmelding(id: id)).melding
        let vurdering = Vurdering(kriterier: Dictionary(uniqueKeysWithValues: Kriterium.allCases.map { ($0, Vurdering.Svar(oppfylt: true)) }), prioritet: 1)
        var linjer = Innstilling.linjer([Innstillingsgrunnlag(melding: melding, partnerskap: salten.partnerskap, regionId: region.id, regionNavn: region.navn,
                                                             vurdering: vurdering)])
        for index in linjer.indices { linjer[index].foreslatt = linjer[index].sokt }
        var eldre = StoredInnstilling.ny(Innstilling(aar: 2025, ordning: .rekom, linjer: linjer), nummer: 1, now: now)
        eldre.status = .vedtatt
        eldre.vedtaksdato = Dato(year: 2025, month: 4, day: 1)
        _ = try await db.saveInnstilling(eldre, expectedVersion: 0, now: now, audit: audit)
        // This round's Rekom decided, so its letters exist.
        var rekom = try #require(try await db.innstilling(rundeAar: 2027, ordning: .rekom))
        rekom.status = .vedtatt
        rekom.vedtaksdato = Dato(year: 2027, month: 4, day: 1)
        _ = try await db.saveInnstilling(rekom, expectedVersion: rekom.version, now: now, audit: audit)

        // The round's own letter to Salten, read with every partnership, carries the third year.
        let runde = try #require(try await db.runde(aar: 2027))
        let brev = try #require(try await Tildelingsbrevsamling.load(db, runde: runde).brev(.rekom, partnerskapId: salten.id))
        #expect(brev.videreforte.contains { $0.forpliktelse.behovsmeldingId == id && $0.forpliktelse.vedtaksaar == 2025 })
        // An owner's home says the same sum.
        try await app.test { client in
            let owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let home = try await owner.get(client, "/eier")
            #expect(home.text.contains("Salten kompetansepartnerskap</a><p>" + brev.kortText(.bokmal) + "."), "\(brev.kortText(.bokmal))")
        }
    }

    @Test("an owner's home keeps its letters while nothing changes, and shows a letter decided since at its next view")
    func egneBrevBeholdes() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        let now = Repository.fixedNow
        let salten = try #require(try await db.partnerskap(ids: Array(1...100)).first { $0.partnerskap.navn == "Salten kompetansepartnerskap" })
        let foreslatt = try #require(try await db.innstilling(rundeAar: 2027, ordning: .rekom))
        #expect(foreslatt.status != .vedtatt)
        try await app.test { client in
            let owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let before = try await owner.get(client, "/eier").text
            let lest = db.organisasjonBuffer.lesninger
            #expect(lest >= 2, "this round's letters and the round before's, read for the organisation")
            _ = try await owner.get(client, "/eier")
            #expect(db.organisasjonBuffer.lesninger == lest, "kept: read once while nothing changes")
            // This round's Rekom decided: the next view shows its letter.
            var rekom = foreslatt
            rekom.status = .vedtatt
            rekom.vedtaksdato = Dato(year: 2027, month: 4, day: 1)
            _ = try await db.saveInnstilling(rekom, expectedVersion: rekom.version, now: now,
                                             audit: AuditEvent(at: now, userName: "Test", action: .seedDemo, objectType: "test"))
            let runde = try #require(try await db.runde(aar: 2027))
            let brev = try #require(try await Tildelingsbrevsamling.load(db, runde: runde).brev(.rekom, partnerskapId: salten.id))
            let line = "Salten kompetansepartnerskap</a><p>" + brev.kortText(.bokmal) + "."
            #expect(!before.contains(line))
            #expect(try await owner.get(client, "/eier").text.contains(line), "the letter decided since")
            #expect(db.organisasjonBuffer.lesninger > lest)
        }
    }

    @Test("an owner's, a UH's, a network leader's and the Statsforvalter's home read nothing from the database again while nothing changes; a change to the organisation shows on the next view, and in the Statsforvalter's latest changes")
    func hjemBeholdes() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        let nord = try #require(try await db.organisasjoner().first { $0.navn == "Nord universitet" })
        try await app.test { client in
            for (email, path) in [("eier.bodo@demo.no", "/eier"), ("uh.nord@demo.no", "/uh"), ("nettverk.salten@demo.no", "/nettverk"), ("sf@demo.no", "/statsforvalter")] {
                try await Self.toGanger(client, try await Browser.loggedIn(client, email), path, db)
            }
            let uh = try await Browser.loggedIn(client, "uh.nord@demo.no")
            let sf = try await Browser.loggedIn(client, "sf@demo.no")
            #expect(try await uh.get(client, "/uh").text.contains("<dd>Nord universitet</dd>"))
            #expect(!(try await sf.get(client, "/statsforvalter").text.contains("Nord universitet, Bodø")))
            var renamed = nord
            renamed.navn = "Nord universitet, Bodø"
            try await db.updateOrganisasjon(renamed, audit: AuditEvent(at: Repository.fixedNow, userName: "Test", action: .seedDemo, objectType: "test"))
            let lest = db.lesetransaksjoner
            #expect(try await uh.get(client, "/uh").text.contains("<dd>Nord universitet, Bodø</dd>"), "the change shows at once")
            #expect(db.lesetransaksjoner > lest)
            #expect(try await sf.get(client, "/statsforvalter").text.contains("Nord universitet, Bodø"), "the audit line of the change")
        }
    }

    @Test("a behovsmelding's form and print view read nothing from the database again while nothing changes; a save shows on the next view")
    func behovsmeldingBeholdes() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        try await app.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            for path in ["/behovsmelding/5", "/behovsmelding/5/utskrift"] {
                _ = try await owner.get(client, path)
                let lest = db.lesetransaksjoner
                #expect(try await owner.get(client, path).status == .ok)
                #expect(db.lesetransaksjoner == lest, "\(path): the behovsmelding, its partnership and its others, and its region's plans kept")
            }
            let form = try await owner.open(client, "/behovsmelding/5")
            let saved = try await owner.post(client, "/behovsmelding/5", [("version", BehovsmeldingFlowTests.version(form.text)), ("handling", "lagre"), ("kontaktperson", "Kari Kontakt")])
            #expect(saved.status == .seeOther)
            #expect(try await owner.get(client, "/behovsmelding/5").text.contains("value=\"Kari Kontakt\""), "the save shows at once")
            #expect(try await owner.get(client, "/behovsmelding/5/utskrift").text.contains("Kari Kontakt"))
        }
    }

    @Test("the report follow-up, the fagutvalg's assessment, the network's two lists, the forum's tables and the innstilling read nothing from the database again while nothing changes; a change to a party shows on the next view")
    func arbeidssiderBeholdes() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        let bodo = try #require(try await db.organisasjoner().first { $0.navn == "Bodø kommune" })
        let sider = [
            ("sf@demo.no", "/statsforvalter/rapporter/2026"), ("fagutvalg.bhg@demo.no", "/fagutvalg/behovsmelding/1"), ("nettverk.salten@demo.no", "/nettverk/2027/rekom"),
            ("nettverk.salten@demo.no", "/nettverk/2027/kompetanseloftet"), ("forum@demo.no", "/samarbeidsforum/2027"),
            ("sf@demo.no", "/statsforvalter/innstilling/2027/rekom"), ("sf@demo.no", "/statsforvalter/innstilling/2027/dekom"),
        ]
        try await app.test { client in
            var brukere: [String: Browser] = [:]
            for (email, path) in sider {
                let user = if let kjent = brukere[email] { kjent } else { try await Browser.loggedIn(client, email) }
                brukere[email] = user
                try await Self.toGanger(client, user, path, db)
            }
            var renamed = bodo
            renamed.navn = "Bodø kommune, Salten"
            try await db.updateOrganisasjon(renamed, audit: AuditEvent(at: Repository.fixedNow, userName: "Test", action: .seedDemo, objectType: "test"))
            for (email, path) in sider {
                let lest = db.lesetransaksjoner
                let text = try await brukere[email]!.get(client, path).text
                #expect(db.lesetransaksjoner > lest, "\(path): read again after the change")
                // The forum's tables are sums by region and ordning: they name no party.
                #expect(path.hasPrefix("/samarbeidsforum") || text.contains("Bodø kommune, Salten"), "\(path): the change shows at once")
            }
        }
    }

    /// `path` viewed twice by `user`: the second view reads nothing from the database and shows the same page.
    static func toGanger(_ client: any TestClientProtocol, _ user: Browser, _ path: String, _ db: AppDatabase) async throws {
        let first = try await user.get(client, path)
        let lest = db.lesetransaksjoner
        let second = try await user.get(client, path)
        #expect(db.lesetransaksjoner == lest, "\(path): every read kept")
        #expect(first.status == .ok && second.status == .ok)
        #expect(Self.utenSkjemanokkel(second.text) == Self.utenSkjemanokkel(first.text), "\(path): the same page")
    }

    /// `html` without the value of its forms' CSRF token, which differs from view to view.
    static func utenSkjemanokkel(_ html: String) -> String {
        html.replacing(/name="_csrf" value="[^"]*"/, with: "name=\"_csrf\"")
    }

    @Test("the order is chosen before a page's partnerships are written out: for every party of the demo, what waits for it comes first, and only what its lines say waits")
    func venterForst() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        let runder = Runder(try await db.runder())
        let runde = try await db.runde(aar: 2027)
        let parter = Set(try await db.partnerskap(ids: Array(1...100)).flatMap { $0.partnerskap.parter.map(\.organisasjonId) })
        var begge = 0
        for id in parter.sorted() {
            let partnerskap = try await db.partnerskap(forOrganisation: id)
            let meldinger = try await db.behovsmeldinger(organisasjonId: id, medTiltak: .alle)
            let blokkerende = PartnerskapArbeid.blokkerende(meldinger, partnerskapAv: RoleHomeController.partnerskap(meldinger.map(StoredSak.init), partnerskap),
                                                            runde: runde, now: Repository.fixedNow)
            let sider = (partnerskap.count + PartnerskapArbeid.sidestorrelse - 1) / PartnerskapArbeid.sidestorrelse
            let items = (1...max(1, sider)).flatMap { side in
                PartnerskapArbeid(organisasjonId: id, partnerskap: partnerskap, meldinger: meldinger.map(StoredSak.init), blokkerende: blokkerende,
                                  runde: runde, runder: runder, side: side, path: "/eier", now: Repository.fixedNow, t: .bokmal).items
            }
            #expect(items.map(\.href).sorted() == partnerskap.map { SiteRoute.partnerskap($0.id).path }.sorted())
            #expect(items.drop(while: \.isWaiting).allSatisfy { !$0.isWaiting }, "organisation \(id)")
            begge += items.contains(where: \.isWaiting) && items.contains { !$0.isWaiting } ? 1 : 0
        }
        #expect(begge > 0, "some party has both what waits and what does not")
    }
}
