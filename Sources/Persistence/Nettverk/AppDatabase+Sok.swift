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
        try await sokBuffer.verdi(Soknokkel(filter: filter, limit: limit)) {
            // The list and the search are two reads. A change committed between them may leave
            // this one answer a change behind, but it forgets both buffers, so it is never kept.
            let leverte = try await levertBuffer.verdi(true) { try await les(Leverte.init) }
            return try await les { db in try Self.sok(filter, limit: limit, leverte: leverte, db) }
        }
    }

    private static func sok(_ filter: Soksfilter, limit: Int, leverte: Leverte, _ db: Database) throws -> (treff: [Sokstreff], antall: Int) {
        let (ids, antall) = try sokIder(filter, limit: max(0, limit), leverte: leverte, db)
        let treff = try Self.treff(ids, db)
        return (ids.compactMap { treff[$0] }, antall)
    }

    /// The ids `sok` shows, in order, and the count. Which delivered tiltak pass the filters is
    /// known (`Leverte`). With words typed, every text match is read with its relevance, and the
    /// partnerships a name matches: the text's matches are counted and ranked here, and those
    /// that match by a name only follow them in the order of `Leverte`.
    ///
    /// Counting in SQLite joined every match with its behovsmelding, and ranking there joined the
    /// best: 10 ms and 15 ms of «skole»'s 40 on the national data (every «høgskole»'s name holds
    /// it). One statement with a window count over a ranked union of both sorted every match: 105 ms.
    private static func sokIder(_ filter: Soksfilter, limit: Int, leverte: Leverte, _ db: Database) throws -> ([Int64], Int) {
        let utvalg = leverte.utvalg(filter)
        guard let expression = Sok.uttrykk(filter.tekst) else { return (utvalg.prefix(limit).map(\.id), utvalg.count) }
        let name = "%" + filter.tekst.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
        // By tiltak id: whether it is one of `utvalg`, and whether its text matches.
        var iUtvalg = [Bool](repeating: false, count: leverte.plasser)
        for levert in utvalg { iUtvalg[Int(levert.id)] = true }
        var iTekst = [Bool](repeating: false, count: leverte.plasser)
        // Every text match with its relevance, unsorted: SQLite computes bm25 for every match
        // however few are asked for, and every match is counted.
        var tekst: [(relevans: Double, id: Int64)] = []
        let rader = try Row.fetchCursor(Row.statement(db, "SELECT rowid, \(Self.rank) FROM tiltak_sok WHERE tiltak_sok MATCH ?"), arguments: [expression])
        while let rad = try rader.next() {
            let id: Int64 = rad[0]
            guard leverte.iTabell(id) else { continue }
            iTekst[Int(id)] = true
            if iUtvalg[Int(id)] { tekst.append((rad[1], id)) }
        }
        let navngitt = Set(try Int64.fetchAll(db, kept: """
            SELECT id FROM partnerskap WHERE name LIKE ? ESCAPE '\\'
            UNION SELECT pp.partnerskap_id FROM partnerskap_part pp JOIN organisation o ON o.id = pp.organisation_id WHERE o.name LIKE ? ESCAPE '\\'
            """, arguments: [name, name]))
        let iNavn = navngitt.isEmpty ? [] : utvalg.filter { !iTekst[Int($0.id)] && navngitt.contains($0.partnerskapId) }
        // The most relevant first (bm25 is lower), the newest (the highest id) first among equals.
        let rangert = tekst.sorted { $0.relevans != $1.relevans ? $0.relevans < $1.relevans : $0.id > $1.id }.prefix(limit).map(\.id)
        return (rangert + iNavn.prefix(limit - rangert.count).map(\.id), tekst.count + iNavn.count)
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

/// Every delivered tiltak, with what the delingssystem's filters ask of it, in the order a search
/// without words shows them: the newest round first, then by partnership, behovsmelding and
/// number. Kept for every search until a tiltak, a behovsmelding, a partnership or a round changes
/// (`AppDatabase.levertBuffer`).
struct Leverte: Sendable {
    /// A delivered tiltak. Its scheme is a place in `ordninger`, not a text: a filter copies
    /// thousands of these, and each copy of a text is a reference counted.
    struct Levert: Sendable {
        let id: Int64
        let ordning: Int
        let regionId: Int64?
        let aar: Int
        let partnerskapId: Int64
    }

    let tiltak: [Levert]
    let ordninger: [Ordning]
    /// One more than the highest tiltak id: the size of a table by id.
    let plasser: Int

    /// Read in three statements and put in order here: sorted in SQLite by the partnership's name,
    /// the delivered tiltak of the national data took 25 ms to read; this takes a few.
    init(_ db: Database) throws {
        // Each partnership's place in the order of names (equal names, byte for byte, share one,
        // as in SQLite's), and its region; each round's year.
        var partnerskap: [Int64: (plass: Int, regionId: Int64?)] = [:]
        var forrige: String?
        var plass = -1
        try Row.forEach(db, sql: "SELECT id, name, region_id FROM partnerskap ORDER BY name") { row in
            let navn: String = row[1]
            if forrige.map({ !$0.utf8.elementsEqual(navn.utf8) }) ?? true { plass += 1 }
            forrige = navn
            partnerskap[row[0]] = (plass, row[2])
        }
        let runder = Dictionary(uniqueKeysWithValues: try Row.decodeAll(db, sql: "SELECT id, year FROM runde") { ($0[0] as Int64, $0[1] as Int) })
        var ordninger: [Ordning] = []
        var leverte: [(rekkefolge: (aar: Int, partnerskap: Int, behovsmelding: Int64, nummer: Int), levert: Levert)] = []
        try Row.forEach(db, sql: """
            SELECT t.id, t.nummer, b.id, b.ordning, b.partnerskap_id, b.runde_id
            FROM behovsmelding b JOIN tiltak t ON t.behovsmelding_id = b.id WHERE b.status = 'levert'
            """) { row in
            let ordning = Ordning(rawValue: row[3])
            let plass = ordninger.firstIndex(of: ordning) ?? { ordninger.append(ordning); return ordninger.count - 1 }()
            guard let parter = partnerskap[row[4]], let aar = runder[row[5]] else { throw StorageError.corrupt("tiltak \(row[0] as Int64)") }
            leverte.append(((-aar, parter.plass, row[2], row[1]),
                            Levert(id: row[0], ordning: plass, regionId: parter.regionId, aar: aar, partnerskapId: row[4])))
        }
        tiltak = leverte.sorted { $0.rekkefolge < $1.rekkefolge }.map(\.levert)
        self.ordninger = ordninger
        plasser = Int(tiltak.lazy.map(\.id).max() ?? 0) + 1
    }

    /// Whether `id` has a place in a table by id: one higher than every delivered tiltak's (a
    /// draft's, or one made since this was read) is none of them.
    func iTabell(_ id: Int64) -> Bool { id >= 0 && id < plasser }

    /// Those that pass `filter`'s scheme, region and round, in order.
    func utvalg(_ filter: Soksfilter) -> [Levert] {
        guard filter.ordning != nil || filter.regionId != nil || filter.aar != nil else { return tiltak }
        let ordning = filter.ordning.map { ordninger.firstIndex(of: $0) ?? -1 }
        return tiltak.filter { levert in
            (ordning.map { $0 == levert.ordning } ?? true) && (filter.regionId.map { $0 == levert.regionId } ?? true)
                && (filter.aar.map { $0 == levert.aar } ?? true)
        }
    }
}
