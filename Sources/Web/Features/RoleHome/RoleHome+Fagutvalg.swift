import Domain
import Foundation
import Hummingbird
import Persistence

extension RoleHomeController {
    /// A fagutvalg member's home: the work list of every forwarded behovsmelding of the sector with
    /// its assessment state, chosen by `utvalg` and shown a page at a time.
    func fagutvalg(sektor: Sektor, session: ActiveSession, runde: Runde?, utvalg: Vurderingsliste.Utvalg, t: Catalogue) async throws -> RoleHomeContent {
        var content = RoleHomeContent()
        content.facts = [.init(term: t.text(.homeFactSector), value: t.navn(sektor))]
        if let runde {
            let liste = try await Fagutvalgsliste.load(deps.database, runde: runde, sektor: sektor)
            let poster = liste.poster(medlemAv: session.organisasjonIds)
            content.vurderinger = try Vurderingsarbeid(poster: poster, ordninger: liste.ordninger, regions: liste.regions, regionIds: liste.regionIds,
                                                       utvalg: utvalg, path: SiteRoute.hjem(.fagutvalg).path, renderer: deps.renderer,
                                                       lager: liste.gjengitt, t: t) { post in
                guard let (review, kortnavn) = liste.reviews[post.ordning], let partnerskapId = liste.partnerskapAv[post.behovsmeldingId] else { return nil }
                let vurdering = review.vurderinger[post.behovsmeldingId]
                return .init(ordning: kortnavn, partnerskap: review.partnerskap[partnerskapId]?.navn ?? "", vurdertAv: vurdering?.userName,
                             vurdering: vurdering?.vurdering)
            }
        }
        let type = Nettverkstype(sektor)
        content.links += try await nettverkLenker(Set(try await deps.database.nettverk().filter { $0.type == type }.map(\.id)), t: t)
        return content
    }
}

/// Every forwarded behovsmelding of a sector in a round, as the fagutvalg's work list starts
/// from: the same for every member, so it is kept until the data changes
/// (`AppDatabase.beholdt`), as the reviews it is made from are. Making it walked each of the
/// country's 1 825 behovsmeldinger on every view of the home. Only whether a member is inhabil
/// is the member's own (`poster(medlemAv:)`).
struct Fagutvalgsliste: Sendable {
    /// In the schemes' order, each with its state for a member of no party (`inhabil` false).
    let poster: [Vurderingsliste.Post]
    /// Each one's partnership, by behovsmelding id.
    let partnerskapAv: [Int64: Int64]
    /// Each scheme's review with its short name: the rows shown are written out from them.
    let reviews: [Ordning: (review: Gjennomgang, kortnavn: String)]
    let ordninger: [(Ordning, String)]
    let regions: [Int64: Region]
    /// The regions the list's behovsmeldinger are in: the choice of region offers them.
    let regionIds: Set<Int64>
    /// The list's rows as rendered from it, kept with it.
    let gjengitt = Gjengivelser()

    private struct Nokkel: Hashable, Sendable {
        let runde: Runde
        let sektor: Sektor
    }

    static func load(_ database: AppDatabase, runde: Runde, sektor: Sektor) async throws -> Fagutvalgsliste {
        try await database.beholdt(Nokkel(runde: runde, sektor: sektor)) {
            var poster: [Vurderingsliste.Post] = []
            var partnerskapAv: [Int64: Int64] = [:]
            var reviews: [Ordning: (review: Gjennomgang, kortnavn: String)] = [:]
            var ordninger: [(Ordning, String)] = []
            var regions: [Int64: Region] = [:]
            for (ordning, iRunde) in runde.ordningerSortert where iRunde.sektorer.contains(sektor) {
                // The list says whose and how far, not what: the tiltak stay unread.
                let review = try await Gjennomgang.load(database, runde: runde, ordning: ordning, bareHoder: true)
                reviews[ordning] = (review, iRunde.kortnavn)
                ordninger.append((ordning, iRunde.kortnavn))
                regions = review.regions
                for plass in review.forFagutvalg(sektor) {
                    let (id, partnerskapId) = (review.leverte[plass].id, review.leverte[plass].melding.partnerskapId)
                    guard review.partnerskap.keys.contains(partnerskapId) else { continue }
                    let tilstand = Vurderingsliste.Tilstand(vurdering: review.vurderinger[id]?.vurdering, inhabil: false)
                    poster.append(.init(behovsmeldingId: id, ordning: ordning, regionId: review.regionId(partnerskapId: partnerskapId), tilstand: tilstand))
                    partnerskapAv[id] = partnerskapId
                }
            }
            return Fagutvalgsliste(poster: poster, partnerskapAv: partnerskapAv, reviews: reviews, ordninger: ordninger, regions: regions,
                                   regionIds: Set(poster.compactMap(\.regionId)))
        }
    }

    /// The list for a member of the organisations `own`: a behovsmelding of a partnership one of
    /// them is a party to is inhabil for it (`Vurdering.inhabil`). A member of none (most are)
    /// gets the list as kept; a partnership is taken out of its review (a copy of all of it) only
    /// to check it against a member's organisations.
    func poster(medlemAv own: Set<Int64>) -> [Vurderingsliste.Post] {
        guard !own.isEmpty else { return poster }
        return poster.map { post in
            guard let partnerskapId = partnerskapAv[post.behovsmeldingId], let review = reviews[post.ordning]?.review,
                  let partnerskap = review.partnerskap[partnerskapId], Vurdering.inhabil(medlemAv: own, partnerskap: partnerskap) != nil else { return post }
            let tilstand = Vurderingsliste.Tilstand(vurdering: review.vurderinger[post.behovsmeldingId]?.vurdering, inhabil: true)
            return .init(behovsmeldingId: post.behovsmeldingId, ordning: post.ordning, regionId: post.regionId, tilstand: tilstand)
        }
    }
}
