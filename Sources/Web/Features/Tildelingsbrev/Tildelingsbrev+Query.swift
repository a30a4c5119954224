import Domain
import Foundation
import Hummingbird
import Persistence

/// What the tildelingsbrev pages load, with the access check that decides whether they may: the page queries of the area in one place.
extension TildelingsbrevController {
    /// The round's letters in the path that `rolle` may be shown: an owner's or partner's own
    /// partnerships' (or, with `partnerskap`, that one's), every letter for the others.
    func load(_ context: AppRequestContext, rolle: Rolle, partnerskap: Int64? = nil) async throws -> Tildelingsbrevsamling {
        guard let aar = Int(context.parameters.get("aar") ?? ""), let runde = try await deps.database.runde(aar: aar) else { throw HTTPError(.notFound) }
        return try await Tildelingsbrevsamling.load(deps.database, runde: runde, behovsmeldinger: try await deps.behovsmeldinger(for: rolle, partnerskap: partnerskap))
    }
}

extension AppDependencies {
    /// What the letter and report pages read of a round's letters, so their cost does not grow
    /// with other counties: the behovsmeldinger of `partnerskap` when given, else of the
    /// partnerships an owner or partner is in; nil (every one) for the roles that see all.
    func behovsmeldinger(for rolle: Rolle, partnerskap: Int64?) async throws -> Set<Int64>? {
        if let partnerskap { return try await database.behovsmeldingIds(partnerskapId: partnerskap) }
        guard let org = rolle.organisasjonId else { return nil }
        return try await database.behovsmeldingIds(organisasjonId: org)
    }
}
