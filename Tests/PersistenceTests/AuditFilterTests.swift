import Foundation
import Testing
import TestSupport
@testable import Persistence

/// The audit trail's filters, written as SQL from fixed parts: every combination of them finds
/// what the same filter finds by hand among all the events, newest first, within the limit.
@Suite struct AuditFilterTests {
    @Test("every combination of users, period, object type, object and limit finds what filtering every event by hand finds")
    func combinations() async throws {
        let db = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        var generator = SystemRandomNumberGenerator()
        var written: [AuditEvent] = []
        for n in 0..<120 {
            let event = AuditEvent(at: start.addingTimeInterval(Double(n * 60)), userId: [nil, 1, 2, 3].randomElement(using: &generator)!,
                                   action: .endre, objectType: ["behovsmelding", "rapport", "bruker"].randomElement(using: &generator)!,
                                   objectId: [nil, "1", "2", "10"].randomElement(using: &generator)!)
            try await db.record(event)
            written.append(event)
        }
        let newestFirst = Array(written.reversed())
        var nonEmpty = 0
        for mask in 0..<32 {
            for _ in 0..<4 {
                let filter = AuditFilter(
                    userIds: mask & 1 == 0 ? nil : [1, 2, 3, 4].filter { _ in Bool.random(using: &generator) },
                    from: mask & 2 == 0 ? nil : start.addingTimeInterval(Double(Int.random(in: 0...120, using: &generator) * 60)),
                    until: mask & 4 == 0 ? nil : start.addingTimeInterval(Double(Int.random(in: 0...120, using: &generator) * 60)),
                    objectType: mask & 8 == 0 ? nil : ["behovsmelding", "rapport", "bruker", "runde"].randomElement(using: &generator)!,
                    objectId: mask & 16 == 0 ? nil : ["1", "2", "10", "3"].randomElement(using: &generator)!,
                    limit: Int.random(in: 1...150, using: &generator))
                let expected = newestFirst.filter { event in
                    (filter.userIds.map { ids in event.userId.map(ids.contains) ?? false } ?? true) && (filter.from.map { event.at >= $0 } ?? true)
                        && (filter.until.map { event.at < $0 } ?? true) && (filter.objectType.map { event.objectType == $0 } ?? true)
                        && (filter.objectId.map { event.objectId == $0 } ?? true)
                }.prefix(filter.limit)
                let found = try await db.auditEvents(filter)
                #expect(found == Array(expected), "\(filter)")
                nonEmpty += found.isEmpty ? 0 : 1
            }
        }
        #expect(nonEmpty > 32, "most filters find something")
    }
}
