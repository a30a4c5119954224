import Testing
@testable import Web

/// The buttons forms are sent with, read once.
@Suite struct KnappTests {
    static let all: [Knapp] = [
        .lagre, .send, .nyttTiltak, .fjernTiltak(3), .signer, .returner, .videresend, .felles, .fjernFelles(12), .foresla, .vedta,
        .nyVersjon, .kommentar, .godkjenn,
    ]

    @Test("every button's value reads back as the same button", arguments: all)
    func roundTrip(knapp: Knapp) {
        #expect(Knapp(knapp.value) == knapp)
    }

    @Test("values no template gives are no button", arguments: ["", "slett", "fjern-", "fjern-x", "fjern-felles-", "LAGRE", "lagre "])
    func unknown(value: String) {
        #expect(Knapp(value) == nil)
    }

    @Test("the form's button")
    func fromForm() {
        #expect(FormData(urlEncoded: "handling=fjern-felles-7").knapp == .fjernFelles(7))
        #expect(FormData(urlEncoded: "x=1").knapp == nil)
    }
}
