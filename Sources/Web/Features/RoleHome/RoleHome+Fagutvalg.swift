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
            var detaljer: [Int64: Vurderingsarbeid.Detalj] = [:]
            var ordninger: [(Ordning, String)] = []
            var regions: [Int64: Region] = [:]
            for (ordning, iRunde) in runde.ordningerSortert where iRunde.sektorer.contains(sektor) {
                // The list says whose and how far, not what: the tiltak stay unread.
                let review = try await Gjennomgang.load(deps.database, runde: runde, ordning: ordning, bareHoder: true)
                ordninger.append((ordning, iRunde.kortnavn))
                regions = review.regions
                for stored in review.forFagutvalg(sektor) {
                    guard let partnerskap = review.partnerskap[stored.melding.partnerskapId] else { continue }
                    let vurdering = review.vurderinger[stored.id]
                    let tilstand = Vurderingsliste.Tilstand(vurdering: vurdering?.vurdering,
                                                            inhabil: Vurdering.inhabil(medlemAv: own, partnerskap: partnerskap) != nil)
                    poster.append(.init(behovsmeldingId: stored.id, ordning: ordning, regionId: partnerskap.regionId, tilstand: tilstand))
                    detaljer[stored.id] = .init(ordning: iRunde.kortnavn, partnerskap: partnerskap.navn, vurdertAv: vurdering?.userName,
                                                vurdering: vurdering?.vurdering)
                }
            }
            content.vurderinger = Vurderingsarbeid(poster: poster, detaljer: detaljer, ordninger: ordninger, regions: regions, utvalg: utvalg,
                                                   path: SiteRoute.hjem(.fagutvalg).path, t: t)
        }
        let type = Nettverkstype(sektor)
        content.links += try await nettverkLenker(Set(try await deps.database.nettverk().filter { $0.type == type }.map(\.id)), t: t)
        return content
    }
}
