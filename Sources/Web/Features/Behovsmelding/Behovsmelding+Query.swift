import Domain
import Foundation
import Hummingbird
import Persistence

/// What the behovsmelding pages load, with the access check that decides whether they may: the page queries of the area in one place.
extension BehovsmeldingController {
    /// Everything a behovsmelding page needs, loaded once.
    struct Loaded {
        let session: ActiveSession
        let rolle: Rolle
        let stored: StoredBehovsmelding
        let partnerskap: StoredPartnerskap
        let runde: Runde
        /// The partnership's other behovsmeldinger (R2).
        let andre: [Behovsmelding]
        /// Where what it says is kept rendered (`AppDependencies.innhold`), taken before it was read.
        let innholdslager: Gjengivelser
    }

    /// The behovsmelding of the URL when the reader may see its partnership (404 otherwise)
    /// and may do `handling` (403 otherwise). With `reviewers`, the network leaders and the
    /// fagutvalg who review it may read it too.
    func load(
        _ request: Request, _ context: AppRequestContext, reviewers: Bool = false, _ handling: (Partnerskap) -> Handling
    ) async throws -> Loaded {
        let session = try context.requireSession(request)
        let id = try context.id()
        let innholdslager = try await deps.innholdslager(behovsmelding: id)
        guard let (stored, andre) = try await deps.database.behovsmeldingMedAndre(id: id),
              let partnerskap = try await deps.database.partnerskap(id: stored.melding.partnerskapId) else { throw HTTPError(.notFound) }
        guard let acting = session.rolle else { throw HTTPError(.forbidden) }
        let rolle: Rolle
        if Tilgang.kan(acting, .sePartnerskap(parter: partnerskap.partnerskap.partIds)) {
            rolle = try session.requireParty(partnerskap.partnerskap, handling)
        } else if reviewers, try await reviewerMaySee(acting, stored.melding) {
            rolle = acting
        } else {
            throw HTTPError(.notFound)
        }
        guard let runde = try await deps.database.runde(aar: stored.melding.rundeAar) else { throw HTTPError(.notFound) }
        return Loaded(session: session, rolle: rolle, stored: stored, partnerskap: partnerskap, runde: runde, andre: andre.map(\.melding),
                      innholdslager: innholdslager)
    }

    /// Whether `rolle` may read `melding` as a reviewer (`Gjennomgangsregler.lesing`).
    func reviewerMaySee(_ rolle: Rolle, _ melding: Behovsmelding) async throws -> Bool {
        guard melding.status == .levert, let id = melding.id, let runde = try await deps.database.runde(aar: melding.rundeAar) else { return false }
        let review = try await Gjennomgang.load(deps.database, runde: runde, ordning: melding.ordning, behovsmeldinger: [id])
        return Tilgang.kan(rolle, review.lesing(melding))
    }
}
