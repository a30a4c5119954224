import Testing
@testable import Domain

/// The round's list of grant letters: the choice by scheme, region and outcome, and its pages.
@Suite struct BrevlisteTests {
    static let rekom = Ordning(rawValue: "rekom")
    static let dekom = Ordning(rawValue: "dekom")
    static let dato = Dato(year: 2027, month: 3, day: 20)!

    /// Letter `id`: Dekom when `id` is divisible by 3, else Rekom; region 1 or 2 by `id`'s
    /// parity; money when divisible by 4 (else none, refused).
    static func brev(_ id: Int) -> Tildelingsbrev {
        var partnerskap = Fixture.partnerskap()
        partnerskap.id = Int64(id)
        partnerskap.navn = "Partnerskap \(id)"
        partnerskap.regionId = Int64(id % 2 + 1)
        let tildelt = id % 4 == 0
        let linje = Innstilling.Linje(
            id: Int64(id), behovsmeldingId: Int64(id), tiltakNummer: 1, tiltakTittel: "Tiltak", partnerskap: partnerskap.navn, regionId: Int64(id % 2 + 1),
            regionNavn: "Region", ikkeOppfylt: tildelt ? [] : [.forankring], prioritet: nil, saerligeUtfordringer: false, kommuner: 1,
            sokt: [Belop(eier: Kroner(100_000), uh: .zero)], soktKoordinator: .zero
        )
        return Tildelingsbrev(aar: 2027, ordning: id % 3 == 0 ? dekom : rekom, partnerskap: partnerskap, vedtaksdato: dato, halvaarsrapportfrist: dato,
                              rapportfrist: dato, tildelt: tildelt ? [.init(linje: linje, perAar: [.init(aar: 2027, belop: linje.sokt[0])])] : [],
                              ikkeTildelt: tildelt ? [] : [.init(linje: linje, grunn: .kriterierIkkeOppfylt([.forankring]))], videreforte: [])
    }

    static let alle = (1...12).map(brev)

    static let utvalgTabell: [(Brevliste.Utvalg, [Int64])] = [
        (Brevliste.Utvalg(), (1...12).map(Int64.init)),
        (Brevliste.Utvalg(ordning: dekom), [3, 6, 9, 12]),
        (Brevliste.Utvalg(regionId: 1), [2, 4, 6, 8, 10, 12]),
        (Brevliste.Utvalg(valg: .tildelt), [4, 8, 12]),
        (Brevliste.Utvalg(valg: .ingenMidler), [1, 2, 3, 5, 6, 7, 9, 10, 11]),
        (Brevliste.Utvalg(ordning: rekom, regionId: 1, valg: .tildelt), [4, 8]),
        (Brevliste.Utvalg(ordning: Ordning(rawValue: "kompetanseloftet")), []),
    ]

    @Test("a choice keeps the letters of its scheme, region and outcome, in their order", arguments: utvalgTabell)
    func utvalg(utvalg: Brevliste.Utvalg, forventet: [Int64]) {
        #expect(Self.alle.filter(utvalg.passer).map(\.partnerskap.id) == forventet)
        #expect(utvalg.erAlle == (forventet.count == 12))
    }

    @Test("the outcome is money or none, as the letter says (Tildelingsbrev.erAvslag)")
    func utfall() {
        for brev in Self.alle {
            #expect((Brevliste.Utfall(brev) == .ingenMidler) == brev.erAvslag)
        }
        #expect(Self.alle.filter { Brevliste.Utfall($0) == .tildelt }.count == 3)
    }

    static let adresseTabell: [([String], Brevliste.Utvalg)] = [
        (["", "", "", ""], Brevliste.Utvalg()),
        (["dekom", "2", "ingen-midler", "3"], Brevliste.Utvalg(ordning: dekom, regionId: 2, valg: .ingenMidler, side: 3)),
        (["", "to", "alle", "-4"], Brevliste.Utvalg()),
        // A scheme's code is open (a new scheme needs no new code): an unknown one chooses no letter.
        (["ukjent", "", "", ""], Brevliste.Utvalg(ordning: Ordning(kode: "ukjent"))),
        (["rekom", "", "tildelt", "x"], Brevliste.Utvalg(ordning: rekom, valg: .tildelt)),
    ]

    @Test("an address's parameters choose; a region, outcome or page that cannot be read chooses everything, and the first page", arguments: adresseTabell)
    func fraAdresse(parametre: [String], forventet: Brevliste.Utvalg) {
        #expect(Brevliste.Utvalg(ordning: parametre[0], region: parametre[1], valg: parametre[2], side: parametre[3]) == forventet)
    }

    @Test("every choice and page size: the pages of what a choice keeps hold each chosen letter once, in order, and no other")
    func sider() {
        let utvalg = Self.utvalgTabell.map(\.0)
        for valgt in utvalg {
            let forventet = Self.alle.filter(valgt.passer).map(\.partnerskap.id)
            for storrelse in 1...13 {
                func side(_ utvalg: Brevliste.Utvalg) -> Sideutsnitt<Tildelingsbrev> {
                    Sideutsnitt(Self.alle.filter(utvalg.passer), side: utvalg.side, storrelse: storrelse)
                }
                let forste = side(valgt)
                var sett: [Int64] = []
                for nummer in 1...forste.sider {
                    var neste = valgt
                    neste.side = nummer
                    sett += side(neste).elementer.map(\.partnerskap.id)
                }
                #expect(sett == forventet, "\(valgt), \(storrelse) to a page")
                #expect(forste.antall == forventet.count)
            }
        }
    }
}
