import Domain
import Foundation
import Hummingbird
import Persistence

/// What the tildelingsbrev pages load, with the access check that decides whether they may: the page queries of the area in one place.
extension TildelingsbrevController {
    /// The round's letters in the path that `rolle` may be shown: an owner's or partner's own
    /// partnerships' (or, with `partnerskap`, that one's), every letter for the others.
    func load(_ context: AppRequestContext, rolle: Rolle, partnerskap: Int64? = nil) async throws -> Tildelingsbrevsamling {
        try await Tildelingsbrevsamling.load(deps.database, runde: try await runde(context),
                                             behovsmeldinger: try await deps.behovsmeldinger(for: rolle, partnerskap: partnerskap))
    }

    /// The round's letters `rolle` may be shown, and for an owner or partner the reports it
    /// writes on them, of each kind.
    func loadMedRapporter(_ context: AppRequestContext, rolle: Rolle) async throws -> (Tildelingsbrevsamling, [Rapportgrunnlag]) {
        let runde = try await runde(context)
        let egne = try await deps.behovsmeldinger(for: rolle, partnerskap: nil)
        let samling = try await Tildelingsbrevsamling.load(deps.database, runde: runde, behovsmeldinger: egne)
        guard egne != nil else { return (samling, []) }
        return (samling, try await Rapportgrunnlag.load(deps.database, runde: runde, [.halvaar, .aar], behovsmeldinger: egne, lest: samling,
                                                        t: context.t.forRunde(runde)))
    }

    /// The round in the path.
    private func runde(_ context: AppRequestContext) async throws -> Runde {
        guard let aar = Int(context.parameters.get("aar") ?? ""), let runde = try await deps.database.runde(aar: aar) else { throw HTTPError(.notFound) }
        return runde
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
