import Domain
import Foundation
import GRDB

/// Funding rounds with their per-ordning budgets and rule parameters.
extension AppDatabase {
    public func runder() async throws -> [Runde] {
        try await writer.read { db in try Self.fetchRunder(db) }
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
        try record.insert(db)
        guard let id = record.id else { throw StorageError.corrupt("runde uten id") }
        for (ordning, value) in runde.ordninger {
            try RundeOrdningRecord(rundeId: id, ordning: ordning, value: value).insert(db)
        }
        var event = audit
        event.objectType = "runde"
        event.objectId = String(runde.aar)
        try event.write(db)
        return id
    }

    static func fetchRunder(_ db: Database) throws -> [Runde] {
        let rounds = try RundeRecord.order(Column("year")).fetchAll(db)
        let ordninger = Dictionary(grouping: try RundeOrdningRecord.fetchAll(db), by: \.rundeId)
        return try rounds.map { try $0.domain(ordninger: ordninger[$0.id ?? 0] ?? []) }
    }
}
