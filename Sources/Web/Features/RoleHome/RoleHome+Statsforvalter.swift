import Domain
import Foundation
import Hummingbird
import Persistence

extension RoleHomeController {
    /// The Statsforvalter's home: the register in numbers, the round's innstillinger, the latest audit lines.
    func statsforvalter(rolle: Rolle, session: ActiveSession, runde: Runde?, t: Catalogue) async throws -> RoleHomeContent {
        var content = RoleHomeContent()
        // One after the other: the counts and rounds are kept in memory, and a read runs on the
        // request's own thread, so a child task for each only woke another thread to hand it over.
        let antall = try await deps.database.registerTall()
        let rounds = try await deps.database.runder()
        let events = try await deps.database.auditEvents(AuditFilter(bareEndringer: true, limit: 8))
        content.links = [
            .init(label: t.text(.adminOrganisations), href: SiteRoute.adminOrganisasjoner.path,
                  text: t.antall(antall.organisasjoner, en: .homeCountOrganisationsOne, flere: .homeCountOrganisations)),
            .init(label: t.text(.adminRegions), href: SiteRoute.adminRegioner.path, text: t.text(.homeRegionsText)),
            .init(label: t.text(.adminUsers), href: SiteRoute.adminBrukere.path,
                  text: t.antall(antall.aktiveBrukere, en: .homeCountUsersOne, flere: .homeCountUsers)),
            .init(label: t.text(.adminRounds), href: SiteRoute.adminRunder.path,
                  text: t.antall(antall.runder, en: .homeCountRoundsOne, flere: .homeCountRounds)),
            .init(label: t.text(.adminAudit), href: SiteRoute.adminLogg.path, text: t.text(.homeAuditText)),
            .init(label: t.text(.epHomeLink), href: SiteRoute.adminEpost.path, text: t.text(.epHomeText)),
        ]
        content.recent = events.isEmpty ? nil : try deps.auditRader(events, t: t)
        // The Rekom 30 % rounds with applications, newest first.
        for round in rounds.sorted(by: { $0.aar > $1.aar }) where round.senereRunde != nil {
            let sent = try await deps.database.antallSendteRekom30(rundeAar: round.aar)
            guard sent > 0 else { continue }
            let fordeling = try await deps.database.rekom30Fordeling(rundeAar: round.aar)
            content.links.append(.init(label: t.format(.r30fHomeLink, senereRunde: round, ["aar": String(round.aar)]), href: SiteRoute.rekom30Fordeling(aar: round.aar).path,
                                       text: t.format(.r30fHomeLinkText, ["antall": String(sent), "status": t.navn(fordeling.status)])))
        }
        // The reports of the rounds with decided letters, the older first.
        let now = deps.clock.now()
        let years = runde.map { [$0.aar - 1, $0.aar] } ?? []
        for round in rounds.filter({ years.contains($0.aar) }).sorted(by: { $0.aar < $1.aar }) {
            for telling in try await Rapportgrunnlag.telling(deps.database, runde: round, Rapport.Slag.allCases.reversed(), now: now) where telling.antall > 0 {
                content.links.append(.init(label: t.format(telling.slag.tekst(.rpfHomeLink, .rhfHomeLink), ["aar": String(round.aar)]),
                                           href: SiteRoute.rapportOppfolging(aar: round.aar, telling.slag).path,
                                           text: t.format(.rpfHomeText, ["sendt": String(telling.sendt), "antall": String(telling.antall),
                                                                         "forsinket": String(telling.forsinket)])))
            }
        }
        if let runde {
            let innstillinger = try await deps.database.innstillingshoder(rundeAar: runde.aar)
            for (ordning, iRunde) in runde.ordningerSortert {
                content.links.append(.init(label: t.format(.inTitle, ["ordning": iRunde.kortnavn, "aar": String(runde.aar)]),
                                   href: SiteRoute.innstilling(aar: runde.aar, ordning).path,
                                   text: innstillinger[ordning].map { t.format(.homeInnstillingState, ["status": t.navn($0.status), "nr": String($0.nummer)]) }
                                       ?? t.text(.homeInnstillingNone)))
            }
            content.links.append(.init(label: t.format(.foTitle, ["aar": String(runde.aar)]), href: SiteRoute.forum(aar: runde.aar).path, text: t.text(.homeForumTables)))
            content.links.append(.init(label: t.format(.tbListTitle, ["aar": String(runde.aar)]), href: SiteRoute.tildelingsbrevListe(aar: runde.aar).path,
                               text: t.text(.homeLettersText)))
        }
        return content
    }
}
