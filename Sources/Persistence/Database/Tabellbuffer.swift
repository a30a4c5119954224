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
final class Tabellbuffer<Nokkel: Hashable, Verdi: Sendable>: TransactionObserver, @unchecked Sendable {
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
    /// Whether the open transaction has said that what it changes is nothing kept here reads
    /// (`utenVirkning`; the writer's queue only).
    private var utenVirkning = false

    /// `gjelder` says, for a table's name, whether the values kept are read from it.
    init(plasser: Int, gjelder: @escaping @Sendable (String) -> Bool) {
        self.plasser = plasser
        self.gjelder = gjelder
    }

    /// The value under `nokkel`, as kept since the last change or as `les` reads it. While one
    /// request reads a value, others that ask for it wait for that read instead of reading it
    /// too: after a change, views arriving together would each build a whole round's reports.
    /// (With 64 clients on the year's follow-up and a save every half second, p99 was 105 to
    /// 162 ms with this and 99 to 155 ms without: what a change costs them is mostly elsewhere.)
    func verdi(_ nokkel: Nokkel, les: () async throws -> Verdi) async throws -> Verdi {
        while true {
            switch lock.withLock({ steg(nokkel) }) {
            case .kjent(let verdi):
                return verdi
            case .les(let endringer):
                return try await lesSelv(nokkel, endringer: endringer, les: les)
            case .vent:
                // Nil when the read failed or was taken over: ask again.
                if let verdi = await vent(nokkel) { return verdi }
            }
        }
    }

    private enum Steg {
        case kjent(Verdi)
        /// Read it, with the count of changes before the read.
        case les(Int)
        /// Another request is reading it since the last change.
        case vent
    }

    /// A read under way, with the count of changes it began after and the requests waiting for it.
    private var pagaende: [Nokkel: (endringer: Int, venter: [CheckedContinuation<Verdi?, Never>])] = [:]

    /// What to do for `nokkel` (under the lock). A read begun before the last change is not
    /// waited for: it may not see the change. A new read takes over its waiters, who asked
    /// before the change and may as well have the newer value.
    private func steg(_ nokkel: Nokkel) -> Steg {
        if let kjent = lagret[nokkel] { return .kjent(kjent) }
        if let lesing = pagaende[nokkel], lesing.endringer == endringer { return .vent }
        pagaende[nokkel] = (endringer, pagaende[nokkel]?.venter ?? [])
        return .les(endringer)
    }

    /// How many requests wait for the read of `nokkel` under way (tests).
    func venter(pa nokkel: Nokkel) -> Int? { lock.withLock { pagaende[nokkel]?.venter.count } }

    private func vent(_ nokkel: Nokkel) async -> Verdi? {
        await withCheckedContinuation { venter in
            let venterPaLesing = lock.withLock {
                guard pagaende[nokkel]?.endringer == endringer else { return false }
                pagaende[nokkel]?.venter.append(venter)
                return true
            }
            if !venterPaLesing { venter.resume(returning: nil) }
        }
    }

    private func lesSelv(_ nokkel: Nokkel, endringer: Int, les: () async throws -> Verdi) async throws -> Verdi {
        // The waiters of this read, if it is still the one under way for `nokkel`.
        func ferdig() -> [CheckedContinuation<Verdi?, Never>] {
            guard pagaende[nokkel]?.endringer == endringer else { return [] }
            return pagaende.removeValue(forKey: nokkel)?.venter ?? []
        }
        let verdi: Verdi
        do {
            verdi = try await les()
        } catch {
            for venter in lock.withLock(ferdig) { venter.resume(returning: nil) }
            throw error
        }
        let venter = lock.withLock {
            antallLesninger += 1
            if self.endringer == endringer {
                if lagret.count >= plasser { lagret.removeAll() }
                lagret[nokkel] = verdi
            }
            return ferdig()
        }
        for venter in venter { venter.resume(returning: verdi) }
        return verdi
    }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { gjelder(eventKind.tableName) }

    func databaseDidChange(with event: DatabaseEvent) { endret = true }

    func databaseDidChange() { endret = true }

    /// Says, inside a write transaction, that nothing it changes is read by the values kept,
    /// though the tables are watched: its commit leaves them. Called on the writer's queue; the
    /// commit or rollback that ends the transaction forgets it.
    func utenVirkning(_ db: Database) {
        precondition(db.isInsideTransaction)
        utenVirkning = true
    }

    func databaseDidCommit(_ db: Database) {
        defer { (endret, utenVirkning) = (false, false) }
        guard endret, !utenVirkning else { return }
        lock.withLock {
            endringer += 1
            lagret.removeAll()
        }
    }

    func databaseDidRollback(_ db: Database) { (endret, utenVirkning) = (false, false) }
}
