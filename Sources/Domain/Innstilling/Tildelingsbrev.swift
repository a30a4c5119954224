/// A grant letter (tildelingsbrev): what a vedtatt innstilling gives one partnership in one
/// ordning, tiltak by tiltak and year by year split between eier and UH, with the conditions
/// (R7 use of the funds, R13 reporting) and the decision date. A partnership that gets nothing
/// gets a letter too, saying why.
public struct Tildelingsbrev: Hashable, Sendable {
    /// An amount for one calendar year.
    public struct Aarsbelop: Hashable, Sendable {
        public let aar: Int
        public let belop: Belop
    }

    public struct Tildelt: Hashable, Sendable {
        public let linje: Innstilling.Linje
        /// The round's year first; only years with a proposal.
        public let perAar: [Aarsbelop]
    }

    public struct IkkeTildelt: Hashable, Sendable {
        public let linje: Innstilling.Linje
        public let grunn: Avslagsgrunn
    }

    /// A condition of the grant, as the letter states it.
    public enum Vilkar: Hashable, Sendable {
        /// The funds of `aar` are used in that year and the spring after (R7).
        case brukes(aar: Int)
        /// The partnership reports by `frist` (R13), the owners together and each UH.
        case rapport(frist: Dato)
        /// Unused funds are stated in the report and may be claimed back.
        case ubrukteMidler
        /// The later years' grants depend on the Storting's appropriation.
        case forutsetningBevilgning(etter: Int)
    }

    public let aar: Int
    public let ordning: Ordning
    public let partnerskap: Partnerskap
    public let behovsmeldingId: Int64
    public let vedtaksdato: Dato
    public let rapportfrist: Dato
    /// Tiltak that get funds.
    public let tildelt: [Tildelt]
    /// Tiltak that get nothing, with the reason.
    public let ikkeTildelt: [IkkeTildelt]

    /// What the letter grants in each year, summed over its tiltak.
    public var perAar: [Aarsbelop] {
        let all = tildelt.flatMap(\.perAar)
        return Set(all.map(\.aar)).sorted().map { year in Aarsbelop(aar: year, belop: all.filter { $0.aar == year }.map(\.belop).sum()) }
    }

    /// All years together.
    public var total: Belop { tildelt.flatMap(\.perAar).map(\.belop).sum() }

    public var erAvslag: Bool { tildelt.isEmpty }

    /// The coordinator money granted (R6), part of the owner's amounts.
    public var koordinator: Kroner { tildelt.map(\.linje.foreslattKoordinator).sum() }

    /// The conditions: use of the funds per year (R7), reporting by the round's date (R13),
    /// unused funds, and for later years that the money is granted.
    public var vilkar: [Vilkar] {
        guard !erAvslag else { return [] }
        var result = perAar.map { Vilkar.brukes(aar: $0.aar) }
        result += [.rapport(frist: rapportfrist), .ubrukteMidler]
        if perAar.count > 1 { result.append(.forutsetningBevilgning(etter: aar)) }
        return result
    }

    /// One letter per behovsmelding of a vedtatt innstilling (one per partnership and
    /// ordning), in the order of `partnerskap`'s names. `partnerskap` maps each behovsmelding
    /// id to its partnership; lines of behovsmeldinger not there are left out.
    public static func brev(
        _ innstilling: Innstilling, vedtaksdato: Dato, rapportfrist: Dato, partnerskap: [Int64: Partnerskap]
    ) -> [Tildelingsbrev] {
        let byMelding = Dictionary(grouping: innstilling.linjer, by: \.behovsmeldingId)
        return byMelding.keys.compactMap { meldingId -> Tildelingsbrev? in
            guard let owner = partnerskap[meldingId] else { return nil }
            let lines = (byMelding[meldingId] ?? []).sorted { $0.tiltakNummer < $1.tiltakNummer }
            var tildelt: [Tildelt] = []
            var ikke: [IkkeTildelt] = []
            for line in lines {
                let years = line.foreslatt.enumerated().filter { $0.element.sum > .zero }.map { Aarsbelop(aar: innstilling.aar + $0.offset, belop: $0.element) }
                if line.erKvalifisert, !years.isEmpty {
                    tildelt.append(Tildelt(linje: line, perAar: years))
                } else {
                    ikke.append(IkkeTildelt(linje: line, grunn: Innstilling.grunnTilAvslag(line) ?? .ikkePrioritert))
                }
            }
            return Tildelingsbrev(aar: innstilling.aar, ordning: innstilling.ordning, partnerskap: owner, behovsmeldingId: meldingId,
                                  vedtaksdato: vedtaksdato, rapportfrist: rapportfrist, tildelt: tildelt, ikkeTildelt: ikke)
        }.sorted { ($0.partnerskap.navn, $0.behovsmeldingId) < ($1.partnerskap.navn, $1.behovsmeldingId) }
    }
}
