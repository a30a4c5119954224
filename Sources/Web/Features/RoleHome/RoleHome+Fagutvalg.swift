import Domain
import Foundation
import Hummingbird
import Persistence

extension RoleHomeController {
    /// A fagutvalg member's home: the work list of every forwarded behovsmelding of the sector with
    /// its assessment state, chosen by `utvalg` and shown a page at a time.
    func fagutvalg(sektor: Sektor, session: ActiveSession, runde: Runde?, utvalg: Vurderingsliste.Utvalg, t: Catalogue) async throws -> RoleHomeContent {
        var content = RoleHomeContent()
        content.facts = [.init(term: t.text(.homeFactSector), value: t.navn(sektor))]
        if let runde {
            let own = session.organisasjonIds
            var poster: [Vurderingsliste.Post] = []
            // Each one's partnership, for the rows shown: only they are written out.
            var partnerskapAv: [Int64: Int64] = [:]
            var reviews: [Ordning: (review: Gjennomgang, kortnavn: String)] = [:]
            var ordninger: [(Ordning, String)] = []
            var regions: [Int64: Region] = [:]
            for (ordning, iRunde) in runde.ordningerSortert where iRunde.sektorer.contains(sektor) {
                // The list says whose and how far, not what: the tiltak stay unread.
                let review = try await Gjennomgang.load(deps.database, runde: runde, ordning: ordning, bareHoder: true)
                reviews[ordning] = (review, iRunde.kortnavn)
                ordninger.append((ordning, iRunde.kortnavn))
                regions = review.regions
                let plasser = review.forFagutvalg(sektor)
                poster.reserveCapacity(poster.count + plasser.count)
                partnerskapAv.reserveCapacity(partnerskapAv.count + plasser.count)
                for plass in plasser {
                    let (id, partnerskapId) = (review.leverte[plass].id, review.leverte[plass].melding.partnerskapId)
                    // A partnership taken out of `review.partnerskap` is a copy of all of it (every
                    // name and list retained and released): taken only to check a member's own
                    // organisations against it (`Vurdering.inhabil`), which one of none needs not.
                    guard review.partnerskap.keys.contains(partnerskapId) else { continue }
                    let inhabil = !own.isEmpty && review.partnerskap[partnerskapId].flatMap { Vurdering.inhabil(medlemAv: own, partnerskap: $0) } != nil
                    let tilstand = Vurderingsliste.Tilstand(vurdering: review.vurderinger[id]?.vurdering, inhabil: inhabil)
                    poster.append(.init(behovsmeldingId: id, ordning: ordning, regionId: review.regionId(partnerskapId: partnerskapId), tilstand: tilstand))
                    partnerskapAv[id] = partnerskapId
                }
            }
            content.vurderinger = Vurderingsarbeid(poster: poster, ordninger: ordninger, regions: regions, utvalg: utvalg,
                                                   path: SiteRoute.hjem(.fagutvalg).path, t: t) { post in
                guard let (review, kortnavn) = reviews[post.ordning], let partnerskapId = partnerskapAv[post.behovsmeldingId] else { return nil }
                let vurdering = review.vurderinger[post.behovsmeldingId]
                return .init(ordning: kortnavn, partnerskap: review.partnerskap[partnerskapId]?.navn ?? "", vurdertAv: vurdering?.userName,
                             vurdering: vurdering?.vurdering)
            }
        }
        let type = Nettverkstype(sektor)
        content.links += try await nettverkLenker(Set(try await deps.database.nettverk().filter { $0.type == type }.map(\.id)), t: t)
        return content
    }
}
