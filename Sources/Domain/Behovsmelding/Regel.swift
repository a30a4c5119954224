/// The rules by number, as `docs/domain.md` lists them with their sources and readings.
public enum Regel: String, CaseIterable, Hashable, Sendable, Codable {
    case r1 = "R1", r2 = "R2", r3 = "R3", r4 = "R4", r5 = "R5", r6 = "R6", r7 = "R7"
    case r8 = "R8", r9 = "R9", r10 = "R10", r11 = "R11", r12 = "R12", r13 = "R13"
}

/// A broken rule: which rule, which field, what to do about it, and whether it blocks.
public struct Violation: Hashable, Sendable, CustomStringConvertible {
    public enum Alvor: String, Hashable, Sendable, Codable {
        /// Blocks the next step (sending, delivering, sending the innstilling to the forum).
        case feil
        /// Informs; does not block.
        case advarsel
    }

    public let regel: Regel
    /// The field the message belongs next to, e.g. `tiltak[2].hvemGjorHva`; for the
    /// innstilling, the line's first amount.
    public let felt: Felt
    /// What is wrong; the catalogue words it, saying how to fix it.
    public let grunn: Feilgrunn
    public let alvor: Alvor

    public init(_ regel: Regel, felt: Felt, _ grunn: Feilgrunn, alvor: Alvor = .feil) {
        self.regel = regel
        self.felt = felt
        self.grunn = grunn
        self.alvor = alvor
    }

    public var blokkerer: Bool { alvor == .feil }
    public var description: String { "\(regel.rawValue) \(felt): \(grunn)" }

    /// The violation as a problem with a form field.
    public var feltfeil: Feltfeil { Feltfeil(felt, grunn) }
}

extension Array where Element == Violation {
    /// True when any violation blocks the step.
    public var blokkerer: Bool { contains { $0.blokkerer } }
}
