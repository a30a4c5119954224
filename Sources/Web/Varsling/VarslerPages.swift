import Domain
import Foundation
import Persistence

/// «Varsler og kalender»: the person's choice of e-mail, their latest notices and their feed.
struct VarslerPage: Page {
    static let template = "varsler/show"

    struct Row: Sendable {
        let when: String
        let subject: String
        let href: String
        let mail: String
    }

    let title: String
    let lead: String
    let back: String
    let action: String
    let csrf: String
    let emailTo: String
    let choice: ChoiceGroup
    let rows: [Row]
    let hasRows: Bool
    let newAddress: String?
    let hasCalendar: Bool
    let publicText: String?
    let publicURL: String?

    init(session: ActiveSession, valg: Varsel.Valg, varsler: [LagretVarsel], harKalender: Bool, nyAdresse: String?,
         offentlig: (aar: Int, url: String)?, t: Catalogue) {
        title = t.text(.vsTitle)
        lead = t.text(.vsLead)
        back = session.homeHref
        action = SiteRoute.varsler.path
        csrf = session.csrfToken
        emailTo = t.format(.vsEmailTo, ["epost": session.bruker.epost])
        choice = ChoiceGroup("valg", legend: t.text(.vsChoiceLegend), selected: [valg.rawValue], options: Varsel.Valg.allCases.map { option in
            (option.rawValue, t.text(Self.label(option)), t.text(Self.hint(option)))
        })
        rows = varsler.map { varsel in
            let text = Varseltekst(varsel.slag, varsel.params, t: t)
            return Row(when: Tidspunkt.oslo(varsel.createdAt), subject: text.emne, href: text.lenke,
                       mail: t.text(Self.mail(varsel.epost)))
        }
        hasRows = !rows.isEmpty
        newAddress = nyAdresse
        hasCalendar = harKalender
        publicText = offentlig.map { t.format(.vsCalPublic, ["aar": String($0.aar)]) }
        publicURL = offentlig?.url
    }

    static func mail(_ status: LagretVarsel.Epoststatus) -> MessageKey {
        switch status {
        case .venter: .vsMail_venter
        case .sendt: .vsMail_sendt
        case .holdt: .vsMail_holdt
        case .ingen: .vsMail_ingen
        }
    }

    static func label(_ valg: Varsel.Valg) -> MessageKey {
        switch valg {
        case .straks: .vsChoice_straks
        case .daglig: .vsChoice_daglig
        case .paminnelser: .vsChoice_paminnelser
        case .av: .vsChoice_av
        }
    }

    static func hint(_ valg: Varsel.Valg) -> MessageKey {
        switch valg {
        case .straks: .vsChoiceHint_straks
        case .daglig: .vsChoiceHint_daglig
        case .paminnelser: .vsChoiceHint_paminnelser
        case .av: .vsChoiceHint_av
        }
    }
}

/// What an e-mail's state says on the outbox pages.
extension Epost {
    func tilstandTekst(now: Date, t: Catalogue) -> String {
        switch tilstand {
        case .sendt: t.format(.epState_sendt, ["tid": sentAt.map(Tidspunkt.oslo) ?? ""])
        case .holdt: t.text(.epState_holdt)
        case .venter:
            if let feil, forsok > 0 {
                t.format(.epFailed, ["forsok": String(forsok), "feil": feil, "tid": Tidspunkt.oslo(max(nesteForsok, now))])
            } else {
                t.text(.epState_venter)
            }
        }
    }
}

/// «Sendt e-post»: the outbox, newest first, a page at a time.
struct EpostlistePage: Page {
    static let template = "varsler/epost-liste"

    struct Row: Sendable {
        let when: String
        let to: String
        let subject: String
        let href: String
        let state: String
    }

    let title: String
    let lead: String
    let held: String?
    let rows: [Row]
    let hasRows: Bool
    let count: String
    let pager: Sidevelger?

    init(eposter: [Epost], antall: Int, sidetall: Sidetall, perSide: Int, leverer: Bool, now: Date, t: Catalogue) {
        title = t.text(.epTitle)
        lead = t.text(.epLead)
        held = leverer ? nil : t.text(.epHeld)
        rows = eposter.map { epost in
            Row(when: Tidspunkt.oslo(epost.createdAt), to: "\(epost.navn) <\(epost.til)>", subject: epost.emne,
                href: SiteRoute.adminEpostVis(epost.id).path, state: epost.tilstandTekst(now: now, t: t))
        }
        hasRows = !rows.isEmpty
        let first = (sidetall.nummer - 1) * perSide
        count = hasRows ? t.format(.epCount, ["fra": String(first + 1), "til": String(first + rows.count), "antall": String(antall)]) : ""
        let path = SiteRoute.adminEpost.path
        pager = Sidevelger(nummer: sidetall.nummer, sider: sidetall.sider, href: { path + Adresse.sporring([], side: $0) }, t: t)
    }
}

/// One e-mail of the outbox as it was written.
struct EpostPage: Page {
    static let template = "varsler/epost"

    let title: String
    let back: String
    let to: String
    let subject: String
    let when: String
    let state: String
    let messageId: String
    let body: String

    init(epost: Epost, now: Date, t: Catalogue) {
        title = t.format(.epMessageTitle, ["navn": epost.navn])
        back = SiteRoute.adminEpost.path
        to = "\(epost.navn) <\(epost.til)>"
        subject = epost.emne
        when = Tidspunkt.oslo(epost.createdAt)
        state = epost.tilstandTekst(now: now, t: t)
        messageId = epost.messageId
        body = epost.tekst
    }
}
