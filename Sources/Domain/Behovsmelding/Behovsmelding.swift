/// A behovsmelding: one partnership's needs report for one ordning in one round (R2).
public struct Behovsmelding: Hashable, Sendable, Codable {
    public var id: Int64?
    public var partnerskapId: Int64
    public var ordning: Ordning
    public var rundeAar: Int
    /// R1: the answer to each criterion.
    public var kriterier: [Kriterium: String]
    /// R1 c: the UH's text on how the collaboration strengthens teacher education.
    public var uhLaererutdanning: String
    /// Participating barnehager, schools or units.
    public var enheter: String
    public var kontaktperson: String
    public var tiltak: [Tiltak]
    /// Where it is in the workflow (`Behovsmelding+Arbeidsflyt.swift`).
    public var status: Status
    /// R9: a later deadline the Statsforvalter gave this behovsmelding, if any.
    public var fristforlengelse: Fristforlengelse?

    public init(
        id: Int64? = nil, partnerskapId: Int64, ordning: Ordning, rundeAar: Int, kriterier: [Kriterium: String] = [:],
        uhLaererutdanning: String = "", enheter: String = "", kontaktperson: String = "", tiltak: [Tiltak] = [],
        status: Status = .utkast, fristforlengelse: Fristforlengelse? = nil
    ) {
        self.id = id
        self.partnerskapId = partnerskapId
        self.ordning = ordning
        self.rundeAar = rundeAar
        self.kriterier = kriterier
        self.uhLaererutdanning = uhLaererutdanning
        self.enheter = enheter
        self.kontaktperson = kontaktperson
        self.tiltak = tiltak
        self.status = status
        self.fristforlengelse = fristforlengelse
    }

    /// Sums over every tiltak.
    public var forsteAar: Belop { tiltak.map(\.forsteAar).sum() }
    public var totalt: Belop { tiltak.map(\.totalt).sum() }

    /// Amounts per year of the round (index 0 = the round's year), over all tiltak.
    public var perAar: [Belop] {
        let years = tiltak.map(\.aarsbelop.count).max() ?? 0
        return (0..<years).map { index in
            tiltak.compactMap { index < $0.aarsbelop.count ? $0.aarsbelop[index] : nil }.sum()
        }
    }

    /// R12: the owners' own share of the amount applied for in the round's year.
    public func egenandel(_ parametre: Regelparametre) -> Kroner {
        forsteAar.sum.percent(parametre.egenandel)
    }

    /// R6: all coordinator amounts together.
    public var koordinator: Kroner { tiltak.reduce(.zero) { $0 + $1.koordinator } }
}
