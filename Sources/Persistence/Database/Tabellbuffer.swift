import Foundation
import GRDB

/// Values read from the database, kept in memory from one change of the tables they come from
/// to the next.
///
/// It watches the writer connection: a committed change to a table `gjelder` says the values
/// depend on forgets everything kept, and the next read goes to the database. A read takes the
/// count of changes before it reads and keeps what it read only if no change has committed
/// since, so a change that commits while it reads is never hidden (the count is raised after
/// the commit, and a read that starts after that sees the commit). Only writes through this
/// `AppDatabase` are seen; the command line's writes to a database a server has open (none
/// today) would need the server restarted. When `plasser` values are kept it starts over.
final class Tabellbuffer<Nokkel: Hashable, Verdi>: TransactionObserver, @unchecked Sendable {
    private let lock = NSLock()
    private let gjelder: @Sendable (String) -> Bool
    private let plasser: Int
    private var endringer = 0
    private var lagret: [Nokkel: Verdi] = [:]
    /// How many times a value was read from the database rather than found kept (tests).
    var lesninger: Int { lock.withLock { antallLesninger } }
    private var antallLesninger = 0
    /// Whether the open transaction has changed a watched table (the writer's queue only).
    private var endret = false

    /// `gjelder` says, for a table's name, whether the values kept are read from it.
    init(plasser: Int, gjelder: @escaping @Sendable (String) -> Bool) {
        self.plasser = plasser
        self.gjelder = gjelder
    }

    /// The value under `nokkel`, as kept since the last change or as `les` reads it.
    func verdi(_ nokkel: Nokkel, les: () async throws -> Verdi) async throws -> Verdi {
        let (endringer, kjent) = lock.withLock { (self.endringer, lagret[nokkel]) }
        if let kjent { return kjent }
        let verdi = try await les()
        lock.withLock {
            antallLesninger += 1
            guard self.endringer == endringer else { return }
            if lagret.count >= plasser { lagret.removeAll() }
            lagret[nokkel] = verdi
        }
        return verdi
    }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { gjelder(eventKind.tableName) }

    func databaseDidChange(with event: DatabaseEvent) { endret = true }

    func databaseDidChange() { endret = true }

    func databaseDidCommit(_ db: Database) {
        guard endret else { return }
        endret = false
        lock.withLock {
            endringer += 1
            lagret.removeAll()
        }
    }

    func databaseDidRollback(_ db: Database) { endret = false }
}
