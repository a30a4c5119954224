import Domain
import Foundation
import Hummingbird
import Persistence

/// What the innstilling pages load, with the access check that decides whether they may: the page queries of the area in one place.
extension InnstillingController {
    struct Loaded {
        let session: ActiveSession
        let runde: Runde
        let ordning: Ordning
        let iRunde: OrdningIRunde
        let review: Gjennomgang
        /// What is shown: the stored one (an utkast brought up to date with today's assessments) or a new one.
        let current: StoredInnstilling
        /// What earlier rounds' vedtak bind in this ordning from this year on.
        let tidligere: [Forpliktelse]
        /// The lines the address selects (`?region=&prioritet=&tilstand=`).
        let utvalg: Innstilling.Utvalg

        /// The round's money as `innstilling` meets it: with its expected later budgets.
        func midler(_ innstilling: Innstilling) -> Midler { innstilling.midler(iRunde, tidligere: tidligere) }
    }

    func load(_ request: Request, _ context: AppRequestContext) async throws -> Loaded {
        let (session, _) = try context.require(request, .lageInnstilling)
        guard let aar = Int(context.parameters.get("aar") ?? ""), let ordning = Ordning(kode: context.parameters.get("ordning") ?? ""),
              let runde = try await deps.database.runde(aar: aar), let iRunde = runde.ordninger[ordning] else { throw HTTPError(.notFound) }
        let review = try await Gjennomgang.load(deps.database, runde: runde, ordning: ordning)
        let fresh = Innstilling.linjer(review.grunnlag)
        var current = try await deps.database.innstilling(rundeAar: aar, ordning: ordning)
            ?? .ny(Innstilling(aar: aar, ordning: ordning, linjer: fresh), nummer: 1, now: deps.clock.now())
        if current.status == .utkast { current.innstilling = current.innstilling.oppdatert(med: fresh) }
        let tidligere = try await deps.database.forpliktelser(ordning: ordning, fraAar: aar)
        let query = request.parametre
        let utvalg = Innstilling.Utvalg(region: query["region"].map(String.init) ?? "", prioritet: query["prioritet"].map(String.init) ?? "",
                                        tilstand: query["tilstand"].map(String.init) ?? "")
        return Loaded(session: session, runde: runde, ordning: ordning, iRunde: iRunde, review: review, current: current, tidligere: tidligere,
                      utvalg: utvalg)
    }
}

extension Innstilling.Utvalg {
    /// The priority as the address and the form write it: a number, «uten», or empty for any.
    var prioritetVerdi: String {
        switch prioritet {
        case .none: ""
        case .uten?: "uten"
        case .nummer(let nummer)?: String(nummer)
        }
    }

    /// The selection as an address's query, with its `?`; empty for everything.
    var query: String {
        var parts: [String] = []
        if let regionId { parts.append("region=\(regionId)") }
        if prioritet != nil { parts.append("prioritet=\(prioritetVerdi)") }
        if let tilstand { parts.append("tilstand=\(tilstand.rawValue)") }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }
}
