import Foundation

/// The network leader's priority order of the region's behovsmeldinger (seed 001).
public enum Nettverksprioritet {
    /// Reads the typed priorities (`id → "1"`, …) into an order, first priority first. Each must
    /// be a whole number from 1 to the number of behovsmeldinger; equal numbers keep the
    /// current order between them. Field names are `prioritet.<id>`.
    public static func parse(_ typed: [Int64: String], current: [Int64]) -> Result<[Int64], Skjemafeil> {
        var errors: [Feltfeil] = []
        var numbers: [Int64: Int] = [:]
        for id in current {
            let text = (typed[id] ?? "").trimmingCharacters(in: .whitespaces)
            guard let number = Int(text), (1...max(1, current.count)).contains(number) else {
                errors.append(Feltfeil(.nettverksprioritet(id), .nettverksprioritet(maks: current.count)))
                continue
            }
            numbers[id] = number
        }
        guard errors.isEmpty else { return .failure(Skjemafeil(errors)) }
        let position = Dictionary(uniqueKeysWithValues: current.enumerated().map { ($1, $0) })
        return .success(current.sorted { (numbers[$0] ?? 0, position[$0] ?? 0) < (numbers[$1] ?? 0, position[$1] ?? 0) })
    }
}

/// What a network leader may do with the region's delivered behovsmeldinger (seed 001:
/// prioritise, find measures that can be done together, forward the set once).
public enum Nettverksbehandling {
    /// What stops a step; the catalogue words it.
    public enum Problem: Hashable, Sendable {
        /// A joint group needs at least two tiltak from at least two partnerships.
        case forFaFellestiltak
        /// A joint group needs a note saying what could be done together.
        case manglerFellesnotat
        /// There is nothing delivered to forward.
        case ingentingAVideresende
        /// Behovsmeldinger may still be delivered until `frist` (R9): the set is not complete.
        case forTidlig(frist: Dato)
    }

    /// Problems with marking the chosen tiltak (given by their partnerships) as joint.
    public static func fellestiltak(partnerskapForValgte: [Int64], note: String) -> [Problem] {
        var problems: [Problem] = []
        if partnerskapForValgte.count < 2 || Set(partnerskapForValgte).count < 2 { problems.append(.forFaFellestiltak) }
        if note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(.manglerFellesnotat) }
        return problems
    }

    /// Why the set cannot be forwarded, or nil when it can. The network forwards once, when
    /// the deadline for behovsmeldinger has passed, so that everything delivered in time is in
    /// the set it prioritised (the cycle in order; `docs/domain.md`, R9). Before that it may
    /// prioritise and save.
    public static func videresending(antallLeverte: Int, frist: Dato, now: Date) -> Problem? {
        if frist.erApen(now: now) { return .forTidlig(frist: frist) }
        return antallLeverte == 0 ? .ingentingAVideresende : nil
    }
}
