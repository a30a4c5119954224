import Domain
import Foundation
import GRDB
import Synchronization

/// The one entrance to storage. A `DatabasePool` (WAL) on a file in production, an
/// in-memory queue in tests. Methods are shaped around the domain's aggregates; each
/// invariant is kept in one transaction.
public final class AppDatabase: Sendable {
    let writer: any DatabaseWriter
    /// The file's read-only connections; nil for the tests' database in memory, which reads
    /// through its queue.
    let lesere: Lesere?
    public let migrations: MigrationSet
    /// The rounds: nearly every page asks for them (which round is current), and they change a
    /// few times a year.
    let runderBuffer = Tabellbuffer<Bool, [Runde]>(plasser: 1) { ["runde", "runde_ordning"].contains($0) }
    /// The regions and the networks: every page's menu and facts name them, and they change
    /// when the register is edited.
    let regionBuffer = Tabellbuffer<Bool, [Region]>(plasser: 1) { $0 == "region" }
    let nettverkBuffer = Tabellbuffer<Bool, [Kompetansenettverk]>(plasser: 1) { $0 == "kompetansenettverk" }
    /// The sessions asked for, by token hash, with their users: every request asks for its own.
    /// A login, a logout, a session's touch, a change to a user or a grant, or to the name of what
    /// a grant covers forgets them all, so an ended session or a removed grant counts at once.
    /// A change made past the server (by hand in `sqlite3`) counts at the next change through it:
    /// at the latest when a session in use is touched, once a minute.
    let sesjonBuffer = Tabellbuffer<String, SessionUser?>(plasser: 4_096) {
        ["session", "user", "role_grant", "organisation", "kompetansenettverk"].contains($0)
    }
    /// What is read from the whole dataset and read again and again while it stands still (a
    /// whole ordning's review, a whole round's letters, each sector's work list, the innstillinger's
    /// heads, the register's counts, the Rekom 30 % rounds' state, each scheme's innstilling and
    /// commitments, a round's reports): `beholdt`. A round of three schemes keeps about thirty-five
    /// values; 64 places leave room for more schemes and an earlier round before it starts over.
    /// None of them shows a draft, so a draft saved as a draft leaves them (`saveBehovsmelding`).
    let innholdBuffer = Tabellbuffer<AnyHashable, any Sendable>(plasser: 64) { !AppDatabase.ikkeInnhold.contains($0) }
    /// What is read for one organisation and read again on each of its views while the data
    /// stands still: `beholdt(forOrganisasjon:les:)`, forgotten as `innholdBuffer` is and also when
    /// a draft is saved (an owner's home shows its drafts). Its
    /// home's reads (the organisation, its partnerships, behovsmeldinger, networks, Rekom 30 %
    /// applications, letters and reports of two rounds) are about a dozen places; 8 192 are room
    /// for every owner and UH of ten counties, kept apart from the whole-dataset values so that
    /// four hundred owners do not push those out.
    let organisasjonBuffer = Tabellbuffer<AnyHashable, any Sendable>(plasser: 8_192) { !AppDatabase.ikkeInnhold.contains($0) }
    /// What is read for one behovsmelding on each view of its form, print view and assessment
    /// (it with its tiltak and its partnership's others, its assessments): `beholdt(forBehovsmelding:les:)`,
    /// forgotten as `organisasjonBuffer` is. A behovsmelding with its texts may be tens of KB, so it has
    /// fewer places than the organisations' small values: the ones in use, not the country's.
    let behovsmeldingBuffer = Tabellbuffer<AnyHashable, any Sendable>(plasser: 1_024) { !AppDatabase.ikkeInnhold.contains($0) }
    /// The similar tiltak beside each behovsmelding's tiltak, by behovsmelding and limit, as shown:
    /// a full-text search ranking hundreds of matches, asked again on every view of an assessment.
    /// Any change to a tiltak or a behovsmelding forgets them all (a new delivery may be the most
    /// similar to any of them), and so does one to what a hit names (its partnership and parties,
    /// their region, its round).
    let lignendeBuffer = Tabellbuffer<[Int64], [Int: [Sokstreff]]>(plasser: 1_024) { lignendeTabeller.contains($0) }
    /// The delingssystem's searches, by what was asked (`sokTiltak`): the hits are what a hit of
    /// `lignendeBuffer` is made from, forgotten with them. A search of a common word ranks a
    /// thousand tiltak, and a reviewer comes back to it from each hit opened. A result holds
    /// fifty tiltak's texts, a few hundred KB: 64 places. A search shows only delivered tiltak, so
    /// a draft saved as a draft leaves them (`saveBehovsmelding`): while owners write, every save
    /// made every reviewer's next search a first one.
    let sokBuffer = Tabellbuffer<Soknokkel, (treff: [Sokstreff], antall: Int)>(plasser: 64) { lignendeTabeller.contains($0) }
    /// Every delivered tiltak with what the delingssystem's filters ask of it, in order (`Leverte`):
    /// read once for all searches, forgotten at a change to the tables it is read from, and left
    /// by a draft saved as a draft.
    let levertBuffer = Tabellbuffer<Bool, Leverte>(plasser: 1) { ["tiltak", "behovsmelding", "partnerskap", "runde"].contains($0) }
    /// The tables a hit of the delingssystem is read from.
    static let lignendeTabeller: Set<String> = ["tiltak", "behovsmelding", "partnerskap", "partnerskap_part", "organisation", "region", "runde"]
    /// The short lists of audit lines asked for, by filter (`auditEvents`): the Statsforvalter's
    /// home shows the latest eight, a form's conflict message who saved last. Every audit line
    /// written forgets them all; every change writes one, and so does every login.
    let revisjonBuffer = Tabellbuffer<AuditFilter, [AuditEvent]>(plasser: 1_024) { $0 == "audit_log" }
    let linjeCache = LinjeCache()
    /// How many read transactions have been opened (`les`): a test's measure of what a page
    /// still reads while nothing changes.
    public var lesetransaksjoner: Int { antallLesetransaksjoner.load(ordering: .relaxed) }
    private let antallLesetransaksjoner = Atomic<Int>(0)

    init(writer: any DatabaseWriter, lesere: Lesere? = nil, migrations: MigrationSet) throws {
        self.writer = writer
        self.lesere = lesere
        self.migrations = migrations
        try migrator.migrate(writer)
        for buffer in [runderBuffer, regionBuffer, nettverkBuffer, sesjonBuffer, innholdBuffer, organisasjonBuffer, behovsmeldingBuffer, lignendeBuffer, sokBuffer, levertBuffer,
                       revisjonBuffer] as [any TransactionObserver] {
            writer.add(transactionObserver: buffer, extent: .databaseLifetime)
        }
    }

    /// The tables no content is read from, whose changes leave what `beholdt` keeps as it is:
    /// those written by logging in, by the notices and by the audit trail. Every other table's
    /// change forgets it all (a table added later is watched until it is named here).
    static let ikkeInnhold: Set<String> = [
        "session", "login_attempt", "password_token", "audit_log", "epost", "varsel", "varsel_valg", "kalender_nokkel",
    ]

    /// The value `les` reads, kept under `nokkel` until a committed change to a table content is
    /// read from (`Tabellbuffer`; every table but `ikkeInnhold`) other than a draft saved as a
    /// draft. For reads of the whole dataset that many requests make while nothing changes; `les`
    /// must read only through this database, depend on nothing but `nokkel` (no clock, no user)
    /// and show nothing of a behovsmelding that is a draft (`UtkastBeholdtTests`).
    public func beholdt<Nokkel: Hashable & Sendable, Verdi: Sendable>(_ nokkel: Nokkel, les: () async throws -> Verdi) async throws -> Verdi {
        try await beholdt(nokkel, i: innholdBuffer, les: les)
    }

    /// The value `les` reads for one organisation (`nokkel` names it), kept as `beholdt(_:les:)`
    /// keeps a whole-dataset value, in places of their own, and forgotten with it and at a
    /// draft's save too: it may show a draft.
    public func beholdt<Nokkel: Hashable & Sendable, Verdi: Sendable>(forOrganisasjon nokkel: Nokkel, les: () async throws -> Verdi) async throws -> Verdi {
        try await beholdt(nokkel, i: organisasjonBuffer, les: les)
    }

    /// The value `les` reads for one behovsmelding (`nokkel` names it), kept as `beholdt(_:les:)`
    /// keeps a whole-dataset value, in places of their own, and forgotten with it and at a
    /// draft's save too: it may show a draft.
    public func beholdt<Nokkel: Hashable & Sendable, Verdi: Sendable>(forBehovsmelding nokkel: Nokkel, les: () async throws -> Verdi) async throws -> Verdi {
        try await beholdt(nokkel, i: behovsmeldingBuffer, les: les)
    }

    private func beholdt<Nokkel: Hashable & Sendable, Verdi: Sendable>(_ nokkel: Nokkel, i buffer: Tabellbuffer<AnyHashable, any Sendable>,
                                                                       les: () async throws -> Verdi) async throws -> Verdi {
        let verdi = try await buffer.verdi(AnyHashable(nokkel)) { try await les() }
        // A key's type says its value's: a value of another type is never kept under it.
        if let verdi = verdi as? Verdi { return verdi }
        return try await les()
    }

    /// Reads in a read-only transaction of one of the file's read connections (`Lesere`), on the
    /// calling thread, then lets other tasks run. Every read goes through here.
    ///
    /// GRDB's `async` read hops to the connection's dispatch queue and back: executor switches
    /// that each wake a thread, which on two cores cost more than most reads themselves (a fifth
    /// of the server's time while owners saved drafts). Here a request's task stays on its thread.
    /// The `yield` after the read keeps what the hops gave for free: a page that makes twenty
    /// reads takes turns with the saves waiting for a core instead of running to its end first
    /// (without it, 32 owners saving drafts waited 3 times as long while the pages ran faster).
    /// In a request it comes once the request has had the core for a while (`Lesetur`), not
    /// after every read.
    ///
    /// There are more read connections (5) than the cooperative pool has threads, and a read never
    /// waits for anything but a free connection, so it never blocks for long. Mixing in GRDB's
    /// async reads would change that: one holds its connection until the cooperative pool resumes
    /// it, and a thread waiting here for that connection could be the one it needs.
    ///
    /// On the file, the read transaction is begun and ended by statements the connection keeps
    /// (`lesetransaksjon`): GRDB's own `read` compiles its `BEGIN` and `COMMIT` anew each time,
    /// which was a tenth of an owner's home. The read connections are opened read-only, so
    /// nothing read here can write. The in-memory queue of the tests keeps GRDB's `read`,
    /// which makes its connection read-only for the time of the read.
    func les<T>(_ value: (Database) throws -> T) async throws -> T {
        let verdi = try lesNa(value)
        if Lesetur.gjeldende?.skalSlippe() ?? true { await Task.yield() }
        return verdi
    }

    private func lesNa<T>(_ value: (Database) throws -> T) throws -> T {
        antallLesetransaksjoner.add(1, ordering: .relaxed)
        guard let lesere else { return try writer.read(value) }
        return try lesere.les { db in try Self.lesetransaksjon(db, value) }
    }

    /// `value` in one read transaction, so that all it reads is one state of the database,
    /// begun and ended by statements `db` keeps. An error ends the transaction before it is thrown.
    static func lesetransaksjon<T>(_ db: Database, _ value: (Database) throws -> T) throws -> T {
        try db.cachedStatement(sql: "BEGIN DEFERRED TRANSACTION").execute()
        do {
            let verdi = try value(db)
            try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
            return verdi
        } catch {
            if db.isInsideTransaction { try? db.rollback() }
            throw error
        }
    }

    /// Opens (creating if needed) the database file at `path` and applies pending migrations.
    public static func openFile(path: String, migrations: MigrationSet) throws -> AppDatabase {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let pool = try DatabasePool(path: path, configuration: configuration())
        let lesing = { var lesing = configuration(); lesing.readonly = true; return lesing }()
        let lesere = Lesere(antall: lesing.maximumReaderCount) { try DatabaseQueue(path: path, configuration: lesing) }
        return try AppDatabase(writer: pool, lesere: lesere, migrations: migrations)
    }

    /// Counts the rows of every table and index for SQLite's query planner (`ANALYZE`, on at most
    /// about a thousand rows of each index). Without them the planner guesses, and it read a
    /// network's behovsmeldinger through every delivered one of the country, not through the
    /// region's partnerships. The server runs this when it starts and once a day.
    ///
    /// A connection reads the counts when it opens, so the read connections are closed after it:
    /// the next reads open new ones (and compile their statements again, once).
    public func oppdaterPlanstatistikk() async throws {
        try await writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA analysis_limit = 1000")
            try db.execute(sql: "ANALYZE")
        }
        lesere?.fornye()
    }

    /// A fresh database in memory with all migrations applied (tests).
    public static func inMemory(migrations: MigrationSet) throws -> AppDatabase {
        try AppDatabase(writer: DatabaseQueue(configuration: configuration()), migrations: migrations)
    }

    /// How many KiB of pages each connection keeps (`PRAGMA cache_size`).
    static let cacheKiB = 8 * 1024

    static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        // FULL: every commit is on disk before it is acknowledged, so a recorded vedtak or a
        // delivered behovsmelding survives a power loss, not only a crash of the process
        // (NORMAL, SQLite's usual choice in WAL mode, may lose the last commits on power loss).
        // cache_size: each connection keeps up to 8 MB of pages (SQLite's default is 2 MB), so
        // the searches and the review pages, which read tens of MB at national size, find their
        // pages in memory instead of asking the file for them with a pread and a copy each time.
        // (A memory map did the same but counted the file once per connection in the RSS.)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA cache_size = -\(cacheKiB)")
        }
        return config
    }

    var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for file in migrations.files {
            migrator.registerMigration(file.identifier) { db in
                try db.execute(sql: file.sql)
            }
        }
        return migrator
    }

    /// Closes the database; later calls fail. Called at shutdown. A file database first moves
    /// every change from the `-wal` file into the database file, so the `.sqlite` file alone
    /// is complete once the server has stopped.
    public func close() throws {
        lesere?.fornye()
        if let pool = writer as? DatabasePool {
            _ = try pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            try pool.close()
        }
        if let queue = writer as? DatabaseQueue { try queue.close() }
    }

    /// The migration identifiers applied to this database, in order.
    public func appliedMigrations() async throws -> [String] {
        let migrator = self.migrator
        return try await les { db in try migrator.appliedIdentifiers(db).sorted() }
    }

    /// The applied schema version (the last migration) after a round trip to the database.
    public func schemaVersion() async throws -> String? {
        try await appliedMigrations().last
    }

    /// A consistent copy of the database in a new file at `path`, made with SQLite's online
    /// backup while the server may go on writing. The copy has no sessions and no one-time
    /// password links: a restore must not let a session or a used link come back to life.
    public func backup(to path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else { throw StorageError.backupExists(path) }
        let copy = try DatabaseQueue(path: path, configuration: Self.configuration())
        do {
            try writer.backup(to: copy)
            try copy.write { db in
                try db.execute(sql: "DELETE FROM session")
                try db.execute(sql: "DELETE FROM password_token")
            }
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try copy.close()
        } catch {
            try? copy.close()
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
    }

    /// The `synchronous` setting in force (2 = FULL).
    public func synchronous() async throws -> Int {
        try await les { db in try Int.fetchOne(db, kept: "PRAGMA synchronous") ?? -1 }
    }

    /// SQLite's own check of the file: "ok" when it is sound.
    public func integrityCheck() async throws -> String {
        try await les { db in try String.fetchAll(db, kept: "PRAGMA integrity_check").joined(separator: "\n") }
    }

    /// The journal mode SQLite reports ("wal" for a file database).
    public func journalMode() async throws -> String {
        try await les { db in try String.fetchOne(db, kept: "PRAGMA journal_mode") ?? "" }
    }

    /// Every table, index and trigger as SQLite stores it, for the schema snapshot.
    public func schemaSQL() async throws -> String {
        try await les { db in
            let rows = try Row.fetchAll(db, kept: """
                SELECT type, name, sql FROM sqlite_master
                WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'
                ORDER BY type, name
                """)
            return rows.map { row -> String in
                let sql: String = row["sql"]
                return sql + ";"
            }.joined(separator: "\n\n") + "\n"
        }
    }
}
