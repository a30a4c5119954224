import Domain
import Foundation
import GRDB

/// One delivered tiltak as the «delingssystem» shows it.
public struct Sokstreff: Sendable, Equatable {
    public let behovsmeldingId: Int64
    public let tiltak: Tiltak
    public let ordning: Ordning
    public let aar: Int
    public let region: String
    public let partnerskap: String
    public let eiere: [String]
    public let uh: [String]
}

/// A search: the words typed, and the filters (nil: any).
public struct Soksfilter: Sendable, Hashable {
    public var tekst: String
    public var ordning: Ordning?
    public var regionId: Int64?
    public var aar: Int?

    public init(tekst: String = "", ordning: Ordning? = nil, regionId: Int64? = nil, aar: Int? = nil) {
        self.tekst = tekst
        self.ordning = ordning
        self.regionId = regionId
        self.aar = aar
    }
}

extension AppDatabase {
    /// The relevance of a match: a word in the title counts most, then in the plan's goal, then
    /// in the text (bm25 weights of `tiltak_sok`'s columns).
    private static let rank = "bm25(tiltak_sok, 10.0, 2.0, 4.0)"

    /// The delivered tiltak that match `filter`, the best first (by relevance when words are
    /// typed, the newest tiltak first among equals; else the newest round first), at most
    /// `limit`, with how many match in all. Every word must begin a word of the tiltak's title,
    /// what will be done, who does what, who takes part or the goal of the plan it serves (`Sok`);
    /// or the whole query is part of the name of its partnership, one of its owners or UH (those
    /// come after the text's matches). A search is kept until a tiltak, a behovsmelding or what a
    /// hit names changes (`sokBuffer`).
    public func sokTiltak(_ filter: Soksfilter, limit: Int = 50) async throws -> (treff: [Sokstreff], antall: Int) {
        try await sokBuffer.verdi(Soknokkel(filter: filter, limit: limit)) { try await les { db in try Self.sok(filter, limit: limit, db) } }
    }

    private static func sok(_ filter: Soksfilter, limit: Int, _ db: Database) throws -> (treff: [Sokstreff], antall: Int) {
        let (ids, antall) = try sokIder(filter, limit: max(0, limit), db)
        let treff = try Self.treff(ids, db)
        return (ids.compactMap { treff[$0] }, antall)
    }

    /// The ids `sok` shows, in order, and the count. With words typed, three statements in one
    /// read: the count; the best `limit` of the tiltak whose text matches, ranked; and, when those
    /// are fewer, the first of those that match by a name only, newest round first. One statement
    /// with a window count over a ranked union of both sorted every match: 105 ms in `sqlite3` for
    /// «skole» on the national data (every «høgskole»'s name holds it).
    private static func sokIder(_ filter: Soksfilter, limit: Int, _ db: Database) throws -> ([Int64], Int) {
        var conditions = ["b.status = 'levert'"]
        var filters: [any DatabaseValueConvertible] = []
        if let ordning = filter.ordning { conditions.append("b.ordning = ?"); filters.append(ordning.rawValue) }
        if let region = filter.regionId { conditions.append("p.region_id = ?"); filters.append(region) }
        if let aar = filter.aar { conditions.append("r.year = ?"); filters.append(aar) }
        // The count joins the partnership and the round only when a filter asks for them: a
        // quarter of its time for «veiledning» was those joins.
        let counted = "FROM tiltak t JOIN behovsmelding b ON b.id = t.behovsmelding_id"
            + (filter.regionId == nil ? "" : " JOIN partnerskap p ON p.id = b.partnerskap_id")
            + (filter.aar == nil ? "" : " JOIN runde r ON r.id = b.runde_id")
        let from = """
            FROM tiltak t JOIN behovsmelding b ON b.id = t.behovsmelding_id JOIN partnerskap p ON p.id = b.partnerskap_id
                JOIN runde r ON r.id = b.runde_id
            """
        let whereClause = "WHERE " + conditions.joined(separator: " AND ")
        let order = "r.year DESC, p.name, b.id, t.nummer"
        guard let expression = Sok.uttrykk(filter.tekst) else {
            return (try Int64.fetchAll(db, kept: "SELECT t.id \(from) \(whereClause) ORDER BY \(order) LIMIT ?",
                                       arguments: StatementArguments(filters + [limit])),
                    try Int.fetchOne(db, kept: "SELECT count(*) \(counted) \(whereClause)", arguments: StatementArguments(filters)) ?? 0)
        }
        let name = "%" + filter.tekst.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
        let matches = "SELECT rowid FROM tiltak_sok WHERE tiltak_sok MATCH ?"
        let named = """
            SELECT id FROM partnerskap WHERE name LIKE ? ESCAPE '\\'
            UNION SELECT pp.partnerskap_id FROM partnerskap_part pp JOIN organisation o ON o.id = pp.organisation_id WHERE o.name LIKE ? ESCAPE '\\'
            """
        let antall = try Int.fetchOne(db, kept: """
            SELECT count(*) \(counted) \(whereClause) AND (t.id IN (\(matches)) OR b.partnerskap_id IN (\(named)))
            """, arguments: StatementArguments(filters + [expression, name, name])) ?? 0
        // The text's matches: the most relevant first, and the newest (the highest id) first among
        // equals, an order the full-text table gives alone. So the best are found among its best
        // `2 × limit + 20` before every match is joined, and among all of them only when too few
        // of those are delivered and pass the filters.
        let ranked = """
            WITH s(id, score) AS MATERIALIZED (SELECT rowid, \(Self.rank) FROM tiltak_sok WHERE tiltak_sok MATCH ? ORDER BY 2, 1 DESC LIMIT ?)
            SELECT t.id \(counted) JOIN s ON s.id = t.id \(whereClause) ORDER BY s.score, t.id DESC LIMIT ?
            """
        var ids: [Int64] = []
        for best in [limit * 2 + 20, -1] where ids.count < limit {
            ids = try Int64.fetchAll(db, kept: ranked, arguments: StatementArguments([expression, best] + filters + [limit]))
        }
        if ids.count < limit {
            ids += try Int64.fetchAll(db, kept: """
                SELECT t.id \(from) \(whereClause) AND b.partnerskap_id IN (\(named)) AND t.id NOT IN (\(matches))
                ORDER BY \(order) LIMIT ?
                """, arguments: StatementArguments(filters + [name, name, expression, limit - ids.count]))
        }
        return (ids, antall)
    }

    /// For each tiltak of behovsmelding `behovsmeldingId`, by number: the delivered tiltak most
    /// like it in other partnerships (any region or round), the most similar first. Those whose
    /// title shares its title's longer words come first; only when they are fewer than `limit`
    /// are tiltak that share them elsewhere (what will be done, the goal) added after them.
    /// Tiltak with the same words are searched once, and the hits are kept until a tiltak, a
    /// behovsmelding or what a hit names changes (`lignendeBuffer`).
    ///
    /// The titles alone are searched first because they are short: a common word matches a few
    /// hundred titles against thousands of texts, and each match must be ranked.
    public func lignendeTiltak(behovsmeldingId: Int64, limit: Int = 3) async throws -> [Int: [Sokstreff]] {
        try await lignendeBuffer.verdi([behovsmeldingId, Int64(limit)]) {
            try await les { db in
                let ids = try Self.lignende(behovsmeldingId: behovsmeldingId, limit: limit, db)
                let treff = try Self.treff(Array(Set(ids.values.joined())).sorted(), db)
                return ids.mapValues { $0.compactMap { treff[$0] } }
            }
        }
    }

    /// The ids `lignendeTiltak` shows, by tiltak number.
    private static func lignende(behovsmeldingId: Int64, limit: Int, _ db: Database) throws -> [Int: [Int64]] {
        var ids: [Int: [Int64]] = [:]
        var etterUttrykk: [String: [Int64]] = [:]
        for row in try Row.fetchAll(db, kept: """
            SELECT t.nummer, t.title, b.partnerskap_id FROM tiltak t JOIN behovsmelding b ON b.id = t.behovsmelding_id
            WHERE t.behovsmelding_id = ?
            """, arguments: [behovsmeldingId]) {
            guard let expression = Sok.lignende(row["title"]) else { continue }
            let partnerskap: Int64 = row["partnerskap_id"]
            let found = try etterUttrykk[expression] ?? {
                let iTittel = try lignende("tittel : (\(expression))", partnerskap: partnerskap, limit: limit, db)
                guard iTittel.count < limit else { return iTittel }
                let overalt = try lignende(expression, partnerskap: partnerskap, limit: limit, db)
                return Array((iTittel + overalt.filter { !iTittel.contains($0) }).prefix(limit))
            }()
            etterUttrykk[expression] = found
            ids[row["nummer"]] = found
        }
        return ids
    }

    /// The ids of the first `limit` delivered tiltak outside partnership `partnerskap` that
    /// match the full-text `expression`, the most relevant first.
    private static func lignende(_ expression: String, partnerskap: Int64, limit: Int, _ db: Database) throws -> [Int64] {
        try Int64.fetchAll(db, kept: """
            SELECT t.id FROM tiltak_sok s JOIN tiltak t ON t.id = s.rowid JOIN behovsmelding b ON b.id = t.behovsmelding_id
            WHERE tiltak_sok MATCH ? AND b.status = 'levert' AND b.partnerskap_id <> ?
            ORDER BY \(rank), t.id LIMIT ?
            """, arguments: [expression, partnerskap, limit])
    }

    /// The tiltak of `ids`, by id, with their behovsmelding's round, region and parties: one
    /// prepared query per hit, then the hits' tiltak and partnerships read together. An id no
    /// longer there is left out (kept ids of a tiltak deleted since).
    static func treff(_ ids: [Int64], _ db: Database) throws -> [Int64: Sokstreff] {
        let hit = try db.cachedStatement(sql: """
            SELECT t.behovsmelding_id, t.nummer, b.ordning, r.year, g.name AS region, b.partnerskap_id
            FROM tiltak t JOIN behovsmelding b ON b.id = t.behovsmelding_id JOIN partnerskap p ON p.id = b.partnerskap_id
                JOIN runde r ON r.id = b.runde_id LEFT JOIN region g ON g.id = p.region_id
            WHERE t.id = ?
            """)
        let rows = try ids.compactMap { id in try Row.fetchOne(hit, arguments: [id]).map { (id, $0) } }
        let tiltak = try loadTiltak(Set(rows.map { $0.1["behovsmelding_id"] as Int64 }).sorted(), db)
        let partnerskap = try loadPartnerskap(rows.map { $0.1["partnerskap_id"] as Int64 }, db)
        return try Dictionary(rows.map { id, row in
            let meldingId: Int64 = row["behovsmelding_id"]
            guard let found = tiltak[meldingId]?.first(where: { $0.nummer == row["nummer"] as Int }),
                  let parter = partnerskap[row["partnerskap_id"]]?.partnerskap else { throw StorageError.corrupt("tiltak \(id)") }
            return (id, Sokstreff(behovsmeldingId: meldingId, tiltak: found, ordning: Ordning(rawValue: row["ordning"]), aar: row["year"],
                                  region: row["region"] ?? "", partnerskap: parter.navn, eiere: parter.eiere.map(\.navn), uh: parter.uh.map(\.navn)))
        }, uniquingKeysWith: { first, _ in first })
    }
}

/// A search of the delingssystem as kept (`AppDatabase.sokBuffer`).
struct Soknokkel: Hashable, Sendable {
    let filter: Soksfilter
    let limit: Int
}
