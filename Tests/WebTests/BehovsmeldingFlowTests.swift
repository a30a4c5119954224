import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Persistence
import Testing
import TestSupport
@testable import Web

/// The owner/UH path over HTTP: partnership, signatures, behovsmelding with tiltak, sending,
/// returning, delivering, the deadline, concurrent edits and bad input.
@Suite struct BehovsmeldingFlowTests {
    static let criteria: [(String, String)] = [
        ("kriterier.forankring", "Behovet er kartlagt i hver barnehage med ansatte, ledere og UH."),
        ("kriterier.kollektiveProsesser", "Hele personalgruppen deltar i felles refleksjon."),
        ("kriterier.partnerskap", "Eier og UH gjør alle tiltakene sammen."),
        ("enheter", "6 barnehager i Fauske"),
        ("kontaktperson", "Finn Fauske"),
    ]

    /// A complete tiltak's fields; `extra` replaces or adds fields.
    static func tiltak(_ n: Int, eier: String = "1 200 000 kr", uh: String = "300000", extra: [(String, String)] = []) -> [(String, String)] {
        var fields: [(String, String)] = [
            ("tiltak[\(n)].tittel", "Tiltak nummer \(n)"), ("tiltak[\(n)].fase", "gjennomforing"),
            ("tiltak[\(n)].hvaSkalGjores", "Fagdager og veiledning."), ("tiltak[\(n)].hvemGjorHva", "Eier organiserer, UH veileder."),
            ("tiltak[\(n)].deltakere", "Alle ansatte"), ("tiltak[\(n)].varighetAar", "1"),
            ("tiltak[\(n)].aarsbelop[1].eier", eier), ("tiltak[\(n)].aarsbelop[1].uh", uh),
            ("tiltak[\(n)].koordinator", ""), ("tiltak[\(n)].koordinatorBegrunnelse", ""),
        ]
        for (name, value) in extra {
            if let index = fields.firstIndex(where: { $0.0 == name }) { fields[index].1 = value } else { fields.append((name, value)) }
        }
        return fields
    }

    static func version(_ html: String) -> String {
        guard let range = html.range(of: "name=\"version\" value=\"") else { return "0" }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func id(from location: String?) -> Int64? {
        location.flatMap { Int64($0.split(separator: "/").last?.split(separator: "#").first ?? "") }
    }

    @Test("create partnership → both sign → 5 tiltak → a 6th refused → coordinator refused with one kommune → send → UH returns → fix → UH signs → delivered → edit refused")
    func wholePath() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        let organisations = try await db.organisasjoner()
        let nord = try #require(organisations.first { $0.navn == "Nord universitet" })
        let salten = try #require(try await db.regions().first { $0.navn == "Salten" })
        try await app.test { client in
            var owner = try await Browser.loggedIn(client, "eier.fauske@demo.no")
            var uh = try await Browser.loggedIn(client, "uh.nord@demo.no")

            // The partnership, with the typed agreement; HTML is kept as text.
            _ = try await owner.open(client, "/partnerskap/ny")
            let created = try await owner.post(client, "/partnerskap", [
                ("navn", "Fauske <b>alene</b>"), ("regionId", String(salten.id)), ("uh", String(nord.id)),
                ("avtale.hvem", "Fauske organiserer, Nord veileder."), ("avtale.hva", "Språk, fase 3."), ("avtale.naar", "2027"),
            ])
            #expect(created.status == .seeOther)
            let partnerskapId = try #require(Self.id(from: created.headers[.location]))
            let page = try await owner.open(client, "/partnerskap/\(partnerskapId)")
            #expect(page.text.contains("Fauske &lt;b&gt;alene&lt;/b&gt;"))
            #expect(!page.text.contains("<b>alene</b>"))

            // Both sign, each from their own login; the UH's home page shows it waiting first.
            #expect(try await uh.open(client, "/uh").text.contains("Partnerskapsavtalen venter på deres signatur."))
            #expect(try await owner.post(client, "/partnerskap/\(partnerskapId)/signer", [("version", "1")]).status == .seeOther)
            _ = try await uh.open(client, "/partnerskap/\(partnerskapId)")
            #expect(try await uh.post(client, "/partnerskap/\(partnerskapId)/signer", [("version", "1")]).status == .seeOther)
            #expect(try await db.partnerskap(id: partnerskapId)?.partnerskap.erSignertAvAlle == true)

            // The behovsmelding, started from the partnership page.
            let started = try await owner.post(client, "/partnerskap/\(partnerskapId)/behovsmelding/rekom", [])
            let meldingId = try #require(Self.id(from: started.headers[.location]))
            var form = try await owner.open(client, "/behovsmelding/\(meldingId)")
            #expect(form.status == .ok)

            let five = Self.criteria + (1...5).flatMap { Self.tiltak($0) }
            let saved = try await owner.post(client, "/behovsmelding/\(meldingId)", [("version", Self.version(form.text)), ("handling", "lagre")] + five)
            #expect(saved.status == .seeOther)
            #expect(try await db.behovsmelding(id: meldingId)?.melding.tiltak.count == 5)
            #expect(try await db.behovsmelding(id: meldingId)?.melding.tiltak.first?.forsteAar == Belop(eier: Kroner(1_200_000), uh: Kroner(300_000)))

            // A 6th is refused, with what was typed kept and nothing saved.
            form = try await owner.open(client, "/behovsmelding/\(meldingId)")
            let typed = five.map { $0.0 == "kriterier.partnerskap" ? ($0.0, "Ny tekst som ikke er lagret") : $0 }
            let sixth = try await owner.post(client, "/behovsmelding/\(meldingId)", [("version", Self.version(form.text)), ("handling", "nytt-tiltak")] + typed)
            #expect(sixth.status == .unprocessableContent)
            #expect(sixth.text.contains("Rekom tillater høyst 5 tiltak"))
            #expect(sixth.text.contains("Ny tekst som ikke er lagret"))
            #expect(try await db.behovsmelding(id: meldingId)?.melding.kriterier[.partnerskap] == "Eier og UH gjør alle tiltakene sammen.")

            // A coordinator needs two kommuner: sending is refused, the draft is kept.
            let withCoordinator = Self.criteria + Self.tiltak(1, extra: [("tiltak[1].koordinator", "100 000"), ("tiltak[1].koordinatorBegrunnelse", "Mange enheter.")])
            let refused = try await owner.post(client, "/behovsmelding/\(meldingId)", [("version", Self.version(form.text)), ("handling", "send")] + withCoordinator)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("kan ikke bruke midler til koordinator: det krever at minst 2 kommuner"))
            #expect(refused.text.contains("href=\"#felt-tiltak[1].koordinator\""))
            var stored = try #require(try await db.behovsmelding(id: meldingId))
            #expect(stored.melding.status == .utkast)
            #expect(stored.melding.tiltak.count == 1)
            #expect(stored.melding.koordinator == Kroner(100_000))

            // Fixed and sent.
            let sent = try await owner.post(client, "/behovsmelding/\(meldingId)", [("version", String(stored.version)), ("handling", "send")] + Self.criteria + Self.tiltak(1))
            #expect(sent.status == .seeOther)
            stored = try #require(try await db.behovsmelding(id: meldingId))
            #expect(stored.melding.status == .tilUH)
            #expect(try await owner.get(client, "/behovsmelding/\(meldingId)").text.contains("Behovsmeldingen er hos UH for signering."))

            // The UH returns it; a return without a comment is refused.
            var uhPage = try await uh.open(client, "/behovsmelding/\(meldingId)")
            #expect(uhPage.text.contains("Signer og lever"))
            let noComment = try await uh.post(client, "/behovsmelding/\(meldingId)/uh", [("version", Self.version(uhPage.text)), ("handling", "returner"), ("kommentar", " ")])
            #expect(noComment.status == .unprocessableContent)
            #expect(noComment.text.contains("Skriv hva eier må endre"))
            let returned = try await uh.post(client, "/behovsmelding/\(meldingId)/uh", [
                ("version", Self.version(uhPage.text)), ("handling", "returner"), ("kommentar", "Beskriv deltakerne mer presist."),
            ])
            #expect(returned.status == .seeOther)
            form = try await owner.open(client, "/behovsmelding/\(meldingId)")
            #expect(form.text.contains("Beskriv deltakerne mer presist."))

            // The owner fixes and sends again; the UH cannot sign without the teacher-education text.
            let fixed = Self.criteria + Self.tiltak(1, extra: [("tiltak[1].deltakere", "Alle 48 ansatte i 6 barnehager")])
            #expect(try await owner.post(client, "/behovsmelding/\(meldingId)", [("version", Self.version(form.text)), ("handling", "send")] + fixed).status == .seeOther)
            uhPage = try await uh.open(client, "/behovsmelding/\(meldingId)")
            let withoutText = try await uh.post(client, "/behovsmelding/\(meldingId)/uh", [
                ("version", Self.version(uhPage.text)), ("handling", "signer"), ("uhLaererutdanning", ""),
            ])
            #expect(withoutText.status == .unprocessableContent)
            #expect(withoutText.text.contains("UH har ikke beskrevet hvordan samarbeidet styrker lærerutdanningen"))
            let signed = try await uh.post(client, "/behovsmelding/\(meldingId)/uh", [
                ("version", Self.version(uhPage.text)), ("handling", "signer"), ("uhLaererutdanning", "Brukes i praksisopplæringen."),
            ])
            #expect(signed.status == .seeOther)
            stored = try #require(try await db.behovsmelding(id: meldingId))
            #expect(stored.melding.status == .levert)
            #expect(stored.deliveredAt == Repository.fixedNow)
            #expect(stored.melding.uhLaererutdanning == "Brukes i praksisopplæringen.")

            // Delivered: the owner can no longer change it; the history shows every step.
            let late = try await owner.post(client, "/behovsmelding/\(meldingId)", [("version", String(stored.version)), ("handling", "lagre")] + Self.criteria)
            #expect(late.status == .conflict)
            #expect(late.text.contains("levert til kompetansenettverket og kan ikke endres"))
            let history = try await db.auditEvents(AuditFilter(objectType: "behovsmelding", objectId: String(meldingId))).map(\.action)
            #expect(history.reversed() == ["opprett", "lagre", "lagre", "send", "returner", "send", "lever"])
            let reading = try await owner.get(client, "/behovsmelding/\(meldingId)")
            #expect(reading.text.contains("Returnert til eier av Ulrik Universitet"))
            #expect(try await owner.get(client, "/behovsmelding/\(meldingId)/utskrift").status == .ok)
        }
    }

    @Test("an owner's and a UH's partnership cards, kept for the organisation, follow the day and every change")
    func homeCards() async throws {
        let database = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        try await TestApp.seed(database)
        let today = try await TestApp.make(database: database, now: Repository.fixedNow)
        let tomorrow = try await TestApp.make(database: database, now: Repository.fixedNow.addingTimeInterval(24 * 3_600))
        let (dekom, rekom) = ("href=\"/behovsmelding/5\">Dekom 2027: Utkast · ", "href=\"/behovsmelding/4\">Rekom 2027: Utkast · ")
        func homes(_ app: TestApp, _ owner: String, _ uh: String) async throws {
            try await app.test { client in
                var eier = try await Browser.loggedIn(client, "eier.bodo@demo.no")
                var partner = try await Browser.loggedIn(client, "uh.nord@demo.no")
                for _ in 1...2 {
                    #expect(try await eier.open(client, "/eier").text.contains(owner))
                    #expect(try await partner.open(client, "/uh").text.contains(uh))
                }
            }
        }
        try await homes(today, dekom + "3 ting må på plass · 22 dager igjen", rekom + "22 dager igjen")
        try await homes(tomorrow, dekom + "3 ting må på plass · 21 dager igjen", rekom + "21 dager igjen")
        try await homes(today, dekom + "3 ting må på plass · 22 dager igjen", rekom + "22 dager igjen")
        // The owner fills in the criteria and the contact person: one thing is left, on both days.
        try await today.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            _ = try await owner.open(client, "/behovsmelding/5")
            #expect(try await owner.post(client, "/behovsmelding/5", [("version", "2"), ("handling", "lagre")] + Self.criteria).status == .seeOther)
        }
        try await homes(today, dekom + "1 ting må på plass · 22 dager igjen", rekom + "22 dager igjen")
        try await homes(tomorrow, dekom + "1 ting må på plass · 21 dager igjen", rekom + "21 dager igjen")
    }

    @Test("after the deadline the owner's draft is read-only and a save is refused")
    func afterDeadline() async throws {
        // 16 December 2026, 09:00 in Oslo: the day after the 2027 round's deadline.
        let after = Date(timeIntervalSince1970: 1_797_408_000)
        let database = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        try await TestApp.seed(database)
        let app = try await TestApp.make(database: database, now: after)
        try await app.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let page = try await owner.open(client, "/behovsmelding/5")
            #expect(page.text.contains("Fristen har gått ut"))
            #expect(!page.text.contains("name=\"handling\" value=\"send\""))
            let refused = try await owner.post(client, "/behovsmelding/5", [("version", "2"), ("handling", "lagre")] + Self.criteria)
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("Fristen for behovsmeldinger var 15. desember 2026".vist))
            #expect(try await app.deps.database.behovsmelding(id: 5)?.melding.kontaktperson == "")
            let start = try await owner.post(client, "/partnerskap/3/behovsmelding/rekom", [])
            #expect(start.status == .seeOther)
            #expect(try await app.deps.database.behovsmeldinger(partnerskapIds: [3]).count == 2)
        }
    }

    @Test("a later deadline for one behovsmelding: given with a reason, seen by the parties; the owner may still work, the network waits, the others have missed it")
    func laterDeadline() async throws {
        let database = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        try await TestApp.seed(database)
        let before = try await TestApp.make(database: database, now: Repository.fixedNow)
        try await before.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let page = try await sf.open(client, "/behovsmelding/6")
            #expect(page.text.contains("Gi lengre frist"))
            let bad = try await sf.post(client, "/behovsmelding/6/frist", [("fristDato", "2026-12-10"), ("fristBegrunnelse", " ")])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Den nye fristen må være etter rundens frist (15. desember 2026)".vist))
            #expect(bad.text.contains("Skriv hvorfor behovsmeldingen får lengre frist."))
            #expect(bad.text.contains("value=\"2026-12-10\""))
            let given = try await sf.post(client, "/behovsmelding/6/frist", [("fristDato", "18.12.2026"), ("fristBegrunnelse", "UH var syk i fristuken.")])
            #expect(given.status == .seeOther)
            #expect(try await database.behovsmelding(id: 6)?.melding.fristforlengelse == Fristforlengelse(dato: Dato(iso: "2026-12-18")!, begrunnelse: "UH var syk i fristuken."))
            let trail = try await database.auditEvents(AuditFilter(objectType: "behovsmelding", objectId: "6", limit: 1))
            #expect(trail.first?.handling == .forlengFrist)
        }
        // The day after the round's deadline.
        let after = try await TestApp.make(database: database, now: Date(timeIntervalSince1970: 1_797_408_000))
        try await after.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let extended = try await owner.open(client, "/behovsmelding/6")
            #expect(extended.text.contains("Statsforvalteren har gitt denne behovsmeldingen frist til 18. desember 2026: UH var syk i fristuken.".vist))
            #expect(extended.text.contains("Frist 18. desember 2026".vist))
            #expect(extended.text.contains("name=\"handling\" value=\"lagre\""), "the owner may still work on it")
            let missed = try await owner.open(client, "/behovsmelding/5")
            #expect(missed.text.contains("Ikke levert innen fristen 15. desember 2026.".vist))
            var leader = try await Browser.loggedIn(client, "nettverk.salten@demo.no")
            let network = try await leader.open(client, "/nettverk/2027/kompetanseloftet")
            #expect(network.text.contains("Behovsmeldinger kan leveres til og med 18. desember 2026.".vist))
            #expect(!network.text.contains("value=\"videresend\""))
        }
    }

    @Test("two people saving the same version: the second gets a conflict with their text kept")
    func concurrentEdit() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var first = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            var second = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let a = try await first.open(client, "/behovsmelding/5")
            let b = try await second.open(client, "/behovsmelding/5")
            #expect(Self.version(a.text) == Self.version(b.text))
            let saved = try await first.post(client, "/behovsmelding/5", [("version", Self.version(a.text)), ("handling", "lagre"), ("kontaktperson", "Første")])
            #expect(saved.status == .seeOther)
            let conflict = try await second.post(client, "/behovsmelding/5", [("version", Self.version(b.text)), ("handling", "lagre"), ("kontaktperson", "Andre sin tekst")])
            #expect(conflict.status == .conflict)
            #expect(conflict.text.contains("Noen andre har lagret i mellomtiden"))
            #expect(conflict.text.contains("Berit Bodø"))
            #expect(conflict.text.contains("value=\"Andre sin tekst\""))
            #expect(try await app.deps.database.behovsmelding(id: 5)?.melding.kontaktperson == "Første")
            // Saving again from the conflict page is a deliberate overwrite.
            let again = try await second.post(client, "/behovsmelding/5", [("version", Self.version(conflict.text)), ("handling", "lagre"), ("kontaktperson", "Andre sin tekst")])
            #expect(again.status == .seeOther)
            #expect(try await app.deps.database.behovsmelding(id: 5)?.melding.kontaktperson == "Andre sin tekst")
        }
    }

    @Test("the summary follows what is typed, unsaved: sums and rules from Domain, unreadable values named, nothing written")
    func liveSummary() async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let page = try await owner.open(client, "/behovsmelding/5")
            #expect(page.text.contains("data-oversikt=\"/behovsmelding/5/oversikt\""))
            #expect(page.text.contains("<script src=\"/js/oversikt.js\" defer></script>"))
            let before = try await app.deps.database.behovsmelding(id: 5)

            let typed = try await owner.post(client, "/behovsmelding/5/oversikt", [("version", Self.version(page.text))] + Self.criteria
                + Self.tiltak(1, eier: "1 200 000", uh: "300 000"))
            #expect(typed.status == .ok)
            #expect(typed.text.hasPrefix("<aside class=\"oversikt\""))
            #expect(!typed.text.contains("<main"))
            let sum = Kroner(1_500_000).formattedNumber
            #expect(typed.text.contains("<td>\(sum)</td>") || typed.text.contains(">\(sum)<"))
            #expect(!typed.text.contains("oversikt-live\" hidden>Beløpene under er de sist lagrede"))

            // A coordinator amount with one kommune is a rule violation, linked to its field.
            let coordinator = try await owner.post(client, "/behovsmelding/5/oversikt", Self.criteria
                + Self.tiltak(1, extra: [("tiltak[1].koordinator", "50 000"), ("tiltak[1].koordinatorBegrunnelse", "Felles leder")]))
            #expect(coordinator.text.contains("href=\"#felt-tiltak[1].koordinator\""))

            let unreadable = try await owner.post(client, "/behovsmelding/5/oversikt", Self.criteria + Self.tiltak(1, eier: "12,50"))
            #expect(unreadable.status == .ok)
            #expect(unreadable.text.contains("Skriv beløpet i hele kroner, uten øre"))
            #expect(unreadable.text.contains("href=\"#felt-tiltak[1].aarsbelop[1].eier\""))
            #expect(unreadable.text.contains("Beløpene under er de sist lagrede"))

            #expect(try await app.deps.database.behovsmelding(id: 5) == before)
        }
    }

    @Test("amounts as typed: accepted forms are stored, bad ones are named next to the field and nothing is saved", arguments: [
        ("1 200 000", 1_200_000), ("1200000", 1_200_000), ("1 200 000 kr", 1_200_000), ("", 0),
    ])
    func amountsAccepted(input: String, value: Int) async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let page = try await owner.open(client, "/behovsmelding/5")
            let saved = try await owner.post(client, "/behovsmelding/5", [("version", Self.version(page.text)), ("handling", "lagre")] + Self.tiltak(1, eier: input))
            #expect(saved.status == .seeOther)
            #expect(try await app.deps.database.behovsmelding(id: 5)?.melding.tiltak.first?.forsteAar.eier == Kroner(value))
        }
    }

    @Test("bad input is refused with a message next to the field, the typed text kept and nothing saved", arguments: [
        ("tiltak[1].aarsbelop[1].eier", "-5", "Beløpet kan ikke være negativt."),
        ("tiltak[1].aarsbelop[1].eier", "12,50", "Skriv beløpet i hele kroner, uten øre"),
        ("tiltak[1].aarsbelop[1].uh", "tolv", "Beløpet kan bare inneholde siffer og mellomrom"),
        ("tiltak[1].koordinator", "1.5", "Skriv beløpet i hele kroner, uten øre"),
        ("tiltak[1].tittel", String(repeating: "x", count: 201), "Tittelen på tiltak 1 er for lang: 201 tegn"),
        ("kriterier.forankring", String(repeating: "æ", count: 4001), "er for lang: 4\u{00A0}001 tegn"),
        ("tiltak[1].fase", "fase-4", "Velg en av de tre fasene"),
        ("tiltak[1].varighetAar", "9", "Velg hvor mange år"),
    ])
    func badInput(field: String, value: String, message: String) async throws {
        let app = try await TestApp.make()
        try await app.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let page = try await owner.open(client, "/behovsmelding/5")
            let before = try await app.deps.database.behovsmelding(id: 5)
            var fields = Self.criteria + Self.tiltak(1)
            if let index = fields.firstIndex(where: { $0.0 == field }) { fields[index].1 = value } else { fields.append((field, value)) }
            let refused = try await owner.post(client, "/behovsmelding/5", [("version", Self.version(page.text)), ("handling", "lagre")] + fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(message.replacingOccurrences(of: "\u{00A0}", with: " ")) || refused.text.contains(message))
            #expect(refused.text.contains("href=\"#felt-\(field)\""))
            #expect(refused.text.contains("id=\"felt-\(field)-error\""))
            #expect(refused.text.contains("Finn Fauske"))
            #expect(try await app.deps.database.behovsmelding(id: 5) == before)
        }
    }

    @Test("a changed agreement clears the signatures and says so; signing an older text is refused")
    func agreementChange() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        try await app.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let before = try #require(try await db.partnerskap(id: 3))
            #expect(before.partnerskap.erSignertAvAlle)
            let edit = try await owner.open(client, "/partnerskap/3/endre")
            #expect(edit.text.contains("fjernes alle signaturene"))
            let saved = try await owner.post(client, "/partnerskap/3/endre", [
                ("version", String(before.version)), ("navn", before.partnerskap.navn), ("regionId", String(before.partnerskap.regionId ?? 0)),
                ("uh", "45"), ("avtale.hvem", "Ny fordeling"), ("avtale.hva", before.partnerskap.avtale.hva), ("avtale.naar", before.partnerskap.avtale.naar),
            ])
            #expect(saved.status == .seeOther)
            let after = try #require(try await db.partnerskap(id: 3))
            #expect(after.partnerskap.signert.isEmpty)
            #expect(try await owner.get(client, "/partnerskap/3").text.contains("signaturene er fjernet"))
            var uh = try await Browser.loggedIn(client, "uh.nord@demo.no")
            _ = try await uh.open(client, "/partnerskap/3")
            let stale = try await uh.post(client, "/partnerskap/3/signer", [("version", String(before.version))])
            #expect(stale.status == .seeOther)
            #expect(try await db.partnerskap(id: 3)?.partnerskap.signert.isEmpty == true)
            // A delivered behovsmelding freezes its partnership.
            let frozen = try await owner.post(client, "/partnerskap/1/endre", [("version", "1"), ("navn", "Nytt navn"), ("regionId", "1"), ("uh", "45")])
            #expect(frozen.status == .forbidden || frozen.status == .conflict)
        }
    }
}
