/// R4: every tiltak is in exactly one phase (seed 004).
public enum Fase: String, CaseIterable, Hashable, Sendable, Codable {
    case vurdering
    case planlegging
    case gjennomforing

    /// Phases 2 and 3 need a concrete description of what will be done; phase 1 needs only
    /// who does what and what it costs.
    public var kreverKonkretBeskrivelse: Bool { self != .vurdering }
}
