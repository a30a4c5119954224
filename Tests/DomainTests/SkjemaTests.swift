import PropertyBased
import Testing
@testable import Domain

@Suite struct SkjemaTests {
    @Test("amounts as people type them", arguments: [
        ("10 886 000", 10_886_000), ("10886000", 10_886_000), ("10 886 000 kr", 10_886_000), ("10.886.000", 10_886_000),
        ("0", 0), (" 7 620 200 ", 7_620_200), ("3 265 800,-", 3_265_800), ("1 200 000 kr", 1_200_000), ("1 200 000", 1_200_000),
        // As the pages write them, with no-break spaces, copied or sent back in a field.
        ("1\u{00A0}200\u{00A0}000\u{00A0}kr", 1_200_000), ("1\u{00A0}200\u{00A0}000", 1_200_000), ("\u{00A0}450\u{00A0}000 ", 450_000),
    ])
    func kronerParsed(input: String, value: Int) throws {
        #expect(try Kroner.parse(input).get() == Kroner(value))
    }

    @Test("every amount a page shows reads back as the same amount")
    func kronerRoundTrip() async {
        await propertyCheck(input: Gen.int(in: 0...Kroner.maximum.value)) { value in
            #expect(Kroner.parse(Kroner(value).formatted) == .success(Kroner(value)))
            #expect(Kroner.parse(Kroner(value).formattedNumber) == .success(Kroner(value)))
        }
    }

    @Test("amounts refused with a reason", arguments: [
        ("", Kroner.ParseFeil.tom), ("12,50", .desimaler), ("1.5", .desimaler), ("1 200 000,00 kr", .desimaler), ("tolv", .ugyldig),
        ("12a", .ugyldig), ("-5", .negativ), ("- 1 200", .negativ), ("99999999999999", .forStor),
    ])
    func kronerRefused(input: String, error: Kroner.ParseFeil) {
        #expect(throws: error) { try Kroner.parse(input).get() }
    }

    @Test("percentages in basis points", arguments: [("30", 3000), ("30 %", 3000), ("30\u{00A0}%", 3000), ("12,5", 1250), ("12.25", 1225), ("0", 0), ("100", 10_000)])
    func prosentParsed(input: String, basisPoints: Int) throws {
        #expect(try Prosent.parse(input).get() == Prosent(basisPoints: basisPoints))
        #expect(Prosent(basisPoints: basisPoints).inputValue == Prosent(basisPoints: basisPoints).formatted.replacingOccurrences(of: "\u{00A0}%", with: ""))
    }

    @Test("percentages refused", arguments: [("", Prosent.ParseFeil.tom), ("130", .utenforOmrade), ("-1", .utenforOmrade), ("12,345", .ugyldig), ("x", .ugyldig)])
    func prosentRefused(input: String, error: Prosent.ParseFeil) {
        #expect(throws: error) { try Prosent.parse(input).get() }
    }

    @Test("Norwegian dates", arguments: [("15.12.2026", "2026-12-15"), ("5.1.2027", "2027-01-05")])
    func norskDato(input: String, iso: String) {
        #expect(Dato(norsk: input)?.iso == iso)
    }

    @Test("an organisation: every problem at once, with the orgnr message from Organisasjonsnummer")
    func organisasjon() throws {
        let bad = Organisasjon.Utkast(navn: " ", type: "kommune", orgnr: "123 456 789", kommunenummer: "", regionId: "")
        let errors = try #require(bad.valider(id: 0, erDemo: false, regioner: [1]).failure)
        #expect(errors.felter.map(\.felt.navn) == ["navn", "orgnr", "kommunenummer", "regionId"])
        #expect(errors.felter.first { $0.felt.navn == "orgnr" }?.grunn == .orgnr(.ugyldigKontrollsiffer))

        let uh = Organisasjon.Utkast(navn: "Nord universitet", type: "uh", orgnr: "123456785", oppfolgingsordningen: true)
        #expect(try #require(uh.valider(id: 0, erDemo: false, regioner: []).failure).felter.map(\.felt.navn) == ["oppfolgingsordningen"])

        let good = Organisasjon.Utkast(navn: "Testvik kommune", type: "kommune", orgnr: "123 456 785", kommunenummer: "1899", regionId: "1", saerligeUtfordringer: true)
        let org = try good.valider(id: 7, erDemo: false, regioner: [1]).get()
        #expect(org.orgnr.digits == "123456785" && org.regionId == 1 && org.saerligeUtfordringer && org.id == 7)
        #expect(Organisasjon.Utkast(org) == Organisasjon.Utkast(navn: "Testvik kommune", type: "kommune", orgnr: "123\u{00A0}456\u{00A0}785", kommunenummer: "1899", regionId: "1", saerligeUtfordringer: true))
    }

    @Test("a user's name and e-mail", arguments: [
        ("Kari", "Kari@Bodo.Kommune.no", nil), ("", "kari@bodo.no", "navn"), ("Kari", "kari", "epost"), ("Kari", "kari@bodo", "epost"),
        ("Kari", "ka ri@bodo.no", "epost"), ("Kari", "", "epost"),
    ] as [(String, String, String?)])
    func bruker(navn: String, epost: String, field: String?) {
        let result = Bruker.Utkast(navn: navn, epost: epost).valider()
        switch result {
        case .success(let value): #expect(field == nil && value.epost == epost.lowercased())
        case .failure(let errors): #expect(errors.felter.map(\.felt.navn) == [field])
        }
    }

    @Test("passwords: at least 10 characters, at most 72 bytes, typed twice the same")
    func passord() {
        #expect(Passordregel.valider(passord: "kort", gjenta: "kort").map(\.felt.navn) == ["passord"])
        #expect(Passordregel.valider(passord: String(repeating: "æ", count: 40), gjenta: String(repeating: "æ", count: 40)).map(\.felt.navn) == ["passord"])
        #expect(Passordregel.valider(passord: "lang nok setning", gjenta: "lang nok setnin").map(\.felt.navn) == ["gjenta"])
        #expect(Passordregel.valider(passord: "lang nok setning", gjenta: "lang nok setning").isEmpty)
    }

    @Test("a role grant needs the right kind of organisation, an existing network or a sector")
    func rolle() throws {
        let orgs = [
            Organisasjon(id: 1, type: .kommune, navn: "Bodø kommune", orgnr: try Organisasjonsnummer.parse("123456785").get()),
            Organisasjon(id: 2, type: .uh, navn: "Nord universitet", orgnr: Organisasjonsnummer.firstValid(from: 99100000)),
        ]
        func check(_ utkast: Rolle.Utkast) -> Result<Rolle, Skjemafeil> { utkast.valider(organisasjoner: orgs, nettverk: [5]) }
        #expect(try check(Rolle.Utkast(kind: "eier", organisasjonId: "1")).get() == .eier(organisasjonId: 1))
        #expect(try check(Rolle.Utkast(kind: "uh", organisasjonId: "2")).get() == .uh(organisasjonId: 2))
        #expect(check(Rolle.Utkast(kind: "uh", organisasjonId: "1")).failure?.felter.first?.felt.navn == "organisasjonId")
        #expect(check(Rolle.Utkast(kind: "eier", organisasjonId: "2")).failure?.felter.first?.felt.navn == "organisasjonId")
        #expect(try check(Rolle.Utkast(kind: "nettverksleder", nettverkId: "5")).get() == .nettverksleder(nettverkId: 5))
        #expect(check(Rolle.Utkast(kind: "nettverksleder", nettverkId: "6")).failure?.felter.first?.felt.navn == "nettverkId")
        #expect(try check(Rolle.Utkast(kind: "fagutvalg", sektor: "barnehage")).get() == .fagutvalg(sektor: .barnehage))
        #expect(check(Rolle.Utkast(kind: "admin")).failure?.felter.first?.felt.navn == "rolle")
    }

    @Test("a round from the form: the stored round comes back unchanged")
    func rundeRoundTrip() throws {
        let runde = Runde.standard(aar: 2027, budsjett: [.rekom: Kroner(10_886_000), .dekom: Kroner(12_070_000)])
        #expect(try Runde.Utkast(runde).valider().get() == runde)
    }

    @Test("a round's problems: deadlines out of order, bad numbers, no ordning")
    func rundeRefused() throws {
        var utkast = Runde.Utkast(Runde.standard(aar: 2027, budsjett: [.rekom: Kroner(10_886_000)]))
        utkast.datoer["nettverk"] = "2026-12-01"
        utkast.ordninger[0].maksTiltak = "0"
        utkast.ordninger[0].egenandel = "101"
        let errors = try #require(utkast.valider().failure).felter
        #expect(errors.map(\.felt.navn) == ["nettverk", "fagutvalg", "ordning1_maksTiltak", "ordning1_egenandel"].filter { f in errors.contains { $0.felt.navn == f } })
        #expect(errors.first { $0.felt.navn == "nettverk" }?.grunn == .rundeRekkefolge(senere: .nettverk, tidligere: .behovsmelding))
        #expect(errors.first { $0.felt.navn == "ordning1_egenandel" }?.grunn == .prosent("Rekom", .utenforOmrade))

        var none = Runde.Utkast(Runde.standard(aar: 2027, budsjett: [:]))
        none.aar = "27"
        for index in none.ordninger.indices { none.ordninger[index].med = false }
        let noneErrors = try #require(none.valider().failure).felter.map(\.felt.navn)
        #expect(noneErrors.contains("aar") && noneErrors.contains("ordninger"))
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

/// R3 as the form meets it: adding a tiltak and a form with too many.
@Suite struct TiltakgrenseTests {
    @Test("a tiltak is added below the maximum and refused at it, with one message", arguments: [(0, 5, true), (4, 5, true), (5, 5, false), (1, 1, false)])
    func leggTil(antall: Int, maks: Int, added: Bool) {
        var utkast = Behovsmelding.Utkast(tiltak: Array(repeating: Tiltak.Utkast(), count: antall))
        let refused = utkast.leggTilTiltak(maks: maks, ordning: "Rekom")
        #expect((refused == nil) == added)
        #expect(utkast.tiltak.count == (added ? antall + 1 : antall))
        #expect(Behovsmelding.Utkast.kanLeggeTilTiltak(antall: antall, maks: maks) == added)
        if let refused {
            #expect(refused == Feltfeil(.tiltakListe, .tiltakgrense("Rekom", maks: maks)))
        }
    }

    @Test("a form with more tiltak than allowed is refused")
    func grense() {
        #expect(Behovsmelding.Utkast(tiltak: Array(repeating: Tiltak.Utkast(), count: 6)).tiltakgrense(maks: 5, ordning: "Dekom") != nil)
        #expect(Behovsmelding.Utkast(tiltak: Array(repeating: Tiltak.Utkast(), count: 5)).tiltakgrense(maks: 5, ordning: "Dekom") == nil)
    }
}
