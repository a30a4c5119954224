import Domain
import Foundation
import Hummingbird
import Persistence

extension RoleHomeController {
    /// An owner's or UH's home: the organisation, its partnerships and behovsmeldinger with what
    /// waits (page `side` of them), its grant letters, reports and networks. Kept for the
    /// organisation until the data changes, under the Oslo day: whose turn it is, what blocks
    /// sending, the days left, what is overdue and the coming meeting are all judged against
    /// dates that end with a day. (A UH's home made its twenty cards out of 120 partnerships and
    /// 360 behovsmeldinger, and its links out of a round's letters and reports, on every view.)
    func eierOgUH(id: Int64, rolle: Rolle, side: Int, t: Catalogue) async throws -> RoleHomeContent {
        struct Nokkel: Hashable, Sendable {
            let id: Int64, kind: Rolle.Kind, side: Int, dag: Dato, sprak: Catalogue.Language, fyll: [String: String]
        }
        // A test's own catalogue is not kept beside the application's.
        guard t.erEgen else { return try await lagEierOgUH(id: id, rolle: rolle, side: side, t: t) }
        let nokkel = Nokkel(id: id, kind: rolle.kind, side: side, dag: Dato(instant: deps.clock.now()), sprak: t.language, fyll: t.fyll)
        return try await deps.database.beholdt(forOrganisasjon: nokkel) { try await lagEierOgUH(id: id, rolle: rolle, side: side, t: t) }
    }

    /// What `eierOgUH` keeps, read and made; everything it reads is read here, after the buffer
    /// it is kept in was asked (`AppDatabase.beholdt`).
    private func lagEierOgUH(id: Int64, rolle: Rolle, side: Int, t: Catalogue) async throws -> RoleHomeContent {
        var content = RoleHomeContent()
        guard let org = try await deps.database.organisasjon(id: id) else { throw HTTPError(.notFound) }
        content.facts = RoleHomePage.facts(org, regions: try await deps.database.regions(), t: t)
        let now = deps.clock.now()
        let runde = try await deps.database.gjeldendeRunde(today: Dato(instant: now))
        let runder = Runder(try await deps.database.runder())
        let partnerskap = try await deps.database.partnerskap(forOrganisation: id)
        // The cards show the current round's behovsmeldinger and count the earlier ones, which the
        // partnership's page lists. An owner's drafts are checked for what blocks sending; a
        // UH's list says only whose turn it is.
        let plasser = try await deps.database.behovsmeldingPlasser(organisasjonId: id)
        let hele = rolle.kind == .eier ? try await deps.database.behovsmeldinger(organisasjonId: id, fraAar: runde?.aar, medTiltak: .utkast) : nil
        let meldinger = if let hele { hele.map(StoredSak.init) } else { try await deps.database.saker(organisasjonId: id, fraAar: runde?.aar) }
        var tidligere: [Int64: Int] = [:]
        for plass in plasser where plass.rundeAar < runde?.aar ?? .min { tidligere[plass.partnerskapId, default: 0] += 1 }
        let blokkerende = hele.map { PartnerskapArbeid.blokkerende($0, partnerskapAv: Self.partnerskap(meldinger, partnerskap), runde: runde, now: now) } ?? [:]
        let arbeid = PartnerskapArbeid(organisasjonId: id, partnerskap: partnerskap, meldinger: meldinger, blokkerende: blokkerende, runde: runde,
                                       tidligere: tidligere, runder: runder, side: side, path: SiteRoute.hjem(rolle.kind).path, now: now, t: t)
        content.arbeid = arbeid
        content.arbeidKort = try deps.renderer.rader(PartnerskapArbeid.kortmal, arbeid.items, t: t)
        // Only this organisation's letters and reports are read: the page costs the same whatever
        // other counties hold. Its letters, of every round's behovsmeldinger (an earlier round's
        // tiltak may have money promised in this one).
        let brevIAar: Tildelingsbrevsamling? = if let runde {
            try await Tildelingsbrevsamling.load(deps.database, runde: runde, organisasjonId: id)
        } else { nil }
        if let brevIAar { content.links += Self.brevLenker(brevIAar, rolle: rolle, t: t) }
        if rolle.kind == .eier {
            content.links += try await rekom30Lenker(organisasjonId: id, runde: runde, t: t)
        }
        content.links += try await rapportLenker(rolle: rolle, organisasjonId: id, runde: runde, runder: runder, brevIAar: brevIAar, t: t)
        content.links += try await nettverkLenker(Set(try await deps.database.nettverk(medlem: id)), moter: true, t: t)
        return content
    }

    /// At most this many letters of one ordning, or reports of one kind on them, are linked one
    /// by one from a home; more (a UH in a hundred partnerships) are one link to that ordning in
    /// the round's list of letters, which shows each letter's reports beside it.
    static let enkeltvis = 3

    /// The links to the letters of `samling` that `rolle` may read: one per letter, or per
    /// ordning with more than `enkeltvis` of them, to that ordning in the round's list.
    static func brevLenker(_ samling: Tildelingsbrevsamling, rolle: Rolle, t: Catalogue) -> [RoleHomePage.Link] {
        let synlige = samling.synlige(for: rolle)
        return samling.runde.ordningerSortert.flatMap { ordning, _ -> [RoleHomePage.Link] in
            let plasser = synlige.filter { samling.kort[$0].ordning == ordning }
            guard let forste = plasser.first else { return [] }
            let first = samling.brev[forste]
            let label = t.format(.homeLetterLink, ["ordning": samling.runde.kortnavn(ordning), "aar": String(first.aar)])
            let vedtatt = t.format(.tbDecided, ["dato": first.vedtaksdato.formatted])
            guard plasser.count > enkeltvis else {
                return plasser.map { samling.brev[$0] }.map { .init(label: label + ": " + $0.partnerskap.navn, href: $0.href, text: $0.kortText(t) + ". " + vedtatt) }
            }
            let text = t.format(.homeLettersMany, ["antall": String(plasser.count), "tildelt": String(plasser.filter { samling.kort[$0].utfall == .tildelt }.count),
                                                   "belop": plasser.map { samling.kort[$0].total }.sum().sum.formatted])
            return [.init(label: label, href: SiteRoute.tildelingsbrevListe(aar: first.aar).path + Brevliste.Utvalg(ordning: ordning).query() + "#brev-\(ordning.kode)", text: text + " " + vedtatt)]
        }
    }

    /// The partnership of each of `meldinger`, by behovsmelding id, from `partnerskap`.
    static func partnerskap(_ meldinger: [StoredSak], _ partnerskap: [StoredPartnerskap]) -> [Int64: Partnerskap] {
        self.partnerskap(meldinger.map { ($0.id, $0.sak.partnerskapId) }, partnerskap)
    }

    /// The partnership of each behovsmelding (its id and its partnership's), by behovsmelding id, from `partnerskap`.
    static func partnerskap(_ meldinger: [(id: Int64, partnerskapId: Int64)], _ partnerskap: [StoredPartnerskap]) -> [Int64: Partnerskap] {
        let etterId = Dictionary(partnerskap.map { ($0.id, $0.partnerskap) }, uniquingKeysWith: { first, _ in first })
        return Dictionary(meldinger.compactMap { melding in etterId[melding.partnerskapId].map { (melding.id, $0) } },
                          uniquingKeysWith: { first, _ in first })
    }

    /// The work of the networks `nettverkIds`: each one's competence plan once published (or
    /// always, for its leader `leder`, to write it), and with `moter` (members and the leader)
    /// its shared documents once there are any and its meeting plan once it has a coming
    /// meeting (both always for its leader).
    func nettverkLenker(_ nettverkIds: Set<Int64>, leder: Bool = false, moter: Bool = false, t: Catalogue) async throws -> [RoleHomePage.Link] {
        guard !nettverkIds.isEmpty else { return [] }
        let oversikt = try await deps.database.nettverksoversikt(nettverkIds, moter: moter)
        let today = Dato(instant: deps.clock.now())
        var links: [RoleHomePage.Link] = []
        for nettverk in try await deps.database.nettverk() where nettverkIds.contains(nettverk.id) {
            let label = t.format(.kpHomeLink, ["nettverk": nettverk.navn])
            let href = SiteRoute.kompetanseplan(nettverk: nettverk.id).path
            if let current = oversikt[nettverk.id]?.plan {
                links.append(.init(label: label, href: href, text: t.format(.kpHomeText, ["versjon": String(current.plan.versjon),
                                                                                        "dato": Tidspunkt.oslo(current.publisert)])))
            } else if leder {
                links.append(.init(label: label, href: href, text: t.text(.kpHomeNone)))
            }
            guard moter else { continue }
            let dokumenter = oversikt[nettverk.id]?.dokumenter ?? 0
            if dokumenter > 0 || leder {
                links.append(.init(label: t.format(.ndHomeLink, ["nettverk": nettverk.navn]), href: SiteRoute.nettverksdokumenter(nettverk: nettverk.id).path,
                                   text: dokumenter == 0 ? t.text(.ndNone) : t.format(.ndHomeText, ["antall": String(dokumenter)])))
            }
            let next = Nettverksmote.kommende(oversikt[nettverk.id]?.moter ?? [], today: today).first
            guard next != nil || leder else { continue }
            links.append(.init(label: t.format(.nmHomeLink, ["nettverk": nettverk.navn]), href: SiteRoute.nettverksmoter(nettverk: nettverk.id).path,
                               text: next.map { t.format(.nmHomeNext, ["dato": $0.dato.formatted, "hva": $0.hva,
                                                                       "form": t.text($0.form == .digital ? .nmDigital : .nmPhysical).lowercased()]) }
                                   ?? t.text(.nmHomeNone)))
        }
        return links
    }

    /// The owner's applications to the Rekom 30 % round, and the current round's while it is open.
    func rekom30Lenker(organisasjonId: Int64, runde: Runde?, t: Catalogue) async throws -> [RoleHomePage.Link] {
        let now = deps.clock.now()
        var soknader = try await deps.database.rekom30Soknader(organisasjonId: organisasjonId).map { ($0.soknad.rundeAar, Optional($0.soknad)) }
        if let runde, runde.senereRunde != nil, Rekom30Soknad.erApen(runde, now: now), !soknader.contains(where: { $0.0 == runde.aar }) {
            soknader.insert((runde.aar, nil), at: 0)
        }
        var links: [RoleHomePage.Link] = []
        for (aar, soknad) in soknader {
            guard let round = try await deps.database.runde(aar: aar) else { continue }
            let status = t.text(soknad == nil ? .r30StatusNew : soknad?.status == .sendt ? .r30StatusSent : .r30StatusDraft)
            links.append(.init(label: t.format(.r30HomeLink, senereRunde: round, ["aar": String(aar)]), href: SiteRoute.rekom30Soknad(aar: aar).path,
                               text: t.format(.r30HomeLinkText, ["frist": round.frister.rekom30Frist.formatted, "status": status])))
            // Its letter, once the allocation is vedtatt.
            if soknad?.status == .sendt, let brev = try await Rekom30Grunnlag.load(deps.database, runde: round)?.brev.first(where: { $0.organisasjonId == organisasjonId }) {
                links.append(.init(label: t.format(.r30bHomeLink, senereRunde: round, ["aar": String(aar)]), href: SiteRoute.rekom30Brev(aar: aar, organisasjon: organisasjonId).path,
                                   text: (brev.erAvslag ? t.text(.tbNoFunds) : t.format(.tbGranted, ["belop": brev.total.formatted]))
                                       + ". " + t.format(.tbDecided, ["dato": brev.vedtaksdato.formatted])))
            }
        }
        return links
    }

    /// The reports this owner or partner writes on the letters of the current round and the
    /// one before, half-year reports and reports on the year, until they are approved; more
    /// than `enkeltvis` of one kind and ordning as one link. `brevIAar`: the current round's
    /// letters of organisation `organisasjonId`, already read.
    func rapportLenker(rolle: Rolle, organisasjonId: Int64, runde: Runde?, runder: Runder, brevIAar: Tildelingsbrevsamling?,
                       t: Catalogue) async throws -> [RoleHomePage.Link] {
        guard let runde else { return [] }
        let now = deps.clock.now()
        var links: [RoleHomePage.Link] = []
        for round in [runde.aar - 1, runde.aar].compactMap({ runder.etterAar[$0] }) {
            let t = t.forRunde(round)
            let samling = if round.aar == runde.aar, let brevIAar { brevIAar } else {
                try await Tildelingsbrevsamling.load(deps.database, runde: round, organisasjonId: organisasjonId)
            }
            let slagene = Array(Rapport.Slag.allCases.reversed())
            let alleApne = try await Rapportgrunnlag.apne(deps.database, samling: samling, slagene, rolle: rolle)
            for slag in slagene {
                let frist = slag.frist(round.frister)
                func state(_ status: Rapportstatus) -> String {
                    status.navn(t) + (status.forSent(frist: frist, now: now) ? " (" + t.text(.rpfOverdue).lowercased() + ")" : "")
                }
                for ordning in round.ordningerSortert.map(\.0) {
                    // By position: a UH's hundreds of reports are neither copied nor named one by one.
                    let reports = alleApne.indices.filter { alleApne[$0].slag == slag && samling.kort[alleApne[$0].brev].ordning == ordning }
                    guard reports.count > Self.enkeltvis else {
                        links += reports.map { index in
                            let (expected, brev) = (alleApne[index], samling.brev[alleApne[index].brev])
                            return .init(label: t.format(slag.tekst(.rpHomeLink, .rhHomeLink),
                                                         ["aar": String(brev.aar), "ordning": round.kortnavn(ordning), "partnerskap": brev.partnerskap.navn]),
                                         href: SiteRoute.rapport(aar: brev.aar, ordning, partnerskap: brev.partnerskap.id, slag).path,
                                         text: t.format(.rpHomeText, ["status": state(expected.status), "dato": frist.formatted])
                                             + (expected.paminnet.map { t.format(.rpHomeReminded, ["tid": Tidspunkt.oslo($0)]) } ?? ""))
                        }
                        continue
                    }
                    // Many: one link to the round's letters, where each letter shows its reports, with how many are in each state
                    // (counted by state, and each state named once).
                    var perStatus: [(status: Rapportstatus, antall: Int)] = []
                    for index in reports {
                        let status = alleApne[index].status
                        if let plass = perStatus.firstIndex(where: { $0.status == status }) { perStatus[plass].antall += 1 } else { perStatus.append((status, 1)) }
                    }
                    var antall: [String: Int] = [:]
                    var rekkefolge: [String] = []
                    for (status, n) in perStatus {
                        let navn = state(status).lowercased()
                        if antall[navn] == nil { rekkefolge.append(navn) }
                        antall[navn, default: 0] += n
                    }
                    let status = rekkefolge.map { "\(antall[$0] ?? 0) \($0)" }.joined(separator: ", ")
                    links.append(.init(label: t.format(slag.tekst(.rpHomeLinkMany, .rhHomeLinkMany), ["aar": String(round.aar), "ordning": round.kortnavn(ordning)]),
                                       href: SiteRoute.tildelingsbrevListe(aar: round.aar).path + Brevliste.Utvalg(ordning: ordning).query() + "#brev-\(ordning.kode)",
                                       text: t.format(.rpHomeTextMany, ["antall": String(reports.count), "status": status, "dato": frist.formatted])))
                }
            }
        }
        return links
    }
}
