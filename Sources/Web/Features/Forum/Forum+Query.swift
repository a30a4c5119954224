import Domain
import Foundation
import Hummingbird
import Persistence

/// What the forum pages load, with the access check that decides whether they may: the page queries of the area in one place.
extension ForumController {
    /// What the forum sees of the round in the path: the newest foreløpig or vedtatt innstilling per ordning.
    func load(_ context: AppRequestContext) async throws -> Forumgrunnlag {
        guard let aar = Int(context.parameters.get("aar") ?? ""), let runde = try await deps.database.runde(aar: aar) else { throw HTTPError(.notFound) }
        var tidligere: [Forpliktelse] = []
        for (ordning, _) in runde.ordningerSortert { tidligere += try await deps.database.forpliktelser(ordning: ordning, fraAar: aar) }
        let rekom30 = try await Rekom30Grunnlag.load(deps.database, runde: runde)
        let innstillinger = try await deps.database.innstillinger(rundeAar: aar, status: [.forelopig, .vedtatt])
        // The reports on the year's letters, once any innstilling is vedtatt.
        let rapporter = innstillinger.values.contains { $0.status == .vedtatt }
            ? try await Rapportgrunnlag.load(deps.database, runde: runde, t: context.t.forRunde(runde)) : nil
        return Forumgrunnlag(runde: runde, innstillinger: innstillinger, tidligere: tidligere, rekom30: rekom30?.stored.status == .utkast ? nil : rekom30,
                             rapporter: rapporter, now: deps.clock.now())
    }

    func loadInnstilling(_ context: AppRequestContext) async throws -> (Forumgrunnlag, Ordning, StoredInnstilling) {
        let grunnlag = try await load(context)
        guard let ordning = Ordning(kode: context.parameters.get("ordning") ?? ""), let stored = grunnlag.innstillinger[ordning] else {
            throw HTTPError(.notFound)
        }
        return (grunnlag, ordning, stored)
    }
}
