import Domain
import Foundation
import Hummingbird
import Persistence

extension RoleHomeController {
    /// A network leader's home: the network and its members, and per ordning how many are delivered and whether they are forwarded.
    func nettverksleder(id: Int64, rolle: Rolle, session: ActiveSession, runde: Runde?, t: Catalogue) async throws -> RoleHomeContent {
        var content = RoleHomeContent()
        let networks = try await deps.database.nettverk()
        guard let network = networks.first(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        let regions = try await deps.database.regions()
        let members = try await deps.database.organisasjoner(regionId: network.regionId).filter(\.type.erEier)
        content.facts = [
            .init(term: t.text(.homeFactNetwork), value: network.navn),
            .init(term: t.text(.homeFactRegion), value: regions.first { $0.id == network.regionId }?.navn ?? "–"),
            .init(term: t.text(.homeFactOwners), value: members.map(\.navn).joined(separator: ", ")),
        ]
        if let runde {
            for ordning in runde.ordninger(for: network.type) {
                let delivered = try await deps.database.antallLeverte(rundeAar: runde.aar, ordning: ordning, regionId: network.regionId)
                let behandling = try await deps.database.nettverkBehandling(nettverkId: id, rundeAar: runde.aar, ordning: ordning)
                let state = behandling?.forwardedAt.map { t.format(.homeNetworkForwarded, ["tid": Tidspunkt.oslo($0)]) }
                    ?? t.format(.homeNetworkOpen, ["dato": runde.frister.nettverk.formatted])
                content.links.append(.init(label: t.format(.homeNetworkLink, ["ordning": runde.kortnavn(ordning), "aar": String(runde.aar)]),
                                   href: SiteRoute.nettverkBehandling(aar: runde.aar, ordning).path,
                                   text: t.format(.homeNetworkCount, ["antall": String(delivered)]) + " " + state))
            }
        }
        content.links += try await nettverkLenker([id], leder: true, moter: true, t: t)
        return content
    }
}
