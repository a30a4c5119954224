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
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        var result: [T] = []
        while let row = try cursor.next() { result.append(try transform(row)) }
        return result
    }

    /// `body` on every row of `sql`, read in place as in `decodeAll`.
    static func forEach(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments(),
                        _ body: (Row) throws -> Void) throws {
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try cursor.next() { try body(row) }
    }
}
