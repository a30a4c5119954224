import Foundation
import Testing
@testable import Domain

/// A network's long-term competence plan (seed 001): what a version needs, and who writes and reads it.
@Suite struct KompetanseplanTests {
    static func utkast(mal: String = "Språk i hverdagen\nInkluderende praksis", endring: String = "") -> Kompetanseplan.Utkast {
        var tekster = Dictionary(uniqueKeysWithValues: Kompetanseplan.Del.allCases.map { ($0, "Tekst om \($0.rawValue).") })
        tekster[.mal] = mal
        return Kompetanseplan.Utkast(tekster: tekster, endring: endring)
    }

    @Test("the first version needs every part and no change note; the goals are its non-empty lines, numbered by place")
    func first() throws {
        let plan = try Self.utkast(mal: "  Språk i hverdagen \r\n\r\nInkluderende praksis\n").publiser(nettverkId: 7, forrige: 0).get()
        #expect(plan.versjon == 1 && plan.nettverkId == 7 && plan.endring.isEmpty)
        #expect(plan.mal == ["Språk i hverdagen", "Inkluderende praksis"])
    }

    @Test("every missing part is named at once, and from the second version what changed", arguments: [
        (0, [Kompetanseplan.Del.grunnlag, .midler], [Feilgrunn.kompetanseplanMangler(.grunnlag), .kompetanseplanMangler(.midler)]),
        (2, [], [.kompetanseplanUtenEndring]),
        (2, [.tidsrammer], [.kompetanseplanMangler(.tidsrammer), .kompetanseplanUtenEndring]),
    ])
    func missing(forrige: Int, tomme: [Kompetanseplan.Del], expected: [Feilgrunn]) {
        var utkast = Self.utkast()
        for del in tomme { utkast.tekster[del] = " \n " }
        #expect(utkast.publiser(nettverkId: 1, forrige: forrige).failure?.felter.map(\.grunn) == expected)
    }

    @Test("at most twelve goals; a part longer than the long limit is refused with its length")
    func limits() {
        let twelve = (1...12).map { "Mål \($0)" }.joined(separator: "\n")
        #expect((try? Self.utkast(mal: twelve).publiser(nettverkId: 1, forrige: 0).get())?.mal.count == 12)
        let thirteen = twelve + "\nMål 13"
        #expect(Self.utkast(mal: thirteen).publiser(nettverkId: 1, forrige: 0).failure?.felter.map(\.grunn) == [.kompetanseplanForMangeMal(antall: 13, maks: 12)])
        var long = Self.utkast()
        long.tekster[.arbeidsmater] = String(repeating: "a", count: 4001)
        #expect(long.publiser(nettverkId: 1, forrige: 0).failure?.felter.map(\.grunn) == [.forLang(.kompetanseplan(.arbeidsmater), lengde: 4001, maks: 4000)])
    }

    @Test("the next version follows the one the form was filled from, with what changed")
    func next() throws {
        let plan = try Self.utkast(endring: "Nytt mål om veiledning.").publiser(nettverkId: 1, forrige: 2).get()
        #expect(plan.versjon == 3 && plan.endring == "Nytt mål om veiledning.")
    }

    @Test("its leader writes it; its members, every network leader of it, the fagutvalg and the Statsforvalter read it; no one else", arguments: [
        (Rolle.nettverksleder(nettverkId: 1), true, true),
        (.nettverksleder(nettverkId: 2), false, false),
        (.eier(organisasjonId: 10), false, true),
        (.uh(organisasjonId: 45), false, true),
        (.eier(organisasjonId: 11), false, false),
        (.fagutvalg(sektor: .grunnskole), false, true),
        (.statsforvalter, false, true),
        (.samarbeidsforum, false, false),
    ])
    func access(rolle: Rolle, skrive: Bool, se: Bool) {
        #expect(Tilgang.kan(rolle, .skriveKompetanseplan(nettverkId: 1)) == skrive)
        #expect(Tilgang.kan(rolle, .seKompetanseplan(nettverkId: 1, medlemmer: [10, 45])) == se)
    }

    @Test("a fagutvalg reads the plans of the networks of its sector's kind")
    func sector() {
        #expect(Sektor.allCases.map(Nettverkstype.init) == [.barnehage, .skole, .skole])
    }
}
