import Foundation
import Testing
@testable import Domain

@Suite struct TilgangTests {
    static let bodo: Int64 = 1, fauske: Int64 = 25, nord: Int64 = 45, uit: Int64 = 46
    static let roles: [Rolle] = [
        .eier(organisasjonId: bodo), .uh(organisasjonId: nord), .nettverksleder(nettverkId: 3),
        .fagutvalg(sektor: .barnehage), .statsforvalter, .samarbeidsforum,
    ]

    /// (action, the roles of `roles` that may do it)
    static let matrix: [(Handling, Set<Int>)] = [
        (.seHjem(.eier), [0]), (.seHjem(.uh), [1]), (.seHjem(.nettverksleder), [2]), (.seHjem(.fagutvalg), [3]),
        (.seHjem(.statsforvalter), [4]), (.seHjem(.samarbeidsforum), [5]),
        (.administrere, [4]),
        (.opprettePartnerskap(eierId: bodo), [0]),
        (.opprettePartnerskap(eierId: fauske), []),
        (.sokeRekom30(eierId: bodo), [0]),
        (.sokeRekom30(eierId: fauske), []),
        (.sePartnerskap(parter: [bodo, nord]), [0, 1, 4]),
        (.sePartnerskap(parter: [fauske, uit]), [4]),
        (.redigereSomEier(eiere: [bodo, fauske]), [0]),
        (.redigereSomEier(eiere: [fauske]), []),
        (.signere(parter: [bodo, nord]), [0, 1]),
        (.signere(parter: [fauske, uit]), []),
        (.redigereSomUH(uh: [nord]), [1]),
        (.redigereSomUH(uh: [bodo]), []),
        (.behandleINettverk(nettverkId: 3), [2]),
        (.behandleINettverk(nettverkId: 4), []),
        (.vurdere(sektorer: [.barnehage]), [3]),
        (.vurdere(sektorer: [.grunnskole]), []),
        (.vurdere(sektorer: [.barnehage, .grunnskole]), [3]),
        (.lageInnstilling, [4]),
        (.seInnstilling, [4, 5]),
        (.svarePaInnstilling, [5]),
        (.seTildelingsbrevliste, [0, 1, 4]),
        (.seTildelingsbrev(parter: [bodo, nord]), [0, 1, 4]),
        (.seTildelingsbrev(parter: [fauske, uit]), [4]),
        (.rapportere(parter: [bodo, nord]), [0, 1]),
        (.rapportere(parter: [fauske, uit]), []),
        (.folgeOppRapporter, [4]),
        (.ledeNettverk(nettverkId: 3), [2]),
        (.ledeNettverk(nettverkId: 4), []),
        (.seNettverksarbeid(nettverkId: 3, medlemmer: [bodo, nord]), [0, 1, 2, 3, 4]),
        (.seNettverksarbeid(nettverkId: 4, medlemmer: [fauske, uit]), [3, 4]),
        (.sokeITiltak, [2, 3, 4]),
        (.seNettverksdokument(nettverkId: 3, medlemmer: [bodo, nord], lesere: .alle), [0, 1, 2, 3, 4]),
        (.seNettverksdokument(nettverkId: 3, medlemmer: [bodo, nord], lesere: .medlemmer), [0, 1, 2, 4]),
    ]

    @Test("role × action × object: exactly the expected roles may act", arguments: matrix)
    func decides(handling: Handling, allowed: Set<Int>) {
        for (index, rolle) in Self.roles.enumerated() {
            #expect(Tilgang.kan(rolle, handling) == allowed.contains(index), "\(rolle) \(handling)")
        }
    }

    @Test("a UH grant never acts as owner, even for the same organisation id")
    func uhIsNotOwner() {
        #expect(!Tilgang.kan(.uh(organisasjonId: Self.bodo), .redigereSomEier(eiere: [Self.bodo])))
        #expect(!Tilgang.kan(.eier(organisasjonId: Self.nord), .redigereSomUH(uh: [Self.nord])))
    }
}

@Suite struct InnloggingsvernTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static func failures(_ secondsAgo: [Double]) -> [Date] { secondsAgo.map { now.addingTimeInterval(-$0) } }

    @Test("no pause before five failures in 15 minutes; then a pause that doubles", arguments: [
        ([10.0, 20, 30, 40], nil),
        ([1.0, 20, 30, 40, 50], 29.0),
        ([1.0, 20, 30, 40, 50, 60], 59.0),
        ([1.0, 20, 30, 40, 50, 60, 70], 119.0),
        ([100.0, 200, 300, 400, 500], nil), // the 30 s pause after the last failure has passed
        ([1.0, 20, 30, 40, 1_000], nil), // one failure is older than 15 minutes
    ] as [([Double], Double?)])
    func pause(secondsAgo: [Double], expected: Double?) {
        #expect(Innloggingsvern().ventetid(feil: Self.failures(secondsAgo), now: Self.now) == expected)
    }

    @Test("the pause never exceeds 15 minutes")
    func capped() {
        let many = Self.failures((1...40).map { Double($0) })
        #expect(Innloggingsvern().ventetid(feil: many, now: Self.now)! <= 15 * 60)
    }
}
