import Foundation
import Testing
@testable import Domain

/// Grant letters: one per partnership, the new tiltak year by year, the refused with their
/// reason, and this year of earlier vedtak's multi-year tiltak (continued, changed, stopped).
@Suite struct TildelingsbrevTests {
    static let dato = Dato(year: 2028, month: 3, day: 20)!
    static let frist = Dato(year: 2029, month: 6, day: 15)!
    static let halvaar = Dato(year: 2028, month: 12, day: 1)!

    static func owner(_ id: Int64) -> Partnerskap {
        var partnerskap = Fixture.partnerskap()
        partnerskap.id = id
        partnerskap.navn = "Partnerskap \(id)"
        return partnerskap
    }

    /// Rekom 2028: partnership 1 has a new behovsmelding (id 10, one line granted, one refused);
    /// partnership 2 only the second year of a 2027 tiltak (behovsmelding 5).
    static func innstilling() -> Innstilling {
        var innstilling = Innstilling(aar: 2028, ordning: .rekom, linjer: [
            line(1, region: 1, eier: 400_000, uh: 100_000, later: [Belop(eier: Kroner(200_000), uh: Kroner(50_000))]),
            line(2, region: 1, eier: 100_000, uh: 0, ikkeOppfylt: [.forankring]),
        ])
        innstilling.linjer[0].foreslatt = innstilling.linjer[0].sokt
        // Both lines belong to behovsmelding 10.
        innstilling.linjer[1] = Innstilling.Linje(
            id: 2, behovsmeldingId: 10, tiltakNummer: 2, tiltakTittel: "Tiltak 2", partnerskap: "Partnerskap 1", regionId: 1, regionNavn: "Region 1",
            ikkeOppfylt: [.forankring], prioritet: nil, saerligeUtfordringer: false, kommuner: 2,
            sokt: [Belop(eier: Kroner(100_000), uh: .zero)], soktKoordinator: .zero
        )
        return innstilling
    }

    static func promise(_ behovsmelding: Int64, tiltak: Int, eier: Int, uh: Int, aar: Int = 2028, vedtaksaar: Int = 2027) -> Forpliktelse {
        Forpliktelse(ordning: .rekom, vedtaksaar: vedtaksaar, aar: aar, behovsmeldingId: behovsmelding,
                     tiltak: Tiltaknavn(nummer: tiltak, tittel: "Tidligere \(tiltak)"), partnerskap: "Partnerskap 2",
                     belop: Belop(eier: Kroner(eier), uh: Kroner(uh)))
    }

    static func letters(_ tidligere: [Forpliktelse]) -> [Tildelingsbrev] {
        Tildelingsbrev.brev(innstilling(), tidligere: tidligere, vedtaksdato: dato, halvaarsrapportfrist: halvaar, rapportfrist: frist,
                            partnerskap: [10: owner(1), 5: owner(2), 6: owner(2)])
    }

    @Test("a letter per partnership: granted years, refused with the reason, conditions")
    func newLines() throws {
        let letters = Self.letters([])
        #expect(letters.map(\.partnerskap.id) == [1])
        let letter = try #require(letters.first)
        #expect(letter.tildelt.map(\.linje.id) == [1] && letter.ikkeTildelt.map(\.grunn) == [.kriterierIkkeOppfylt([.forankring])])
        #expect(letter.perAar == [.init(aar: 2028, belop: Belop(eier: Kroner(400_000), uh: Kroner(100_000))),
                                  .init(aar: 2029, belop: Belop(eier: Kroner(200_000), uh: Kroner(50_000)))])
        #expect(letter.total.sum == Kroner(750_000))
        #expect(letter.vilkar == [.brukes(aar: 2028), .brukes(aar: 2029), .halvaarsrapport(frist: Self.halvaar), .rapport(frist: Self.frist), .ubrukteMidler, .forutsetningBevilgning(etter: 2028)])
    }

    @Test("year 2 of an earlier vedtak: the promise, or the accepted change, is granted in this year's letter")
    func continued() throws {
        var changed = Self.promise(6, tiltak: 1, eier: 300_000, uh: 100_000)
        changed.svar = Forpliktelsessvar(belop: Belop(eier: Kroner(250_000), uh: Kroner(100_000)), begrunnelse: "Færre deltakere", godtatt: true)
        var waiting = Self.promise(5, tiltak: 2, eier: 80_000, uh: 20_000)
        waiting.svar = Forpliktelsessvar(belop: Belop(eier: Kroner(500_000), uh: .zero), begrunnelse: "Flere barnehager")
        let letters = Self.letters([Self.promise(5, tiltak: 1, eier: 200_000, uh: 0), changed, waiting, Self.promise(5, tiltak: 3, eier: 1, uh: 0, aar: 2029)])
        #expect(letters.map(\.partnerskap.id) == [1, 2])
        let letter = letters[1]
        #expect(letter.tildelt.isEmpty && !letter.erAvslag)
        #expect(letter.videreforte.map(\.forpliktelse.tiltak.nummer) == [1, 2, 1], "this year only, by behovsmelding and tiltak")
        #expect(letter.videreforte.map(\.belop.sum) == [Kroner(200_000), Kroner(100_000), Kroner(350_000)], "a change not accepted keeps the promise")
        #expect(letter.videreforte.map(\.erEndret) == [false, false, true])
        #expect(letter.perAar == [.init(aar: 2028, belop: Belop(eier: Kroner(530_000), uh: Kroner(120_000)))])
        #expect(letter.vilkar == [.brukes(aar: 2028), .halvaarsrapport(frist: Self.halvaar), .rapport(frist: Self.frist), .ubrukteMidler])
    }

    @Test("a tiltak stopped this year is told in the letter and gets nothing; one stopped earlier is not repeated")
    func stopped() throws {
        var now = Self.promise(5, tiltak: 1, eier: 200_000, uh: 0)
        now.stoppetFra = 2028
        now.stansbegrunnelse = "Tiltaket er avsluttet"
        var before = Self.promise(5, tiltak: 2, eier: 100_000, uh: 0, vedtaksaar: 2026)
        before.stoppetFra = 2027
        let letters = Self.letters([now, before])
        let letter = try #require(letters.first { $0.partnerskap.id == 2 })
        #expect(letter.videreforte.count == 1 && letter.videreforte[0].erStanset && letter.videreforte[0].belop == .zero)
        #expect(letter.erAvslag && letter.vilkar.isEmpty && letter.total == .zero)
    }

    @Test("a promise of another ordning, or of a behovsmelding with no known partnership, makes no letter")
    func outside() {
        let other = Forpliktelse(ordning: .dekom, vedtaksaar: 2027, aar: 2028, behovsmeldingId: 5, tiltak: Tiltaknavn(nummer: 1, tittel: "D"),
                                 partnerskap: "Partnerskap 2", belop: Belop(eier: Kroner(1), uh: .zero))
        #expect(Self.letters([other, Self.promise(99, tiltak: 1, eier: 1, uh: 0)]).map(\.partnerskap.id) == [1])
    }
}
