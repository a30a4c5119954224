import Domain

/// The public register of participating organisations, grouped by region.
struct OrganisationListPage: Page {
    static let template = "organisation/list"
    /// One organisation's row (`Row`), rendered once and kept under its model: four hundred
    /// organisations looked up 2 600 names a view.
    static let radmal = "organisation/list-rad"

    struct Row: Sendable, Hashable {
        let name: String
        let kind: String
        let orgnr: String
        let kommunenummer: String
        let isDemo: Bool
        let notes: [String]
    }

    struct Group: Sendable {
        let heading: String
        let anchor: String
        let count: String
        /// The organisations' rows (`radmal`).
        let rows: Gjengitt
    }

    let title: String
    let groups: [Group]
    let isEmpty: Bool

    init(organisasjoner: [Organisasjon], regions: [Region], renderer: Renderer, t: Catalogue) throws {
        title = t.text(.orgTitle)
        func row(_ org: Organisasjon) -> Row {
            return Row(
                name: org.navn, kind: t.navn(org.type), orgnr: org.orgnr.formatted,
                kommunenummer: org.kommunenummer?.digits ?? "–", isDemo: org.erDemo, notes: org.merknader(t)
            )
        }
        func group(_ heading: String, anchor: String, _ members: [Organisasjon]) throws -> Group {
            let sorted = members.sorted { ($0.type.erEier ? 0 : 1, $0.navn) < ($1.type.erEier ? 0 : 1, $1.navn) }
            return Group(
                heading: heading, anchor: anchor,
                count: t.format(.orgCount, ["antall": String(members.count)]), rows: try renderer.rader(Self.radmal, sorted.map(row), t: t)
            )
        }
        let byRegion = Dictionary(grouping: organisasjoner, by: \.regionId)
        var groups = try regions.compactMap { region -> Group? in
            guard let members = byRegion[region.id], !members.isEmpty else { return nil }
            return try group(region.navn, anchor: "region-\(region.id)", members)
        }
        if let rest = byRegion[nil], !rest.isEmpty {
            groups.append(try group(t.text(.orgWithoutRegion), anchor: "uten-region", rest))
        }
        self.groups = groups
        isEmpty = organisasjoner.isEmpty
    }
}

extension Organisasjon {
    /// The R11 marks every organisation list shows: særlige utfordringer, oppfølgingsordningen.
    func merknader(_ t: Catalogue) -> [String] {
        (saerligeUtfordringer ? [t.text(.orgSaerlige)] : []) + (oppfolgingsordningen ? [t.text(.orgOppfolging)] : [])
    }
}
