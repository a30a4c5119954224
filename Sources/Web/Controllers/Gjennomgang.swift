import Domain
import Foundation
import Persistence

/// Everything the review pages of one round and ordning read: the delivered behovsmeldinger
/// with their partnerships, which the networks have forwarded, the fagutvalg's agreed
/// assessments and the register facts the innstilling needs. Loaded once per request.
struct Gjennomgang: Sendable {
    let runde: Runde
    let ordning: Ordning
    let leverte: [StoredBehovsmelding]
    let partnerskap: [Int64: Partnerskap]
    let regions: [Int64: Region]
    let organisasjoner: [Int64: Organisasjon]
    let nettverk: [Kompetansenettverk]
    let behandlinger: [StoredNettverkBehandling]
    let vurderinger: [Int64: StoredVurdering]

    static func load(_ database: AppDatabase, runde: Runde, ordning: Ordning) async throws -> Gjennomgang {
        let leverte = try await database.leverteBehovsmeldinger(rundeAar: runde.aar, ordning: ordning)
        let partnerskap = try await database.partnerskap(ids: leverte.map(\.melding.partnerskapId))
        let regions = try await database.regions()
        let organisasjoner = try await database.organisasjoner()
        return Gjennomgang(
            runde: runde, ordning: ordning, leverte: leverte,
            partnerskap: Dictionary(uniqueKeysWithValues: partnerskap.map { ($0.id, $0.partnerskap) }),
            regions: Dictionary(uniqueKeysWithValues: regions.map { ($0.id, $0) }),
            organisasjoner: Dictionary(uniqueKeysWithValues: organisasjoner.map { ($0.id, $0) }),
            nettverk: try await database.nettverk(),
            behandlinger: try await database.videresendteBehandlinger(rundeAar: runde.aar, ordning: ordning),
            vurderinger: try await database.gjeldendeVurderinger(behovsmeldingIds: leverte.map(\.id))
        )
    }

    func regionId(_ melding: Behovsmelding) -> Int64? { partnerskap[melding.partnerskapId]?.regionId }

    /// A behovsmelding has been forwarded when a network of its region, of a type that
    /// receives the ordning, has forwarded its set.
    func erVideresendt(_ melding: Behovsmelding) -> Bool {
        guard let region = regionId(melding) else { return false }
        let networks = Set(nettverk.filter { $0.regionId == region && $0.type.ordninger.contains(ordning) }.map(\.id))
        return behandlinger.contains { networks.contains($0.nettverkId) && $0.forwardedAt != nil }
    }

    var videresendte: [StoredBehovsmelding] { leverte.filter { erVideresendt($0.melding) } }

    /// The behovsmeldinger a fagutvalg of `sektor` assesses: forwarded, of an ordning of the sector.
    func forFagutvalg(_ sektor: Sektor) -> [StoredBehovsmelding] {
        ordning.sektorer.contains(sektor) ? videresendte : []
    }

    /// What the innstilling is built from: every forwarded behovsmelding with its facts.
    var grunnlag: [Innstillingsgrunnlag] {
        videresendte.compactMap { stored in
            guard let partnerskap = partnerskap[stored.melding.partnerskapId] else { return nil }
            let regionId = partnerskap.regionId ?? 0
            let owners = partnerskap.eiere.compactMap { organisasjoner[$0.organisasjonId] }
            return Innstillingsgrunnlag(
                melding: stored.melding, partnerskap: partnerskap, regionId: regionId, regionNavn: regions[regionId]?.navn ?? "–",
                saerligeUtfordringer: owners.contains(where: \.saerligeUtfordringer), oppfolgingsordningen: iOppfolgingsordningen(partnerskap),
                vurdering: vurderinger[stored.id]?.vurdering
            )
        }
    }

    /// Whether a kommune of the partnership is in the oppfølgingsordningen (R11).
    func iOppfolgingsordningen(_ partnerskap: Partnerskap) -> Bool {
        partnerskap.eiere.contains { organisasjoner[$0.organisasjonId]?.oppfolgingsordningen == true }
    }
}
