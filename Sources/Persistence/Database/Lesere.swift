import Foundation
import GRDB

/// The file's read-only connections, lent to one read at a time (`AppDatabase.les`).
///
/// GRDB's `DatabasePool` lends its readers the same way, but around each read it also asks
/// SQLite for the schema's version (to forget what it knows of the schema after a migration by
/// another connection) and builds a key path at run time to find a free reader: together about
/// a twentieth of an owner's home, which reads twenty times. The schema changes only while the
/// server starts, before any read, so these connections never need to ask.
///
/// At most `antall` reads run at once; one more waits for a connection to come back, as with
/// the pool (a read never waits for anything else, so never for long). A connection is opened
/// the first time it is needed and kept. `fornye` replaces them all: SQLite reads the query
/// planner's counts (`ANALYZE`) when a connection opens.
final class Lesere: Sendable {
    private let plasser: DispatchSemaphore
    private let apne: @Sendable () throws -> DatabaseQueue
    private let lock = NSLock()
    /// The connections not lent out, and the generation they were opened in.
    private nonisolated(unsafe) var ledige: [(kobling: DatabaseQueue, generasjon: Int)] = []
    /// Raised by `fornye`: a connection of an earlier generation is closed when it comes back.
    private nonisolated(unsafe) var generasjon = 0

    /// `apne` opens one read-only connection to the file.
    init(antall: Int, apne: @escaping @Sendable () throws -> DatabaseQueue) {
        plasser = DispatchSemaphore(value: antall)
        self.apne = apne
    }

    /// `value` on a connection of its own, on the calling thread.
    func les<T>(_ value: (Database) throws -> T) throws -> T {
        plasser.wait()
        defer { plasser.signal() }
        let (kobling, generasjon) = try lan()
        defer { leverTilbake(kobling, generasjon) }
        return try kobling.inDatabase(value)
    }

    /// Closes every connection: the next reads open new ones, which read the planner's counts
    /// (and compile their statements again, once). One lent out is closed when it comes back.
    func fornye() {
        lock.withLock {
            generasjon += 1
            ledige.removeAll()
        }
    }

    private func lan() throws -> (DatabaseQueue, Int) {
        let (ledig, generasjon) = lock.withLock { (ledige.popLast(), self.generasjon) }
        if let ledig { return ledig }
        return (try apne(), generasjon)
    }

    private func leverTilbake(_ kobling: DatabaseQueue, _ generasjon: Int) {
        lock.withLock {
            if generasjon == self.generasjon { ledige.append((kobling, generasjon)) }
        }
    }
}
