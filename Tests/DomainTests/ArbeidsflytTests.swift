import Foundation
import Testing
@testable import Domain

/// The behovsmelding's workflow, the owner's form as typed, and the partnership form.
@Suite struct ArbeidsflytTests {
    static let afterDeadline = Date(timeIntervalSince1970: 1_797_408_000)

    @Test("utkast → til UH → levert; the last UH signature delivers")
    func path() throws {
        let melding = Fixture.behovsmelding()
        let partnerskap = Fixture.partnerskap()
        let sent = try melding.sendTilUH(partnerskap: partnerskap, runde: Fixture.runde, andre: [], now: Fixture.now).get()
        #expect(sent.status == .tilUH)
        let (signed, signert) = try sent.signerSomUH(45, signert: [], partnerskap: partnerskap, runde: Fixture.runde, andre: [], now: Fixture.now).get()
        #expect(signed.status == .levert)
        #expect(signert == [45])
    }

    @Test("with two UH, the first signature does not deliver")
    func twoUH() throws {
        var partnerskap = Fixture.partnerskap()
        partnerskap.uh.append(.init(organisasjonId: 46, navn: "UiT"))
        partnerskap.signert.insert(46)
        let sent = try Fixture.behovsmelding().sendTilUH(partnerskap: partnerskap, runde: Fixture.runde, andre: [], now: Fixture.now).get()
        let (first, signert) = try sent.signerSomUH(45, signert: [], partnerskap: partnerskap, runde: Fixture.runde, andre: [], now: Fixture.now).get()
        #expect(first.status == .tilUH)
        let (second, _) = try first.signerSomUH(46, signert: signert, partnerskap: partnerskap, runde: Fixture.runde, andre: [], now: Fixture.now).get()
        #expect(second.status == .levert)
    }

    @Test("each refused step says why, on the field it is about", arguments: [
        ("send without tiltak", "tiltak"), ("send after the deadline", "frist"), ("send what is with the UH", "status"),
        ("sign a draft", "status"), ("sign without the UH text", "uhLaererutdanning"), ("return without a comment", "kommentar"),
    ])
    func refused(step: String, field: String) {
        let partnerskap = Fixture.partnerskap()
        var melding = Fixture.behovsmelding()
        var withUH = melding
        withUH.status = .tilUH
        let result: Result<Behovsmelding, Skjemafeil>
        switch step {
        case "send without tiltak":
            melding.tiltak = []
            result = melding.sendTilUH(partnerskap: partnerskap, runde: Fixture.runde, andre: [], now: Fixture.now)
        case "send after the deadline":
            result = melding.sendTilUH(partnerskap: partnerskap, runde: Fixture.runde, andre: [], now: Self.afterDeadline)
        case "send what is with the UH":
            result = withUH.sendTilUH(partnerskap: partnerskap, runde: Fixture.runde, andre: [], now: Fixture.now)
        case "sign a draft":
            result = melding.signerSomUH(45, signert: [], partnerskap: partnerskap, runde: Fixture.runde, andre: [], now: Fixture.now).map(\.0)
        case "sign without the UH text":
            withUH.uhLaererutdanning = " "
            result = withUH.signerSomUH(45, signert: [], partnerskap: partnerskap, runde: Fixture.runde, andre: [], now: Fixture.now).map(\.0)
        default:
            result = withUH.returner(kommentar: "  ", runde: Fixture.runde, now: Fixture.now)
        }
        #expect(result.failure?.felter.map(\.felt.navn).contains(field) == true, "\(step)")
    }

    @Test("the owner edits only drafts, and only before the deadline")
    func editing() {
        var melding = Fixture.behovsmelding()
        #expect(melding.kanRedigeresAvEier(runde: Fixture.runde, now: Fixture.now))
        #expect(!melding.kanRedigeresAvEier(runde: Fixture.runde, now: Self.afterDeadline))
        melding.status = .tilUH
        #expect(!melding.kanRedigeresAvEier(runde: Fixture.runde, now: Fixture.now))
        #expect(melding.kanBehandlesAvUH(runde: Fixture.runde, now: Fixture.now))
    }

    @Test("the form keeps extra years so R7 can name them; empty amounts are 0 kr")
    func years() throws {
        let utkast = Tiltak.Utkast(tittel: "A", fase: "vurdering", hvemGjorHva: "B", varighetAar: "1",
                                   aarsbelop: [.init(eier: "100 000", uh: ""), .init(), .init(eier: "", uh: "5 000")])
        let tiltak = try utkast.valider(nummer: 1, maksAar: 3).get()
        #expect(tiltak.aarsbelop == [Belop(eier: Kroner(100_000), uh: .zero), .zero, Belop(eier: .zero, uh: Kroner(5_000))])
        #expect(tiltak.violations(parametre: .retningslinjer2021, kommuner: 1).map(\.regel) == [.r7])
    }

    @Test("a stored tiltak fills the form back without losing anything")
    func roundTrip() throws {
        let original = Fixture.tiltak(2, years: [Belop(eier: Kroner(300_000), uh: Kroner(200_000)), Belop(eier: Kroner(1), uh: .zero)])
        let back = try Tiltak.Utkast(original, aar: 3).valider(nummer: 2, maksAar: 3).get()
        #expect(back == original)
    }

    @Test("the partnership form: every problem at once, the own owner first, duplicates dropped")
    func partnerskapForm() throws {
        let own = Partnerskap.Part(organisasjonId: 1, navn: "Bodø kommune", kommunenummer: "1804")
        let owners = [own, Fixture.fauske]
        let bad = Partnerskap.Utkast(navn: " ", regionId: "9", andreEiere: ["999"], uh: [])
        #expect(bad.valider(egenEier: own, eiere: owners, uhListe: [Fixture.nord], regioner: [1]).failure?.felter.map(\.felt.navn) == ["navn", "regionId", "eiere", "uh"])
        let good = Partnerskap.Utkast(navn: "Salten", regionId: "1", andreEiere: ["25", "25", "1"], uh: ["45"])
        let partnerskap = try good.valider(egenEier: own, eiere: owners, uhListe: [Fixture.nord], regioner: [1]).get()
        #expect(partnerskap.eiere.map(\.organisasjonId) == [1, 25])
        #expect(partnerskap.uh.map(\.organisasjonId) == [45])
        #expect(partnerskap.signeringsfeil.map(\.felt.navn) == ["avtale.hvem", "avtale.hva", "avtale.naar"])
    }

    @Test("R8: new parties or a new text clear the signatures; a delivered behovsmelding freezes the partnership")
    func partnerskapChange() {
        let signed = Fixture.partnerskap()
        var renamed = signed
        renamed.navn = "Nytt navn"
        #expect(signed.endret(til: renamed).signaturerFjernet == false)
        var fewer = signed
        fewer.eiere.removeLast()
        #expect(signed.endret(til: fewer).partnerskap.signert.isEmpty)
        #expect(Partnerskap.endringsfeil(statuser: [.utkast]) == nil)
        #expect(Partnerskap.endringsfeil(statuser: [.utkast, .levert]) != nil)
    }

    @Test("starting a behovsmelding: only ordninger of the round, between opening and deadline")
    func start() {
        #expect(Fixture.runde.startfeil(.rekom, now: Fixture.now) == nil)
        #expect(Fixture.runde.startfeil(.rekom, now: Self.afterDeadline) != nil)
        var runde = Fixture.runde
        runde.ordninger[.dekom] = nil
        #expect(runde.startfeil(.dekom, now: Fixture.now) != nil)
    }
}

/// The times a behovsmelding's steps are stamped with, and when it locks the round.
@Suite struct TidspunktTests {
    static let earlier = Date(timeIntervalSince1970: 1_795_000_000)
    static let now = Date(timeIntervalSince1970: 1_795_431_600)

    @Test("sent when it leaves the owner, delivered once, delivery forgotten on a return", arguments: [
        // (from, to, sent before, delivered before) → (sent, delivered)
        (Behovsmelding.Status.utkast, Behovsmelding.Status.tilUH, Date?.none, Date?.none, Date?(now), Date?.none),
        (.utkast, .utkast, nil, nil, nil, nil),
        (.tilUH, .tilUH, earlier, nil, earlier, nil),
        (.tilUH, .levert, earlier, nil, earlier, now),
        (.levert, .levert, earlier, earlier, earlier, earlier),
        (.tilUH, .utkast, earlier, nil, earlier, nil),
        (.utkast, .tilUH, earlier, nil, now, nil),
    ])
    func stamps(from: Behovsmelding.Status, to: Behovsmelding.Status, sent: Date?, delivered: Date?, expectedSent: Date?, expectedDelivered: Date?) {
        var melding = Fixture.behovsmelding()
        melding.status = to
        let times = melding.tidspunkter(etter: from, sendt: sent, levert: delivered, now: Self.now)
        #expect(times.sendt == expectedSent && times.levert == expectedDelivered)
    }

    @Test("only a draft leaves the round's rules open", arguments: Behovsmelding.Status.allCases)
    func lock(status: Behovsmelding.Status) {
        var melding = Fixture.behovsmelding()
        melding.status = status
        #expect(melding.laserRunden == (status != .utkast))
    }
}
