import Domain
import Foundation
import Hummingbird
import Persistence

/// A page of one network's own work (its plan, its meetings): the network of the URL, for
/// someone who may do `handling` on it (404 for no such network, 403 for someone who may not:
/// the networks are public, their work is for their members).
struct Nettverksside {
    let session: ActiveSession
    let nettverk: Kompetansenettverk
    let region: String
    /// The member organisations (`AppDatabase.nettverksmedlemmer`), as the decision read them.
    let medlemmer: Set<Int64>

    /// The signed-in role leads this network (writes its plan, meetings and documents).
    var kanLede: Bool { session.rolle.map { Tilgang.kan($0, .ledeNettverk(nettverkId: nettverk.id)) } ?? false }

    /// The signed-in role may read a document of the network for `lesere`.
    func kanLese(_ lesere: Nettverksdokument.Lesere) -> Bool {
        session.rolle.map { Tilgang.kan($0, .seNettverksdokument(nettverkId: nettverk.id, medlemmer: medlemmer, lesere: lesere)) } ?? false
    }

    static func load(
        _ deps: AppDependencies, _ request: Request, _ context: AppRequestContext, _ handling: (Kompetansenettverk, Set<Int64>) -> Handling
    ) async throws -> Nettverksside {
        _ = try context.requireSession(request)
        let id = try context.id()
        guard let nettverk = try await deps.database.nettverk().first(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        let medlemmer = try await deps.database.nettverksmedlemmer(nettverkId: id)
        let (session, _) = try context.require(request, handling(nettverk, medlemmer))
        let region = try await deps.database.regions().first { $0.id == nettverk.regionId }?.navn ?? ""
        return Nettverksside(session: session, nettverk: nettverk, region: region, medlemmer: medlemmer)
    }
}
