/// A grant letter (tildelingsbrev): what a vedtatt innstilling gives one partnership in one
/// ordning, tiltak by tiltak and year by year split between eier and UH, with the conditions
/// (R7 use of the funds, R13 reporting) and the decision date. A partnership that gets nothing
/// gets a letter too, saying why.
///
/// The letter also decides this year of the partnership's multi-year tiltak from earlier vedtak
/// (`videreforte`): the amount promised, or the one the Statsforvalter accepted when the
/// partnership asked for more or less, or that the tiltak is stopped. An earlier vedtak's later
/// years depend on that year's appropriation, so each year is confirmed in that year's letter.
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

    /// A tiltak of an earlier vedtak in the letter's year: what it gets now, or that it is stopped.
    public struct Videreført: Hashable, Sendable {
        public let forpliktelse: Forpliktelse

        /// Stopped from this year on: it gets nothing more.
        public var erStanset: Bool { !forpliktelse.gjelder }

        /// This year's amount: the promise or the accepted change; nothing when stopped.
        public var belop: Belop { erStanset ? .zero : forpliktelse.gjeldende }

        /// The partnership asked for another amount and the Statsforvalter accepted it.
        public var erEndret: Bool { !erStanset && forpliktelse.gjeldende != forpliktelse.belop }
    }

    /// A condition of the grant, as the letter states it.
    public enum Vilkar: Hashable, Sendable {
        /// The funds of `aar` are used in that year and the spring after (R7).
        case brukes(aar: Int)
        /// The partnership reports on the progress so far by `frist` in the autumn (R13).
        case halvaarsrapport(frist: Dato)
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
    public let vedtaksdato: Dato
    public let halvaarsrapportfrist: Dato
    public let rapportfrist: Dato
    /// Tiltak that get funds.
    public let tildelt: [Tildelt]
    /// Tiltak that get nothing, with the reason.
    public let ikkeTildelt: [IkkeTildelt]
    /// Tiltak of earlier vedtak this year: continued, changed or stopped.
    public let videreforte: [Videreført]
    /// All years together: summed once, as the letter is made (a list of a thousand letters
    /// sums them for every row, group and total).
    public let total: Belop

    init(aar: Int, ordning: Ordning, partnerskap: Partnerskap, vedtaksdato: Dato, halvaarsrapportfrist: Dato, rapportfrist: Dato,
         tildelt: [Tildelt], ikkeTildelt: [IkkeTildelt], videreforte: [Videreført]) {
        self.aar = aar
        self.ordning = ordning
        self.partnerskap = partnerskap
        self.vedtaksdato = vedtaksdato
        self.halvaarsrapportfrist = halvaarsrapportfrist
        self.rapportfrist = rapportfrist
        self.tildelt = tildelt
        self.ikkeTildelt = ikkeTildelt
        self.videreforte = videreforte
        total = Self.alleBelop(aar: aar, tildelt: tildelt, videreforte: videreforte).map(\.belop).sum()
    }

    /// Every amount the letter grants, new tiltak and this year of earlier ones.
    var alleBelop: [Aarsbelop] { Self.alleBelop(aar: aar, tildelt: tildelt, videreforte: videreforte) }

    private static func alleBelop(aar: Int, tildelt: [Tildelt], videreforte: [Videreført]) -> [Aarsbelop] {
        tildelt.flatMap(\.perAar) + videreforte.filter { !$0.erStanset }.map { Aarsbelop(aar: aar, belop: $0.belop) }
    }

    /// What the letter grants in each year, summed over its tiltak.
    public var perAar: [Aarsbelop] {
        let all = alleBelop
        return Set(all.map(\.aar)).sorted().map { year in Aarsbelop(aar: year, belop: all.filter { $0.aar == year }.map(\.belop).sum()) }
    }

    /// The letter grants nothing: no new tiltak, and no earlier one continues.
    public var erAvslag: Bool { tildelt.isEmpty && videreforte.allSatisfy(\.erStanset) }

    /// The coordinator money granted (R6), part of the owner's amounts.
    public var koordinator: Kroner { tildelt.map(\.linje.foreslattKoordinator).sum() }

    /// The conditions: use of the funds per year (R7), reporting by the round's dates (R13),
    /// unused funds, and for later years that the money is granted.
    public var vilkar: [Vilkar] {
        guard !erAvslag else { return [] }
        var result = perAar.map { Vilkar.brukes(aar: $0.aar) }
        result += [.halvaarsrapport(frist: halvaarsrapportfrist), .rapport(frist: rapportfrist), .ubrukteMidler]
        if perAar.count > 1 { result.append(.forutsetningBevilgning(etter: aar)) }
        return result
    }

    /// One letter per partnership of a vedtatt innstilling: its behovsmelding's lines, and the
    /// earlier vedtak's tiltak that have money promised for the innstilling's year (`tidligere`,
    /// with the partnerships' answers and stops), in the order of the partnerships' names.
    /// `partnerskap` maps each behovsmelding id, of this round and earlier ones, to its
    /// partnership; lines and promises of behovsmeldinger not there are left out.
    public static func brev(
        _ innstilling: Innstilling, tidligere: [Forpliktelse] = [], vedtaksdato: Dato, halvaarsrapportfrist: Dato, rapportfrist: Dato,
        partnerskap: [Int64: Partnerskap]
    ) -> [Tildelingsbrev] {
        let aar = innstilling.aar
        let linjer = innstilling.linjer
        // Each partnership once, with the places of its lines and promises: a line is copied
        // once, into its letter, and the partnerships are put in order before their letters are
        // made (a UH's home makes hundreds of letters on every view).
        var owners: [Int64: Partnerskap] = [:]
        var lines: [Int64: [Int]] = [:]
        var earlier: [Int64: [Int]] = [:]
        func plass(_ behovsmeldingId: Int64) -> Int64? {
            guard let owner = partnerskap[behovsmeldingId] else { return nil }
            if owners[owner.id] == nil { owners[owner.id] = owner }
            return owner.id
        }
        for index in linjer.indices {
            guard let owner = plass(linjer[index].behovsmeldingId) else { continue }
            lines[owner, default: []].append(index)
        }
        for index in tidligere.indices where tidligere[index].ordning == innstilling.ordning && tidligere[index].avgjoresIRunde(aar) {
            guard let owner = plass(tidligere[index].behovsmeldingId) else { continue }
            earlier[owner, default: []].append(index)
        }
        return owners.values.sorted { ($0.navn, $0.id) < ($1.navn, $1.id) }.map { owner -> Tildelingsbrev in
            var tildelt: [Tildelt] = []
            var ikke: [IkkeTildelt] = []
            let mine = (lines[owner.id] ?? []).sorted {
                (linjer[$0].behovsmeldingId, linjer[$0].tiltakNummer) < (linjer[$1].behovsmeldingId, linjer[$1].tiltakNummer)
            }
            for index in mine {
                let line = linjer[index]
                let years = line.foreslatt.enumerated().filter { $0.element.sum > .zero }.map { Aarsbelop(aar: aar + $0.offset, belop: $0.element) }
                if line.erKvalifisert, !years.isEmpty {
                    tildelt.append(Tildelt(linje: line, perAar: years))
                } else {
                    ikke.append(IkkeTildelt(linje: line, grunn: Innstilling.grunnTilAvslag(line) ?? .ikkePrioritert))
                }
            }
            let continued = (earlier[owner.id] ?? []).map { tidligere[$0] }.sorted {
                ($0.vedtaksaar, $0.behovsmeldingId, $0.tiltak.nummer) < ($1.vedtaksaar, $1.behovsmeldingId, $1.tiltak.nummer)
            }
            return Tildelingsbrev(aar: aar, ordning: innstilling.ordning, partnerskap: owner, vedtaksdato: vedtaksdato,
                                  halvaarsrapportfrist: halvaarsrapportfrist, rapportfrist: rapportfrist, tildelt: tildelt, ikkeTildelt: ikke,
                                  videreforte: continued.map(Videreført.init))
        }
    }
}
