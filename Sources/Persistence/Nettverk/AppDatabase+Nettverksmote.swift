import Domain
import Foundation
import GRDB

extension AppDatabase {
    /// The network's meetings, by date.
    public func nettverksmoter(nettverkId: Int64) async throws -> [Nettverksmote] {
        try await les { db in try Self.loadMoter(db, nettverkId: nettverkId) }
    }

    static func loadMoter(_ db: Database, nettverkId: Int64) throws -> [Nettverksmote] {
        try loadMoter(db, where: "= ?", [nettverkId])
    }

    /// The meetings of the networks whose id is `condition` (`= ?`, `IN …`), by date.
    static func loadMoter(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [Nettverksmote] {
        try Row.fetchAll(db, kept: "SELECT * FROM nettverksmote WHERE kompetansenettverk_id \(condition) ORDER BY date, id", arguments: arguments).map { row in
            guard let date = Dato(iso: row["date"]), let form = Nettverksmote.Form(rawValue: row["form"]) else { throw StorageError.corrupt("nettverksmote") }
            return Nettverksmote(id: row["id"], nettverkId: row["kompetansenettverk_id"], dato: date, tid: row["time_text"], hva: row["what"],
                                 ansvar: row["responsible"], form: form, sted: row["place"], referat: row["minutes"])
        }
    }

    /// What a home says of each of networks `ids`: its current plan, and with `moter` how many
    /// documents it shares and its meetings; in one read of three queries (a home made four reads
    /// per network, then three queries per network: the fagutvalg's home lists every network of
    /// its sector, and shows only their plans). Kept (`beholdt(forOrganisasjon:)`): the networks
    /// of one organisation's or one sector's home.
    public func nettverksoversikt(_ ids: Set<Int64>, moter medMoter: Bool = true) async throws -> [Int64: Nettverksoversikt] {
        guard !ids.isEmpty else { return [:] }
        struct Nokkel: Hashable, Sendable { let ids: Set<Int64>, moter: Bool }
        let liste = Self.iListe(ids)
        return try await beholdt(forOrganisasjon: Nokkel(ids: ids, moter: medMoter)) {
            try await les { db in
                let gjeldende = "kompetansenettverk_id \(liste.sql) AND version = "
                    + "(SELECT max(k.version) FROM kompetanseplan k WHERE k.kompetansenettverk_id = kompetanseplan.kompetansenettverk_id)"
                let planer = Dictionary(try Self.loadPlaner(db, where: gjeldende, liste.argument).map { ($0.plan.nettverkId, $0) },
                                        uniquingKeysWith: { first, _ in first })
                var dokumenter: [Int64: Int] = [:]
                var moter: [Int64: [Nettverksmote]] = [:]
                if medMoter {
                    try Row.forEach(db, sql: "SELECT kompetansenettverk_id, count(*) FROM nettverksdokument WHERE kompetansenettverk_id \(liste.sql) GROUP BY 1",
                                    arguments: liste.argument) { row in dokumenter[row[0]] = row[1] }
                    moter = Dictionary(grouping: try Self.loadMoter(db, where: liste.sql, liste.argument), by: \.nettverkId)
                }
                return Dictionary(uniqueKeysWithValues: ids.map { id in
                    (id, Nettverksoversikt(plan: planer[id], dokumenter: dokumenter[id] ?? 0, moter: moter[id] ?? []))
                })
            }
        }
    }

    /// Adds the meeting (id 0) or changes it, with an audit line; `.notFound` for a meeting
    /// that is not the network's.
    @discardableResult
    public func saveNettverksmote(_ mote: Nettverksmote, now: Date, audit: AuditEvent) async throws -> Int64 {
        try await writer.write { db in try Self.writeNettverksmote(mote, now: now, audit: audit, db) }
    }

    static func writeNettverksmote(_ mote: Nettverksmote, now: Date, audit: AuditEvent, _ db: Database) throws -> Int64 {
        let stamp = AuditEvent.timestamp(now)
        var id = mote.id
        if id == 0 {
            try db.execute(sql: """
                INSERT INTO nettverksmote (kompetansenettverk_id, date, time_text, what, responsible, form, place, minutes, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [mote.nettverkId, mote.dato.iso, mote.tid, mote.hva, mote.ansvar, mote.form.rawValue, mote.sted, mote.referat, stamp, stamp])
            id = db.lastInsertedRowID
        } else {
            try db.execute(sql: """
                UPDATE nettverksmote SET date = ?, time_text = ?, what = ?, responsible = ?, form = ?, place = ?, minutes = ?, updated_at = ?
                WHERE id = ? AND kompetansenettverk_id = ?
                """, arguments: [mote.dato.iso, mote.tid, mote.hva, mote.ansvar, mote.form.rawValue, mote.sted, mote.referat, stamp, id, mote.nettverkId])
            guard db.changesCount == 1 else { throw StorageError.notFound }
        }
        try audit.about("nettverksmote", String(id), after: AuditEvent.json([
            "dato": mote.dato.iso, "tid": mote.tid, "hva": mote.hva, "ansvar": mote.ansvar, "form": mote.form.rawValue, "sted": mote.sted,
            "referat": mote.referat,
        ])).write(db)
        try Self.varsle(.nettverksmote, hendelse: Self.hendelse("nettverksmote-\(id)", now),
                        til: [.organisasjoner(Array(try Self.nettverksmedlemmer(nettverkId: mote.nettverkId, db)))], unntatt: audit.userId,
                        params: ["nettverk": String(mote.nettverkId), "dato": mote.dato.iso, "hva": mote.hva], now: now, db)
        return id
    }

    /// Removes one of the network's meetings, with an audit line.
    public func slettNettverksmote(id: Int64, nettverkId: Int64, audit: AuditEvent) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM nettverksmote WHERE id = ? AND kompetansenettverk_id = ?", arguments: [id, nettverkId])
            guard db.changesCount == 1 else { throw StorageError.notFound }
            try audit.about("nettverksmote", String(id)).write(db)
        }
    }
}

/// What a home says of a network (`AppDatabase.nettverksoversikt`).
public struct Nettverksoversikt: Sendable, Equatable {
    /// The current version of its competence plan, once one is published.
    public let plan: PublisertKompetanseplan?
    /// How many documents it shares.
    public let dokumenter: Int
    /// Its meetings, by date.
    public let moter: [Nettverksmote]
}
