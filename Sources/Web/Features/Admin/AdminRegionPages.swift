import Domain
import Foundation

/// All regions with their networks, leaders and number of owners.
struct AdminRegionListPage: Page {
    static let template = "admin/regions"

    struct Row: Sendable {
        let name: String
        let href: String
        let owners: String
        let networks: [NetworkRow]
    }

    struct NetworkRow: Sendable {
        let name: String
        let kind: String
        let leaders: String
    }

    let title: String
    let lead: String
    let rows: [Row]

    init(regions: [Region], networks: [Kompetansenettverk], leaders: [Int64: [Bruker]], organisasjoner: [Organisasjon], t: Catalogue) {
        title = t.text(.adminRegions)
        lead = t.text(.adminRegionsLead)
        rows = regions.map { region in
            Row(
                name: region.navn, href: SiteRoute.adminRegion(region.id).path,
                owners: String(organisasjoner.filter { $0.regionId == region.id && $0.type.erEier }.count),
                networks: networks.filter { $0.regionId == region.id }.map { network in
                    NetworkRow(
                        name: network.navn, kind: t.navn(network.type),
                        leaders: AdminRegionPage.leaderNames(leaders[network.id], t: t)
                    )
                }
            )
        }
    }
}

/// One region: its member organisations, and a form per network for name and leader.
struct AdminRegionPage: Page {
    static let template = "admin/region"

    struct NetworkForm: Sendable {
        let heading: String
        let anchor: String
        let action: String
        let summary: ErrorSummary?
        let name: Field
        let leader: Field
        let current: String
        let planHref: String
        let planLabel: String
    }

    struct Member: Sendable {
        let name: String
        let href: String
        let kind: String
        let notes: [String]
    }

    let title: String
    let csrf: String
    let backHref: String
    let networks: [NetworkForm]
    let members: [Member]
    let membersHeading: String
    let membersHint: String

    init(
        region: Region, networks: [Kompetansenettverk], leaders: [Int64: [Bruker]], members: [Organisasjon],
        errors: [Int64: [Feltmelding]], typed: [Int64: (String, String)], csrf: String, t: Catalogue
    ) {
        title = t.format(.adminRegionTitle, ["navn": region.navn])
        self.csrf = csrf
        backHref = SiteRoute.adminRegioner.path
        self.networks = networks.map { network in
            let fieldErrors = errors[network.id] ?? []
            let current = leaders[network.id]?.first?.epost ?? ""
            // Field ids carry the network id so two forms on the page never share an id.
            let prefixed = fieldErrors.map { Feltmelding("\($0.felt)-\(network.id)", $0.melding) }
            return NetworkForm(
                heading: network.navn, anchor: "nettverk-\(network.id)", action: SiteRoute.adminNettverk(network.id).path,
                summary: ErrorSummary(prefixed, t: t),
                name: Field("navn", key: "navn-\(network.id)", label: t.text(.adminNetworkName), value: typed[network.id]?.0 ?? network.navn, errors: prefixed),
                leader: Field(
                    "leder", key: "leder-\(network.id)", label: t.text(.adminNetworkLeaderEmail), value: typed[network.id]?.1 ?? current, type: "email",
                    hint: t.text(.adminNetworkLeaderHint), errors: prefixed, autocomplete: "off"
                ),
                current: Self.leaderNames(leaders[network.id], t: t),
                planHref: SiteRoute.kompetanseplan(nettverk: network.id).path, planLabel: t.format(.kpHomeLink, ["nettverk": network.navn])
            )
        }
        self.members = members.sorted { $0.navn.localizedStandardCompare($1.navn) == .orderedAscending }.map { org in
            return Member(name: org.navn, href: SiteRoute.adminOrganisasjon(org.id).path, kind: t.navn(org.type), notes: org.merknader(t))
        }
        membersHeading = t.format(.adminRegionMembers, ["antall": String(members.count)])
        membersHint = t.text(.adminRegionMembersHint)
    }

    static func leaderNames(_ leaders: [Bruker]?, t: Catalogue) -> String {
        guard let leaders, !leaders.isEmpty else { return t.text(.adminNoLeader) }
        return leaders.map(\.navn).joined(separator: ", ")
    }
}
