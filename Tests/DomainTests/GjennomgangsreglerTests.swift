import Foundation
import Testing
@testable import Domain

/// Who receives and reviews a delivered behovsmelding, and when it counts as forwarded.
@Suite struct GjennomgangsreglerTests {
    /// Salten (region 1) has a barnehage network (1) and a skole network (2); Lofoten (2) a barnehage network (3).
    static let nettverk = [
        Kompetansenettverk(id: 1, regionId: 1, type: .barnehage, navn: "Salten bhg"),
        Kompetansenettverk(id: 2, regionId: 1, type: .skole, navn: "Salten skole"),
        Kompetansenettverk(id: 3, regionId: 2, type: .barnehage, navn: "Lofoten bhg"),
    ]

    @Test("the networks of the region whose type receives the ordning", arguments: [
        (Ordning.rekom, Int64?(1), [Int64(1)]), (.dekom, 1, [2]), (.kompetanseloftet, 1, [1, 2]), (.rekom, 2, [3]), (.dekom, 2, []),
        (.rekom, nil, []),
    ])
    func mottakere(ordning: Ordning, regionId: Int64?, expected: [Int64]) {
        #expect(Gjennomgangsregler.mottakere(ordning: Fixture.runde.ordninger[ordning], regionId: regionId, blant: Self.nettverk).map(\.id) == expected)
    }

    @Test("forwarded once a receiving network has forwarded, not when another region's or another type's has", arguments: [
        (Ordning.rekom, [Int64(1)], true), (.rekom, [2], false), (.rekom, [3], false), (.kompetanseloftet, [2], true), (.dekom, [], false),
    ])
    func videresendt(ordning: Ordning, forwardedBy: [Int64], expected: Bool) {
        #expect(Gjennomgangsregler.erVideresendt(ordning: Fixture.runde.ordninger[ordning], regionId: 1, nettverk: Self.nettverk, videresendtAv: Set(forwardedBy)) == expected)
    }

    @Test("reviewers: the receiving networks' leaders at once, the ordning's fagutvalg once forwarded, nobody before delivery")
    func lesing() {
        var melding = Fixture.behovsmelding(ordning: .kompetanseloftet)
        melding.status = .levert
        let before = Gjennomgangsregler.lesing(melding, ordning: Fixture.runde.ordninger[melding.ordning], regionId: 1, nettverk: Self.nettverk, videresendt: false)
        #expect(Tilgang.kan(.nettverksleder(nettverkId: 1), before) && Tilgang.kan(.nettverksleder(nettverkId: 2), before))
        #expect(!Tilgang.kan(.nettverksleder(nettverkId: 3), before))
        #expect(!Tilgang.kan(.fagutvalg(sektor: .barnehage), before))
        let after = Gjennomgangsregler.lesing(melding, ordning: Fixture.runde.ordninger[melding.ordning], regionId: 1, nettverk: Self.nettverk, videresendt: true)
        #expect(Tilgang.kan(.fagutvalg(sektor: .barnehage), after) && Tilgang.kan(.fagutvalg(sektor: .grunnskole), after))
        melding.status = .tilUH
        let draft = Gjennomgangsregler.lesing(melding, ordning: Fixture.runde.ordninger[melding.ordning], regionId: 1, nettverk: Self.nettverk, videresendt: true)
        #expect(!Tilgang.kan(.nettverksleder(nettverkId: 1), draft) && !Tilgang.kan(.fagutvalg(sektor: .barnehage), draft))
    }

    @Test("R11: a partnership is in the oppfølgingsordningen when one of its owners is")
    func oppfolging() {
        let partnerskap = Fixture.partnerskap()
        func org(_ id: Int64, _ flag: Bool) -> Organisasjon {
            Organisasjon(id: id, type: .kommune, navn: "K\(id)", orgnr: try! Organisasjonsnummer.parse("974720760").get(), oppfolgingsordningen: flag)
        }
        #expect(Gjennomgangsregler.iOppfolgingsordningen(partnerskap, organisasjoner: [1: org(1, false), 25: org(25, true)]))
        #expect(!Gjennomgangsregler.iOppfolgingsordningen(partnerskap, organisasjoner: [1: org(1, false), 25: org(25, false)]))
        // The UH's flag does not count: only owners are in the oppfølgingsordningen.
        #expect(!Gjennomgangsregler.iOppfolgingsordningen(partnerskap, organisasjoner: [1: org(1, false), 25: org(25, false), 45: org(45, true)]))
    }
}

/// The network leader's steps.
@Suite struct NettverksbehandlingTests {
    @Test("a joint group: two tiltak of two partnerships, and a note", arguments: [
        ([Int64(1), 2], "Felles fagdag", [Nettverksbehandling.Problem]()),
        ([1, 1], "Felles fagdag", [.forFaFellestiltak]),
        ([1], "Felles fagdag", [.forFaFellestiltak]),
        ([1, 2, 2], "  ", [.manglerFellesnotat]),
        ([], "", [.forFaFellestiltak, .manglerFellesnotat]),
    ])
    func fellestiltak(partnerskap: [Int64], note: String, expected: [Nettverksbehandling.Problem]) {
        #expect(Nettverksbehandling.fellestiltak(partnerskapForValgte: partnerskap, note: note) == expected)
    }

    @Test("forwarding opens when the deadline has passed (R9: the deadline day is open until midnight in Oslo); nothing delivered, nothing to forward", arguments: [
        // 2026-12-15 23:59:59 and 2026-12-16 00:00:00 in Oslo (UTC+1).
        (1_797_375_599, 3, Nettverksbehandling.Problem?.some(.forTidlig(frist: Dato(iso: "2026-12-15")!))),
        (1_797_375_600, 3, nil),
        (1_797_375_600, 0, .ingentingAVideresende),
        (1_795_426_800, 0, .forTidlig(frist: Dato(iso: "2026-12-15")!)),
    ])
    func videresending(epoch: Int, leverte: Int, expected: Nettverksbehandling.Problem?) {
        let now = Date(timeIntervalSince1970: TimeInterval(epoch))
        #expect(Nettverksbehandling.videresending(antallLeverte: leverte, frist: Dato(iso: "2026-12-15")!, now: now) == expected)
    }
}
