import Testing
@testable import Domain

@Suite struct KommunenummerTests {
    @Test("four digits with leading zero are accepted; the fylke is the first two", arguments: [
        ("1804", "18"), ("0301", "03"), (" 1875 ", "18"), ("5001", "50"),
    ])
    func valid(input: String, fylke: String) throws {
        #expect(try Kommunenummer.parse(input).get().fylke == fylke)
    }

    @Test("anything else is refused", arguments: ["", "180", "18045", "18a4", "301", "0000", "-180", "１８０４"])
    func invalid(input: String) {
        #expect(throws: Kommunenummer.Feil.feilFormat) { try Kommunenummer.parse(input).get() }
    }
}

@Suite struct FylkeTests {
    @Test("letterheads name the fylke of a kommunenummer", arguments: [("1804", "Nordland"), ("0301", "Oslo"), ("5501", "Troms")])
    func names(kommune: String, fylke: String) throws {
        #expect(Fylke.navn(try Kommunenummer.parse(kommune).get().fylke) == fylke)
    }
}
