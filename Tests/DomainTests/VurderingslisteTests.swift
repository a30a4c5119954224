import Testing
@testable import Domain

/// The fagutvalg's work list: each behovsmelding's state for the member, the selection and the pages.
@Suite struct VurderingslisteTests {
    typealias Post = Vurderingsliste.Post
    static let rekom = Ordning(rawValue: "rekom")
    static let kompetanseloftet = Ordning(rawValue: "kompetanseloftet")

    static func alle(_ antall: Int) -> [Post] {
        (1...antall).map { (id: Int) -> Post in
            let ordning: Ordning = id % 3 == 0 ? kompetanseloftet : rekom
            let regionId = Int64(id % 2 + 1)
            return Post(behovsmeldingId: Int64(id), ordning: ordning, regionId: regionId, tilstand: Vurderingsliste.Tilstand.allCases[id % 4])
        }
    }

    static let oppfylt = Vurdering(kriterier: Dictionary(uniqueKeysWithValues: Kriterium.allCases.map { ($0, .init(oppfylt: true)) }))
    static let ikkeOppfylt = Vurdering(kriterier: [.forankring: .init(oppfylt: true), .kollektiveProsesser: .init(oppfylt: false), .partnerskap: .init(oppfylt: true)])

    static let tilstandTabell: [(Vurdering?, Bool, Vurderingsliste.Tilstand)] = [
        (nil, false, .venter),
        (oppfylt, false, .oppfylt),
        (ikkeOppfylt, false, .ikkeOppfylt),
        (Vurdering(kriterier: [.forankring: .init(oppfylt: true)]), false, .ikkeOppfylt),
        (nil, true, .inhabil),
        (oppfylt, true, .inhabil),
    ]

    @Test("all criteria met exactly when none is listed as not met: for every answer or none to each criterion")
    func alleOppfylt() {
        let svar: [Vurdering.Svar?] = [nil, .init(oppfylt: true), .init(oppfylt: false)]
        var antall = 0
        for a in svar {
            for b in svar {
                for c in svar {
                    let kriterier = zip(Kriterium.allCases, [a, b, c]).compactMap { kriterium, svar in svar.map { (kriterium, $0) } }
                    let vurdering = Vurdering(kriterier: Dictionary(uniqueKeysWithValues: kriterier))
                    #expect(vurdering.alleOppfylt == vurdering.ikkeOppfylt.isEmpty, "\(kriterier)")
                    antall += vurdering.alleOppfylt ? 1 : 0
                }
            }
        }
        #expect(antall == 1)
    }

    @Test("the state: inhabil first, then the committee's assessment, else waiting", arguments: tilstandTabell)
    func tilstand(vurdering: Vurdering?, inhabil: Bool, forventet: Vurderingsliste.Tilstand) {
        #expect(Vurderingsliste.Tilstand(vurdering: vurdering, inhabil: inhabil) == forventet)
    }

    static let utvalgTabell: [(Vurderingsliste.Utvalg, [Int64])] = [
        (Vurderingsliste.Utvalg(), Array(1...12).map(Int64.init)),
        (Vurderingsliste.Utvalg(ordning: kompetanseloftet), [3, 6, 9, 12]),
        (Vurderingsliste.Utvalg(regionId: 1), [2, 4, 6, 8, 10, 12]),
        (Vurderingsliste.Utvalg(valg: .venter), [4, 8, 12]),
        (Vurderingsliste.Utvalg(ordning: rekom, regionId: 2, valg: .oppfylt), [1, 5]),
        (Vurderingsliste.Utvalg(ordning: Ordning(rawValue: "dekom")), []),
    ]

    @Test("a selection keeps the posts it names, in their order", arguments: utvalgTabell)
    func utvalg(utvalg: Vurderingsliste.Utvalg, ids: [Int64]) {
        let side = Vurderingsliste.side(Self.alle(12), utvalg: utvalg)
        #expect(side.elementer.map(\.behovsmeldingId) == ids)
        #expect(side.antall == ids.count)
    }

    @Test("pages of 50: the first, a middle one, the last part-full one, and one past the end shows the last", arguments: [
        (1, 1, 1, 50), (2, 2, 51, 100), (3, 3, 101, 120), (9, 3, 101, 120),
    ])
    func sider(onsket: Int, nummer: Int, fra: Int, til: Int) {
        let side = Vurderingsliste.side(Self.alle(120), utvalg: .init(side: onsket))
        #expect(side.sider == 3)
        #expect(side.nummer == nummer)
        #expect((side.fra, side.til) == (fra, til))
        #expect(side.elementer.first?.behovsmeldingId == Int64(fra))
        #expect(side.elementer.last?.behovsmeldingId == Int64(til))
    }

    @Test("an empty selection is page 1 of 1 with nothing on it")
    func tom() {
        let side = Vurderingsliste.side([], utvalg: .init(valg: .inhabil, side: 4))
        #expect(side.elementer.isEmpty && side.antall == 0 && side.nummer == 1 && side.sider == 1 && side.fra == 0 && side.til == 0)
    }

    @Test("every page together is the selection, each post once, for every size and page size")
    func heleUtvalget() {
        for antall in [0, 1, 49, 50, 51, 99, 100, 101, 257] {
            for storrelse in [1, 7, 50] {
                let poster = Self.alle(max(antall, 1)).prefix(antall)
                let forste = Vurderingsliste.side(Array(poster), utvalg: .init(), storrelse: storrelse)
                let sammen = (1...forste.sider).flatMap { Vurderingsliste.side(Array(poster), utvalg: .init(side: $0), storrelse: storrelse).elementer }
                #expect(sammen == Array(poster), "antall \(antall), sidestørrelse \(storrelse)")
                #expect(forste.sider == max(1, (antall + storrelse - 1) / storrelse))
            }
        }
    }

    @Test("from an address: codes, numbers and states; anything else selects everything from page 1")
    func fraAdresse() {
        #expect(Vurderingsliste.Utvalg(ordning: "rekom", region: "7", valg: "ikke-oppfylt", side: "3")
            == Vurderingsliste.Utvalg(ordning: Self.rekom, regionId: 7, valg: .ikkeOppfylt, side: 3))
        let tull = Vurderingsliste.Utvalg(ordning: "<b>", region: "x", valg: "alt", side: "-2")
        #expect(tull.erAlle)
        #expect(tull.side == 1)
    }

    @Test("the count of each state")
    func antall() {
        #expect(Vurderingsliste.antall(Self.alle(12)) == [.venter: 3, .oppfylt: 3, .ikkeOppfylt: 3, .inhabil: 3])
        #expect(Vurderingsliste.antall([]).isEmpty)
        // Every uneven mix too, as counted one by one.
        for n in 0...12 {
            let poster = Array(Self.alle(12).reversed().prefix(n))
            #expect(Vurderingsliste.antall(poster) == poster.reduce(into: [:]) { $0[$1.tilstand, default: 0] += 1 }, "\(n)")
        }
    }
}
