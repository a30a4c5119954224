import Foundation
import Domain

/// The Statsforvalter's organisation register with search by name, orgnr or kommunenummer.
struct AdminOrganisationListPage: Page {
    static let template = "admin/organisations"
    /// One organisation's row (`Row`), rendered once and kept under its model.
    static let radmal = "admin/organisations-rad"

    struct Row: Sendable, Hashable {
        let name: String
        let href: String
        let kind: String
        let orgnr: String
        let kommunenummer: String
        let region: String
        let notes: [String]
        let isDemo: Bool
    }

    let title: String
    let action: String
    let newHref: String
    let query: Field
    let type: SelectField
    /// The organisations' rows (`radmal`).
    let rows: Gjengitt
    let resultText: String
    let isEmpty: Bool

    init(organisasjoner: [Organisasjon], regions: [Region], query: String, type: String, renderer: Renderer, t: Catalogue) throws {
        title = t.text(.adminOrganisations)
        action = SiteRoute.adminOrganisasjoner.path
        newHref = SiteRoute.adminNyOrganisasjon.path
        self.query = Field("q", label: t.text(.adminSearch), value: query, type: "search", hint: t.text(.adminOrgSearchHint))
        self.type = SelectField(
            "type", label: t.text(.orgColKind), selected: type,
            options: [("", t.text(.adminAllKinds))] + Organisasjonstype.allCases.map { ($0.rawValue, t.navn($0)) }
        )
        let needle = query.trimmingCharacters(in: .whitespaces).lowercased()
        let compact = needle.filter { !$0.isWhitespace }
        let regionNames = Dictionary(uniqueKeysWithValues: regions.map { ($0.id, $0.navn) })
        let matches = organisasjoner.filter { org in
            (type.isEmpty || org.type.rawValue == type) && (needle.isEmpty
                || org.navn.lowercased().contains(needle)
                || (!compact.isEmpty && org.orgnr.digits.contains(compact))
                || org.kommunenummer?.digits == compact)
        }.sorted { $0.navn.localizedStandardCompare($1.navn) == .orderedAscending }
        let rows = matches.map { org in
            return Row(
                name: org.navn, href: SiteRoute.adminOrganisasjon(org.id).path, kind: t.navn(org.type), orgnr: org.orgnr.formatted,
                kommunenummer: org.kommunenummer?.digits ?? "–", region: org.regionId.flatMap { regionNames[$0] } ?? "–",
                notes: org.merknader(t), isDemo: org.erDemo
            )
        }
        self.rows = try renderer.rader(Self.radmal, rows, t: t)
        resultText = t.format(.adminOrgResult, ["antall": String(rows.count), "av": String(organisasjoner.count)])
        isEmpty = rows.isEmpty
    }
}
