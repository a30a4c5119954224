extension Rolle {
    /// A role grant as chosen in the Statsforvalter's user form: the kind, and the one field
    /// of `organisasjonId`, `nettverkId` or `sektor` that kind needs (the others are ignored).
    public struct Utkast: Hashable, Sendable {
        public var kind: String
        public var organisasjonId: String
        public var nettverkId: String
        public var sektor: String

        public init(kind: String = "", organisasjonId: String = "", nettverkId: String = "", sektor: String = "") {
            self.kind = kind
            self.organisasjonId = organisasjonId
            self.nettverkId = nettverkId
            self.sektor = sektor
        }

        /// The grant, checked against what exists: an eier grant needs an owner organisation,
        /// a UH grant a UH, a network leader an existing network.
        public func valider(organisasjoner: [Organisasjon], nettverk: Set<Int64>) -> Result<Rolle, Skjemafeil> {
            guard let kind = Rolle.Kind(rawValue: kind) else {
                return .failure(Skjemafeil(Felt("rolle"), .velgRolle))
            }
            let org = Int64(organisasjonId).flatMap { id in organisasjoner.first { $0.id == id } }
            switch kind {
            case .eier:
                guard let org, org.type.erEier else {
                    return .failure(Skjemafeil(Felt("organisasjonId"), .velgEier))
                }
                return .success(.eier(organisasjonId: org.id))
            case .uh:
                guard let org, org.type.erKunnskapspartner else {
                    return .failure(Skjemafeil(Felt("organisasjonId"), .velgUH))
                }
                return .success(.uh(organisasjonId: org.id))
            case .nettverksleder:
                guard let id = Int64(nettverkId), nettverk.contains(id) else {
                    return .failure(Skjemafeil(Felt("nettverkId"), .velgNettverk))
                }
                return .success(.nettverksleder(nettverkId: id))
            case .fagutvalg:
                guard let value = Sektor(rawValue: sektor) else {
                    return .failure(Skjemafeil(Felt("sektor"), .velgSektor))
                }
                return .success(.fagutvalg(sektor: value))
            case .statsforvalter:
                return .success(.statsforvalter)
            case .samarbeidsforum:
                return .success(.samarbeidsforum)
            }
        }
    }
}
