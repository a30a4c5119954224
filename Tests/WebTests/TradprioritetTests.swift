import NIOCore
import NIOPosix
import Testing
@testable import Web

/// The event loops give way to the page work (`Tradprioritet`).
@Suite struct TradprioritetTests {
    @Test("each event loop's thread becomes 10 nicer than it was, at most 19; the thread that asked keeps its own")
    func hendelsesloekker() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        let her = Tradprioritet.naa()
        let loops = Array(group.makeIterator())
        var foer: [Int32] = []
        for loop in loops { foer.append(try await loop.submit { Tradprioritet.naa() }.get()) }
        try await Tradprioritet.settHendelsesloekker(group)
        for (loop, tidligere) in zip(loops, foer) {
            #expect(try await loop.submit { Tradprioritet.naa() }.get() == min(19, tidligere + Tradprioritet.tillegg))
        }
        #expect(Tradprioritet.naa() == her)
        try await group.shutdownGracefully()
    }
}
