import Domain
import Foundation
import Persistence

/// The «delingssystem»: a search form and the delivered tiltak it finds, each with its round,
/// region, partnership and what will be done.
struct DelingssystemPage: Page {
    static let template = "nettverk/delingssystem"
    /// One hit (`Hit`), rendered once and kept under its whole model.
    static let treffmal = "nettverk/delingssystem-treff"
    /// The search form (`Skjema`), kept under what it asks and offers.
    static let skjemamal = "nettverk/delingssystem-skjema"

    struct Hit: Sendable, Hashable {
        let title: String
        let meta: String
        let href: String?
        let facts: [BehovsmeldingInnhold.Fact]
        let text: String
    }

    struct Skjema: Sendable, Hashable {
        let action: String
        let query: Field
        let ordning: SelectField
        let region: SelectField
        let aar: SelectField
    }

    let title: String
    let lead: String
    let back: String
    /// The search form (`skjemamal`).
    let skjema: Gjengitt
    let searched: Bool
    let count: String
    /// The hits (`treffmal`).
    let hits: Gjengitt

    init(
        filter: Soksfilter, searched: Bool, treff: [Sokstreff], antall: Int, runder: [Runde], regioner: [Region], kanApne: Bool, back: String,
        renderer: Renderer, t: Catalogue
    ) throws {
        title = t.text(.dsTitle)
        lead = t.text(.dsLead)
        self.back = back
        let query = Field("q", label: t.text(.dsQuery), value: filter.tekst, type: "search", hint: t.text(.dsQueryHint))
        let names = Runder(runder)
        var ordninger: [(String, String)] = []
        for runde in runder.sorted(by: { $0.aar > $1.aar }) {
            for (code, scheme) in runde.ordningerSortert where !ordninger.contains(where: { $0.0 == code.kode }) {
                ordninger.append((code.kode, scheme.kortnavn))
            }
        }
        let ordning = SelectField("ordning", label: t.text(.foColOrdning), selected: filter.ordning?.kode ?? "", options: [("", t.text(.dsAll))] + ordninger)
        let region = SelectField("region", label: t.text(.inColRegion), selected: filter.regionId.map(String.init) ?? "",
                                 options: [("", t.text(.dsAll))] + regioner.map { (String($0.id), $0.navn) })
        let aar = SelectField("aar", label: t.text(.dsYear), selected: filter.aar.map(String.init) ?? "",
                              options: [("", t.text(.dsAll))] + runder.map(\.aar).sorted(by: >).map { (String($0), String($0)) })
        skjema = try renderer.rader(Self.skjemamal, [Skjema(action: SiteRoute.delingssystem.path, query: query, ordning: ordning, region: region, aar: aar)],
                                    t: t)
        self.searched = searched
        count = antall == 0 ? t.text(.dsNone)
            : antall > treff.count ? t.format(.dsSome, ["antall": String(antall), "vist": String(treff.count)]) : t.format(.dsAll_count, ["antall": String(antall)])
        let none = t.text(.bmNotAnswered)
        hits = try renderer.rader(Self.treffmal, treff.map { hit in
            let tiltak = hit.tiltak
            var facts = [
                BehovsmeldingInnhold.Fact(term: t.text(.dsOwners), value: hit.eiere.joined(separator: ", ")),
                BehovsmeldingInnhold.Fact(term: t.text(.dsPartners), value: hit.uh.isEmpty ? none : hit.uh.joined(separator: ", ")),
                BehovsmeldingInnhold.Fact(term: t.text(.bmFase), value: tiltak.fase.map(t.navn) ?? none),
                BehovsmeldingInnhold.Fact(term: t.text(.bmDeltakere), value: tiltak.deltakere.isEmpty ? none : tiltak.deltakere),
            ]
            if !tiltak.planmal.isEmpty { facts.append(.init(term: t.text(.bmPlanGoalLabel), value: tiltak.planmal)) }
            return Hit(
                title: t.omtale(tiltak.navn),
                meta: [names.kortnavn(hit.ordning, aar: hit.aar) + " " + String(hit.aar), hit.region, hit.partnerskap].filter { !$0.isEmpty }.joined(separator: " · "),
                href: kanApne ? SiteRoute.behovsmelding(hit.behovsmeldingId).path + "#tiltak-\(tiltak.nummer)" : nil,
                facts: facts, text: tiltak.hvaSkalGjores.isEmpty ? tiltak.hvemGjorHva : tiltak.hvaSkalGjores
            )
        }, t: t)
    }
}
