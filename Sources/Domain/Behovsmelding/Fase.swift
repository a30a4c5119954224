/// R4: every tiltak is in exactly one phase (seed 004).
public enum Fase: String, CaseIterable, Hashable, Sendable, Codable {
    case vurdering
    case planlegging
    case gjennomforing

    public var navn: String {
        switch self {
        case .vurdering: return "Vurdering av kompetansebehov"
        case .planlegging: return "Planlegging og utvikling av kompetansetiltak"
        case .gjennomforing: return "Gjennomføring av kompetansetiltak"
        }
    }

    /// Phases 2 and 3 need a concrete description of what will be done; phase 1 needs only
    /// who does what and what it costs.
    public var kreverKonkretBeskrivelse: Bool { self != .vurdering }
}
