import Domain
import Foundation
import Hummingbird
import Persistence

/// What the fagutvalg pages load, with the access check that decides whether they may: the page queries of the area in one place.
extension FagutvalgController {
    struct Loaded {
        let session: ActiveSession
        let sektor: Sektor
        let stored: StoredBehovsmelding
        let partnerskap: Partnerskap
        let runde: Runde
        let oppfolging: Bool
        let history: [StoredVurdering]
        /// Why this member may not assess it (conflict of interest), or nil.
        let inhabil: Feilgrunn?
        /// The behovsmelding as rendered from what is read here, kept until the data changes.
        let gjengitt: Gjengivelser
    }

    func load(_ request: Request, _ context: AppRequestContext) async throws -> Loaded {
        let (session, rolle) = try context.require(request, .vurdere(sektorer: Set(Sektor.allCases)))
        let id = try context.id()
        // Taken before anything it keeps is rendered from is read: what a change forgets is never
        // given what was read before that change.
        let gjengitt = try await deps.innholdslager(behovsmelding: id)
        guard let sektor = rolle.sektor, let stored = try await deps.database.behovsmelding(id: id), stored.melding.status == .levert,
              let runde = try await deps.database.runde(aar: stored.melding.rundeAar),
              Tilgang.kan(rolle, .vurdere(sektorer: Set(runde.ordninger[stored.melding.ordning]?.sektorer ?? []))) else { throw HTTPError(.notFound) }
        let review = try await Gjennomgang.load(deps.database, runde: runde, ordning: stored.melding.ordning, behovsmeldinger: [stored.id])
        guard review.erVideresendt(stored.melding), let partnerskap = review.partnerskap[stored.melding.partnerskapId] else {
            throw HTTPError(.notFound)
        }
        let own = session.organisasjonIds
        return Loaded(
            session: session, sektor: sektor, stored: stored, partnerskap: partnerskap, runde: runde,
            oppfolging: review.iOppfolgingsordningen(partnerskap), history: try await deps.database.vurderinger(behovsmeldingId: id),
            inhabil: Vurdering.inhabil(medlemAv: own, partnerskap: partnerskap), gjengitt: gjengitt
        )
    }
}
