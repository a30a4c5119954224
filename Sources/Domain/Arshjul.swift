/// The year cycle (årshjul) of a round: its steps in date order (DOMAIN.md, "The year").
public struct Arshjul: Hashable, Sendable {
    public struct Steg: Hashable, Sendable {
        public enum Status: String, Hashable, Sendable {
            case passert
            case neste
            case kommende
        }
        /// Stable key of the step (used for texts and anchors).
        public let kode: String
        public let dato: Dato
        /// True when the date is a deadline ("frist") rather than the start of something.
        public let erFrist: Bool
        public let status: Status
    }

    public let steg: [Steg]

    /// Builds the cycle of `runde` and marks each step passed, next or coming as seen on `today`.
    public init(runde: Runde, today: Dato) {
        let f = runde.frister
        var items: [(String, Dato, Bool)] = [
            ("apner", f.apner, false),
            ("behovsmelding", f.behovsmelding, true),
            ("nettverk", f.nettverk, true),
            ("fagutvalg", f.fagutvalg, true),
            ("tildelingsbrev", f.tildelingsbrev, true),
        ]
        if runde.ordninger[.rekom] != nil {
            items += [
                ("rekom30Apner", f.rekom30Apner, false),
                ("rekom30Frist", f.rekom30Frist, true),
                ("rekom30FordelesEtter", f.rekom30FordelesEtter, false),
            ]
        }
        items.append(("rapport", f.rapport, true))
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
