import Domain
import Foundation
import GRDB

/// A shared document as listed: who uploaded it and when.
public struct LagretDokument: Sendable, Equatable {
    public var dokument: Nettverksdokument
    public var lastetOppAv: String
    public var lastetOpp: Date
}

extension AppDatabase {
    /// The network's documents, the newest first (without their content).
    public func nettverksdokumenter(nettverkId: Int64) async throws -> [LagretDokument] {
        try await les { db in
            try Row.fetchAll(db, kept: """
                SELECT id, kompetansenettverk_id, title, file_name, readers, length(content) AS bytes, uploaded_by, uploaded_at
                FROM nettverksdokument WHERE kompetansenettverk_id = ? ORDER BY uploaded_at DESC, id DESC
                """, arguments: [nettverkId]).map { row in
                guard let readers = Nettverksdokument.Lesere(rawValue: row["readers"]),
                      let at = (row["uploaded_at"] as String?).flatMap(AuditEvent.parseTimestamp) else { throw StorageError.corrupt("nettverksdokument") }
                return LagretDokument(
                    dokument: Nettverksdokument(id: row["id"], nettverkId: row["kompetansenettverk_id"], tittel: row["title"], filnavn: row["file_name"],
                                                bytes: row["bytes"], lesere: readers),
                    lastetOppAv: row["uploaded_by"], lastetOpp: at)
            }
        }
    }

    /// The content of one of the network's documents.
    public func nettverksdokumentInnhold(id: Int64, nettverkId: Int64) async throws -> [UInt8]? {
        try await les { db in
            try Data.fetchOne(db, kept: "SELECT content FROM nettverksdokument WHERE id = ? AND kompetansenettverk_id = ?", arguments: [id, nettverkId])
                .map { Array($0) }
        }
    }

    /// Stores an uploaded document, with an audit line; returns its id.
    @discardableResult
    public func lagreNettverksdokument(_ dokument: Nettverksdokument, innhold: [UInt8], av navn: String, now: Date, audit: AuditEvent) async throws -> Int64 {
        try await writer.write { db in try Self.writeNettverksdokument(dokument, innhold: innhold, av: navn, now: now, audit: audit, db) }
    }

    @discardableResult
    static func writeNettverksdokument(_ dokument: Nettverksdokument, innhold: [UInt8], av navn: String, now: Date, audit: AuditEvent, _ db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO nettverksdokument (kompetansenettverk_id, title, file_name, readers, content, uploaded_by, uploaded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [dokument.nettverkId, dokument.tittel, dokument.filnavn, dokument.lesere.rawValue, Data(innhold), navn,
                             AuditEvent.timestamp(now)])
        let id = db.lastInsertedRowID
        try audit.about("nettverksdokument", String(id), after: AuditEvent.json([
            "tittel": dokument.tittel, "fil": dokument.filnavn, "lesere": dokument.lesere.rawValue, "bytes": String(innhold.count),
        ])).write(db)
        return id
    }

    /// Removes one of the network's documents, with an audit line.
    public func slettNettverksdokument(id: Int64, nettverkId: Int64, audit: AuditEvent) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM nettverksdokument WHERE id = ? AND kompetansenettverk_id = ?", arguments: [id, nettverkId])
            guard db.changesCount == 1 else { throw StorageError.notFound }
            try audit.about("nettverksdokument", String(id)).write(db)
        }
    }
}
