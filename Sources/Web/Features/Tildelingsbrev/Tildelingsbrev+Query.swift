import Domain
import Foundation
import Hummingbird
import Persistence

/// What the tildelingsbrev pages load, with the access check that decides whether they may: the page queries of the area in one place.
extension TildelingsbrevController {
    func load(_ context: AppRequestContext) async throws -> Tildelingsbrevsamling {
        guard let aar = Int(context.parameters.get("aar") ?? ""), let runde = try await deps.database.runde(aar: aar) else { throw HTTPError(.notFound) }
        return try await Tildelingsbrevsamling.load(deps.database, runde: runde)
    }
}
