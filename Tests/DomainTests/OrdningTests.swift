import Foundation
import Testing
@testable import Domain

/// The schemes as round data: the two templates, the knowledge partner a scheme accepts, the
/// networks and fagutvalg a scheme reaches, and the round form's scheme sections.
@Suite struct OrdningTests {
    static let fagskole = Partnerskap.Part(organisasjonId: 90, navn: "Fagskolen i Nordland", type: .fagskole)

    @Test("the 2021 guidelines' template: three schemes in the seeds' order, Rekom's 70/30 split of 10 886 000, Dekom's egenandel, UH only")
    func retningslinjer2021() throws {
        let runde = Runde.standard(aar: 2027, budsjett: [.rekom: Kroner(10_886_000), .dekom: Kroner(12_070_000), .kompetanseloftet: Kroner(8_296_000)])
        #expect(runde.ordningerSortert.map(\.1.kortnavn) == ["Rekom", "Dekom", "Kompetanseløftet"])
        let rekom = try #require(runde.ordninger[.rekom])
        #expect(rekom.fordeling == (Kroner(7_620_200), Kroner(3_265_800)))
        #expect(runde.senereRunde?.ordning == .rekom)
        #expect(runde.ordninger[.dekom]?.parametre.egenandel == Prosent(30))
        #expect(runde.ordninger.values.allSatisfy { $0.partnertyper == [.uh] && $0.rapport })
    }

    @Test("the 2026 forskrift's template: one scheme for barnehage and grunnskole with SFO, PPT and kulturskole; UH, fagskole or nasjonalt senter; no later round")
    func forskrift2026() throws {
        let runde = Runde.Mal.forskrift2026.runde(aar: 2027, budsjett: [.kollektiv: Kroner(4_000_000)])
        let kollektiv = try #require(runde.ordninger[.kollektiv])
        #expect(runde.ordninger.count == 1)
        #expect(kollektiv.budsjett == Kroner(4_000_000))
        #expect(Set(kollektiv.malgrupper) == [.barnehage, .grunnskole, .sfo, .ppt, .kulturskole])
        #expect(kollektiv.sektorer == [.barnehage, .grunnskole])
        #expect(kollektiv.partnertyper == [.uh, .fagskole, .nasjonaltSenter])
        #expect(runde.senereRunde == nil)
        #expect(kollektiv.fordeling == (Kroner(4_000_000), .zero))
    }

    @Test("the networks that receive a scheme follow the round's data", arguments: [
        (Runde.Mal.retningslinjer2021, Nettverkstype.barnehage, [Ordning.rekom, .kompetanseloftet]),
        (.retningslinjer2021, .skole, [.dekom, .kompetanseloftet]),
        (.forskrift2026, .barnehage, [.kollektiv]),
        (.forskrift2026, .skole, [.kollektiv]),
    ])
    func routing(mal: Runde.Mal, type: Nettverkstype, expected: [Ordning]) {
        #expect(mal.runde(aar: 2027).ordninger(for: type) == expected)
    }

    @Test("a partnership whose only partner is a fagskole may apply under the forskrift, not to Rekom; a partner of unknown kind is not judged")
    func partner() throws {
        var partnerskap = Fixture.partnerskap()
        partnerskap.uh = [Self.fagskole]
        partnerskap.signert.insert(Self.fagskole.organisasjonId)
        let rekom = Fixture.behovsmelding().validate(partnerskap: partnerskap, runde: Fixture.runde, now: Fixture.now)
        #expect(rekom.map(\.grunn) == [.partnerIkkeTillatt("Rekom", tillatt: [.uh])])
        #expect(rekom.first?.regel == .r8 && rekom.first?.blokkerer == true)

        var melding = Fixture.behovsmelding()
        melding.ordning = .kollektiv
        let forskrift = Runde.Mal.forskrift2026.runde(aar: 2027, budsjett: [.kollektiv: Kroner(4_000_000)])
        #expect(melding.validate(partnerskap: partnerskap, runde: forskrift, now: Fixture.now).isEmpty)

        partnerskap.uh = [Partnerskap.Part(organisasjonId: 90, navn: "Ukjent")]
        #expect(Fixture.behovsmelding().validate(partnerskap: partnerskap, runde: Fixture.runde, now: Fixture.now).isEmpty)
    }

    @Test("a scheme's code: 2–30 of a–z, 0–9 and hyphen, beginning with a letter", arguments: [
        ("rekom", true), ("kollektiv-2026", true), ("vgo", true), ("r", false), ("Rekom", false), ("2026", false), ("-a", false),
        ("rek om", false), ("rekøm", false), ("", false), (String(repeating: "a", count: 30), true), (String(repeating: "a", count: 31), false),
    ])
    func kode(text: String, valid: Bool) {
        #expect((Ordning(kode: text) != nil) == valid)
    }

    @Test("any code Ordning(kode:) accepts is safe in a URL path segment")
    func kodeProperty() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCZ0123456789-_ /.%øæå")
        for _ in 0..<2_000 {
            let text = String((0..<Int.random(in: 0...32, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            if let ordning = Ordning(kode: text) {
                #expect(ordning.kode.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
                #expect(ordning.kode.first?.isLetter == true && (2...30).contains(ordning.kode.count))
            }
        }
    }

    @Test("a forskrift round from the form comes back unchanged; a new scheme typed into the empty section joins it")
    func formRoundTrip() throws {
        let runde = Runde.Mal.forskrift2026.runde(aar: 2027, budsjett: [.kollektiv: Kroner(4_000_000)])
        var utkast = Runde.Utkast(runde)
        #expect(utkast.ordninger.count == 2 && utkast.ordninger[1] == .ny)
        #expect(try utkast.valider().get() == runde)

        utkast.ordninger[1] = Runde.Utkast.OrdningUtkast(
            med: true, kode: "vgo", navn: "Kompetanseutvikling i videregående opplæring", kortnavn: "Videregående",
            sektorer: ["videregaende"], malgrupper: ["videregaende"], nettverk: ["skole"], partnertyper: ["uh", "fagskole"], rapport: true,
            budsjett: "2 000 000", maksTiltak: "5", koordinatorMaksAndel: "30", koordinatorMinKommuner: "2", maksVarighetAar: "3",
            flerarigMaksAndel: "50", andelViaBehovsmeldinger: "100", egenandel: "0"
        )
        let two = try utkast.valider().get()
        #expect(two.ordningerSortert.map(\.0) == [.kollektiv, Ordning(rawValue: "vgo")])
        #expect(two.ordninger[Ordning(rawValue: "vgo")]?.rekkefolge == 2)
        #expect(two.ordninger(for: .barnehage) == [.kollektiv])
    }

    @Test("a scheme that behovsmeldinger are written for stays in its round", arguments: [
        (Set<Ordning>(), nil), ([.dekom], nil), ([.rekom, .dekom], nil), ([.kompetanseloftet], "kompetanseloftet"), ([.kollektiv, .rekom], "kollektiv"),
    ] as [(Set<Ordning>, String?)])
    func inUse(iBruk: Set<Ordning>, missing: String?) {
        let runde = Runde.standard(aar: 2027, budsjett: [.rekom: Kroner(1), .dekom: Kroner(1)])
        #expect(runde.ordningIBrukFeil(iBruk: iBruk)?.grunn == missing.map { .ordningIBruk($0) })
    }

    @Test("a scheme section's problems are named on their fields: bad and repeated codes, missing names, empty choices, a partner kind that is no partner")
    func formRefused() throws {
        var utkast = Runde.Utkast(Runde.Mal.forskrift2026.runde(aar: 2027, budsjett: [.kollektiv: Kroner(1)]))
        utkast.ordninger[1] = utkast.ordninger[0]
        utkast.ordninger[0].kode = "Kollektiv!"
        utkast.ordninger[0].navn = " "
        utkast.ordninger[0].sektorer = []
        utkast.ordninger[0].partnertyper = ["kommune", "statsforvalter"]
        var errors = try #require(utkast.valider().failure).felter
        #expect(errors.map(\.felt.navn) == ["ordning1_kode", "ordning1_navn", "ordning1_sektorer", "ordning1_partnertyper"])
        #expect(errors.map(\.grunn) == [.ordningKode, .ordningNavnMangler, .ordningUtenValg(.sektorer), .ordningUtenValg(.partnertyper)])

        utkast.ordninger[0] = utkast.ordninger[1]
        errors = try #require(utkast.valider().failure).felter
        #expect(errors == [Feltfeil(.rundeparameter(2, .kode), .ordningKodeBrukt("kollektiv"))])
    }
}
