import Domain
import Foundation
import Hummingbird
import Persistence

extension RoleHomeController {
    /// A fagutvalg member's home: every forwarded behovsmelding of the sector with its assessment state.
    func fagutvalg(sektor: Sektor, rolle: Rolle, session: ActiveSession, runde: Runde?, t: Catalogue) async throws -> RoleHomeContent {
        var content = RoleHomeContent()
        content.facts = [.init(term: t.text(.homeFactSector), value: t.navn(sektor))]
        if let runde {
            let own = session.organisasjonIds
            for (ordning, iRunde) in runde.ordningerSortert where iRunde.sektorer.contains(sektor) {
                let review = try await Gjennomgang.load(deps.database, runde: runde, ordning: ordning)
                for stored in review.forFagutvalg(sektor) {
                    guard let partnerskap = review.partnerskap[stored.melding.partnerskapId] else { continue }
                    let state: String
                    if Vurdering.inhabil(medlemAv: own, partnerskap: partnerskap) != nil {
                        state = t.text(.homeAssessConflict)
                    } else if let vurdering = review.vurderinger[stored.id] {
                        let unmet = vurdering.vurdering.ikkeOppfylt
                        state = unmet.isEmpty ? t.format(.homeAssessDone, ["hvem": vurdering.userName])
                            : t.format(.homeAssessUnmet, ["hvem": vurdering.userName, "kriterier": unmet.map(t.navn).joined(separator: ", ")])
                    } else {
                        state = t.text(.homeAssessWaiting)
                    }
                    content.links.append(.init(label: "\(iRunde.kortnavn): \(partnerskap.navn)", href: SiteRoute.fagutvalgVurdering(stored.id).path, text: state))
                }
            }
        }
        let type = Nettverkstype(sektor)
        content.links += try await nettverkLenker(Set(try await deps.database.nettverk().filter { $0.type == type }.map(\.id)), t: t)
        return content
    }
}
