import Domain
import Foundation

/// The fagutvalg's work list on its home page (`Vurderingsliste`): how many wait and how many are
/// done, a selection by scheme, region and state, one page of rows and the way to the others.
struct Vurderingsarbeid: Sendable {
    static let radmal = "role/vurdering-rad"

    /// What the page knows of one behovsmelding on the list, besides its place in it.
    struct Detalj: Sendable {
        /// The link's text is «ordning: partnerskap», written out only for the rows shown.
        let ordning: String
        let partnerskap: String
        let vurdertAv: String?
        /// The committee's assessment; which criteria it found not met is asked only for the rows shown.
        let vurdering: Vurdering?
    }

    struct Row: Sendable {
        let label: String
        let href: String
        let region: String
        let state: String
        let waiting: Bool
    }

    let counts: String?
    /// The choice by scheme (when the sector's fagutvalg assesses more than one this round),
    /// region and state.
    let filter: Listefilter
    let filterForm: Gjengitt
    /// The page's rows (`Row`, `radmal`).
    let rows: Gjengitt
    let hasRows: Bool
    let none: String
    let caption: String
    let pager: Sidevelger?

    /// `detalj`: what the page knows of a row, asked only for the rows shown. `regionIds`: the
    /// regions of `poster`, which the choice of region offers. A row is rendered once for the
    /// kept list `lager` is kept with, which `detalj` and `regions` must come from.
    init(poster: [Vurderingsliste.Post], ordninger: [(Ordning, String)], regions: [Int64: Region], regionIds: Set<Int64>,
         utvalg: Vurderingsliste.Utvalg, path: String, renderer: Renderer, lager: Gjengivelser, t: Catalogue,
         detalj: (Vurderingsliste.Post) -> Detalj?) throws {
        let side = Vurderingsliste.side(poster, utvalg: utvalg)
        let antall = Vurderingsliste.antall(poster)
        let tall = { (tilstand: Vurderingsliste.Tilstand) in Kroner.groupDigits(antall[tilstand] ?? 0) }
        let inhabil = antall[.inhabil].map { t.format(.fuListCountsInhabil, ["inhabil": Kroner.groupDigits($0)]) }
        let alle = t.format(.fuListCounts, ["antall": Kroner.groupDigits(poster.count), "venter": tall(.venter), "oppfylt": tall(.oppfylt),
                                            "ikkeOppfylt": tall(.ikkeOppfylt)])
        counts = poster.isEmpty ? nil : [alle, inhabil].compactMap { $0 }.joined(separator: " ")
        let tilstand = SelectField(Vurderingsliste.Tilstand.parameter, label: t.text(.fuListState), selected: utvalg.valg?.rawValue ?? "",
                                   options: [("", t.text(.dsAll))] + Vurderingsliste.Tilstand.allCases.map { ($0.rawValue, "\(t.text(.fuListState($0))) (\(tall($0)))") })
        filter = Listefilter(path: path, ordninger: ordninger, ordning: utvalg.ordning, regions: regionIds.compactMap { regions[$0] },
                             regionId: utvalg.regionId, valg: tilstand, side: side, erAlle: utvalg.erAlle, t: t)
        filterForm = try renderer.skjema(filter, t: t)
        // A row shows its post, whose state is the member's own (inhabil), and the list's details.
        rows = try renderer.rader(Self.radmal, side.elementer, lager: lager, t: t, nokkel: { Radnokkel($0.behovsmeldingId, $0.tilstand) }) { post in
            let detalj = detalj(post)
            let state: String = switch post.tilstand {
            case .venter: t.text(.homeAssessWaiting)
            case .inhabil: t.text(.homeAssessConflict)
            case .oppfylt: t.format(.homeAssessDone, ["hvem": detalj?.vurdertAv ?? ""])
            case .ikkeOppfylt: t.format(.homeAssessUnmet, ["hvem": detalj?.vurdertAv ?? "",
                                                           "kriterier": (detalj?.vurdering?.ikkeOppfylt ?? []).map(t.navn).joined(separator: ", ")])
            }
            return Row(label: detalj.map { "\($0.ordning): \($0.partnerskap)" } ?? "", href: SiteRoute.fagutvalgVurdering(post.behovsmeldingId).path,
                       region: post.regionId.flatMap { regions[$0]?.navn } ?? "–", state: state, waiting: post.tilstand == .venter)
        }
        hasRows = !side.elementer.isEmpty
        none = t.text(poster.isEmpty ? .fuListNoneForwarded : .fuListNone)
        caption = t.format(.fuListCaption, ["side": String(side.nummer), "sider": String(side.sider)])
        pager = Sidevelger(nummer: side.nummer, sider: side.sider, href: { path + utvalg.query(side: $0) }, t: t)
    }
}
