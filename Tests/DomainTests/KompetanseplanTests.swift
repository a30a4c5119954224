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
        #expect(Tilgang.kan(rolle, .ledeNettverk(nettverkId: 1)) == skrive)
        #expect(Tilgang.kan(rolle, .seNettverksarbeid(nettverkId: 1, medlemmer: [10, 45])) == se)
    }

    @Test("a fagutvalg reads the plans of the networks of its sector's kind")
    func sector() {
        #expect(Sektor.allCases.map(Nettverkstype.init) == [.barnehage, .skole, .skole])
    }
}

/// A network's meeting plan (seed 003): what a meeting needs, and coming and earlier meetings.
@Suite struct NettverksmoteTests {
    static func utkast(_ changes: [Nettverksmote.Del: String] = [:]) -> Nettverksmote.Utkast {
        var felt: [Nettverksmote.Del: String] = [.dato: "2027-01-15", .tid: "12.00–14.00", .hva: "Prioritering", .ansvar: "Nina", .form: "fysisk",
                                                 .sted: "Bodø"]
        felt.merge(changes) { $1 }
        return Nettverksmote.Utkast(felt)
    }

    @Test("a meeting needs a date, what, who and its form; in person also a place", arguments: [
        ([Nettverksmote.Del: String](), [Feilgrunn]()),
        ([.dato: "15.01.2027"], []),
        ([.form: "digital", .sted: ""], []),
        ([.sted: " "], [.moteUtenSted]),
        ([.dato: "", .hva: "", .ansvar: "", .form: ""], [.moteUtenDato, .moteMangler(.hva), .moteMangler(.ansvar), .moteVelgForm]),
        ([.dato: "31.02.2027", .form: "hybrid"], [.moteUgyldigDato, .moteVelgForm]),
    ])
    func validate(changes: [Nettverksmote.Del: String], expected: [Feilgrunn]) {
        let result = Self.utkast(changes).valider(id: 0, nettverkId: 1)
        #expect(result.failure?.felter.map(\.grunn) ?? [] == expected)
        if expected.isEmpty { #expect((try? result.get())?.dato == Dato(iso: "2027-01-15")) }
    }

    @Test("coming meetings from today, the earliest first; earlier ones the latest first")
    func order() throws {
        let today = try #require(Dato(iso: "2026-11-23"))
        let moter = ["2026-12-10", "2026-11-23", "2026-10-01", "2026-11-22"].enumerated().map { index, iso in
            Nettverksmote(id: Int64(index + 1), nettverkId: 1, dato: Dato(iso: iso)!, hva: "Møte", ansvar: "Nina", form: .digital)
        }
        #expect(Nettverksmote.kommende(moter, today: today).map(\.id) == [2, 1])
        #expect(Nettverksmote.tidligere(moter, today: today).map(\.id) == [4, 3])
    }

    @Test("the form filled from a meeting gives the same meeting back")
    func roundTrip() throws {
        let mote = Nettverksmote(id: 7, nettverkId: 3, dato: Dato(iso: "2027-03-02")!, tid: "09.00", hva: "Fagdag", ansvar: "UH", form: .fysisk, sted: "Fauske")
        #expect(try Nettverksmote.Utkast(mote).valider(id: 7, nettverkId: 3).get() == mote)
    }
}

@Suite struct NettverksrolleTests {
    @Test("a kommune is the barnehage authority in a barnehage network and an owner in a skole network; partners are partners; the Statsforvalter is no member")
    func roles() {
        #expect(Nettverksrolle(.kommune, i: .barnehage) == .barnehagemyndighet)
        #expect(Nettverksrolle(.kommune, i: .skole) == .offentligEier)
        #expect(Nettverksrolle(.fylkeskommune, i: .skole) == .offentligEier)
        #expect(Nettverksrolle(.privatEier, i: .barnehage) == .privatEier)
        #expect([Organisasjonstype.uh, .fagskole, .nasjonaltSenter].allSatisfy { Nettverksrolle($0, i: .skole) == .samarbeidspartner })
        #expect(Nettverksrolle(.statsforvalter, i: .barnehage) == nil)
    }
}

@Suite struct NettverksdokumentTests {
    static let pdf = Array("%PDF-1.7\n".utf8)

    @Test("a document needs a title, its readers and a PDF of at most 5 MB; the file's name is made safe")
    func validate() throws {
        let ok = try Nettverksdokument.Utkast(tittel: " Referat ", lesere: "alle", fil: .init(navn: "../../etc/passwd", innhold: Self.pdf)).valider(nettverkId: 1).get()
        #expect(ok.tittel == "Referat" && ok.filnavn == "passwd.pdf" && ok.bytes == Self.pdf.count)
        let big = Self.pdf + Array(repeating: 0, count: Nettverksdokument.maksBytes)
        #expect(Nettverksdokument.Utkast(tittel: "", lesere: "alle", fil: .init(navn: "a.pdf", innhold: big)).valider(nettverkId: 1).failure?.felter.map(\.grunn)
                == [.dokumentUtenTittel, .dokumentForStort(bytes: big.count, maks: Nettverksdokument.maksBytes)])
        #expect(Nettverksdokument.Utkast(tittel: "T", lesere: "noen", fil: nil).valider(nettverkId: 1).failure?.felter.map(\.grunn)
                == [.dokumentVelgLesere, .dokumentUtenFil])
        #expect(Nettverksdokument.Utkast(tittel: "T", lesere: "alle", fil: .init(navn: "x.pdf", innhold: Array("<html>".utf8))).valider(nettverkId: 1)
                    .failure?.felter.map(\.grunn) == [.dokumentIkkePDF])
        #expect(Nettverksdokument.filnavn("Møtereferat <1>;.docx") == "Møtereferat 1.docx.pdf")
        #expect(Nettverksdokument.filnavn("...") == "dokument.pdf")
    }

    @Test("a document for the members only is not for the fagutvalg; the rest read as the network's work")
    func access() {
        let members: Set<Int64> = [10]
        #expect(Tilgang.kan(.fagutvalg(sektor: .barnehage), .seNettverksdokument(nettverkId: 1, medlemmer: members, lesere: .alle)))
        #expect(!Tilgang.kan(.fagutvalg(sektor: .barnehage), .seNettverksdokument(nettverkId: 1, medlemmer: members, lesere: .medlemmer)))
        #expect(Tilgang.kan(.eier(organisasjonId: 10), .seNettverksdokument(nettverkId: 1, medlemmer: members, lesere: .medlemmer)))
        #expect(Tilgang.kan(.statsforvalter, .seNettverksdokument(nettverkId: 1, medlemmer: members, lesere: .medlemmer)))
        #expect(!Tilgang.kan(.eier(organisasjonId: 11), .seNettverksdokument(nettverkId: 1, medlemmer: members, lesere: .alle)))
        #expect(!Tilgang.kan(.samarbeidsforum, .seNettverksdokument(nettverkId: 1, medlemmer: members, lesere: .alle)))
    }
}

/// The leader's invitation of another organisation (seed 001: «inviterte andre»).
@Suite struct NettverksinvitasjonTests {
    static let kandidater: Set<Int64> = [7, 8]

    @Test("an organisation that may be invited and a role make an invitation; anything else names each problem", arguments: [
        ("7", "Fagressurs", [Feilgrunn]()),
        (" 8 ", "  Observatør \n", []),
        ("", "", [.invitasjonVelgOrganisasjon, .invitasjonUtenRolle]),
        // A member already, the Statsforvalter, or no organisation at all.
        ("1", "Fagressurs", [.invitasjonIkkeKandidat]),
        ("x", "Fagressurs", [.invitasjonIkkeKandidat]),
        ("7", String(repeating: "r", count: 201), [.forLang(.invitasjonRolle, lengde: 201, maks: 200)]),
    ])
    func valider(organisasjon: String, rolle: String, expected: [Feilgrunn]) {
        let result = Nettverksinvitasjon.Utkast(organisasjon: organisasjon, rolle: rolle).valider(nettverkId: 1, kandidater: Self.kandidater)
        switch result {
        case .success(let invitasjon):
            #expect(expected.isEmpty)
            #expect(Self.kandidater.contains(invitasjon.organisasjonId) && invitasjon.nettverkId == 1)
            #expect(invitasjon.rolle == rolle.trimmingCharacters(in: .whitespacesAndNewlines))
        case .failure(let failure):
            #expect(failure.grunner == expected)
        }
    }
}
