import Domain
import Persistence

/// A role's home page: what waits for it in the current round, its deadlines, what it acts
/// for, and (for the Statsforvalter) the administration and the latest changes.
struct RoleHomePage: Page {
    static let template = "role/home"

    struct Task: Sendable {
        let title: String
        let text: String
    }

    /// A deadline, a fact and a link are each kept under themselves (`Renderer.rader(_:_:t:)`).
    static let fristmal = "role/frist"
    static let faktamal = "role/fakta"
    static let lenkemal = "role/lenke"

    struct Deadline: Sendable, Hashable {
        let label: String
        let date: String
        let status: String
        let isNext: Bool
        let isPassed: Bool
    }

    struct Fact: Sendable, Hashable {
        let term: String
        let value: String
    }

    struct Link: Sendable, Hashable {
        let label: String
        let href: String
        let text: String
    }

    let title: String
    let lead: String
    let tasks: [Task]
    let deadlineItems: Gjengitt
    let hasDeadlines: Bool
    let deadlinesHeading: String
    let factItems: Gjengitt
    let hasFacts: Bool
    let linkCards: Gjengitt
    let hasLinks: Bool
    let linksHeading: String
    let auditRows: Gjengitt?
    let hasRecent: Bool
    let auditHref: String
    /// Owners and UH: their partnerships and behovsmeldinger.
    let arbeid: PartnerskapArbeid?
    /// Its cards, rendered.
    let workCards: Gjengitt?
    let hasWork: Bool
    let newPartnershipHref: String?
    /// The fagutvalg: its work list.
    let vurderinger: Vurderingsarbeid?

    init(kind: Rolle.Kind, actingLabel: String, runde: Runde?, today: Dato, facts: [Fact], links: [Link], recent: Gjengitt?,
         arbeid: PartnerskapArbeid? = nil, workCards: Gjengitt? = nil, vurderinger: Vurderingsarbeid? = nil, newPartnershipHref: String? = nil,
         renderer: Renderer, t: Catalogue) throws {
        title = actingLabel
        lead = t.text(.hjemIngress(kind))
        var tasks: [Task] = []
        var deadlines: [Deadline] = []
        if let runde {
            let steps = Arshjul(runde: runde, today: today).steg(for: kind)
            deadlines = steps.map { step in
                Deadline(
                    label: t.stegTittel(step.kode, runde), date: step.dato.formatted,
                    status: Self.statusText(step, today: today, t: t), isNext: step.status == .neste, isPassed: step.status == .passert
                )
            }
            if let next = steps.first(where: { $0.status != .passert }) {
                tasks.append(Task(
                    title: t.format(.hjemOppgave(kind), ["aar": String(runde.aar)]),
                    text: t.format(.homeTaskNext, ["steg": t.stegTittel(next.kode, runde), "dato": next.dato.formatted,
                                                    "igjen": Self.daysLeft(today.days(until: next.dato), t: t)])
                ))
            }
            deadlinesHeading = t.format(.homeDeadlines, ["aar": String(runde.aar)])
        } else {
            tasks.append(Task(title: t.text(.homeNoRoundTitle), text: t.text(.startNoRound)))
            deadlinesHeading = t.text(.homeDeadlinesNone)
        }
        self.tasks = tasks
        deadlineItems = try renderer.rader(Self.fristmal, deadlines, t: t)
        hasDeadlines = !deadlines.isEmpty
        factItems = try renderer.rader(Self.faktamal, facts, t: t)
        hasFacts = !facts.isEmpty
        linkCards = try renderer.rader(Self.lenkemal, links, t: t)
        hasLinks = !links.isEmpty
        linksHeading = t.text(.hjemLenkeoverskrift(kind))
        auditRows = recent
        hasRecent = recent != nil
        auditHref = SiteRoute.adminLogg.path
        self.arbeid = arbeid
        self.workCards = workCards
        self.vurderinger = vurderinger
        hasWork = !(arbeid?.items.isEmpty ?? true)
        self.newPartnershipHref = newPartnershipHref
    }

    static func statusText(_ step: Arshjul.Steg, today: Dato, t: Catalogue) -> String {
        let label = t.text(.stegStatus(step.status))
        return step.status == .neste ? label + " – " + daysLeft(today.days(until: step.dato), t: t) : label
    }

    static func daysLeft(_ days: Int, t: Catalogue) -> String {
        switch days {
        case 0: return t.text(.daysLeftToday)
        case 1: return t.text(.daysLeftOne)
        default: return t.format(.daysLeftMany, ["antall": String(days)])
        }
    }

    /// What an owner's or UH's home says about the organisation.
    static func facts(_ org: Organisasjon, regions: [Region], t: Catalogue) -> [Fact] {
        var facts: [Fact] = [
            .init(term: t.text(.orgColName), value: org.navn),
            .init(term: t.text(.orgColKind), value: t.navn(org.type)),
            .init(term: t.text(.orgColOrgnr), value: org.orgnr.formatted),
        ]
        if let kommune = org.kommunenummer { facts.append(.init(term: t.text(.orgColKommunenummer), value: kommune.digits)) }
        if let region = org.regionId.flatMap({ id in regions.first { $0.id == id } }) {
            facts.append(.init(term: t.text(.homeFactRegion), value: region.navn))
        }
        facts += org.merknader(t).map { Fact(term: t.text(.orgColNotes), value: $0) }
        return facts
    }
}
