/// Who reviews a delivered behovsmelding, and when it counts as forwarded (seed 001, 003:
/// the region's kompetansenettverk prioritises and forwards; the fagutvalg of the ordning's
/// sectors assesses what is forwarded). Storage hands in the facts; the rules live here.
public enum Gjennomgangsregler {
    /// The networks that receive a behovsmelding of `ordning` from a partnership in `regionId`:
    /// those of the region whose type the scheme names (`OrdningIRunde.nettverk`).
    public static func mottakere(ordning: OrdningIRunde?, regionId: Int64?, blant nettverk: [Kompetansenettverk]) -> [Kompetansenettverk] {
        guard let regionId, let types = ordning?.nettverk else { return [] }
        return nettverk.filter { $0.regionId == regionId && types.contains($0.type) }
    }

    /// A behovsmelding has been forwarded once a network that receives it has forwarded its set.
    public static func erVideresendt(
        ordning: OrdningIRunde?, regionId: Int64?, nettverk: [Kompetansenettverk], videresendtAv: Set<Int64>
    ) -> Bool {
        mottakere(ordning: ordning, regionId: regionId, blant: nettverk).contains { videresendtAv.contains($0.id) }
    }

    /// What reading a delivered behovsmelding as a reviewer asks of the policy: the leaders of
    /// the networks that receive it, and, once it is forwarded, the fagutvalg of its sectors.
    /// A behovsmelding not delivered has no reviewers.
    public static func lesing(
        _ melding: Behovsmelding, ordning: OrdningIRunde?, regionId: Int64?, nettverk: [Kompetansenettverk], videresendt: Bool
    ) -> Handling {
        guard melding.status == .levert else { return .seLevertBehovsmelding(nettverk: [], sektorer: []) }
        let networks = mottakere(ordning: ordning, regionId: regionId, blant: nettverk)
        return .seLevertBehovsmelding(nettverk: Set(networks.map(\.id)), sektorer: videresendt ? Set(ordning?.sektorer ?? []) : [])
    }

    /// R11: a partnership is in the oppfølgingsordningen when one of its owners is.
    public static func iOppfolgingsordningen(_ partnerskap: Partnerskap, organisasjoner: [Int64: Organisasjon]) -> Bool {
        partnerskap.eiere.contains { organisasjoner[$0.organisasjonId]?.oppfolgingsordningen == true }
    }
}
