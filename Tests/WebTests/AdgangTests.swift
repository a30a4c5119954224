import Foundation
import Testing
@testable import Web

/// `Adgang`, the queue in front of the controllers: never more than its places at once, first
/// come first served, and a cancelled waiter leaves without taking a place.
@Suite struct AdgangTests {
    actor Logg {
        var inne = 0, mest = 0, rekkefolge: [Int] = []
        func inn(_ nummer: Int) { inne += 1; mest = max(mest, inne); rekkefolge.append(nummer) }
        func ut() { inne -= 1 }
    }

    @Test("200 tasks through 4 places: never more than 4 at once, and every one gets through")
    func places() async throws {
        let adgang = Adgang(plasser: 4)
        let logg = Logg()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for nummer in 0..<200 {
                group.addTask {
                    try await adgang.vent()
                    await logg.inn(nummer)
                    try await Task.sleep(nanoseconds: UInt64.random(in: 0...200_000))
                    await logg.ut()
                    adgang.slipp()
                }
            }
            try await group.waitForAll()
        }
        #expect(await logg.mest <= 4)
        #expect(await logg.mest >= 2, "the places were used")
        #expect(await logg.rekkefolge.count == 200)
        #expect(adgang.opptatt == 0)
    }

    @Test("waiters get a place in the order they came; a cancelled one leaves the queue")
    func order() async throws {
        let adgang = Adgang(plasser: 1)
        try await adgang.vent()
        let logg = Logg()
        var waiters: [Task<Void, any Error>] = []
        for nummer in 0..<5 {
            waiters.append(Task {
                try await adgang.vent()
                await logg.inn(nummer)
                adgang.slipp()
            })
            // Each in the queue before the next comes.
            while await Self.queued(adgang) < nummer + 1 { await Task.yield() }
        }
        waiters[2].cancel()
        await #expect(throws: CancellationError.self) { try await waiters[2].value }
        adgang.slipp()
        for (index, waiter) in waiters.enumerated() where index != 2 { try await waiter.value }
        #expect(await logg.rekkefolge == [0, 1, 3, 4])
        #expect(adgang.opptatt == 0)
    }

    static func queued(_ adgang: Adgang) async -> Int { adgang.ventende }
}
