import NIOCore
import NIOPosix
import Testing
@testable import Web

/// The event loops give way to the page work (`Tradprioritet`).
@Suite struct TradprioritetTests {
    /// Every nice value is read on a thread the test names: a loop's own. The test's task may
    /// resume on another of the pool's threads after each `await`, and a pool thread started by
    /// a loop that was already made nicer inherits its value, so reading "the thread that asked"
    /// before and after could compare two threads.
    @Test("each event loop's thread becomes 10 nicer than it was, at most 19; a thread outside the group keeps its own")
    func hendelsesloekker() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        let utenfor = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let annen = utenfor.next()
        let loops = Array(group.makeIterator())
        var foer: [Int32] = []
        for loop in loops { foer.append(try await loop.submit { Tradprioritet.naa() }.get()) }
        let annenFoer = try await annen.submit { Tradprioritet.naa() }.get()
        try await Tradprioritet.settHendelsesloekker(group)
        for (loop, tidligere) in zip(loops, foer) {
            #expect(try await loop.submit { Tradprioritet.naa() }.get() == min(19, tidligere + Tradprioritet.tillegg))
        }
        #expect(try await annen.submit { Tradprioritet.naa() }.get() == annenFoer)
        try await group.shutdownGracefully()
        try await utenfor.shutdownGracefully()
    }
}
