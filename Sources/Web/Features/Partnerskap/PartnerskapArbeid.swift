import Domain
import Foundation
import Persistence

/// An owner's or UH's partnerships on their home page: what waits for them (a signature, a
/// behovsmelding to write or to sign), each behovsmelding with its status, what blocks it and
/// the days left. A page at a time: a university partners with most owners of its county.
struct PartnerskapArbeid: Sendable {
    /// Partnerships to a page.
    static let sidestorrelse = 20
    /// One card (`Renderer.rader(_:_:t:)`, kept under the card).
    static let kortmal = "role/arbeid-kort"

    struct Link: Sendable, Hashable {
        let text: String
        let href: String
    }

    /// A partnership's card: where its agreement stands, as text, then one link a line. Two
    /// things the template shows differently, not one list of lines that may have a link: each
    /// line asked for its link twice and looked up its text one level further out (a UH's home
    /// looked up 588 names a view, now 388, counted with uprobes on swift-mustache's lookup).
    struct Item: Sendable, Hashable {
        let title: String
        let href: String
        let agreement: String
        /// Each behovsmelding of the round and later, then the count of the earlier ones.
        let links: [Link]
        let isWaiting: Bool
    }

    /// This page's partnerships.
    let items: [Item]
    /// Which of how many are shown, when there is more than one page.
    let showing: String?
    let pager: Sidevelger?

    /// Whose turn it is on `melding`, as the workflow says: an owner's to write
    /// (`kanRedigeresAvEier`), a partner's to sign (`kanBehandlesAvUH`); only in the current round.
    static func harTur(_ melding: some Saksgang, eier: Bool, runde: Runde?, now: Date) -> Bool {
        guard let runde, runde.aar == melding.rundeAar else { return false }
        return eier ? melding.kanRedigeresAvEier(runde: runde, now: now) : melding.kanBehandlesAvUH(runde: runde, now: now)
    }

    /// For each of an owner's behovsmeldinger it may still write, how many violations stop it
    /// from being sent, checked against the others of its partnership. The drafts need their
    /// tiltak; the others not. `partnerskapAv`: each one's partnership, by behovsmelding id
    /// (`RoleHomeController.partnerskap`).
    static func blokkerende(_ meldinger: [StoredBehovsmelding], partnerskapAv: [Int64: Partnerskap], runde: Runde?, now: Date) -> [Int64: Int] {
        guard let runde else { return [:] }
        let perPartnerskap = Dictionary(grouping: meldinger.map(\.melding), by: \.partnerskapId)
        var result: [Int64: Int] = [:]
        for stored in meldinger where harTur(stored.melding, eier: true, runde: runde, now: now) {
            guard let p = partnerskapAv[stored.id] else { continue }
            let andre = (perPartnerskap[p.id] ?? []).filter { $0.id != stored.id }
            result[stored.id] = stored.melding.validate(partnerskap: p, runde: runde, andre: andre, steg: .tilUH, now: now).filter(\.blokkerer).count
        }
        return result
    }

    /// Page `side` of the partnerships; `path` is the page's address, without a query.
    /// `blokkerende`: for an owner, what stops each draft it may write (`blokkerende(_:)`).
    /// With a current round `runde`, a partnership shows its behovsmeldinger of that round and
    /// later, and how many it has from the rounds before (`tidligere`, by partnership), linked to
    /// its page, which lists them: a card does not grow by three lines a year.
    init(organisasjonId ownOrg: Int64, partnerskap: [StoredPartnerskap], meldinger: [StoredSak], blokkerende: [Int64: Int] = [:],
         runde: Runde?, tidligere: [Int64: Int] = [:], runder: Runder, side: Int = 1, path: String, now: Date, t: Catalogue) {
        let today = Dato(instant: now)
        // By position: a UH's hundreds of behovsmeldinger are not copied into groups.
        let perPartnerskap = Dictionary(grouping: meldinger.indices, by: { meldinger[$0].sak.partnerskapId })
        let open = runde?.frister.behovsmelding.erApen(now: now) ?? false
        func isOwner(_ p: Partnerskap) -> Bool { p.eiere.contains { $0.organisasjonId == ownOrg } }
        func harTur(_ melding: Behovsmelding.Sak, eier: Bool) -> Bool { Self.harTur(melding, eier: eier, runde: runde, now: now) }
        func venter(_ stored: StoredPartnerskap) -> Bool {
            let p = stored.partnerskap
            let eier = isOwner(p)
            return !p.signert.contains(ownOrg) || (perPartnerskap[p.id] ?? []).contains { index in
                harTur(meldinger[index].sak, eier: eier) && (eier || !meldinger[index].uhSignert.contains(ownOrg))
            }
        }
        func item(_ stored: StoredPartnerskap) -> Item {
            let p = stored.partnerskap
            let agreement: String
            var isWaiting = false
            if !p.signert.contains(ownOrg) {
                let reminded = stored.remindedAt[ownOrg].map { t.format(.workReminded, ["tid": Tidspunkt.oslo($0)]) }
                agreement = [t.text(.workSignAgreement), reminded].compactMap { $0 }.joined(separator: " ")
                isWaiting = true
            } else if p.parter.contains(where: { !p.signert.contains($0.organisasjonId) }) {
                agreement = t.format(.workAgreementMissing, ["parter": p.mangler.map(\.navn).joined(separator: ", ")])
            } else {
                agreement = t.text(.workAgreementSigned)
            }
            var links: [Link] = []
            let partnershipMeldinger = (perPartnerskap[p.id] ?? []).map { meldinger[$0] }.filter { melding in runde.map { melding.sak.rundeAar >= $0.aar } ?? true }
            let eier = isOwner(p)
            for stored in partnershipMeldinger {
                let melding = stored.sak
                var parts = [t.format(.workMelding, ["ordning": runder.kortnavn(melding.ordning, aar: melding.rundeAar), "aar": String(melding.rundeAar), "status": t.navn(melding.status)])]
                var waiting = false
                if let runde, runde.aar == melding.rundeAar {
                    if eier, harTur(melding, eier: true) {
                        let blocking = blokkerende[melding.id] ?? 0
                        parts.append(blocking == 0 ? t.text(.workReadyToSend)
                                     : t.antall(blocking, en: .workBlockingOne, flere: .workBlockingMany))
                        waiting = true
                    } else if !eier, harTur(melding, eier: false) {
                        let signed = stored.uhSignert.contains(ownOrg)
                        parts.append(t.text(signed ? .workUHSigned : .workUHTurn))
                        waiting = !signed
                    }
                    if open, melding.status != .levert {
                        parts.append(RoleHomePage.daysLeft(today.days(until: runde.frister.behovsmelding), t: t))
                    }
                }
                links.append(Link(text: parts.joined(separator: " · "), href: SiteRoute.behovsmelding(stored.id).path))
                isWaiting = isWaiting || waiting
            }
            if let antall = tidligere[p.id], antall > 0 {
                links.append(Link(text: t.antall(antall, en: .workEarlierOne, flere: .workEarlierMany),
                                  href: SiteRoute.partnerskap(p.id).path + "#behovsmeldinger"))
            }
            return Item(title: p.navn, href: SiteRoute.partnerskap(p.id).path, agreement: agreement, links: links, isWaiting: isWaiting)
        }
        // What waits for the reader first; otherwise newest first, as stored. Ordered by position:
        // only the page's partnerships are copied and written out.
        let waiting = partnerskap.map(venter)
        let ordered = partnerskap.indices.filter { waiting[$0] } + partnerskap.indices.filter { !waiting[$0] }
        let page = Sideutsnitt(ordered, side: side, storrelse: Self.sidestorrelse)
        items = page.elementer.map { item(partnerskap[$0]) }
        showing = page.sider == 1 ? nil
            : t.format(.fuListShowing, ["fra": Kroner.groupDigits(page.fra), "til": Kroner.groupDigits(page.til), "antall": Kroner.groupDigits(page.antall)])
        pager = Sidevelger(nummer: page.nummer, sider: page.sider, href: { path + ($0 > 1 ? "?side=\($0)" : "") }, t: t)
    }
}
