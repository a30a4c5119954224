import Foundation
import Testing
@testable import Domain

func soknad(
    _ id: Int64, _ formal: Rekom30Kandidat.Formal, kommune: Int = 0, barnehage: Int = 0, framdrift: Int = 0,
    day: Int = 1, belop: Int = 100_000
) -> Rekom30Kandidat {
    Rekom30Kandidat(
        id: id, formal: formal, dispensasjonerKommune: kommune, dispensasjonerBarnehage: barnehage,
        framdrift: Prosent(framdrift), innsendt: Date(timeIntervalSince1970: TimeInterval(1_786_000_000 + day * 86_400)),
        belop: Kroner(belop)
    )
}

@Suite struct Rekom30Tests {
    @Test("rank: purpose, then dispensasjoner in kommune, then barnehage, then progress, then time", arguments: [
        // (applications, expected order of ids)
        ([soknad(1, .veiledning), soknad(2, .ablu), soknad(3, .assistenter), soknad(4, .fagbrev)], [2, 4, 3, 1]),
        ([soknad(1, .ablu, kommune: 3), soknad(2, .ablu, kommune: 9)], [2, 1]),
        ([soknad(1, .ablu, kommune: 5, barnehage: 1), soknad(2, .ablu, kommune: 5, barnehage: 4)], [2, 1]),
        ([soknad(1, .fagbrev, framdrift: 20), soknad(2, .fagbrev, framdrift: 80)], [2, 1]),
        ([soknad(1, .fagbrev, day: 3), soknad(2, .fagbrev, day: 2)], [2, 1]),
        ([soknad(2, .fagbrev), soknad(1, .fagbrev)], [1, 2]),
        ([soknad(1, .assistenter, kommune: 99), soknad(2, .ablu)], [2, 1]),
    ] as [([Rekom30Kandidat], [Int64])])
    func rank(applications: [Rekom30Kandidat], expected: [Int64]) {
        #expect(Rekom30Kandidat.rank(applications).map(\.id) == expected)
        #expect(Rekom30Kandidat.rank(applications.reversed()).map(\.id) == expected)
    }

    @Test("allocate funds in order, the last one partly (seed 003: a 3 265 800 pool)")
    func allocate() {
        let ranked = [soknad(1, .ablu, belop: 2_000_000), soknad(2, .fagbrev, belop: 1_000_000), soknad(3, .assistenter, belop: 500_000), soknad(4, .veiledning, belop: 50_000)]
        let result = Rekom30Kandidat.allocate(pool: Kroner(3_265_800), ranked: ranked)
        #expect(result.map(\.tildelt) == [2_000_000, 1_000_000, 265_800, 0].map(Kroner.init))
        #expect(result.map(\.tildelt).sum() == Kroner(3_265_800))
    }

    @Test("an undersubscribed round funds everyone in full")
    func undersubscribed() {
        let result = Rekom30Kandidat.allocate(pool: Kroner(3_265_800), ranked: [soknad(1, .ablu), soknad(2, .fagbrev)])
        #expect(result.map(\.tildelt) == [Kroner(100_000), Kroner(100_000)])
    }
}

@Suite struct VurderingTests {
    static let met = Vurdering.Svar(oppfylt: true)

    @Test("qualified only with all three criteria met, and oppfølging confirmed where it applies", arguments: [
        ([Kriterium.forankring: true, .kollektiveProsesser: true, .partnerskap: true], false, false, true),
        ([.forankring: true, .kollektiveProsesser: false, .partnerskap: true], false, false, false),
        ([.forankring: true, .kollektiveProsesser: true], false, false, false),
        ([.forankring: true, .kollektiveProsesser: true, .partnerskap: true], true, false, false),
        ([.forankring: true, .kollektiveProsesser: true, .partnerskap: true], true, true, true),
    ] as [([Kriterium: Bool], Bool, Bool, Bool)])
    func qualified(marks: [Kriterium: Bool], oppfolging: Bool, confirmed: Bool, expected: Bool) {
        let vurdering = Vurdering(
            kriterier: marks.mapValues { Vurdering.Svar(oppfylt: $0, begrunnelse: "Grunn") },
            prioritet: 2, iSamsvarMedOppfolging: confirmed
        )
        #expect(vurdering.erKvalifisert(oppfolgingsordningen: oppfolging) == expected)
    }

    @Test("a criterion not met needs a reason; priority 1–5; every criterion marked")
    func validate() {
        var vurdering = Vurdering(kriterier: [.forankring: Self.met, .kollektiveProsesser: Vurdering.Svar(oppfylt: false)], prioritet: 6)
        let fields = vurdering.validate().map(\.felt.navn)
        #expect(fields == ["kriterier.kollektiveProsesser.begrunnelse", "kriterier.partnerskap", "prioritet"])
        vurdering.kriterier[.kollektiveProsesser]?.begrunnelse = "Tiltaket gjelder bare lederne."
        vurdering.kriterier[.partnerskap] = Self.met
        vurdering.prioritet = 1
        #expect(vurdering.validate().isEmpty)
        #expect(vurdering.ikkeOppfylt == [.kollektiveProsesser])
    }
}
