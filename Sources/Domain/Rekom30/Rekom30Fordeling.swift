import Foundation

/// The Statsforvalter's allocation of the Rekom 30 % round (R10, seed 003): the pool is the
/// part of Rekom held back for the round, plus what the Statsforvalter chooses to add of what
/// the 70 % allocation left; the proposal funds the ranked lines in order, the first that does
/// not fit gets what is left; each amount can be changed with a reason, never above the pool.
public struct Rekom30Fordeling: Hashable, Sendable, Codable {
    /// The Statsforvalter's amount for one line, and why it differs from the proposal.
    public struct Valg: Hashable, Sendable, Codable {
        public var tildelt: Kroner
        public var begrunnelse: String

        public init(tildelt: Kroner, begrunnelse: String = "") {
            self.tildelt = tildelt
            self.begrunnelse = begrunnelse
        }
    }

    /// One line in ranked order, with what the proposal gives it and what is allocated.
    public struct Plass: Hashable, Sendable {
        public let rang: Int
        public let soknad: Rekom30Soknad
        public let linje: Rekom30Soknad.Linje
        public let kandidat: Rekom30Kandidat
        public let forslag: Kroner
        public let tildelt: Kroner
        public let begrunnelse: String

        public var linjeId: Int64 { kandidat.id }
        public var erEndret: Bool { tildelt != forslag }
    }

    /// Added to the pool from what the 70 % allocation left.
    public var tillegg: Kroner
    /// The Statsforvalter's amounts by line (`Rekom30Soknad.linjeId`); a line without one gets the proposal.
    public var valg: [Int64: Valg]

    public init(tillegg: Kroner = .zero, valg: [Int64: Valg] = [:]) {
        self.tillegg = tillegg
        self.valg = valg
    }

    /// The money of the round: the held-back part of Rekom and the addition.
    public func pott(_ runde: Runde) -> Kroner { (runde.senereRunde?.iRunde.fordeling.senereRunde ?? .zero) + tillegg }

    /// Every line of the sent applications in R10's order, with the proposal from `pott` and
    /// the Statsforvalter's amounts.
    public func plasser(_ soknader: [Rekom30Soknad], pott: Kroner) -> [Plass] {
        let byId = Dictionary(soknader.flatMap { soknad in soknad.linjer.map { (Rekom30Soknad.linjeId(soknad: soknad.id, nummer: $0.nummer), (soknad, $0)) } },
                             uniquingKeysWith: { first, _ in first })
        let ranked = Rekom30Kandidat.rank(soknader.flatMap(\.kandidater))
        return Rekom30Kandidat.allocate(pool: pott, ranked: ranked).enumerated().compactMap { index, item in
            guard let (soknad, linje) = byId[item.soknad.id] else { return nil }
            let chosen = valg[item.soknad.id]
            return Plass(rang: index + 1, soknad: soknad, linje: linje, kandidat: item.soknad, forslag: item.tildelt,
                         tildelt: chosen?.tildelt ?? item.tildelt, begrunnelse: chosen?.begrunnelse ?? "")
        }
    }

    /// What stops the allocation from going to the forum: more than the pool, more to a line
    /// than it asked, an addition above what the 70 % part left (`rest`), a change from the
    /// proposal without a reason. `navn` names each line's owner.
    public func check(_ plasser: [Plass], pott: Kroner, rest: Kroner, navn: (Int64) -> String) -> [Feltfeil] {
        var feil: [Feltfeil] = []
        if tillegg > Swift.max(.zero, rest) { feil.append(Feltfeil(Felt("tillegg"), .rekom30TilleggOverRest(rest: Swift.max(.zero, rest)))) }
        let total = plasser.map(\.tildelt).sum()
        if total > pott { feil.append(Feltfeil(.status, .rekom30OverPott(tildelt: total, pott: pott))) }
        for plass in plasser {
            let owner = navn(plass.soknad.organisasjonId)
            if plass.tildelt > plass.linje.belop {
                feil.append(Feltfeil(.rekom30Tildelt(plass.linjeId),
                                     .rekom30MerEnnSokt(nummer: plass.linje.nummer, organisasjon: owner, tildelt: plass.tildelt, sokt: plass.linje.belop)))
            }
            if plass.erEndret, plass.begrunnelse.isBlank {
                feil.append(Feltfeil(.rekom30Begrunnelse(plass.linjeId), .rekom30EndringUtenBegrunnelse(nummer: plass.linje.nummer, organisasjon: owner)))
            }
        }
        return feil
    }

    /// The allocation opens after the round's «fordeles etter» date (seed 003: after 15 October).
    public static func kanFordeles(_ runde: Runde, now: Date) -> Bool {
        now >= runde.frister.rekom30FordelesEtter.endInstant()
    }
}

extension Rekom30Fordeling {
    /// The addition as typed (empty is 0).
    public static func tillegg(_ text: String) -> Result<Kroner, Skjemafeil> {
        guard !text.isBlank else { return .success(.zero) }
        return Kroner.parse(text).mapError { Skjemafeil(Felt("tillegg"), .belop(.rekom30Tillegg, $0)) }
    }

    /// The allocation with what was typed per line (`tildelt[id]`, `begrunnelse[id]`) over
    /// `plasser` (ranked with the new pool). A line keeps a choice only where its amount differs
    /// from the proposal or it has a reason; an empty amount is the proposal.
    public static func anvend(
        tillegg: Kroner, tildelt: [Int64: String], begrunnelse: [Int64: String], plasser: [Plass], navn: (Int64) -> String
    ) -> Result<Rekom30Fordeling, Skjemafeil> {
        var feil: [Feltfeil] = []
        var valg: [Int64: Valg] = [:]
        for plass in plasser {
            let owner = navn(plass.soknad.organisasjonId)
            var amount = plass.forslag
            if let text = tildelt[plass.linjeId], !text.isBlank {
                switch Kroner.parse(text) {
                case .success(let value): amount = value
                case .failure(let problem):
                    feil.append(Feltfeil(.rekom30Tildelt(plass.linjeId), .belop(.rekom30Tildelt(nummer: plass.linje.nummer, organisasjon: owner), problem)))
                }
            }
            let reason = (begrunnelse[plass.linjeId] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if let tooLong = Tekstgrense.middels.sjekk(reason, felt: .rekom30Begrunnelse(plass.linjeId),
                                                      navn: .rekom30Begrunnelse(nummer: plass.linje.nummer, organisasjon: owner)) {
                feil.append(tooLong)
            }
            if amount != plass.forslag || !reason.isEmpty { valg[plass.linjeId] = Valg(tildelt: amount, begrunnelse: reason) }
        }
        return feil.isEmpty ? .success(Rekom30Fordeling(tillegg: tillegg, valg: valg)) : .failure(Skjemafeil(feil))
    }
}

/// A grant letter of the Rekom 30 % round to one owner: every line of its application with
/// what it gets (a line funded in part says so), and for a line that gets nothing, why: the
/// Statsforvalter's reason, or that the money ran out before its place in the ranking.
public struct Rekom30Brev: Hashable, Sendable {
    public let aar: Int
    public let organisasjonId: Int64
    public let vedtaksdato: Dato
    public let linjer: [Rekom30Fordeling.Plass]

    public var tildelt: [Rekom30Fordeling.Plass] { linjer.filter { $0.tildelt > .zero } }
    public var ikkeTildelt: [Rekom30Fordeling.Plass] { linjer.filter { $0.tildelt <= .zero } }
    public var total: Kroner { linjer.map(\.tildelt).sum() }
    public var erAvslag: Bool { tildelt.isEmpty }

    /// One letter per owner with a sent application, in owner order; lines by number.
    public static func brev(_ plasser: [Rekom30Fordeling.Plass], aar: Int, vedtaksdato: Dato) -> [Rekom30Brev] {
        Dictionary(grouping: plasser, by: \.soknad.organisasjonId).map { owner, lines in
            Rekom30Brev(aar: aar, organisasjonId: owner, vedtaksdato: vedtaksdato, linjer: lines.sorted { $0.linje.nummer < $1.linje.nummer })
        }.sorted { $0.organisasjonId < $1.organisasjonId }
    }
}
