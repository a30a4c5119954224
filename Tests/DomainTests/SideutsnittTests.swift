import Testing
@testable import Domain

@Suite struct SideutsnittTests {
    @Test("a page asked for before the first is the first, past the last the last", arguments: [
        // (rows, page asked for, page size) -> (page, pages, first, last)
        (45, 1, 20, 1, 3, 1, 20), (45, 3, 20, 3, 3, 41, 45), (45, 0, 20, 1, 3, 1, 20), (45, -7, 20, 1, 3, 1, 20),
        (45, 99, 20, 3, 3, 41, 45), (40, 2, 20, 2, 2, 21, 40), (0, 2, 20, 1, 1, 0, 0), (1, 1, 20, 1, 1, 1, 1),
    ])
    func sider(antall: Int, onsket: Int, storrelse: Int, nummer: Int, sider: Int, fra: Int, til: Int) {
        let side = Sideutsnitt(Array(1...max(antall, 1)).prefix(antall).map { $0 }, side: onsket, storrelse: storrelse)
        #expect((side.nummer, side.sider, side.fra, side.til, side.antall) == (nummer, sider, fra, til, antall))
        #expect(side.elementer == (fra == 0 ? [] : Array(fra...til)))
    }
}
