/// One year's amount of a tiltak, split between owner and UH (R5).
public struct Belop: Hashable, Sendable, Codable {
    public var eier: Kroner
    public var uh: Kroner

    public init(eier: Kroner, uh: Kroner) {
        self.eier = eier
        self.uh = uh
    }

    public static let zero = Belop(eier: .zero, uh: .zero)
    public var sum: Kroner { eier + uh }
    public static func + (lhs: Belop, rhs: Belop) -> Belop { Belop(eier: lhs.eier + rhs.eier, uh: lhs.uh + rhs.uh) }
}

extension Sequence where Element == Belop {
    public func sum() -> Belop { reduce(.zero, +) }
}

/// A tiltak (measure) of a behovsmelding.
public struct Tiltak: Hashable, Sendable, Codable {
    /// 1-based position in the behovsmelding; used in every message about it.
    public var nummer: Int
    public var tittel: String
    public var fase: Fase?
    /// What will be done (required in phases 2 and 3, R4).
    public var hvaSkalGjores: String
    /// Who does what (required in every phase, R4).
    public var hvemGjorHva: String
    /// Who takes part (units, staff groups).
    public var deltakere: String
    /// R7: how many years the tiltak lasts.
    public var varighetAar: Int
    /// R5, R7: the amount for each year, year 1 first (the round's year).
    public var aarsbelop: [Belop]
    /// R6: the part of the owner's amount (all years) that pays a coordinator.
    public var koordinator: Kroner
    public var koordinatorBegrunnelse: String
    /// The goal of the network's competence plan the tiltak serves, as the plan words it
    /// (empty: none chosen). Kept as text, so a later version of the plan does not change it.
    public var planmal: String

    public init(
        nummer: Int, tittel: String = "", fase: Fase? = nil, hvaSkalGjores: String = "", hvemGjorHva: String = "",
        deltakere: String = "", varighetAar: Int = 1, aarsbelop: [Belop] = [], koordinator: Kroner = .zero,
        koordinatorBegrunnelse: String = "", planmal: String = ""
    ) {
        self.nummer = nummer
        self.tittel = tittel
        self.fase = fase
        self.hvaSkalGjores = hvaSkalGjores
        self.hvemGjorHva = hvemGjorHva
        self.deltakere = deltakere
        self.varighetAar = varighetAar
        self.aarsbelop = aarsbelop
        self.koordinator = koordinator
        self.koordinatorBegrunnelse = koordinatorBegrunnelse
        self.planmal = planmal
    }

    /// All years together.
    public var totalt: Belop { aarsbelop.sum() }
    /// The round's year (year 1): what counts against this year's budget.
    public var forsteAar: Belop { aarsbelop.first ?? .zero }
    public var erFlerarig: Bool { varighetAar > 1 }

    /// R6: the base of the coordinator cap: the tiltak's total over all years, eier + UH.
    /// `docs/domain.md` (R6) reads "tildelte midler" as this; it is computed here and nowhere else.
    public var koordinatorGrunnlag: Kroner { totalt.sum }
}

extension String {
    /// Without surrounding white space.
    var trimmed: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }

    var isBlank: Bool { allSatisfy(\.isWhitespace) }

    /// Without surrounding white space and line breaks, trimmed by Unicode scalar as Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` trims (its set is the scalars' White_Space
    /// property and the zero width space, U+200B); the text itself when there is nothing to trim.
    /// A name is made for each tiltak a list shows, and Foundation's trim went through NSString
    /// each time (a twentieth of the network's handling page).
    public var trimmedScalars: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.trims($0) }), let last = scalars.lastIndex(where: { !Self.trims($0) }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }

    /// Whether `trimmedScalars` trims `scalar`.
    static func trims(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace || scalar == "\u{200B}" }
}
