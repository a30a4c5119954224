import Domain
import Foundation
import Hummingbird
import Persistence

/// What the nettverk pages load, with the access check that decides whether they may: the page queries of the area in one place.
extension NettverkController {
    struct Loaded {
        let session: ActiveSession
        let nettverk: Kompetansenettverk
        let runde: Runde
        let ordning: Ordning
        let meldinger: [StoredBehovsmelding]
        let partnerskap: [Int64: Partnerskap]
        let behandling: StoredNettverkBehandling
        /// When the set may be forwarded: the round's deadline, or a later one given to a
        /// behovsmelding of the region (`Runde.videresendingsfrist`).
        let videresendingsfrist: Dato
        /// The rows as rendered from the kept behovsmeldinger and partnerships, kept with them.
        let gjengitt: Gjengivelser
    }

    func load(_ request: Request, _ context: AppRequestContext) async throws -> Loaded {
        let session = try context.requireSession(request)
        guard let rolle = session.rolle, let nettverkId = rolle.nettverkId, Tilgang.kan(rolle, .behandleINettverk(nettverkId: nettverkId)) else {
            throw HTTPError(.forbidden)
        }
        guard let aar = Int(context.parameters.get("aar") ?? ""), let ordning = Ordning(kode: context.parameters.get("ordning") ?? ""),
              let runde = try await deps.database.runde(aar: aar),
              let nettverk = try await deps.database.nettverk().first(where: { $0.id == nettverkId }),
              runde.ordninger(for: nettverk.type).contains(ordning) else { throw HTTPError(.notFound) }
        // The page lists each behovsmelding's tiltak by name, phase and sum, never their texts.
        // The region's behovsmeldinger, their partnerships and its extended deadlines are kept
        // with what is read for one organisation: the network's leaders read them on every view.
        struct Nokkel: Hashable, Sendable { let aar: Int, ordning: Ordning, regionId: Int64 }
        let regionId = nettverk.regionId
        let (meldinger, partnerskap, forlengelser, gjengitt) = try await deps.database.beholdt(forOrganisasjon: Nokkel(aar: aar, ordning: ordning, regionId: regionId)) {
            let meldinger = try await deps.database.leverteBehovsmeldinger(rundeAar: aar, ordning: ordning, regionId: regionId, utenTekster: true)
            return (meldinger, try await deps.database.partnerskap(ids: meldinger.map(\.melding.partnerskapId)),
                    try await deps.database.fristforlengelser(rundeAar: aar, ordning: ordning, regionId: regionId), Gjengivelser())
        }
        let behandling = try await deps.database.nettverkBehandling(nettverkId: nettverkId, rundeAar: aar, ordning: ordning)
            ?? .ny(nettverkId: nettverkId, rundeAar: aar, ordning: ordning)
        return Loaded(session: session, nettverk: nettverk, runde: runde, ordning: ordning, meldinger: meldinger,
                      partnerskap: Dictionary(uniqueKeysWithValues: partnerskap.map { ($0.id, $0.partnerskap) }), behandling: behandling,
                      videresendingsfrist: runde.videresendingsfrist(forlengelser: forlengelser), gjengitt: gjengitt)
    }
}
