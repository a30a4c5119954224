import Foundation
import Testing
@testable import Domain

@Suite struct BehovsmeldingValidateTests {
    typealias Change = @Sendable (inout Behovsmelding, inout Partnerskap) -> Void

    @Test("a complete behovsmelding has no violations")
    func complete() {
        let result = Fixture.behovsmelding().validate(partnerskap: Fixture.partnerskap(), runde: Fixture.runde, now: Fixture.now)
        #expect(result.isEmpty, "\(result)")
    }

    /// (what is broken, the change, the rule, the field, the reason with its numbers)
    static let cases: [(String, Change, Regel, String, Feilgrunn)] = [
        ("criterion unanswered", { b, _ in b.kriterier[.forankring] = "  " }, .r1, "kriterier.forankring", .kriteriumIkkeBesvart(.forankring)),
        ("UH text missing", { b, _ in b.uhLaererutdanning = "" }, .r1, "uhLaererutdanning", .uhTekstMangler),
        ("no tiltak", { b, _ in b.tiltak = [] }, .r3, "tiltak", .ingenTiltak),
        ("six tiltak", { b, _ in b.tiltak = (1...6).map { Fixture.tiltak($0) } }, .r3, "tiltak", .forMangeTiltak(antall: 6, maks: 5)),
        ("no title", { b, _ in b.tiltak[1].tittel = "" }, .r4, "tiltak[2].tittel", .tiltakManglerTittel(nummer: 2)),
        ("no phase", { b, _ in b.tiltak[0].fase = nil }, .r4, "tiltak[1].fase", .tiltakManglerFase(Tiltaknavn(nummer: 1, tittel: "Språkløftet 1"))),
        ("no who-does-what", { b, _ in b.tiltak[1].hvemGjorHva = "" }, .r4, "tiltak[2].hvemGjorHva", .tiltakManglerHvemGjorHva(Tiltaknavn(nummer: 2, tittel: "Språkløftet 2"))),
        ("phase 2 without description", { b, _ in b.tiltak[0].fase = .planlegging; b.tiltak[0].hvaSkalGjores = "" }, .r4, "tiltak[1].hvaSkalGjores", .tiltakManglerBeskrivelse(Tiltaknavn(nummer: 1, tittel: "Språkløftet 1"), .planlegging)),
        ("phase 3 without description", { b, _ in b.tiltak[0].hvaSkalGjores = "" }, .r4, "tiltak[1].hvaSkalGjores", .tiltakManglerBeskrivelse(Tiltaknavn(nummer: 1, tittel: "Språkløftet 1"), .gjennomforing)),
        ("negative amount", { b, _ in b.tiltak[0].aarsbelop = [Belop(eier: Kroner(-1), uh: Kroner(10))] }, .r5, "tiltak[1].aarsbelop[1].eier", .tiltakNegativtBelop(Tiltaknavn(nummer: 1, tittel: "Språkløftet 1"))),
        ("zero total", { b, _ in b.tiltak[0].aarsbelop = [.zero] }, .r5, "tiltak[1].aarsbelop[1].eier", .tiltakIngenKostnad(Tiltaknavn(nummer: 1, tittel: "Språkløftet 1"))),
        ("four years", { b, _ in b.tiltak[0].varighetAar = 4; b.tiltak[0].aarsbelop = Array(repeating: Belop(eier: Kroner(1), uh: .zero), count: 4) }, .r7, "tiltak[1].varighetAar", .tiltakVarighet(Tiltaknavn(nummer: 1, tittel: "Språkløftet 1"), maks: 3)),
        ("zero years", { b, _ in b.tiltak[0].varighetAar = 0 }, .r7, "tiltak[1].varighetAar", .tiltakVarighet(Tiltaknavn(nummer: 1, tittel: "Språkløftet 1"), maks: 3)),
        ("years without amounts", { b, _ in b.tiltak[0].varighetAar = 2 }, .r7, "tiltak[1].aarsbelop[1].eier", .tiltakBelopForAntallAar(Tiltaknavn(nummer: 1, tittel: "Språkløftet 1"), varighet: 2, aar: 1)),
        ("empty later year", { b, _ in b.tiltak[0] = Fixture.tiltak(1, years: [Belop(eier: Kroner(5), uh: .zero), .zero]) }, .r7, "tiltak[1].aarsbelop[2].eier", .tiltakManglerBelopForAar(Tiltaknavn(nummer: 1, tittel: "Språkløftet 1"), aar: 2)),
        ("coordinator with one kommune", { b, p in p.eiere = [Fixture.bodo]; b.tiltak[0].koordinator = Kroner(10_000); b.tiltak[0].koordinatorBegrunnelse = "x" }, .r6, "tiltak[1].koordinator", .koordinatorForFaKommuner(Tiltaknavn(nummer: 1, tittel: "Språkløftet 1"), minst: 2)),
        ("coordinator over 30 %", { b, _ in b.tiltak[0].koordinator = Kroner(150_001); b.tiltak[0].koordinatorBegrunnelse = "x" }, .r6, "tiltak[1].koordinator", .koordinatorOverTak(Tiltaknavn(nummer: 1, tittel: "Språkløftet 1"), andel: Prosent(30), tak: Kroner(150_000))),
        ("coordinator without reason", { b, _ in b.tiltak[0].koordinator = Kroner(10_000) }, .r6, "tiltak[1].koordinatorBegrunnelse", .koordinatorUtenBegrunnelse(Tiltaknavn(nummer: 1, tittel: "Språkløftet 1"))),
        ("coordinator beyond owner's part", { b, _ in b.tiltak[0].aarsbelop = [Belop(eier: Kroner(10_000), uh: Kroner(90_000))]; b.tiltak[0].koordinator = Kroner(20_000); b.tiltak[0].koordinatorBegrunnelse = "x" }, .r6, "tiltak[1].koordinator", .koordinatorOverEiersDel(Tiltaknavn(nummer: 1, tittel: "Språkløftet 1"), eiersDel: Kroner(10_000))),
        ("agreement without når", { _, p in p.avtale.naar = "" }, .r8, "avtale.naar", .avtaleMangler(.naar)),
        ("agreement not signed by UH", { _, p in p.signert.remove(45) }, .r8, "avtale.signaturer", .avtaleIkkeSignert(av: ["Nord universitet"])),
    ]

    @Test("each broken rule is reported on its field with its reason and numbers", arguments: cases)
    func broken(name: String, change: Change, regel: Regel, felt: String, grunn: Feilgrunn) {
        var behovsmelding = Fixture.behovsmelding()
        var partnerskap = Fixture.partnerskap()
        change(&behovsmelding, &partnerskap)
        let result = behovsmelding.validate(partnerskap: partnerskap, runde: Fixture.runde, now: Fixture.now)
        let match = result.first { $0.regel == regel && $0.felt.navn == felt }
        #expect(match != nil, "\(name): \(result)")
        #expect(match?.grunn == grunn, "\(name): \(match.map { "\($0.grunn)" } ?? "none")")
        #expect(match?.alvor == .feil)
        #expect(result.blokkerer)
    }

    @Test("the coordinator cap is inclusive: exactly 30 % of the total is allowed")
    func coordinatorEdge() {
        var b = Fixture.behovsmelding()
        b.tiltak[0].koordinator = Kroner(150_000) // 30 % of 500 000
        b.tiltak[0].koordinatorBegrunnelse = "To kommuner og tolv barnehager må samordnes."
        #expect(b.validate(partnerskap: Fixture.partnerskap(), runde: Fixture.runde, now: Fixture.now).isEmpty)
    }

    @Test("phase 1 needs only who does what and the cost")
    func phaseOne() {
        var b = Fixture.behovsmelding()
        b.tiltak[0].fase = .vurdering
        b.tiltak[0].hvaSkalGjores = ""
        #expect(b.validate(partnerskap: Fixture.partnerskap(), runde: Fixture.runde, now: Fixture.now).isEmpty)
    }

    @Test("five tiltak are allowed; the limit comes from the round")
    func maxFromRound() {
        let five = Fixture.behovsmelding(tiltak: (1...5).map { Fixture.tiltak($0) })
        #expect(five.validate(partnerskap: Fixture.partnerskap(), runde: Fixture.runde, now: Fixture.now).isEmpty)
        var runde = Fixture.runde
        runde.ordninger[.rekom]?.parametre.maksTiltak = 4
        #expect(five.validate(partnerskap: Fixture.partnerskap(), runde: runde, now: Fixture.now).contains { $0.regel == .r3 })
    }

    @Test("R2: a second behovsmelding for the same partnership, ordning and round is refused")
    func onePerPartnership() {
        let first = Fixture.behovsmelding()
        var second = first
        second.id = 101
        let result = second.validate(partnerskap: Fixture.partnerskap(), runde: Fixture.runde, andre: [first], now: Fixture.now)
        #expect(result.contains { $0.regel == .r2 && $0.felt.navn == "ordning" })
        var other = first
        other.ordning = .dekom
        #expect(second.validate(partnerskap: Fixture.partnerskap(), runde: Fixture.runde, andre: [other], now: Fixture.now).isEmpty)
        #expect(first.validate(partnerskap: Fixture.partnerskap(), runde: Fixture.runde, andre: [first], now: Fixture.now).isEmpty)
    }

    @Test("sending to UH: the UH text is not yet needed and R8 only warns")
    func toUH() {
        var b = Fixture.behovsmelding()
        b.uhLaererutdanning = ""
        let result = b.validate(partnerskap: Fixture.partnerskap(signed: false), runde: Fixture.runde, steg: .tilUH, now: Fixture.now)
        #expect(!result.blokkerer, "\(result)")
        #expect(result.contains { $0.regel == .r8 && $0.alvor == .advarsel })
        let delivering = b.validate(partnerskap: Fixture.partnerskap(signed: false), runde: Fixture.runde, steg: .levering, now: Fixture.now)
        #expect(delivering.filter { $0.regel == .r8 }.allSatisfy { $0.alvor == .feil })
    }

    /// Instants around the 2027 round's deadline, 15 December 2026 (Oslo is UTC+1 then).
    @Test("R9: open until the end of the deadline day in Oslo, closed after", arguments: [
        (1_797_375_599, true), // 2026-12-15T23:59:59+01:00
        (1_797_375_600, false), // 2026-12-16T00:00:00+01:00
        (1_797_372_000, true), // 2026-12-15T23:00:00+01:00 (already the 16th in some zones east)
    ])
    func deadline(epoch: Int, open: Bool) {
        let now = Date(timeIntervalSince1970: TimeInterval(epoch))
        let result = Fixture.behovsmelding().validate(partnerskap: Fixture.partnerskap(), runde: Fixture.runde, now: now)
        #expect(result.contains { $0.regel == .r9 } == !open)
        if !open { #expect(result.first { $0.regel == .r9 }?.grunn == .fristUte(Dato(iso: "2026-12-15")!)) }
    }

    @Test("R9 in summer time: a deadline on 15 June ends at 22:00 UTC")
    func deadlineSummer() {
        let date = Dato(iso: "2027-06-15")!
        #expect(date.erApen(now: Date(timeIntervalSince1970: 1_813_096_799)))
        #expect(!date.erApen(now: Date(timeIntervalSince1970: 1_813_096_800)))
    }

    @Test("R12: egenandel per ordning (Dekom 30 %, others 0)", arguments: [
        (Ordning.dekom, 300_000), (.rekom, 0), (.kompetanseloftet, 0),
    ])
    func egenandel(ordning: Ordning, expected: Int) {
        let b = Fixture.behovsmelding(ordning: ordning)
        #expect(b.forsteAar.sum == Kroner(1_000_000))
        #expect(b.egenandel(Fixture.runde.ordninger[ordning]!.parametre) == Kroner(expected))
    }

    @Test("totals per year over multi-year tiltak")
    func perYear() {
        let b = Fixture.behovsmelding(tiltak: [
            Fixture.tiltak(1, years: [Belop(eier: Kroner(100), uh: Kroner(50)), Belop(eier: Kroner(80), uh: Kroner(20))]),
            Fixture.tiltak(2),
        ])
        #expect(b.perAar == [Belop(eier: Kroner(300_100), uh: Kroner(200_050)), Belop(eier: Kroner(80), uh: Kroner(20))])
        #expect(b.totalt.sum == Kroner(500_250))
    }

    @Test("every problem of a tiltak is on one of its fields")
    func messagesNameTiltak() {
        var b = Fixture.behovsmelding()
        b.tiltak[1].hvemGjorHva = ""
        b.tiltak[1].hvaSkalGjores = ""
        b.tiltak[1].koordinator = Kroner(1)
        for violation in b.validate(partnerskap: Fixture.partnerskap(), runde: Fixture.runde, now: Fixture.now) {
            #expect(violation.felt.navn.hasPrefix("tiltak[2]"))
        }
    }

    @Test("R8: changing the agreement text clears the signatures")
    func agreementChange() {
        let p = Fixture.partnerskap()
        #expect(p.erSignertAvAlle)
        #expect(p.medAvtale(p.avtale).erSignertAvAlle)
        var changed = p.avtale
        changed.naar = "Fra august 2027"
        #expect(p.medAvtale(changed).signert.isEmpty)
        #expect(p.medAvtale(changed).mangler.count == 3)
    }
}
