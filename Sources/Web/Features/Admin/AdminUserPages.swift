import Domain
import Foundation
import Persistence

/// The choices of the role grant form (kind, organisation, network, sector), and the names
/// that label a grant.
struct RoleOptions: Sendable {
    let kinds: [(String, String)]
    /// The owners and knowledge partners a grant may name. Sorted when a grant form asks
    /// (`fields`): sorting four hundred names by the locale was four fifths of the list of users,
    /// which shows none of them.
    private let tildelbare: [Organisasjon]
    let networks: [(String, String)]
    let sectors: [(String, String)]
    let organisationNames: [Int64: String]
    let networkNames: [Int64: String]
    let t: Catalogue

    init(organisasjoner: [Organisasjon], nettverk: [Kompetansenettverk], t: Catalogue) {
        self.t = t
        organisationNames = Dictionary(uniqueKeysWithValues: organisasjoner.map { ($0.id, $0.navn) })
        networkNames = Dictionary(uniqueKeysWithValues: nettverk.map { ($0.id, $0.navn) })
        kinds = [("", t.text(.adminChoose))] + Rolle.Kind.allCases.map { ($0.rawValue, t.navn($0)) }
        tildelbare = organisasjoner.filter { $0.type.erEier || $0.type.erKunnskapspartner }
        networks = [("", t.text(.adminChoose))] + nettverk.map { (String($0.id), $0.navn) }
        sectors = [("", t.text(.adminChoose))] + Sektor.allCases.map { ($0.rawValue, t.navn($0)) }
    }

    /// The choice of organisation, by name.
    var organisations: [(String, String)] {
        [("", t.text(.adminChoose))] + tildelbare
            .sorted { $0.navn.localizedStandardCompare($1.navn) == .orderedAscending }
            .map { org in (String(org.id), "\(org.navn) (\(t.navn(org.type).lowercased()))") }
    }

    /// The fields of the grant form filled in with `utkast`.
    func fields(_ utkast: Rolle.Utkast, errors: [Feltmelding], t: Catalogue) -> GrantFields {
        GrantFields(
            kind: SelectField("rolle", label: t.text(.adminRole), selected: utkast.kind, options: kinds, errors: errors),
            organisation: SelectField("organisasjonId", label: t.text(.adminRoleOrganisation), selected: utkast.organisasjonId,
                                      options: organisations, hint: t.text(.adminRoleOrganisationHint), errors: errors),
            network: SelectField("nettverkId", label: t.text(.adminRoleNetwork), selected: utkast.nettverkId, options: networks,
                                 hint: t.text(.adminRoleNetworkHint), errors: errors),
            sector: SelectField("sektor", label: t.text(.adminRoleSector), selected: utkast.sektor, options: sectors,
                                hint: t.text(.adminRoleSectorHint), errors: errors)
        )
    }

    /// "Eier – Bodø kommune".
    func label(_ rolle: Rolle) -> String {
        switch rolle {
        case .eier(let id), .uh(let id): return t.navn(rolle, omfang: organisationNames[id])
        case .nettverksleder(let id): return t.navn(rolle, omfang: networkNames[id])
        case .fagutvalg, .statsforvalter, .samarbeidsforum: return t.navn(rolle, omfang: nil)
        }
    }
}

struct GrantFields: Sendable {
    let kind: SelectField
    let organisation: SelectField
    let network: SelectField
    let sector: SelectField
}

/// All users with their roles, searchable by name or e-mail.
struct AdminUserListPage: Page {
    static let template = "admin/users"
    /// One user's row (`Row`), rendered once and kept under its model.
    static let radmal = "admin/users-rad"

    struct Row: Sendable, Hashable {
        let name: String
        let href: String
        let email: String
        let roles: [String]
        let isActive: Bool
    }

    let title: String
    let action: String
    let newHref: String
    let query: Field
    /// The users' rows (`radmal`).
    let rows: Gjengitt
    let resultText: String
    let isEmpty: Bool

    init(users: [Bruker], options: RoleOptions, query: String, renderer: Renderer, t: Catalogue) throws {
        title = t.text(.adminUsers)
        action = SiteRoute.adminBrukere.path
        newHref = SiteRoute.adminNyBruker.path
        self.query = Field("q", label: t.text(.adminSearch), value: query, type: "search", hint: t.text(.adminUserSearchHint))
        let needle = Bruker.soketekst(query)
        let rows = users.filter { needle.isEmpty || $0.passer(needle) }.map { user in
            Row(
                name: user.navn, href: SiteRoute.adminBruker(user.id).path, email: user.epost,
                roles: user.tildelinger.map { options.label($0.rolle) }, isActive: user.aktiv
            )
        }
        self.rows = try renderer.rader(Self.radmal, rows, t: t)
        resultText = t.format(.adminUserResult, ["antall": String(rows.count), "av": String(users.count)])
        isEmpty = rows.isEmpty
    }
}

/// A new user: name, e-mail and the first role.
struct AdminUserNewPage: Page {
    static let template = "admin/user-new"

    let title: String
    let action: String
    let csrf: String
    let cancelHref: String
    let summary: ErrorSummary?
    let navn: Field
    let epost: Field
    let grant: GrantFields

    init(utkast: Bruker.Utkast, rolle: Rolle.Utkast, options: RoleOptions, errors: [Feltmelding], csrf: String, t: Catalogue) {
        title = t.text(.adminUserNew)
        action = SiteRoute.adminBrukere.path
        self.csrf = csrf
        cancelHref = SiteRoute.adminBrukere.path
        summary = ErrorSummary(errors, t: t)
        navn = Field("navn", label: t.text(.adminUserName), value: utkast.navn, errors: errors, autocomplete: "off")
        epost = Field("epost", label: t.text(.adminUserEmail), value: utkast.epost, type: "email", hint: t.text(.adminUserEmailHint),
                      errors: errors, autocomplete: "off")
        grant = options.fields(rolle, errors: errors, t: t)
    }
}

/// One user: name and e-mail, role grants, status, one-time link, change log.
struct AdminUserPage: Page {
    static let template = "admin/user"

    struct Grant: Sendable {
        let label: String
        let removeAction: String
        let canRemove: Bool
    }

    let title: String
    let csrf: String
    let backHref: String
    let isDemo: Bool
    let isActive: Bool
    let statusText: String
    let summary: ErrorSummary?
    let action: String
    let navn: Field
    let epost: Field
    let grants: [Grant]
    let hasGrants: Bool
    let grantAction: String
    let grant: GrantFields
    let activeAction: String
    let canDeactivate: Bool
    let linkAction: String
    /// The object's audit lines (`AppDependencies.auditRader`).
    let auditRows: Gjengitt
    let hasHistory: Bool

    init(
        bruker: Bruker, utkast: Bruker.Utkast, rolle: Rolle.Utkast, options: RoleOptions, errors: [Feltmelding],
        history: Gjengitt, isSelf: Bool, actingGrant: Int64?, csrf: String, t: Catalogue
    ) {
        title = bruker.navn
        self.csrf = csrf
        backHref = SiteRoute.adminBrukere.path
        isDemo = bruker.erDemo
        isActive = bruker.aktiv
        statusText = t.text(bruker.aktiv ? .adminUserActive : .adminUserInactive)
        summary = ErrorSummary(errors, t: t)
        action = SiteRoute.adminBruker(bruker.id).path
        navn = Field("navn", label: t.text(.adminUserName), value: utkast.navn, errors: errors, autocomplete: "off")
        epost = Field("epost", label: t.text(.adminUserEmail), value: utkast.epost, type: "email", errors: errors, autocomplete: "off")
        grants = bruker.tildelinger.map { grant in
            Grant(
                label: options.label(grant.rolle),
                removeAction: SiteRoute.adminBrukerFjernRolle(bruker.id, grant: grant.id).path,
                canRemove: grant.id != actingGrant
            )
        }
        hasGrants = !grants.isEmpty
        grantAction = SiteRoute.adminBrukerRoller(bruker.id).path
        grant = options.fields(rolle, errors: errors, t: t)
        activeAction = SiteRoute.adminBrukerAktiv(bruker.id).path
        canDeactivate = !isSelf
        linkAction = SiteRoute.adminBrukerPassordlenke(bruker.id).path
        auditRows = history
        hasHistory = !history.html.isEmpty
    }
}

/// The one-time link to set a password, shown once to the Statsforvalter.
struct AdminPasswordLinkPage: Page {
    static let template = "admin/password-link"

    let title: String
    let lead: String
    let link: String
    let expires: String
    let userHref: String
    let listHref: String

    init(bruker: Bruker, link: String, expires: Date, isNew: Bool, t: Catalogue) {
        title = t.text(isNew ? .adminLinkTitleNew : .adminLinkTitle)
        lead = t.format(.adminLinkLead, ["navn": bruker.navn, "epost": bruker.epost])
        self.link = link
        self.expires = t.format(.adminLinkExpires, ["tid": Tidspunkt.oslo(expires)])
        userHref = SiteRoute.adminBruker(bruker.id).path
        listHref = SiteRoute.adminBrukere.path
    }
}

/// How a Statsforvalter finds a user by typing, in the user list and in the audit log alike.
extension Bruker {
    /// What was typed, as `passer(_:)` matches it: trimmed, in lower case.
    static func soketekst(_ text: String) -> String { text.trimmingCharacters(in: .whitespaces).lowercased() }

    /// The name or the e-mail address (stored in lower case) contains `soketekst`, from `soketekst(_:)`.
    func passer(_ soketekst: String) -> Bool { navn.lowercased().contains(soketekst) || epost.contains(soketekst) }
}
