import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Persistence
import Testing
import TestSupport
@testable import Web

/// The innstilling over HTTP: built from the forwarded and assessed behovsmeldinger, checked on
/// every save, refused for the forum while a hard breach remains, filled by Domain's suggest,
/// sent, decided, read-only afterwards, and a new version made.
@Suite struct InnstillingFlowTests {
    static func version(_ html: String) -> String { BehovsmeldingFlowTests.version(html) }

    @Test("a hard breach blocks sending; suggest → save → checks green → sent → vedtatt → read-only → new version")
    func wholePath() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        try await app.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            // The demo's Rekom innstilling is with the forum; Lofoten's criterion is not met: listed below, not in the table.
            let rekom = try await sf.open(client, "/statsforvalter/innstilling/2027/rekom")
            #expect(rekom.text.contains("Kriteriet «Kollektive prosesser» er ikke oppfylt."))
            #expect(rekom.text.contains("Foreløpig innstilling"))
            let page = try await sf.open(client, "/statsforvalter/innstilling/2027/dekom")
            #expect(page.status == .ok)
            #expect(page.text.contains("Region Salten har kvalifiserte behovsmeldinger, men får ingen midler."))

            // Nothing proposed: every region with qualified tiltak without funds is a hard breach.
            let refused = try await sf.post(client, "/statsforvalter/innstilling/2027/dekom", [("version", "0"), ("handling", "send")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("kan ikke sendes til samarbeidsforum før det er rettet"))
            let saved = try #require(try await db.innstilling(rundeAar: 2027, ordning: .dekom))
            #expect(saved.status == .utkast)
            // A refused send from a stale page is a conflict, not a server error.
            let stale = try await sf.post(client, "/statsforvalter/innstilling/2027/dekom", [("version", "99"), ("handling", "send")])
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("Noen andre har lagret innstillingen i mellomtiden."))

            let bad = try await sf.post(client, "/statsforvalter/innstilling/2027/dekom", [
                ("version", String(saved.version)), ("handling", "lagre"), ("linje[201].aar[1].eier", "12,5"),
            ])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Skriv beløpet i hele kroner, uten øre"))
            #expect(bad.text.contains("value=\"12,5\""))

            let suggested = try await sf.post(client, "/statsforvalter/innstilling/2027/dekom", [("version", String(saved.version)), ("handling", "foresla")])
            #expect(suggested.status == .seeOther)
            let filled = try #require(try await db.innstilling(rundeAar: 2027, ordning: .dekom))
            let runde = try #require(try await db.runde(aar: 2027))
            let kontroll = filled.innstilling.check(try #require(runde.ordninger[.dekom]))
            #expect(!kontroll.blokkerer)
            #expect(kontroll.foreslatt.sum > .zero)
            #expect(filled.innstilling.ikkeKvalifiserte.allSatisfy { $0.foreslattForsteAar.sum == .zero })
            let green = try await sf.open(client, "/statsforvalter/innstilling/2027/dekom")
            #expect(green.text.contains("Forslaget holder alle fordelingsreglene."))

            // A typed change to one cell and a reason are kept.
            let edited = try await sf.post(client, "/statsforvalter/innstilling/2027/dekom", [
                ("version", Self.version(green.text)), ("handling", "lagre"), ("linje[201].begrunnelse", "Høyt prioritert av fagutvalget"),
            ])
            #expect(edited.status == .seeOther)
            #expect(try await db.innstilling(rundeAar: 2027, ordning: .dekom)?.innstilling.linjer.first { $0.id == 201 }?.begrunnelse == "Høyt prioritert av fagutvalget")

            let before = try await sf.open(client, "/statsforvalter/innstilling/2027/dekom")
            let sent = try await sf.post(client, "/statsforvalter/innstilling/2027/dekom", [("version", Self.version(before.text)), ("handling", "send")])
            #expect(sent.status == .seeOther)
            let forum = try await sf.open(client, "/statsforvalter/innstilling/2027/dekom")
            #expect(forum.text.contains("Foreløpig innstilling"))
            #expect(!forum.text.contains("name=\"linje[201].aar[1].eier\""))
            let changed = try await sf.post(client, "/statsforvalter/innstilling/2027/dekom", [
                ("version", Self.version(forum.text)), ("handling", "lagre"), ("linje[201].aar[1].eier", "1"),
            ])
            #expect(changed.status == .conflict)

            let future = try await sf.post(client, "/statsforvalter/innstilling/2027/dekom", [
                ("version", Self.version(forum.text)), ("handling", "vedta"), ("vedtaksdato", "01.01.2030"),
            ])
            #expect(future.status == .unprocessableContent)
            #expect(future.text.contains("Vedtaksdatoen kan ikke være frem i tid."))
            let decided = try await sf.post(client, "/statsforvalter/innstilling/2027/dekom", [
                ("version", Self.version(forum.text)), ("handling", "vedta"), ("vedtaksdato", "20.11.2026"),
            ])
            #expect(decided.status == .seeOther)
            let final = try #require(try await db.innstilling(rundeAar: 2027, ordning: .dekom))
            #expect(final.status == .vedtatt && final.vedtaksdato == Dato(year: 2026, month: 11, day: 20))

            let readOnly = try await sf.open(client, "/statsforvalter/innstilling/2027/dekom")
            let newVersion = try await sf.post(client, "/statsforvalter/innstilling/2027/dekom", [("version", Self.version(readOnly.text)), ("handling", "ny-versjon")])
            #expect(newVersion.status == .seeOther)
            let second = try #require(try await db.innstilling(rundeAar: 2027, ordning: .dekom))
            #expect(second.nummer == 2 && second.status == .utkast)
            #expect(second.innstilling.linjer.map(\.foreslatt) == final.innstilling.linjer.map(\.foreslatt))
        }
    }

    @Test("a selection shows a region, a priority or a state at a time; a save changes only what it shows and comes back to it")
    func utvalg() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        try await app.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let path = "/statsforvalter/innstilling/2027/dekom"
            _ = try await sf.post(client, path, [("version", "0"), ("handling", "foresla")])
            let stored = try #require(try await db.innstilling(rundeAar: 2027, ordning: .dekom))
            let lines = stored.innstilling.kvalifiserte
            let salten = try #require(lines.first { $0.regionNavn == "Salten" })
            let other = try #require(lines.first { $0.regionId != salten.regionId })
            let all = try await sf.open(client, path)
            #expect(all.text.contains("Viser \(lines.count) av \(lines.count) kvalifiserte tiltak."))
            #expect(all.text.contains(#"<option value="\#(salten.regionId)">Salten</option>"#))

            let page = try await sf.open(client, path + "?region=\(salten.regionId)")
            let inSalten = lines.filter { $0.regionId == salten.regionId }.count
            #expect(page.text.contains("Viser \(inSalten) av \(lines.count) kvalifiserte tiltak."))
            #expect(page.text.contains(#"name="linje[\#(salten.id)].aar[1].eier""#))
            #expect(!page.text.contains(#"name="linje[\#(other.id)].aar[1].eier""#))
            #expect(page.text.contains(#"<form method="post" action="\#(path)?region=\#(salten.regionId)""#))
            #expect(page.text.contains(#"<a href="\#(path)">Vis alle.</a>"#))

            // Saving the selected lines keeps the others as they were, and comes back to the selection.
            let saved = try await sf.post(client, path + "?region=\(salten.regionId)", [
                ("version", String(stored.version)), ("handling", "lagre"), ("linje[\(salten.id)].aar[1].eier", "1"),
            ])
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == path + "?region=\(salten.regionId)")
            let after = try #require(try await db.innstilling(rundeAar: 2027, ordning: .dekom))
            #expect(after.innstilling.linjer.first { $0.id == salten.id }?.foreslatt.first?.eier == Kroner(1))
            #expect(after.innstilling.linjer.first { $0.id == other.id }?.foreslatt == other.foreslatt)

            // Cut to 1 kr, the Salten line gets less than requested; a state selection finds it.
            let reduced = try await sf.open(client, path + "?tilstand=redusert")
            #expect(reduced.text.contains(#"name="linje[\#(salten.id)].aar[1].eier""#))
            let nothing = try await sf.open(client, path + "?region=\(salten.regionId)&prioritet=99")
            #expect(nothing.text.contains("Ingen kvalifiserte tiltak passer med utvalget."))
            // Nonsense in the address selects everything; it is no error.
            let odd = try await sf.open(client, path + "?region=%3Cb%3E&tilstand=x")
            #expect(odd.status == .ok && odd.text.contains("Viser \(lines.count) av \(lines.count)"))
        }
    }

    @Test("two rounds in a row: the 2027 vedtak binds 2028; the later years are checked against the expected budget")
    func twoRounds() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        try await app.test { client in
            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let rekom = try await sf.open(client, "/statsforvalter/innstilling/2027/rekom")
            #expect(rekom.text.contains("Midler i senere år"))
            let decided = try await sf.post(client, "/statsforvalter/innstilling/2027/rekom", [
                ("version", Self.version(rekom.text)), ("handling", "vedta"), ("vedtaksdato", "20.11.2026"),
            ])
            #expect(decided.status == .seeOther)
            // What a decided innstilling was made on stays: no stop of the 2026 tiltak it counted as bound,
            // on the page (a bound line without a stop of its own once offered one that posted to the page's form) or by hand.
            let decidedPage = try await sf.open(client, "/statsforvalter/innstilling/2027/rekom")
            #expect(decidedPage.text.contains("Tiltak som tidligere vedtak betaler for"))
            #expect(!decidedPage.text.contains("Stans tiltaket"))
            let lockedStop = try await sf.post(client, "/statsforvalter/innstilling/2027/rekom/stans", [
                ("vedtaksaar", "2026"), ("ordning", "rekom"), ("behovsmelding", "13"), ("tiltak", "1"), ("begrunnelse", "For sent"),
            ])
            #expect(lockedStop.status == .conflict)
            // The forum's table of the money by decision year, on the page and as a file.
            let csv = try await sf.open(client, "/samarbeidsforum/2027/eksport/etter-vedtaksaar-2027.csv")
            #expect(csv.status == .ok)
            #expect(csv.text.contains("Vedtatt;Til 2027;Til 2028"))
            #expect(csv.text.contains("Denne innstillingen (2027);"))
            let bound = try await db.forpliktelser(ordning: .rekom, fraAar: 2028)
            #expect(bound.map(\.belop.sum).sum() == Kroner(850_000))
            #expect(bound.allSatisfy { $0.aar == 2028 && $0.vedtaksaar == 2027 })

            // The next round: its Rekom money is the 70 % less what 2027 bound.
            _ = try await db.createRunde(Runde.standard(aar: 2028, budsjett: [.rekom: Kroner(10_886_000)]), audit: AuditEvent(at: Repository.fixedNow, action: .opprett, objectType: "runde"))
            let next = try await sf.open(client, "/statsforvalter/innstilling/2028/rekom")
            #expect(next.status == .ok)
            #expect(next.text.contains("Bundet av vedtak i 2027"))
            #expect(next.text.contains("850 000 kr".vist))
            #expect(next.text.contains("6 770 200 kr".vist), "free: 7 620 200 − 850 000")

            // The tiltak behind the commitment stops: without a reason it is refused, with one its money is freed.
            let tiltak = try #require(bound.first { $0.behovsmeldingId != 1 })
            #expect(next.text.contains("Tiltak som tidligere vedtak betaler for"))
            let stop = [("vedtaksaar", "2027"), ("ordning", "rekom"), ("behovsmelding", String(tiltak.behovsmeldingId)), ("tiltak", String(tiltak.tiltak.nummer))]
            let noReason = try await sf.post(client, "/statsforvalter/innstilling/2028/rekom/stans", stop + [("begrunnelse", " ")])
            #expect(noReason.status == .unprocessableContent)
            #expect(noReason.text.contains("Skriv hvorfor tiltaket stanses"))
            let stopped = try await sf.post(client, "/statsforvalter/innstilling/2028/rekom/stans", stop + [("begrunnelse", "Partnerskapet har meldt at det ikke fortsetter.")])
            #expect(stopped.status == .seeOther)
            let after = try await db.forpliktelser(ordning: .rekom, fraAar: 2028)
            #expect(after.filter { !$0.gjelder }.map(\.tiltakIVedtak) == [tiltak.tiltakIVedtak])
            let rest = after.filter(\.gjelder).map(\.belop.sum).sum()
            #expect(rest == Kroner(850_000) - tiltak.belop.sum)
            let freed = try await sf.open(client, "/statsforvalter/innstilling/2028/rekom")
            #expect(freed.text.contains("Tiltaket er stanset, og \(tiltak.belop.sum.formatted) er frigjort."))
            #expect(freed.text.contains((Kroner(7_620_200) - rest).formatted), "free again")
            let again = try await sf.post(client, "/statsforvalter/innstilling/2028/rekom/stans", stop + [("begrunnelse", "To ganger")])
            #expect(again.status == .notFound)

            // A new version of 2027: an expected budget for 2028 below its commitments warns, with the numbers.
            let readOnly = try await sf.open(client, "/statsforvalter/innstilling/2027/rekom")
            _ = try await sf.post(client, "/statsforvalter/innstilling/2027/rekom", [("version", Self.version(readOnly.text)), ("handling", "ny-versjon")])
            let draft = try await sf.open(client, "/statsforvalter/innstilling/2027/rekom")
            #expect(draft.text.contains("name=\"forventet[2028]\""))
            let bad = try await sf.post(client, "/statsforvalter/innstilling/2027/rekom", [
                ("version", Self.version(draft.text)), ("handling", "lagre"), ("forventet[2028]", "mange"),
            ])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Forventet ramme for 2028: Beløpet kan bare inneholde siffer"))
            let saved = try await sf.post(client, "/statsforvalter/innstilling/2027/rekom", [
                ("version", Self.version(draft.text)), ("handling", "lagre"), ("forventet[2028]", "500 000"),
            ])
            #expect(saved.status == .seeOther)
            #expect(try await db.innstilling(rundeAar: 2027, ordning: .rekom)?.innstilling.forventet == [2028: Kroner(500_000)])
            let warned = try await sf.open(client, "/statsforvalter/innstilling/2027/rekom")
            #expect(warned.text.contains("For 2028 er forventet ramme 500 000 kr, men denne innstillingen lover 850 000 kr: 350 000 kr for mye.".vist))
            #expect(warned.text.contains("value=\"500 000\"".vist))
        }

        // A year on, in the 2028 round: the owner answers what the remaining tiltak needs; the Statsforvalter accepts it.
        let nextYear = try await TestApp.make(database: db, now: Repository.fixedNow.addingTimeInterval(365 * 86_400))
        try await nextYear.test { client in
            var owner = try await Browser.loggedIn(client, "eier.bodo@demo.no")
            let page = try await owner.open(client, "/partnerskap/1")
            #expect(page.text.contains("Flerårige tiltak: midler for 2028"))
            #expect(page.text.contains("Ikke svart ennå."))
            #expect(page.text.contains("Send svaret"))
            let key = [("vedtaksaar", "2027"), ("ordning", "rekom"), ("behovsmelding", "1"), ("tiltak", "1")]
            let noReason = try await owner.post(client, "/partnerskap/1/forpliktelse", key + [("svar.eier", "350 000"), ("svar.uh", "150 000"), ("svar.begrunnelse", "")])
            #expect(noReason.status == .unprocessableContent)
            #expect(noReason.text.contains("Dere ber om et annet beløp enn de 450 000 kr som er vedtatt.".vist))
            #expect(noReason.text.contains("value=\"350 000\""))
            let answered = try await owner.post(client, "/partnerskap/1/forpliktelse",
                                                key + [("svar.eier", "350 000"), ("svar.uh", "150 000"), ("svar.begrunnelse", "Flere barnehager er med.")])
            #expect(answered.status == .seeOther)
            // Until accepted, the promise binds.
            var line = try #require(try await db.forpliktelser(ordning: .rekom, fraAar: 2028).first { $0.behovsmeldingId == 1 })
            #expect(line.gjeldende.sum == Kroner(450_000) && line.svar?.belop.sum == Kroner(500_000))

            var sf = try await Browser.loggedIn(client, "sf@demo.no")
            let innstilling = try await sf.open(client, "/statsforvalter/innstilling/2028/rekom")
            #expect(innstilling.text.contains("Ber om 500 000 kr: Flere barnehager er med.".vist))
            let accepted = try await sf.post(client, "/statsforvalter/innstilling/2028/rekom/godta", [("vedtaksaar", "2027"), ("ordning", "rekom"), ("behovsmelding", "1"), ("tiltak", "1")])
            #expect(accepted.status == .seeOther)
            line = try #require(try await db.forpliktelser(ordning: .rekom, fraAar: 2028).first { $0.behovsmeldingId == 1 })
            #expect(line.gjeldende.sum == Kroner(500_000))
            let after = try await sf.open(client, "/statsforvalter/innstilling/2028/rekom")
            #expect(after.text.contains("Endringen er godtatt: 500 000 kr er bundet for tiltaket i år.".vist))
            #expect(after.text.contains("Bundet av vedtak i 2027"))
            #expect(after.text.contains("value=\"send\""), "a year with only earlier tiltak can be sent")
            let twice = try await sf.post(client, "/statsforvalter/innstilling/2028/rekom/godta", [("vedtaksaar", "2027"), ("ordning", "rekom"), ("behovsmelding", "1"), ("tiltak", "1")])
            #expect(twice.status == .conflict)

            // Once the year's innstilling is with the forum, the amounts are no longer open for answers.
            let draft = try await sf.open(client, "/statsforvalter/innstilling/2028/rekom")
            let sent = try await sf.post(client, "/statsforvalter/innstilling/2028/rekom", [("version", Self.version(draft.text)), ("handling", "send")])
            #expect(sent.status == .seeOther)
            let late = try await owner.post(client, "/partnerskap/1/forpliktelse", key + [("svar.eier", "300 000"), ("svar.uh", "150 000"), ("svar.begrunnelse", "")])
            #expect(late.status == .conflict)
            #expect(late.text.contains("Innstillingen for dette året er sendt til samarbeidsforum"))
            #expect(!late.text.contains("Send svaret"))
            #expect(!(try await owner.get(client, "/partnerskap/1").text.contains("Send svaret")), "closed on the page as soon as the innstilling is sent")

            // The forum sees this year of the 2027 tiltak as lines of their own: the changed amount and the stop.
            let forum = try await sf.open(client, "/samarbeidsforum/2028/rekom")
            #expect(forum.text.contains("Flerårige tiltak fra tidligere vedtak: midler for 2028"))
            #expect(forum.text.contains("sendt til samarbeidsforumet 23.11.2027"), "sent without being saved first, and still dated")
            #expect(forum.text.contains("Ber om 500 000 kr: Flere barnehager er med. Godtatt".vist))
            #expect(forum.text.contains("Stanset fra 2028: Partnerskapet har meldt at det ikke fortsetter."))
            let file = try await sf.open(client, "/samarbeidsforum/2028/eksport/tidligere-vedtak-2028-rekom.csv")
            #expect(file.status == .ok)
            #expect(file.text.contains("Tiltak;Partnerskap;Vedtatt;Lovet for 2028;"))

            let stoppedLine = try #require(try await db.forpliktelser(ordning: .rekom, fraAar: 2028).first { !$0.gjelder })
            // Some behovsmeldinger's own, read through the innstilling's index, are the country's
            // filtered to them, with the answer and the stop.
            let alle = try await db.forpliktelser(ordning: .rekom, fraAar: 2028)
            for ids in [[1], [stoppedLine.behovsmeldingId], [1, stoppedLine.behovsmeldingId], alle.map(\.behovsmeldingId), [], [999]] as [[Int64]] {
                #expect(try await db.forpliktelser(ordning: .rekom, fraAar: 2028, behovsmeldinger: Set(ids)) == alle.filter { ids.contains($0.behovsmeldingId) },
                        "\(ids)")
            }
            let stoppedPartnership = try #require(try await db.behovsmelding(id: stoppedLine.behovsmeldingId)?.melding.partnerskapId)
            #expect(stoppedPartnership != 1)
            // Decided with the rest: the 2028 letters grant the changed amount and tell the stop, with its reason.
            let sentPage = try await sf.open(client, "/statsforvalter/innstilling/2028/rekom")
            let vedtak = try await sf.post(client, "/statsforvalter/innstilling/2028/rekom", [
                ("version", Self.version(sentPage.text)), ("handling", "vedta"), ("vedtaksdato", "23.11.2027"),
            ])
            #expect(vedtak.status == .seeOther)
            let list = try await owner.open(client, "/tildelingsbrev/2028")
            #expect(list.text.contains("500 000".vist))
            let letter = try await owner.open(client, "/tildelingsbrev/2028/rekom/1")
            #expect(letter.status == .ok)
            #expect(letter.text.contains("(vedtatt 2027, beløpet endret etter ønske fra partnerskapet)"))
            #expect(letter.text.contains("får til sammen 500 000 kr".vist))
            #expect(letter.text.contains("Midlene for 2028 skal brukes i 2028"))
            let stoppedLetter = try await sf.open(client, "/tildelingsbrev/2028/rekom/\(stoppedPartnership)")
            #expect(stoppedLetter.text.contains("Tiltak som er stanset"))
            #expect(stoppedLetter.text.contains("Stanset fra 2028 og får ikke flere midler. Begrunnelse: Partnerskapet har meldt at det ikke fortsetter."))
            // A partnership's letter is not another's.
            #expect(try await owner.open(client, "/tildelingsbrev/2028/rekom/\(stoppedPartnership)").status == .notFound)
        }
    }
}

/// What an owner's pages read of a round's letters: only their own lines, the same as the whole.
@Suite struct InnstillingUtsnittTests {
    @Test("an innstilling read for some behovsmeldinger holds exactly their lines, in order")
    func utsnitt() async throws {
        let app = try await TestApp.make()
        let db = app.deps.database
        let hele = try #require(try await db.innstillinger(rundeAar: 2026, status: [.vedtatt])[.rekom])
        let noen = Set(hele.innstilling.linjer.prefix(2).map(\.behovsmeldingId))
        #expect(!noen.isEmpty)
        let utsnitt = try #require(try await db.innstillinger(rundeAar: 2026, status: [.vedtatt], behovsmeldinger: noen)[.rekom])
        #expect(utsnitt.innstilling.linjer == hele.innstilling.linjer.filter { noen.contains($0.behovsmeldingId) })
        #expect(utsnitt.id == hele.id && utsnitt.vedtaksdato == hele.vedtaksdato)
        #expect(try await db.innstillinger(rundeAar: 2026, status: [.vedtatt], behovsmeldinger: [])[.rekom]?.innstilling.linjer.isEmpty == true)
    }
}
