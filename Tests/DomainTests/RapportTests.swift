import Foundation
import Testing
@testable import Domain

/// R13 reports: who reports, the lines a letter gives each side, the sums and the unused
/// money, what sending needs, and the states and who may move them.
@Suite struct RapportTests {
    /// The 2028 letter of `TildelingsbrevTests`: partnership 1's new tiltak (400 000 eier and
    /// 100 000 UH in 2028, more in 2029), and partnership 2's second year of two 2027 tiltak.
    static func letter(_ partnerskapId: Int64) throws -> Tildelingsbrev {
        let letters = TildelingsbrevTests.letters([
            TildelingsbrevTests.promise(5, tiltak: 1, eier: 200_000, uh: 80_000),
            TildelingsbrevTests.promise(6, tiltak: 1, eier: 300_000, uh: 100_000),
        ])
        return try #require(letters.first { $0.partnerskap.id == partnerskapId })
    }

    @Test("the owners report together (the first owner stands for them), each UH on its own")
    func rapportorer() {
        var partnerskap = Fixture.partnerskap()
        partnerskap.uh.append(Partnerskap.Part(organisasjonId: 46, navn: "UiT", type: .uh))
        let who = Rapport.rapportorer(partnerskap)
        #expect(who.map(\.part.organisasjonId) == [1, 45, 46])
        #expect(who.map(\.side) == [.eier, .uh, .uh])
    }

    @Test("a new report has a line per tiltak the letter funds in its year, with the reporter's side of the money", arguments: [
        (Int64(1), Felt.Side.eier, [Kroner(400_000)]), (1, .uh, [Kroner(100_000)]),
        (2, .eier, [Kroner(200_000), Kroner(300_000)]), (2, .uh, [Kroner(80_000), Kroner(100_000)]),
    ])
    func lines(partnerskapId: Int64, side: Felt.Side, granted: [Kroner]) throws {
        let rapport = Rapport.ny(try Self.letter(partnerskapId), organisasjonId: 1, side: side)
        #expect(rapport.linjer.map(\.tildelt) == granted, "the refused tiltak and the later year are not in it")
        #expect(rapport.tildelt == granted.sum() && rapport.brukt == .zero && rapport.ubrukt == granted.sum())
        #expect(rapport.status == .utkast && rapport.kanEndres)
    }

    static func complete(_ brukt: Int, avvik: String = "") throws -> Rapport {
        var rapport = Rapport.ny(try letter(1), organisasjonId: 1, side: .eier)
        rapport.linjer[0].brukt = Kroner(brukt)
        rapport.linjer[0].hvaErGjort = "Fagdager og veiledning."
        rapport.linjer[0].deltakere = "12 barnehager, 140 ansatte"
        rapport.linjer[0].motPlan = "Som planlagt."
        rapport.linjer[0].utbytte = "Språkmiljøet er bedre kartlagt."
        rapport.linjer[0].avvik = avvik
        return rapport
    }

    @Test("sending needs every text and the money; a difference needs a reason; more than granted is refused", arguments: [
        (400_000, "", [Feilgrunn]()),
        (350_000, "", [.rapportAvvikUtenBegrunnelse(Tiltaknavn(nummer: 1, tittel: "Tiltak 1"), ubrukt: Kroner(50_000))]),
        (350_000, "En fagdag ble avlyst.", []),
        (450_000, "Mer enn planlagt.", [.rapportOverforbruk(Tiltaknavn(nummer: 1, tittel: "Tiltak 1"), brukt: Kroner(450_000), tildelt: Kroner(400_000))]),
    ])
    func send(brukt: Int, avvik: String, expected: [Feilgrunn]) throws {
        let rapport = try Self.complete(brukt, avvik: avvik)
        #expect(rapport.validate().map(\.grunn) == expected)
        if expected.isEmpty {
            let sent = try rapport.send().get()
            #expect(sent.status == .sendt && !sent.kanEndres)
            #expect(sent.ubrukt == Kroner(400_000 - brukt))
        }
    }

    @Test("an empty report names every missing part of every line")
    func empty() throws {
        let rapport = Rapport.ny(try Self.letter(2), organisasjonId: 1, side: .eier)
        let problems = rapport.validate()
        #expect(problems.count == 2 * 5)
        #expect(problems.first == Feltfeil(.rapport(1, .hvaErGjort), .rapportMangler(Tiltaknavn(nummer: 1, tittel: "Tidligere 1"), .hvaErGjort)))
        #expect(problems.last == Feltfeil(.rapport(2, .brukt), .rapportManglerBrukt(Tiltaknavn(nummer: 1, tittel: "Tidligere 1"))))
    }

    @Test("the states: sent → returned with a comment → corrected and sent → approved; nothing else moves")
    func states() throws {
        let draft = try Self.complete(400_000)
        #expect(draft.godkjenn().failure?.felter.first?.grunn == .rapportStatus(.utkast))
        #expect(draft.returner(kommentar: "x").failure?.felter.first?.grunn == .rapportStatus(.utkast))
        let sent = try draft.send().get()
        #expect(sent.send().failure?.felter.first?.grunn == .rapportStatus(.sendt))
        #expect(sent.returner(kommentar: "  ").failure?.felter.first?.grunn == .rapportReturUtenKommentar)
        let returned = try sent.returner(kommentar: " Beskriv utbyttet nærmere. ").get()
        #expect(returned.status == .returnert && returned.kommentar == "Beskriv utbyttet nærmere." && returned.kanEndres)
        let again = try returned.send().get()
        let approved = try again.godkjenn().get()
        #expect(approved.status == .godkjent && !approved.kanEndres)
        #expect(approved.send().failure != nil && approved.returner(kommentar: "x").failure != nil)
    }

    @Test("overdue: after the deadline day, while not sent", arguments: [
        (Rapportstatus.ikkeStartet, "2029-06-15", false), (.ikkeStartet, "2029-06-16", true), (.lagret(.utkast), "2029-06-16", true),
        (.lagret(.returnert), "2029-07-01", true), (.lagret(.sendt), "2029-07-01", false), (.lagret(.godkjent), "2029-07-01", false),
    ])
    func overdue(status: Rapportstatus, today: String, expected: Bool) {
        let noon = Dato(iso: today)!.startInstant().addingTimeInterval(12 * 3_600)
        #expect(status.forSent(frist: TildelingsbrevTests.frist, now: noon) == expected)
        #expect(status.forSent(fristUte: !TildelingsbrevTests.frist.erApen(now: noon)) == expected)
    }

    @Test("the form keeps what is typed; a wrong amount is named and nothing is taken")
    func form() throws {
        let rapport = Rapport.ny(try Self.letter(1), organisasjonId: 1, side: .eier)
        let good = Rapport.Utkast(linjer: [[.brukt: "380 000", .hvaErGjort: " Fagdager ", .avvik: "Avlyst samling."]])
        let applied = try good.anvend(pa: rapport).get()
        #expect(applied.linjer[0].brukt == Kroner(380_000) && applied.linjer[0].hvaErGjort == "Fagdager")
        #expect(Rapport.Utkast(applied).linjer[0][.brukt] == "380\u{00A0}000")
        let bad = Rapport.Utkast(linjer: [[.brukt: "12,50"]])
        #expect(bad.anvend(pa: rapport).failure?.felter.map(\.felt) == [.rapport(1, .brukt)])
    }
}

extension RapportTests {
    @Test("unused funds are decided when every report of the letter is in, with a choice and a reason; the amount is the reports' unused")
    func unused() throws {
        let sent = try Self.complete(350_000, avvik: "Avlyst samling.").send().get()
        let draft = try Self.complete(400_000)
        func decide(_ reports: [Rapport?], _ valg: String, _ reason: String) -> Result<UbrukteMidler, Skjemafeil> {
            UbrukteMidler.avgjor(aar: 2028, ordning: .rekom, partnerskapId: 1, rapporter: reports, valg: valg, begrunnelse: reason)
        }
        #expect(decide([sent, nil], "tilbakebetales", "x").failure?.felter.map(\.grunn) == [.ubruktForRapportene])
        #expect(decide([sent, draft], "tilbakebetales", "x").failure?.felter.map(\.grunn) == [.ubruktForRapportene])
        #expect(decide([sent], "kanskje", " ").failure?.felter.map(\.grunn) == [.ubruktVelg, .ubruktUtenBegrunnelse])
        let decided = try decide([sent], "brukes_neste_var", " Samlingen flyttes. ").get()
        #expect(decided.belop == Kroner(50_000) && decided.avgjorelse == .brukesNesteVar && decided.begrunnelse == "Samlingen flyttes.")
    }
}

extension RapportTests {
    @Test("a letter's money with two UH: the UH share counts once, unused once every UH has sent")
    func twoUH() throws {
        let brev = try Self.letter(1)
        var eier = try Self.complete(400_000)
        eier.status = .sendt
        var nord = Rapport.ny(brev, organisasjonId: 45, side: .uh)
        nord.linjer[0].brukt = Kroner(60_000)
        nord.status = .sendt
        var uit = Rapport.ny(brev, organisasjonId: 46, side: .uh)
        uit.linjer[0].brukt = Kroner(30_000)
        #expect(Rapport.summer([eier, nord, uit]) == (Kroner(500_000), Kroner(460_000), .zero), "UiT has not sent: the UH side's unused waits")
        uit.status = .sendt
        #expect(Rapport.summer([eier, nord, uit]) == (Kroner(500_000), Kroner(490_000), Kroner(10_000)))
        let decided = try UbrukteMidler.avgjor(aar: 2028, ordning: .rekom, partnerskapId: 1, rapporter: [eier, nord, uit],
                                               valg: "tilbakebetales", begrunnelse: "Betales tilbake.").get()
        #expect(decided.belop == Kroner(10_000))
    }
}

/// The half-year report (seed 003): the same reporters and states, a shorter form.
@Suite struct HalvaarsrapportTests {
    @Test("its deadline is the round's autumn date; a standard round's lies between the letters and the report on the year")
    func deadline() {
        let frister = Runde.standardFrister(aar: 2027)
        #expect(Rapport.Slag.halvaar.frist(frister) == Dato(iso: "2027-12-01"))
        #expect(Rapport.Slag.aar.frist(frister) == Dato(iso: "2028-06-15"))
        #expect(frister.tildelingsbrev < frister.halvaarsrapport && frister.halvaarsrapport < frister.rapport)
    }

    @Test("sending needs what is done so far, how it goes against the plan and the money used so far; less than granted needs no reason", arguments: [
        (Optional(150_000), "Som planlagt.", [Feilgrunn]()),
        (Optional(0), "Ikke begynt ennå; starter i januar.", []),
        (nil, "Som planlagt.", [.rapportManglerBrukt(Tiltaknavn(nummer: 1, tittel: "Tiltak 1"))]),
        (Optional(150_000), " ", [.rapportMangler(Tiltaknavn(nummer: 1, tittel: "Tiltak 1"), .motPlan)]),
        (Optional(450_000), "Som planlagt.", [.rapportOverforbruk(Tiltaknavn(nummer: 1, tittel: "Tiltak 1"), brukt: Kroner(450_000), tildelt: Kroner(400_000))]),
    ])
    func send(brukt: Int?, motPlan: String, expected: [Feilgrunn]) throws {
        var rapport = Rapport.ny(try RapportTests.letter(1), slag: .halvaar, organisasjonId: 1, side: .eier)
        #expect(rapport.slag == .halvaar && rapport.linjer.map(\.tildelt) == [Kroner(400_000)])
        rapport.linjer[0].brukt = brukt.map(Kroner.init)
        rapport.linjer[0].hvaErGjort = "To fagdager."
        rapport.linjer[0].motPlan = motPlan
        #expect(rapport.validate().map(\.grunn) == expected)
        #expect(expected.isEmpty == ((try? rapport.send().get())?.status == .sendt))
    }

    @Test("the form asks only for its three parts, and an empty one names them on every line")
    func parts() throws {
        #expect(Rapport.Slag.halvaar.deler == [.brukt, .hvaErGjort, .motPlan])
        #expect(Rapport.Slag.aar.deler == Felt.Rapportdel.allCases)
        let rapport = Rapport.ny(try RapportTests.letter(2), slag: .halvaar, organisasjonId: 1, side: .uh)
        #expect(rapport.validate().map(\.felt) == [.rapport(1, .hvaErGjort), .rapport(1, .motPlan), .rapport(1, .brukt),
                                                   .rapport(2, .hvaErGjort), .rapport(2, .motPlan), .rapport(2, .brukt)])
    }

    @Test("the round form refuses a half-year deadline before the letters or after the report on the year")
    func order() {
        var utkast = Runde.Utkast(Runde.standard(aar: 2027, budsjett: [.rekom: Kroner(1)]))
        utkast.datoer["halvaarsrapport"] = "2027-03-01"
        #expect(utkast.valider().failure?.felter.map(\.grunn) == [.rundeRekkefolge(senere: .halvaarsrapport, tidligere: .tildelingsbrev)])
        utkast.datoer["halvaarsrapport"] = "2028-07-01"
        #expect(utkast.valider().failure?.felter.map(\.grunn) == [.rundeRekkefolge(senere: .rapport, tidligere: .halvaarsrapport)])
        utkast.datoer["halvaarsrapport"] = "1.11.2027"
        #expect((try? utkast.valider().get())?.frister.halvaarsrapport == Dato(iso: "2027-11-01"))
    }
}
