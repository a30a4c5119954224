import Testing
@testable import Domain

/// The Statsforvalter's follow-up of a round's reports: the choice by scheme, region and state.
@Suite struct RapportlisteTests {
    static let rekom = Ordning(rawValue: "rekom")
    static let dekom = Ordning(rawValue: "dekom")
    static let statuser: [Rapportstatus] = [.ikkeStartet] + Rapport.Status.allCases.map(Rapportstatus.lagret)

    /// Which states each choice keeps, before and after the deadline: overdue is every state
    /// not sent, once the deadline has passed (`Rapportstatus.forSent`).
    static let tilstandTabell: [(Rapportliste.Tilstand, fristUte: Bool, [Rapportstatus])] = [
        (.forsinket, false, []),
        (.forsinket, true, [.ikkeStartet, .lagret(.utkast), .lagret(.returnert)]),
        (.ikkeStartet, false, [.ikkeStartet]),
        (.ikkeStartet, true, [.ikkeStartet]),
        (.utkast, true, [.lagret(.utkast)]),
        (.sendt, false, [.lagret(.sendt)]),
        (.returnert, true, [.lagret(.returnert)]),
        (.godkjent, false, [.lagret(.godkjent)]),
    ]

    @Test("a state keeps the reports in it; overdue keeps those not sent once the deadline has passed", arguments: tilstandTabell)
    func tilstand(tilstand: Rapportliste.Tilstand, fristUte: Bool, forventet: [Rapportstatus]) {
        #expect(Self.statuser.filter { tilstand.passer($0, fristUte: fristUte) } == forventet)
    }

    @Test("every state but «overdue» is one state: each report is in exactly one, before and after the deadline")
    func hverIEn() {
        for status in Self.statuser {
            for fristUte in [false, true] {
                let valg = Rapportliste.Tilstand.allCases.filter { $0 != .forsinket && $0.passer(status, fristUte: fristUte) }
                #expect(valg.count == 1, "\(status)")
            }
        }
    }

    /// Report `n` of 12: Dekom when `n` is divisible by 3, else Rekom; region 1 or 2 by parity;
    /// its state `statuser[n % 5]`: 1 a draft, 2 sent, 3 returned, 4 approved, 5 not started.
    static func rapport(_ n: Int) -> (ordning: Ordning, regionId: Int64?, status: Rapportstatus) {
        (n % 3 == 0 ? dekom : rekom, Int64(n % 2 + 1), statuser[n % statuser.count])
    }

    static let utvalgTabell: [(Rapportliste.Utvalg, fristUte: Bool, [Int])] = [
        (Rapportliste.Utvalg(), false, Array(1...12)),
        (Rapportliste.Utvalg(ordning: dekom), false, [3, 6, 9, 12]),
        (Rapportliste.Utvalg(regionId: 1), true, [2, 4, 6, 8, 10, 12]),
        (Rapportliste.Utvalg(valg: .ikkeStartet), false, [5, 10]),
        (Rapportliste.Utvalg(valg: .forsinket), false, []),
        (Rapportliste.Utvalg(valg: .forsinket), true, [1, 3, 5, 6, 8, 10, 11]),
        (Rapportliste.Utvalg(ordning: rekom, regionId: 2, valg: .forsinket), true, [1, 5, 11]),
        (Rapportliste.Utvalg(ordning: Ordning(rawValue: "kompetanseloftet")), true, []),
    ]

    @Test("a choice keeps the reports of its scheme, region and state", arguments: utvalgTabell)
    func utvalg(utvalg: Rapportliste.Utvalg, fristUte: Bool, forventet: [Int]) {
        let valgte = (1...12).filter { n in
            let rapport = Self.rapport(n)
            return utvalg.passer(ordning: rapport.ordning, regionId: rapport.regionId, status: rapport.status, fristUte: fristUte)
        }
        #expect(valgte == forventet)
    }

    @Test("each state's count is what choosing it keeps")
    func antall() {
        for fristUte in [false, true] {
            let alle = (1...12).map { Self.rapport($0).status }
            let antall = Rapportliste.antall(alle, fristUte: fristUte)
            for tilstand in Rapportliste.Tilstand.allCases {
                #expect(antall[tilstand] == alle.filter { tilstand.passer($0, fristUte: fristUte) }.count.nonZero, "\(tilstand)")
            }
        }
    }

    static let adresseTabell: [([String], Rapportliste.Utvalg)] = [
        (["", "", "", ""], Rapportliste.Utvalg()),
        (["dekom", "2", "ikke-startet", "3"], Rapportliste.Utvalg(ordning: dekom, regionId: 2, valg: .ikkeStartet, side: 3)),
        (["", "to", "alle", "-4"], Rapportliste.Utvalg()),
        (["ukjent", "", "forsinket", "x"], Rapportliste.Utvalg(ordning: Ordning(kode: "ukjent"), valg: .forsinket)),
    ]

    @Test("an address's parameters choose; a region, state or page that cannot be read chooses everything, and the first page", arguments: adresseTabell)
    func fraAdresse(parametre: [String], forventet: Rapportliste.Utvalg) {
        #expect(Rapportliste.Utvalg(ordning: parametre[0], region: parametre[1], valg: parametre[2], side: parametre[3]) == forventet)
        #expect(forventet.erAlle == (forventet.ordning == nil && forventet.regionId == nil && forventet.valg == nil))
    }
}

private extension Int {
    /// Nil for 0: a count leaves out the states none is in.
    var nonZero: Int? { self == 0 ? nil : self }
}
