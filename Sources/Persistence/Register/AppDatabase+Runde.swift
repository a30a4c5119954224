import Domain
import Foundation
import GRDB

/// Funding rounds with their per-ordning budgets and rule parameters.
extension AppDatabase {
    /// Every round, by year (kept in memory between changes: `runderBuffer`).
    public func runder() async throws -> [Runde] {
        try await runderBuffer.verdi(true) { try await les { db in try Self.fetchRunder(db) } }
    }

    public func runde(aar: Int) async throws -> Runde? {
        try await runder().first { $0.aar == aar }
    }

    /// The round the service shows as current (Domain decides which).
    public func gjeldendeRunde(today: Dato) async throws -> Runde? {
        Runde.gjeldende(blant: try await runder(), today: today)
    }

    /// Creates a round with its ordninger in one transaction, with an audit line.
    @discardableResult
    public func createRunde(_ runde: Runde, audit: AuditEvent) async throws -> Int64 {
        try await writer.write { db in try Self.insert(runde, audit: audit, db) }
    }

    static func insert(_ runde: Runde, audit: AuditEvent, _ db: Database) throws -> Int64 {
        var record = RundeRecord(runde)
        try unique("aar") { try record.insert(db) }
        guard let id = record.id else { throw StorageError.corrupt("runde uten id") }
        for (ordning, value) in runde.ordninger {
            try RundeOrdningRecord(rundeId: id, ordning: ordning, value: value).insert(db)
        }
        try audit.about("runde", String(runde.aar), after: auditText(runde)).write(db)
        return id
    }

    /// Changes a round's deadlines, budgets and parameters, unless its rules are locked.
    public func updateRunde(_ runde: Runde, audit: AuditEvent) async throws {
        try await writer.write { db in
            guard let record = try RundeRecord.filter(Column("year") == runde.aar).fetchOne(db), let id = record.id else {
                throw StorageError.notFound
            }
            if try Self.isLocked(id, db) { throw StorageError.locked }
            let ordninger = try RundeOrdningRecord.filter(Column("runde_id") == id).fetchAll(db)
            let old = try record.domain(ordninger: ordninger)
            guard old != runde else { return }
            var updated = RundeRecord(runde)
            updated.id = id
            try updated.update(db)
            try RundeOrdningRecord.filter(Column("runde_id") == id).deleteAll(db)
            for (ordning, value) in runde.ordninger {
                try RundeOrdningRecord(rundeId: id, ordning: ordning, value: value).insert(db)
            }
            try audit.on(.endre, "runde", String(runde.aar), before: Self.auditText(old), after: Self.auditText(runde)).write(db)
        }
    }

    /// The schemes of round `aar` that behovsmeldinger (drafts too) are written for.
    public func ordningerIBruk(aar: Int) async throws -> Set<Ordning> {
        try await les { db in
            Set(try String.fetchAll(db, kept: """
                SELECT DISTINCT b.ordning FROM behovsmelding b JOIN runde r ON r.id = b.runde_id WHERE r.year = ?
                """, arguments: [aar]).map(Ordning.init(rawValue:)))
        }
    }

    /// Moves the round's dates only, also after the lock (the rule parameters stay).
    public func updateRundeFrister(_ runde: Runde, audit: AuditEvent) async throws {
        try await writer.write { db in
            guard let record = try RundeRecord.filter(Column("year") == runde.aar).fetchOne(db), let id = record.id else {
                throw StorageError.notFound
            }
            let ordninger = try RundeOrdningRecord.filter(Column("runde_id") == id).fetchAll(db)
            var old = try record.domain(ordninger: ordninger)
            guard old.frister != runde.frister else { return }
            let before = Self.auditText(old)
            old.frister = runde.frister
            var updated = RundeRecord(old)
            updated.id = id
            try updated.update(db)
            try audit.on(.endre, "runde", String(runde.aar), before: before, after: Self.auditText(old)).write(db)
        }
    }

    /// Locks the round's rules (called with the first submitted behovsmelding, in its transaction).
    static func lockRules(aar: Int, at: Date, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE runde SET rules_locked_at = ? WHERE year = ? AND rules_locked_at IS NULL",
            arguments: [AuditEvent.timestamp(at), aar]
        )
    }

    /// The years whose rules are locked.
    public func lockedRoundYears() async throws -> Set<Int> {
        try await les { db in Set(try Int.fetchAll(db, kept: "SELECT year FROM runde WHERE rules_locked_at IS NOT NULL")) }
    }

    static func isLocked(_ rundeId: Int64, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, kept: "SELECT rules_locked_at IS NOT NULL FROM runde WHERE id = ?", arguments: [rundeId]) ?? false
    }

    /// The round as the audit log records it: one field per date and per ordning parameter
    /// (kroner, whole numbers, shares in basis points), so a change shows as the fields that changed.
    static func auditText(_ runde: Runde) -> String {
        var fields: [String: String] = [:]
        for (key, value) in runde.frister.somFelt { fields["frist.\(key)"] = value }
        for (ordning, value) in runde.ordninger {
            let p = value.parametre
            let prefix = ordning.rawValue + "."
            fields[prefix + "navn"] = value.navn
            fields[prefix + "kortnavn"] = value.kortnavn
            fields[prefix + "sektorer"] = value.sektorer.map(\.rawValue).joined(separator: ",")
            fields[prefix + "malgrupper"] = value.malgrupper.map(\.rawValue).joined(separator: ",")
            fields[prefix + "nettverk"] = value.nettverk.map(\.rawValue).joined(separator: ",")
            fields[prefix + "partnertyper"] = value.partnertyper.map(\.rawValue).joined(separator: ",")
            fields[prefix + "rapport"] = value.rapport ? "ja" : "nei"
            fields[prefix + "rekkefolge"] = String(value.rekkefolge)
            fields[prefix + "budsjett"] = String(value.budsjett.value)
            fields[prefix + "maksTiltak"] = String(p.maksTiltak)
            fields[prefix + "koordinatorMaksAndel"] = String(p.koordinatorMaksAndel.basisPoints)
            fields[prefix + "koordinatorMinKommuner"] = String(p.koordinatorMinKommuner)
            fields[prefix + "maksVarighetAar"] = String(p.maksVarighetAar)
            fields[prefix + "flerarigMaksAndel"] = String(p.flerarigMaksAndel.basisPoints)
            fields[prefix + "andelViaBehovsmeldinger"] = String(p.andelViaBehovsmeldinger.basisPoints)
            fields[prefix + "egenandel"] = String(p.egenandel.basisPoints)
        }
        return AuditEvent.json(fields)
    }

    static func fetchRunder(_ db: Database) throws -> [Runde] {
        let rounds = try RundeRecord.order(Column("year")).fetchAll(db)
        let ordninger = Dictionary(grouping: try RundeOrdningRecord.fetchAll(db), by: \.rundeId)
        return try rounds.map { try $0.domain(ordninger: ordninger[$0.id ?? 0] ?? []) }
    }
}

extension AppDatabase {
    /// Locks a round's rules on its own; submission (issue 5) locks inside its own transaction.
    public func lockRoundRules(aar: Int, at: Date) async throws {
        try await writer.write { db in try Self.lockRules(aar: aar, at: at, db) }
    }
}
