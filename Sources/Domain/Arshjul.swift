/// The year cycle (årshjul) of a round: its steps in date order (`docs/domain.md`, «The year»).
public struct Arshjul: Hashable, Sendable {
    /// The steps of the year, by a stable name (used for texts and anchors).
    public enum Stegkode: String, CaseIterable, Hashable, Sendable {
        case apner, behovsmelding, nettverk, fagutvalg, tildelingsbrev, rekom30Apner, rekom30Frist, rekom30FordelesEtter, halvaarsrapport, rapport
    }

    public struct Steg: Hashable, Sendable {
        public enum Status: String, Hashable, Sendable {
            case passert
            case neste
            case kommende
        }
        /// Stable key of the step (used for texts and anchors).
        public let kode: Stegkode
        public let dato: Dato
        /// True when the date is a deadline ("frist") rather than the start of something.
        public let erFrist: Bool
        public let status: Status
    }

    public let steg: [Steg]

    /// Builds the cycle of `runde` and marks each step passed, next or coming as seen on `today`.
    public init(runde: Runde, today: Dato) {
        let f = runde.frister
        var items: [(Stegkode, Dato, Bool)] = [
            (.apner, f.apner, false),
            (.behovsmelding, f.behovsmelding, true),
            (.nettverk, f.nettverk, true),
            (.fagutvalg, f.fagutvalg, true),
            (.tildelingsbrev, f.tildelingsbrev, true),
        ]
        if runde.senereRunde != nil {
            items += [
                (.rekom30Apner, f.rekom30Apner, false),
                (.rekom30Frist, f.rekom30Frist, true),
                (.rekom30FordelesEtter, f.rekom30FordelesEtter, false),
            ]
        }
        if runde.ordninger.values.contains(where: \.rapport) {
            items += [(.halvaarsrapport, f.halvaarsrapport, true), (.rapport, f.rapport, true)]
        }
        // Stable sort: equal dates keep the cycle's logical order.
        let ordered = items.enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map(\.element)
        var nextMarked = false
        steg = ordered.map { kode, dato, erFrist in
            let status: Steg.Status
            if dato < today {
                status = .passert
            } else if !nextMarked {
                status = .neste
                nextMarked = true
            } else {
                status = .kommende
            }
            return Steg(kode: kode, dato: dato, erFrist: erFrist, status: status)
        }
    }
}

extension Arshjul {
    /// The year-cycle steps a role takes part in (`docs/domain.md`, «The year»): owners and UH write
    /// and report, the network and the fagutvalg review, the forum approves, the Statsforvalter
    /// follows every step. Only owners apply in the Rekom 30 % round.
    public static func stegkoder(for kind: Rolle.Kind) -> Set<Stegkode> {
        switch kind {
        case .eier: return [.apner, .behovsmelding, .tildelingsbrev, .rekom30Apner, .rekom30Frist, .halvaarsrapport, .rapport]
        case .uh: return [.apner, .behovsmelding, .tildelingsbrev, .halvaarsrapport, .rapport]
        case .nettverksleder: return [.behovsmelding, .nettverk]
        case .fagutvalg: return [.nettverk, .fagutvalg]
        case .statsforvalter: return [.apner, .behovsmelding, .nettverk, .fagutvalg, .tildelingsbrev, .rekom30Apner, .rekom30Frist, .rekom30FordelesEtter, .halvaarsrapport, .rapport]
        case .samarbeidsforum: return [.fagutvalg, .tildelingsbrev, .rekom30FordelesEtter]
        }
    }

    /// The steps of this cycle that `kind` takes part in, in date order.
    public func steg(for kind: Rolle.Kind) -> [Steg] {
        let wanted = Self.stegkoder(for: kind)
        return steg.filter { wanted.contains($0.kode) }
    }
}
