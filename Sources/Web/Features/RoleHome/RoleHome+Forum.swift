import Domain
import Foundation
import Hummingbird
import Persistence

extension RoleHomeController {
    /// The forum's home: the round's money and the innstillinger sent to it.
    func samarbeidsforum(rolle: Rolle, session: ActiveSession, runde: Runde?, t: Catalogue) async throws -> RoleHomeContent {
        var content = RoleHomeContent()
        if let runde {
            content.facts = runde.ordningerSortert.map { ordning, value in
                .init(term: value.navn, value: value.budsjett.formatted)
            }
            let sent = try await deps.database.innstillingshoder(rundeAar: runde.aar, status: [.forelopig, .vedtatt])
            content.links.append(.init(label: t.format(.foTitle, ["aar": String(runde.aar)]), href: SiteRoute.forum(aar: runde.aar).path,
                               text: t.text(sent.isEmpty ? .homeForumNone : .homeForumTables)))
            for (ordning, iRunde) in runde.ordningerSortert {
                guard let stored = sent[ordning] else { continue }
                content.links.append(.init(label: t.format(.inTitle, ["ordning": iRunde.kortnavn, "aar": String(runde.aar)]),
                                   href: SiteRoute.forumInnstilling(aar: runde.aar, ordning).path,
                                   text: InnstillingPage.statusText(stored, t: t)))
            }
        }
        return content
    }
}
