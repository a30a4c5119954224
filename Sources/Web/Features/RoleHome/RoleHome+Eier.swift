import Domain
import Foundation
import Hummingbird
import Persistence

extension RoleHomeController {
    /// An owner's or UH's home: the organisation, its partnerships and behovsmeldinger with what waits, and its grant letters.
    func eierOgUH(id: Int64, rolle: Rolle, session: ActiveSession, runde: Runde?, t: Catalogue) async throws -> RoleHomeContent {
        var content = RoleHomeContent()
        guard let org = try await deps.database.organisasjon(id: id) else { throw HTTPError(.notFound) }
        let regions = try await deps.database.regions()
        content.facts = RoleHomePage.facts(org, regions: regions, t: t)
        let partnerskap = try await deps.database.partnerskap(forOrganisation: id)
        let meldinger = try await deps.database.behovsmeldinger(partnerskapIds: partnerskap.map(\.id))
        content.arbeid = PartnerskapArbeid(organisasjonId: id, partnerskap: partnerskap, meldinger: meldinger, runde: runde, now: deps.clock.now(), t: t)
        if let runde {
            for brev in try await Tildelingsbrevsamling.load(deps.database, runde: runde).synlige(for: rolle) {
                content.links.append(.init(label: t.format(.homeLetterLink, ["ordning": brev.ordning.kortnavn, "aar": String(brev.aar)]) + ": " + brev.partnerskap.navn,
                                   href: brev.href, text: brev.kortText(t) + ". " + t.format(.tbDecided, ["dato": brev.vedtaksdato.formatted])))
            }
        }
        return content
    }
}
