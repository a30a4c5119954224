import Domain
import Foundation
import Hummingbird
import Persistence

/// What the partnerskap pages load, with the access check that decides whether they may: the page queries of the area in one place.
extension PartnerskapController {
    /// The partnership of the URL when the reader may see it (404 otherwise) and may do
    /// `handling` (403 otherwise).
    func load(
        _ request: Request, _ context: AppRequestContext, _ handling: (Partnerskap) -> Handling
    ) async throws -> (ActiveSession, Rolle, StoredPartnerskap) {
        let session = try context.requireSession(request)
        guard let stored = try await deps.database.partnerskap(id: try context.id()) else { throw HTTPError(.notFound) }
        return (session, try session.requireParty(stored.partnerskap, handling), stored)
    }
}
