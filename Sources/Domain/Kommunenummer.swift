import Foundation

/// A kommunenummer: four digits with a leading zero where needed; the first two are the fylke.
public struct Kommunenummer: Hashable, Sendable, Codable, CustomStringConvertible {
    public let digits: String

    public enum Feil: Error, Equatable, Sendable {
        case feilFormat
        public var melding: String {
            "Kommunenummeret må ha fire siffer, for eksempel 1804 for Bodø eller 0301 for Oslo."
        }
    }

    public static func parse(_ input: String) -> Result<Kommunenummer, Feil> {
        let trimmed = input.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 4, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), trimmed != "0000" else {
            return .failure(.feilFormat)
        }
        return .success(Kommunenummer(digits: trimmed))
    }

    private init(digits: String) { self.digits = digits }

    /// The fylke number: the first two digits (Nordland = "18").
    public var fylke: String { String(digits.prefix(2)) }

    public var description: String { digits }
}
