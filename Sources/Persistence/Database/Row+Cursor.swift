import GRDB

extension Row {
    /// Every row of `sql`, each turned into a value by `transform` while the cursor stands on it.
    ///
    /// `Row.fetchAll` copies each row, and a copied row finds a column by name by lowercasing
    /// every column name of the row, on every lookup (GRDB's `StatementCopyRowImpl`). On the
    /// wide behovsmelding, tiltak and vurdering rows that was a seventh of the fagutvalg's home.
    /// A row read in place finds its column in a dictionary made once per statement.
    /// `transform` must not keep the row: the cursor reuses it for the next one.
    static func decodeAll<T>(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments(),
                             _ transform: (Row) throws -> T) throws -> [T] {
        let cursor = try Row.fetchCursor(try statement(db, sql), arguments: arguments)
        var result: [T] = []
        while let row = try cursor.next() { result.append(try transform(row)) }
        return result
    }

    /// `body` on every row of `sql`, read in place as in `decodeAll`.
    static func forEach(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments(),
                        _ body: (Row) throws -> Void) throws {
        let cursor = try Row.fetchCursor(try statement(db, sql), arguments: arguments)
        while let row = try cursor.next() { try body(row) }
    }

    /// The most placeholders a statement kept for reuse may have.
    static let behold = 16

    /// `sql` compiled, kept by the connection for the next request when it has at most `behold`
    /// placeholders. Compiling is most of a small query's time: GRDB's authorizer is asked about
    /// every column the statement reads, to learn which tables it observes (a tenth of the owner's
    /// home). A list of ids (`IN (?, ?, …)`) gives one text per length, so only short ones are
    /// kept, and a connection keeps a bounded number. A statement kept is reused from its start:
    /// `transform` and `body` must not run the same `sql` while its rows are being read.
    static func statement(_ db: Database, _ sql: String) throws -> Statement {
        sql.utf8.lazy.filter { $0 == UInt8(ascii: "?") }.count <= behold ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
    }
}

// Every read by SQL text goes through a statement the connection keeps (`Row.statement`):
// `fetchAll(db, kept: sql)` where GRDB's own `fetchAll(db, sql: sql)` would compile it again.
// Each of these reads all its rows before it returns, so none can meet its own statement half-read.

extension FetchableRecord {
    /// The first row of `sql` as a record.
    static func fetchOne(_ db: Database, kept sql: String, arguments: StatementArguments = StatementArguments()) throws -> Self? {
        try fetchOne(try Row.statement(db, sql), arguments: arguments)
    }

    /// Every row of `sql` as a record.
    static func fetchAll(_ db: Database, kept sql: String, arguments: StatementArguments = StatementArguments()) throws -> [Self] {
        try fetchAll(try Row.statement(db, sql), arguments: arguments)
    }
}

extension Row {
    /// The first row of `sql`, copied.
    static func fetchOne(_ db: Database, kept sql: String, arguments: StatementArguments = StatementArguments()) throws -> Row? {
        try fetchOne(try statement(db, sql), arguments: arguments)
    }

    /// Every row of `sql`, copied.
    static func fetchAll(_ db: Database, kept sql: String, arguments: StatementArguments = StatementArguments()) throws -> [Row] {
        try fetchAll(try statement(db, sql), arguments: arguments)
    }
}

extension DatabaseValueConvertible where Self: StatementColumnConvertible {
    /// The first column of the first row of `sql`.
    static func fetchOne(_ db: Database, kept sql: String, arguments: StatementArguments = StatementArguments()) throws -> Self? {
        try fetchOne(try Row.statement(db, sql), arguments: arguments)
    }

    /// The first column of every row of `sql`.
    static func fetchAll(_ db: Database, kept sql: String, arguments: StatementArguments = StatementArguments()) throws -> [Self] {
        try fetchAll(try Row.statement(db, sql), arguments: arguments)
    }
}

/// The columns a loader reads, in the order of its cases, read by position: read by name, each
/// column's name was hashed again in each row (a tenth of the UH's home, which reads 360
/// behovsmeldinger). `sql` is a case's column as the query names it.
protocol Kolonner: RawRepresentable<Int>, CaseIterable where AllCases == [Self] {
    var sql: String { get }
    /// A text a user writes at length: left out of a list that shows none of them (`sql(utenTekster:)`).
    var erLangTekst: Bool { get }
}

extension Kolonner {
    var erLangTekst: Bool { false }

    /// The select list: every case's column, in order.
    static var sql: String { sql(utenTekster: false) }

    /// The select list, with each long text read as empty when `utenTekster`: its place in
    /// the row is kept, its text is not copied out of the file.
    static func sql(utenTekster: Bool) -> String {
        allCases.map { utenTekster && $0.erLangTekst ? "''" : $0.sql }.joined(separator: ", ")
    }
}

extension Row {
    subscript<K: Kolonner, Value: DatabaseValueConvertible & StatementColumnConvertible>(_ kolonne: K) -> Value { self[kolonne.rawValue] }
    subscript<K: Kolonner, Value: DatabaseValueConvertible>(_ kolonne: K) -> Value { self[kolonne.rawValue] }
}
