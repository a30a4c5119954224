/// A grant scheme of a round, by its code. What the scheme is (its name, who it is for, who
/// receives it and every rule parameter) is round data: `OrdningIRunde`. The code is used in
/// URLs and stays the same for the rounds that share a scheme.
public struct Ordning: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// Any stored code; `init?(kode:)` checks what a user types.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A code typed into the round form: 2–30 lowercase letters a–z, digits or hyphens,
    /// beginning with a letter, so that it reads well in a URL.
    public init?(kode: String) {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        guard (2...30).contains(kode.count), let first = kode.first, first.isLetter, first.isASCII,
              kode.allSatisfy(allowed.contains) else { return nil }
        self.rawValue = kode
    }

    /// The URL code.
    public var kode: String { rawValue }
    public var description: String { rawValue }

    public static func < (lhs: Ordning, rhs: Ordning) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The sectors; each fagutvalg covers one, and a scheme says which fagutvalg assess it.
public enum Sektor: String, CaseIterable, Hashable, Sendable, Codable {
    case barnehage
    case grunnskole
    case videregaende
}

/// Who a scheme's competence development is for (its target groups).
public enum Malgruppe: String, CaseIterable, Hashable, Sendable, Codable {
    case barnehage
    case grunnskole
    case sfo
    case ppt
    case kulturskole
    case videregaende
}

/// A kompetansenettverk is either for barnehage or for skole (seed 001).
public enum Nettverkstype: String, CaseIterable, Hashable, Sendable, Codable {
    case barnehage
    case skole

    /// The kind of network whose work a fagutvalg of `sektor` reads: barnehage for barnehage,
    /// skole for grunnskole and videregående.
    public init(_ sektor: Sektor) { self = sektor == .barnehage ? .barnehage : .skole }
}

extension Runde {
    /// The schemes of this round that a network of `type` receives, in the round's order.
    public func ordninger(for type: Nettverkstype) -> [Ordning] {
        ordningerSortert.filter { $0.1.nettverk.contains(type) }.map(\.0)
    }

    /// R10: the scheme with a later application round for what the behovsmeldinger do not
    /// get (Rekom's 30 % round under the 2021 guidelines); nil when no scheme keeps a share back.
    public var senereRunde: (ordning: Ordning, iRunde: OrdningIRunde)? {
        ordningerSortert.first { $0.1.parametre.andelViaBehovsmeldinger < .hundred }.map { ($0.0, $0.1) }
    }
}

extension Runde {
    /// The scheme's short name in this round, or its code when the round does not have it.
    public func kortnavn(_ ordning: Ordning) -> String { ordninger[ordning]?.kortnavn ?? ordning.kode }
    /// The scheme's full name in this round, or its code when the round does not have it.
    public func navn(_ ordning: Ordning) -> String { ordninger[ordning]?.navn ?? ordning.kode }
}

/// Every round by year, for pages that list behovsmeldinger, letters or commitments of more
/// than one round: each names its scheme as its own round did.
public struct Runder: Sendable {
    public let etterAar: [Int: Runde]

    public init(_ runder: [Runde]) {
        etterAar = Dictionary(runder.map { ($0.aar, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func kortnavn(_ ordning: Ordning, aar: Int) -> String { etterAar[aar]?.kortnavn(ordning) ?? ordning.kode }
    public func navn(_ ordning: Ordning, aar: Int) -> String { etterAar[aar]?.navn(ordning) ?? ordning.kode }
}
