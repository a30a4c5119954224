import Domain
import Foundation
import Persistence

/// A network's competence plan as its readers see it: one version (the current one unless
/// another is asked for), its goals numbered, and every version with what changed.
struct KompetanseplanPage: Page {
    static let template = "kompetanseplan/show"

    struct Section: Sendable {
        let heading: String
        let id: String
        let text: String
        let goals: [Goal]
        let hasGoals: Bool
    }

    struct Goal: Sendable {
        let number: Int
        let text: String
    }

    struct Version: Sendable {
        let label: String
        let href: String
        let published: String
        let by: String
        let change: String
        let current: Bool
    }

    let title: String
    let lead: String
    let back: String
    let older: String?
    let sections: [Section]
    let hasPlan: Bool
    let editHref: String?
    let editLabel: String
    let versions: [Version]
    let hasVersions: Bool
    struct Member: Sendable {
        let name: String
        let role: String
        /// For the leader, an invited member's organisation id (its «Fjern» button).
        let removeId: String?
    }

    /// The leader's form to invite an organisation.
    struct Invite: Sendable {
        let summary: ErrorSummary?
        let organisation: SelectField
        let role: Field
    }

    /// The member organisations with their role in the network, the partners and the invited last.
    let members: [Member]
    let membersHeading: String
    let membersAction: String
    let csrf: String
    let invite: Invite?

    init(_ loaded: KompetanseplanController.Loaded, shown: PublisertKompetanseplan?, invitasjon: Nettverksinvitasjon.Utkast = .init(),
         errors: [Feltmelding] = [], t: Catalogue) {
        let nettverk = loaded.nettverk
        title = t.format(.kpTitle, ["nettverk": nettverk.navn])
        back = SiteRoute.hjem(loaded.session.rolle?.kind ?? .eier).path
        let current = loaded.versjoner.first?.plan.versjon
        if let shown {
            lead = t.format(.kpLead, ["region": loaded.region, "versjon": String(shown.plan.versjon), "dato": Tidspunkt.oslo(shown.publisert),
                                      "navn": shown.publisertAv])
        } else {
            lead = t.format(.kpNone, ["region": loaded.region])
        }
        older = shown.flatMap { shown in
            current.flatMap { $0 == shown.plan.versjon ? nil : t.format(.kpOlder, ["versjon": String(shown.plan.versjon), "gjeldende": String($0)]) }
        }
        sections = shown.map { shown in
            Kompetanseplan.Del.allCases.map { del in
                let goals = del == .mal ? shown.plan.mal.enumerated().map { Goal(number: $0.offset + 1, text: $0.element) } : []
                return Section(heading: t.tekst(del), id: "del-\(del.rawValue)", text: del == .mal ? "" : shown.plan[del], goals: goals,
                               hasGoals: !goals.isEmpty)
            }
        } ?? []
        hasPlan = shown != nil
        editHref = loaded.side.kanLede ? SiteRoute.kompetanseplanEndre(nettverk: nettverk.id).path : nil
        editLabel = t.text(current == nil ? .kpWrite : .kpEdit)
        versions = loaded.versjoner.map { version in
            Version(label: t.format(.kpVersion, ["versjon": String(version.plan.versjon)]),
                    href: SiteRoute.kompetanseplan(nettverk: nettverk.id).path + "?versjon=\(version.plan.versjon)",
                    published: Tidspunkt.oslo(version.publisert), by: version.publisertAv,
                    change: version.plan.endring.isEmpty ? t.text(.kpFirst) : version.plan.endring, current: version.plan.versjon == current)
        }
        hasVersions = !versions.isEmpty
        let leads = loaded.side.kanLede
        // An invited organisation is listed by the role it was given, even where its kind would give it another.
        let roles = loaded.medlemmer.compactMap { org -> (Organisasjon, Nettverksrolle)? in
            loaded.inviterte[org.id] != nil ? (org, .invitert) : Nettverksrolle(org.type, i: nettverk.type).map { (org, $0) }
        }
        members = roles.sorted { (Nettverksrolle.allCases.firstIndex(of: $0.1) ?? 0) < (Nettverksrolle.allCases.firstIndex(of: $1.1) ?? 0) }
            .map { org, rolle in
                let invited = loaded.inviterte[org.id]
                return Member(name: org.navn, role: invited.map { t.format(.kpRole_invitert, ["rolle": $0]) } ?? t.text(Self.rolle(rolle)),
                              removeId: leads && invited != nil ? String(org.id) : nil)
            }
        membersHeading = t.format(.kpMembers, ["antall": String(members.count)])
        membersAction = SiteRoute.nettverksmedlemmer(nettverk: nettverk.id).path
        csrf = loaded.session.csrfToken
        invite = leads ? Invite(
            summary: ErrorSummary(errors, t: t),
            organisation: SelectField(Nettverksinvitasjon.Del.organisasjon.rawValue, label: t.text(.kpInviteOrganisation), selected: invitasjon.organisasjon,
                                      options: [("", t.text(.kpInviteChoose))] + loaded.kandidater.map { (String($0.id), $0.navn) },
                                      hint: t.text(.kpInviteOrganisationHint), errors: errors),
            role: Field(Nettverksinvitasjon.Del.rolle.rawValue, label: t.text(.kpInviteRole), value: invitasjon.rolle, hint: t.text(.kpInviteRoleHint),
                        errors: errors)
        ) : nil
    }

    static func rolle(_ rolle: Nettverksrolle) -> MessageKey {
        switch rolle {
        case .barnehagemyndighet: .kpRole_barnehagemyndighet
        case .offentligEier: .kpRole_offentligEier
        case .privatEier: .kpRole_privatEier
        case .samarbeidspartner: .kpRole_samarbeidspartner
        case .invitert: .kpRole_invitert
        }
    }
}

/// The network leader's form for the plan's next version, filled in from the current one.
struct KompetanseplanFormPage: Page {
    static let template = "kompetanseplan/form"

    let title: String
    let lead: String
    let back: String
    let summary: ErrorSummary?
    let action: String
    let csrf: String
    let forrige: Int
    let parts: [TextArea]
    let change: TextArea?
    let submit: String

    init(_ loaded: KompetanseplanController.Loaded, utkast: Kompetanseplan.Utkast, forrige: Int, errors: [Feltmelding], csrf: String, t: Catalogue) {
        let nettverk = loaded.nettverk
        title = t.format(.kpFormTitle, ["nettverk": nettverk.navn])
        lead = t.text(.kpFormLead)
        back = SiteRoute.kompetanseplan(nettverk: nettverk.id).path
        summary = ErrorSummary(errors, t: t)
        action = SiteRoute.kompetanseplanEndre(nettverk: nettverk.id).path
        self.csrf = csrf
        self.forrige = forrige
        parts = Kompetanseplan.Del.allCases.map { del in
            TextArea(Felt.kompetanseplan(del).navn, label: t.tekst(del), value: utkast.tekster[del] ?? "", hint: t.text(Self.hint(del)), errors: errors,
                     rows: del == .mal ? 6 : 5)
        }
        change = forrige == 0 ? nil
            : TextArea(Felt.kompetanseplanEndring.navn, label: t.text(.kpChange), value: utkast.endring, hint: t.text(.kpChangeHint), errors: errors, rows: 3,
                       limit: .middels)
        submit = t.format(.kpPublish, ["versjon": String(forrige + 1)])
    }

    static func hint(_ del: Kompetanseplan.Del) -> MessageKey {
        switch del {
        case .grunnlag: .kpHint_grunnlag
        case .mal: .kpHint_mal
        case .kompetansetiltak: .kpHint_kompetansetiltak
        case .arbeidsmater: .kpHint_arbeidsmater
        case .midler: .kpHint_midler
        case .tidsrammer: .kpHint_tidsrammer
        }
    }
}
