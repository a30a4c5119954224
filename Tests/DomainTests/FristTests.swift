import Foundation
import Testing
@testable import Domain

/// R9 with exceptions: one behovsmelding's later deadline, and when the network may forward.
@Suite struct FristTests {
    @Test("a later deadline: after the round's, no later than the networks', with a reason", arguments: [
        ("2026-12-18", "UH var syk", nil),
        ("16.12.2026", "Systemfeil", nil),
        ("2026-12-15", "For tidlig", Feilgrunn.fristforlengelseUtenfor(etter: Dato(iso: "2026-12-15")!, senest: Dato(iso: "2027-01-15")!)),
        ("2027-01-16", "For sent", .fristforlengelseUtenfor(etter: Dato(iso: "2026-12-15")!, senest: Dato(iso: "2027-01-15")!)),
        ("i morgen", "Grunn", .fristforlengelseDato),
        ("2026-12-18", "  ", .fristforlengelseUtenBegrunnelse),
    ])
    func valider(dato: String, begrunnelse: String, expected: Feilgrunn?) {
        let result = Fristforlengelse.valider(dato: dato, begrunnelse: begrunnelse, runde: Fixture.runde)
        switch result {
        case .success: #expect(expected == nil)
        case .failure(let failure): #expect(failure.grunner == [expected].compactMap { $0 })
        }
    }

    @Test("the behovsmelding's own deadline rules where it is given; a missed deadline is said")
    func ownDeadline() {
        var melding = Fixture.behovsmelding()
        let dayAfter = Date(timeIntervalSince1970: 1_797_408_000) // 2026-12-16 09:00 in Oslo
        #expect(melding.frist(Fixture.runde) == Dato(iso: "2026-12-15"))
        #expect(melding.erForSent(Fixture.runde, now: dayAfter))
        #expect(!melding.kanRedigeresAvEier(runde: Fixture.runde, now: dayAfter))
        melding.fristforlengelse = Fristforlengelse(dato: Dato(iso: "2026-12-18")!, begrunnelse: "UH var syk")
        #expect(melding.frist(Fixture.runde) == Dato(iso: "2026-12-18"))
        #expect(!melding.erForSent(Fixture.runde, now: dayAfter))
        #expect(melding.kanRedigeresAvEier(runde: Fixture.runde, now: dayAfter))
        #expect(!melding.validate(partnerskap: Fixture.partnerskap(), runde: Fixture.runde, now: dayAfter).contains { $0.regel == .r9 })
        melding.status = .levert
        #expect(!melding.erForSent(Fixture.runde, now: dayAfter), "delivered is not late")
    }

    @Test("the network forwards after the round's deadline and every later one in its set not delivered yet")
    func forwarding() {
        #expect(Fixture.runde.videresendingsfrist(forlengelser: []) == Dato(iso: "2026-12-15"))
        #expect(Fixture.runde.videresendingsfrist(forlengelser: [(Dato(iso: "2026-12-18")!, false), (Dato(iso: "2026-12-17")!, false)]) == Dato(iso: "2026-12-18"))
        #expect(Fixture.runde.videresendingsfrist(forlengelser: [(Dato(iso: "2026-12-18")!, true), (Dato(iso: "2026-12-17")!, false)]) == Dato(iso: "2026-12-17"))
    }
}
