import Foundation

/// A kommunenummer: four digits with a leading zero where needed; the first two are the fylke.
public struct Kommunenummer: Hashable, Sendable, Codable, CustomStringConvertible {
    public let digits: String

    public enum Feil: Error, Hashable, Sendable {
        case feilFormat
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

/// The fylker since 1 January 2024, by number, for letterheads: «Statsforvalteren i Nordland».
public enum Fylke {
    public static let navn: [String: String] = [
        "03": "Oslo", "11": "Rogaland", "15": "Møre og Romsdal", "18": "Nordland", "31": "Østfold", "32": "Akershus",
        "33": "Buskerud", "34": "Innlandet", "39": "Vestfold", "40": "Telemark", "42": "Agder", "46": "Vestland",
        "50": "Trøndelag", "55": "Troms", "56": "Finnmark",
    ]

    /// The name of fylke `nummer` (or `nummer` itself when it is already a name or unknown).
    public static func navn(_ nummer: String) -> String { navn[nummer] ?? nummer }
}
