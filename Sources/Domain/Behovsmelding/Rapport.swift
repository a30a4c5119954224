import Foundation

/// R13: a partnership's report for one ordning: what was done and funds used against granted.
public struct Rapport: Hashable, Sendable, Codable {
    public var tildelt: Belop
    public var brukt: Belop
    public var hvaErGjort: String

    public init(tildelt: Belop, brukt: Belop, hvaErGjort: String) {
        self.tildelt = tildelt
        self.brukt = brukt
        self.hvaErGjort = hvaErGjort
    }

    /// Unused funds, per party (never below 0).
    public var ubrukt: Belop {
        Belop(eier: Swift.max(.zero, tildelt.eier - brukt.eier), uh: Swift.max(.zero, tildelt.uh - brukt.uh))
    }

    /// Who must report (R13): the owners together, and each UH on its own.
    public static func rapportorer(_ partnerskap: Partnerskap) -> [Partnerskap.Part] {
        Array(partnerskap.eiere.prefix(1)) + partnerskap.uh
    }

    public func validate(runde: Runde, now: Date) -> [Violation] {
        var result: [Violation] = []
        if hvaErGjort.isBlank {
            result.append(Violation(.r13, felt: Felt("hvaErGjort"), .rapportUtenBeskrivelse))
        }
        if brukt.eier < .zero || brukt.uh < .zero {
            result.append(Violation(.r13, felt: Felt("brukt"), .rapportNegativ))
        }
        if brukt.eier > tildelt.eier || brukt.uh > tildelt.uh {
            result.append(Violation(.r13, felt: Felt("brukt"), .rapportOverforbruk(brukt: brukt.sum, tildelt: tildelt.sum), alvor: .advarsel))
        }
        if !runde.frister.rapport.erApen(now: now) {
            result.append(Violation(.r13, felt: .frist, .rapportFrist(runde.frister.rapport), alvor: .advarsel))
        }
        return result
    }
}
