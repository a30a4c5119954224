import Testing
@testable import Domain

@Suite struct OrganisasjonsnummerTests {
    @Test("valid numbers are accepted, spaces allowed", arguments: [
        ("123456785", "123 456 785"),
        ("123 456 785", "123 456 785"),
        ("123456750", "123 456 750"), // remainder 0 → check digit 0
        ("974760673", "974 760 673"), // Brønnøysundregistrene
    ])
    func valid(input: String, formatted: String) throws {
        let number = try Organisasjonsnummer.parse(input).get()
        #expect(number.formatted == formatted.replacingOccurrences(of: " ", with: "\u{00A0}"))
        #expect(number.digits.count == 9)
    }

    @Test("invalid numbers are refused with the reason", arguments: [
        ("", Organisasjonsnummer.Feil.tom),
        ("   ", .tom),
        ("123456784", .ugyldigKontrollsiffer),
        ("123456700", .ugyldigKontrollsiffer), // remainder 1: no valid check digit exists
        ("123456709", .ugyldigKontrollsiffer),
        ("12345678", .feilLengde(8)),
        ("1234567850", .feilLengde(10)),
        ("12345678A", .ikkeSifre),
        ("123-456-785", .ikkeSifre),
        ("１２３４５６７８５", .ikkeSifre), // full-width digits are not ASCII
    ])
    func invalid(input: String, expected: Organisasjonsnummer.Feil) {
        #expect(throws: expected) { try Organisasjonsnummer.parse(input).get() }
    }


    @Test("the check digit for a prefix with remainder 1 does not exist")
    func remainderOne() {
        #expect(Organisasjonsnummer.checkDigit(forFirstEight: [1, 2, 3, 4, 5, 6, 7, 0]) == nil)
        #expect(Organisasjonsnummer.checkDigit(forFirstEight: [1, 2, 3, 4, 5, 6, 7, 8]) == 5)
        #expect(Organisasjonsnummer.checkDigit(forFirstEight: [1, 2, 3, 4, 5, 6, 7, 5]) == 0)
    }

    @Test("firstValid skips prefixes without a check digit and yields valid numbers")
    func firstValid() throws {
        let number = Organisasjonsnummer.firstValid(from: 12_345_670)
        #expect(number.digits == "123456718")
        for prefix in stride(from: 99_100_000, to: 99_100_500, by: 10) {
            let generated = Organisasjonsnummer.firstValid(from: prefix)
            #expect(try Organisasjonsnummer.parse(generated.digits).get() == generated)
        }
    }
}
