import Domain
import Foundation
import Hummingbird
import Persistence

/// The six role home pages: what waits for the role, its deadlines and what it acts for.
struct RoleHomeController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        for kind in Rolle.Kind.allCases {
            router.get(SiteRoute.hjem(kind).routerPath) { request, context in try await self.home(kind, request, context) }
        }
    }

    func home(_ kind: Rolle.Kind, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, rolle) = try context.require(request, .seHjem(kind))
        let today = Dato(instant: deps.clock.now())
        let runde = try await deps.database.gjeldendeRunde(today: today)
        let t = Catalogue.bokmal
        var facts: [RoleHomePage.Fact] = []
        var links: [RoleHomePage.Link] = []
        var recent: [AuditRow] = []
        var arbeid: PartnerskapArbeid?
        switch rolle {
        case .eier(let id), .uh(let id):
            guard let org = try await deps.database.organisasjon(id: id) else { throw HTTPError(.notFound) }
            let regions = try await deps.database.regions()
            facts = RoleHomePage.facts(org, regions: regions, t: t)
            let partnerskap = try await deps.database.partnerskap(forOrganisation: id)
            let meldinger = try await deps.database.behovsmeldinger(partnerskapIds: partnerskap.map(\.id))
            arbeid = PartnerskapArbeid(organisasjonId: id, partnerskap: partnerskap, meldinger: meldinger, runde: runde, now: deps.clock.now(), t: t)
            if let runde {
                for brev in try await Tildelingsbrevsamling.load(deps.database, runde: runde).synlige(for: rolle) {
                    links.append(.init(label: t.format(.homeLetterLink, ["ordning": brev.ordning.kortnavn, "aar": String(brev.aar)]) + ": " + brev.partnerskap.navn,
                                       href: brev.href, text: brev.kortText(t) + ". " + t.format(.tbDecided, ["dato": brev.vedtaksdato.formatted])))
                }
            }
        case .nettverksleder(let id):
            let networks = try await deps.database.nettverk()
            guard let network = networks.first(where: { $0.id == id }) else { throw HTTPError(.notFound) }
            let regions = try await deps.database.regions()
            let members = try await deps.database.organisasjoner().filter { $0.regionId == network.regionId && $0.type.erEier }
            facts = [
                .init(term: t.text(.homeFactNetwork), value: network.navn),
                .init(term: t.text(.homeFactRegion), value: regions.first { $0.id == network.regionId }?.navn ?? "–"),
                .init(term: t.text(.homeFactOwners), value: members.map(\.navn).joined(separator: ", ")),
            ]
            if let runde {
                for ordning in network.type.ordninger where runde.ordninger[ordning] != nil {
                    let delivered = try await deps.database.leverteBehovsmeldinger(rundeAar: runde.aar, ordning: ordning, regionId: network.regionId)
                    let behandling = try await deps.database.nettverkBehandling(nettverkId: id, rundeAar: runde.aar, ordning: ordning)
                    let state = behandling?.forwardedAt.map { t.format(.homeNetworkForwarded, ["tid": Tidspunkt.oslo($0)]) }
                        ?? t.format(.homeNetworkOpen, ["dato": runde.frister.nettverk.formatted])
                    links.append(.init(label: t.format(.homeNetworkLink, ["ordning": ordning.kortnavn, "aar": String(runde.aar)]),
                                       href: SiteRoute.nettverkBehandling(aar: runde.aar, ordning).path,
                                       text: t.format(.homeNetworkCount, ["antall": String(delivered.count)]) + " " + state))
                }
            }
        case .fagutvalg(let sektor):
            facts = [.init(term: t.text(.homeFactSector), value: sektor.navn)]
            if let runde {
                let own = session.organisasjonIds
                for ordning in Ordning.allCases where ordning.sektorer.contains(sektor) && runde.ordninger[ordning] != nil {
                    let review = try await Gjennomgang.load(deps.database, runde: runde, ordning: ordning)
                    for stored in review.forFagutvalg(sektor) {
                        guard let partnerskap = review.partnerskap[stored.melding.partnerskapId] else { continue }
                        let state: String
                        if Vurdering.inhabil(medlemAv: own, partnerskap: partnerskap) != nil {
                            state = t.text(.homeAssessConflict)
                        } else if let vurdering = review.vurderinger[stored.id] {
                            let unmet = vurdering.vurdering.ikkeOppfylt
                            state = unmet.isEmpty ? t.format(.homeAssessDone, ["hvem": vurdering.userName])
                                : t.format(.homeAssessUnmet, ["hvem": vurdering.userName, "kriterier": unmet.map(\.navn).joined(separator: ", ")])
                        } else {
                            state = t.text(.homeAssessWaiting)
                        }
                        links.append(.init(label: "\(ordning.kortnavn): \(partnerskap.navn)", href: SiteRoute.fagutvalgVurdering(stored.id).path, text: state))
                    }
                }
            }
        case .statsforvalter:
            async let organisations = deps.database.organisasjoner()
            async let users = deps.database.brukere()
            async let rounds = deps.database.runder()
            async let events = deps.database.auditEvents(limit: 8)
            links = [
                .init(label: t.text(.adminOrganisations), href: SiteRoute.adminOrganisasjoner.path,
                      text: t.format(.homeCountOrganisations, ["antall": String(try await organisations.count)])),
                .init(label: t.text(.adminRegions), href: SiteRoute.adminRegioner.path, text: t.text(.homeRegionsText)),
                .init(label: t.text(.adminUsers), href: SiteRoute.adminBrukere.path,
                      text: t.format(.homeCountUsers, ["antall": String(try await users.filter(\.aktiv).count)])),
                .init(label: t.text(.adminRounds), href: SiteRoute.adminRunder.path,
                      text: t.format(.homeCountRounds, ["antall": String(try await rounds.count)])),
                .init(label: t.text(.adminAudit), href: SiteRoute.adminLogg.path, text: t.text(.homeAuditText)),
            ]
            recent = try await events.map { AuditRow($0, t: t) }
            if let runde {
                let innstillinger = try await deps.database.innstillinger(rundeAar: runde.aar)
                for (ordning, _) in runde.ordningerSortert {
                    links.append(.init(label: t.format(.inTitle, ["ordning": ordning.kortnavn, "aar": String(runde.aar)]),
                                       href: SiteRoute.innstilling(aar: runde.aar, ordning).path,
                                       text: innstillinger[ordning].map { t.format(.homeInnstillingState, ["status": $0.status.navn, "nr": String($0.nummer)]) }
                                           ?? t.text(.homeInnstillingNone)))
                }
                links.append(.init(label: t.format(.foTitle, ["aar": String(runde.aar)]), href: SiteRoute.forum(aar: runde.aar).path, text: t.text(.homeForumTables)))
                links.append(.init(label: t.format(.tbListTitle, ["aar": String(runde.aar)]), href: SiteRoute.tildelingsbrevListe(aar: runde.aar).path,
                                   text: t.text(.homeLettersText)))
            }
        case .samarbeidsforum:
            if let runde {
                facts = runde.ordningerSortert.map { ordning, value in
                    .init(term: ordning.navn, value: value.budsjett.formatted)
                }
                let sent = try await deps.database.innstillinger(rundeAar: runde.aar, status: [.forelopig, .vedtatt])
                links.append(.init(label: t.format(.foTitle, ["aar": String(runde.aar)]), href: SiteRoute.forum(aar: runde.aar).path,
                                   text: t.text(sent.isEmpty ? .homeForumNone : .homeForumTables)))
                for (ordning, _) in runde.ordningerSortert {
                    guard let stored = sent[ordning] else { continue }
                    links.append(.init(label: t.format(.inTitle, ["ordning": ordning.kortnavn, "aar": String(runde.aar)]),
                                       href: SiteRoute.forumInnstilling(aar: runde.aar, ordning).path,
                                       text: InnstillingPage.statusText(stored, t: t)))
                }
            }
        }
        let page = RoleHomePage(
            kind: kind, actingLabel: session.tildeling.map(session.label) ?? kind.navn, runde: runde, today: today,
            facts: facts, links: links, recent: recent, arbeid: arbeid,
            newPartnershipHref: kind == .eier ? SiteRoute.nyttPartnerskap.path : nil, t: t
        )
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(kind), context))
    }
}
