import Domain
import Foundation
import GRDB

/// The rounds, kept in memory from one change of them to the next: nearly every page asks for
/// them (which round is current), and they change a few times a year.
///
/// It watches the writer connection: a committed change to `runde` or `runde_ordning` makes the
/// next read go to the database. A read takes the count of changes before it reads and keeps
/// what it read under that count, so a change that commits while it reads is never hidden. Only
/// writes through this `AppDatabase` are seen; the command line's writes to a database a server
/// has open (none today) would need the server restarted.
final class RunderCache: TransactionObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var endringer = 0
    private var lagret: (endringer: Int, runder: [Runde])?
    /// Whether the open transaction has changed a round (the writer's queue only).
    private var endret = false

    /// The rounds as `les` reads them, or as kept since the last change.
    func runder(_ les: () async throws -> [Runde]) async throws -> [Runde] {
        let (endringer, kjent) = lock.withLock { (self.endringer, lagret) }
        if let kjent, kjent.endringer == endringer { return kjent.runder }
        let runder = try await les()
        lock.withLock { if self.endringer == endringer { lagret = (endringer, runder) } }
        return runder
    }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool {
        ["runde", "runde_ordning"].contains(eventKind.tableName)
    }

    func databaseDidChange(with event: DatabaseEvent) { endret = true }

    func databaseDidChange() { endret = true }

    func databaseDidCommit(_ db: Database) {
        guard endret else { return }
        endret = false
        lock.withLock { endringer += 1 }
    }

    func databaseDidRollback(_ db: Database) { endret = false }
}
