import Domain
import Foundation
import GRDB

/// A report as stored, with its version (0: not saved yet) and times.
public struct StoredRapport: Sendable, Equatable {
    public var id: Int64
    public var rapport: Rapport
    public var version: Int
    public var updatedAt: Date?
    public var sentAt: Date?

    /// A report not saved yet.
    public static func ny(_ rapport: Rapport) -> StoredRapport {
        StoredRapport(id: 0, rapport: rapport, version: 0, updatedAt: nil, sentAt: nil)
    }
}

extension AppDatabase {
    /// The stored reports of round `aar` (every scheme, partnership and reporter).
    /// With `partnerskap`, only theirs (an owner's or partner's home: what it reads does not grow
    /// with other counties' reports).
    public func rapporter(rundeAar aar: Int, partnerskap: Set<Int64>? = nil) async throws -> [StoredRapport] {
        guard let (utvalg, arguments) = Self.bare("p.partnerskap_id", partnerskap) else { return [] }
        return try await les { db in try Self.loadRapporter(db, where: "r.year = ?" + utvalg, [aar] + arguments) }
    }

    /// The state of each stored report of round `aar` and whose it is, without its lines: what a
    /// count of the round's reports needs (the Statsforvalter's home), where `rapporter` would
    /// read every line of every report of the country. With `partnerskap`, only theirs (the
    /// links on an owner's or UH's home).
    public func rapportstatus(rundeAar aar: Int, partnerskap: Set<Int64>? = nil) async throws
        -> [(slag: Rapport.Slag, ordning: Ordning, partnerskapId: Int64, organisasjonId: Int64, status: Rapport.Status)] {
        guard let (utvalg, arguments) = Self.bare("p.partnerskap_id", partnerskap) else { return [] }
        return try await les { db in
            try Row.fetchAll(db, kept: """
                SELECT p.id, p.kind, p.ordning, p.partnerskap_id, p.organisation_id, p.status FROM rapport p JOIN runde r ON r.id = p.runde_id
                WHERE r.year = ?\(utvalg)
                """, arguments: [aar] + arguments).map { row in
                guard let slag = Rapport.Slag(rawValue: row["kind"]), let status = Rapport.Status(rawValue: row["status"]) else {
                    throw StorageError.corrupt("rapport \(row["id"] as Int64)")
                }
                return (slag, Ordning(rawValue: row["ordning"]), row["partnerskap_id"], row["organisation_id"], status)
            }
        }
    }

    /// ` AND column IN (…)` for `ids` (`iListe`); nothing for nil (all); nil for no ids, which no
    /// row can match, so the reader answers nothing without a read (an owner's home asks for a
    /// round it has no letters in).
    static func bare(_ column: String, _ ids: Set<Int64>?) -> (String, StatementArguments)? {
        guard let ids else { return ("", []) }
        guard !ids.isEmpty else { return nil }
        let liste = iListe(ids)
        return (" AND \(column) \(liste.sql)", liste.argument)
    }

    /// The stored reports of these partnerships, every round.
    public func rapporter(partnerskapIds ids: [Int64]) async throws -> [StoredRapport] {
        guard !ids.isEmpty else { return [] }
        return try await les { db in
            let liste = Self.iListe(ids)
            return try Self.loadRapporter(db, where: "p.partnerskap_id \(liste.sql)", liste.argument)
        }
    }

    /// One reporter's report of `slag` on one letter, if it has begun one.
    public func rapport(rundeAar aar: Int, _ slag: Rapport.Slag, ordning: Ordning, partnerskapId: Int64, organisasjonId: Int64) async throws -> StoredRapport? {
        try await les { db in
            try Self.loadRapporter(db, where: "r.year = ? AND p.kind = ? AND p.ordning = ? AND p.partnerskap_id = ? AND p.organisation_id = ?",
                                   [aar, slag.rawValue, ordning.rawValue, partnerskapId, organisasjonId]).first
        }
    }

    static func loadRapporter(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [StoredRapport] {
        // The lines of every report found, in one query rather than one per report.
        var linjer: [Int64: [Rapport.Linje]] = [:]
        try Row.forEach(db, sql: """
            SELECT * FROM rapport_linje WHERE rapport_id IN (SELECT p.id FROM rapport p JOIN runde r ON r.id = p.runde_id WHERE \(condition))
            ORDER BY rapport_id, position
            """, arguments: arguments) { line in
            linjer[line["rapport_id"], default: []].append(Rapport.Linje(
                behovsmeldingId: line["behovsmelding_id"], tiltakNummer: line["tiltak_nummer"], tittel: line["title"],
                tildelt: Kroner(line["granted"] as Int), brukt: (line["used"] as Int?).map(Kroner.init), hvaErGjort: line["done"],
                deltakere: line["participants"], motPlan: line["against_plan"], utbytte: line["outcome"], avvik: line["deviation"]
            ))
        }
        return try Row.decodeAll(db, sql: """
            SELECT p.*, r.year FROM rapport p JOIN runde r ON r.id = p.runde_id WHERE \(condition) ORDER BY p.id
            """, arguments: arguments) { row in
            let id: Int64 = row["id"]
            let lines = linjer[id] ?? []
            guard let status = Rapport.Status(rawValue: row["status"]), let side = Felt.Side(rawValue: row["side"]),
                  let slag = Rapport.Slag(rawValue: row["kind"]) else {
                throw StorageError.corrupt("rapport \(id)")
            }
            let rapport = Rapport(
                aar: row["year"], slag: slag, ordning: Ordning(rawValue: row["ordning"]), partnerskapId: row["partnerskap_id"],
                organisasjonId: row["organisation_id"], side: side, linjer: lines, status: status, kommentar: row["return_comment"]
            )
            return StoredRapport(id: id, rapport: rapport, version: row["version"],
                                 updatedAt: (row["updated_at"] as String?).flatMap(AuditEvent.parseTimestamp),
                                 sentAt: (row["sent_at"] as String?).flatMap(AuditEvent.parseTimestamp))
        }
    }

    /// Writes the whole report as `stored` has it (a new one when its id is 0), in one
    /// transaction with its audit line; refused (`.conflict`) when someone saved in between.
    public func saveRapport(_ stored: StoredRapport, now: Date, audit: AuditEvent) async throws -> StoredRapport {
        try await writer.write { db in try Self.writeRapport(stored, now: now, audit: audit, db) }
    }

    static func writeRapport(_ stored: StoredRapport, now: Date, audit: AuditEvent, _ db: Database) throws -> StoredRapport {
        let rapport = stored.rapport
        let stamp = AuditEvent.timestamp(now)
        var id = stored.id
        if id == 0 {
            guard let rundeId = try Int64.fetchOne(db, kept: "SELECT id FROM runde WHERE year = ?", arguments: [rapport.aar]) else {
                throw StorageError.notFound
            }
            do {
                try db.execute(sql: """
                    INSERT INTO rapport (runde_id, ordning, kind, partnerskap_id, organisation_id, side, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [rundeId, rapport.ordning.rawValue, rapport.slag.rawValue, rapport.partnerskapId, rapport.organisasjonId, rapport.side.rawValue, stamp, stamp])
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                // Someone else started it in between.
                throw StorageError.conflict
            }
            id = db.lastInsertedRowID
        } else {
            guard let version = try Int.fetchOne(db, kept: "SELECT version FROM rapport WHERE id = ?", arguments: [id]) else {
                throw StorageError.notFound
            }
            guard version == stored.version else { throw StorageError.conflict }
        }
        let sent = rapport.status == .sendt ? now : stored.sentAt
        try db.execute(sql: """
            UPDATE rapport SET status = ?, return_comment = ?, version = version + \(stored.id == 0 ? 0 : 1), updated_at = ?, sent_at = ?
            WHERE id = ?
            """, arguments: [rapport.status.rawValue, rapport.kommentar, stamp, sent.map(AuditEvent.timestamp), id])
        try db.execute(sql: "DELETE FROM rapport_linje WHERE rapport_id = ?", arguments: [id])
        for (index, line) in rapport.linjer.enumerated() {
            try db.execute(sql: """
                INSERT INTO rapport_linje (rapport_id, position, behovsmelding_id, tiltak_nummer, title, granted, used, done, participants,
                    against_plan, outcome, deviation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, index + 1, line.behovsmeldingId, line.tiltakNummer, line.tittel, line.tildelt.value, line.brukt?.value,
                                 line.hvaErGjort, line.deltakere, line.motPlan, line.utbytte, line.avvik])
        }
        try audit.about("rapport", String(id), after: AuditEvent.json([
            "status": rapport.status.rawValue, "slag": rapport.slag.rawValue, "runde": String(rapport.aar), "ordning": rapport.ordning.rawValue,
            "partnerskap": String(rapport.partnerskapId), "tildelt": String(rapport.tildelt.value), "brukt": String(rapport.brukt.value),
            "kommentar": rapport.kommentar,
        ])).write(db)
        let slag: Varsel.Slag? = switch audit.handling {
        case .returner: .rapportReturnert
        case .godkjenn: .rapportGodkjent
        default: nil
        }
        if let slag {
            try Self.varsleRapportor(slag, rapport, hendelse: Self.hendelse("rapport-\(id)", now), audit: audit, now: now, db)
        }
        guard let saved = try Self.loadRapporter(db, where: "p.id = ?", [id]).first else { throw StorageError.notFound }
        return saved
    }
}

extension AppDatabase {
    /// The decisions on unused funds of round `aar`; with `partnerskap`, only theirs.
    public func ubrukteMidler(rundeAar aar: Int, partnerskap: Set<Int64>? = nil) async throws -> [UbrukteMidler] {
        guard let (utvalg, arguments) = Self.bare("u.partnerskap_id", partnerskap) else { return [] }
        return try await les { db in
            try Row.fetchAll(db, kept: """
                SELECT u.*, r.year FROM ubrukte_midler u JOIN runde r ON r.id = u.runde_id WHERE r.year = ?\(utvalg) ORDER BY u.partnerskap_id, u.ordning
                """, arguments: [aar] + arguments).map { row in
                guard let decision = UbrukteMidler.Avgjorelse(rawValue: row["decision"]) else { throw StorageError.corrupt("ubrukte_midler") }
                return UbrukteMidler(aar: row["year"], ordning: Ordning(rawValue: row["ordning"]), partnerskapId: row["partnerskap_id"],
                                     belop: Kroner(row["amount"] as Int), avgjorelse: decision, begrunnelse: row["reason"])
            }
        }
    }

    /// Records (or changes) the decision on a letter's unused funds, with an audit line.
    public func saveUbrukteMidler(_ value: UbrukteMidler, now: Date, audit: AuditEvent) async throws {
        try await writer.write { db in
            guard let rundeId = try Int64.fetchOne(db, kept: "SELECT id FROM runde WHERE year = ?", arguments: [value.aar]) else { throw StorageError.notFound }
            try db.execute(sql: """
                INSERT INTO ubrukte_midler (runde_id, ordning, partnerskap_id, amount, decision, reason, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (runde_id, ordning, partnerskap_id) DO UPDATE SET amount = excluded.amount, decision = excluded.decision,
                    reason = excluded.reason, decided_at = excluded.decided_at
                """, arguments: [rundeId, value.ordning.rawValue, value.partnerskapId, value.belop.value, value.avgjorelse.rawValue,
                                 value.begrunnelse, AuditEvent.timestamp(now)])
            try audit.about("ubrukte_midler", "\(value.aar)-\(value.ordning.rawValue)-\(value.partnerskapId)", after: AuditEvent.json([
                "belop": String(value.belop.value), "avgjorelse": value.avgjorelse.rawValue, "begrunnelse": value.begrunnelse,
            ])).write(db)
        }
    }
}

extension AppDatabase {
    /// When the Statsforvalter last reminded each reporter of round `aar`, by scheme, partnership
    /// and reporter; with `partnerskap`, only theirs.
    public func rapportPaminnelser(rundeAar aar: Int, partnerskap: Set<Int64>? = nil) async throws -> [RapportPaminnelse] {
        guard let (utvalg, arguments) = Self.bare("p.partnerskap_id", partnerskap) else { return [] }
        return try await les { db in
            try Row.fetchAll(db, kept: """
                SELECT p.*, r.year FROM rapport_paminnelse p JOIN runde r ON r.id = p.runde_id WHERE r.year = ?\(utvalg)
                """, arguments: [aar] + arguments).compactMap { row in
                (row["reminded_at"] as String?).flatMap(AuditEvent.parseTimestamp).map {
                    RapportPaminnelse(slag: Rapport.Slag(rawValue: row["kind"]) ?? .aar, ordning: Ordning(rawValue: row["ordning"]), partnerskapId: row["partnerskap_id"], organisasjonId: row["organisation_id"], tid: $0)
                }
            }
        }
    }

    /// Records a reminder to one reporter of the report of `slag`, with an audit line.
    public func paminnRapport(rundeAar aar: Int, _ slag: Rapport.Slag, ordning: Ordning, partnerskapId: Int64, organisasjonId: Int64, now: Date, audit: AuditEvent) async throws {
        try await writer.write { db in
            guard let rundeId = try Int64.fetchOne(db, kept: "SELECT id FROM runde WHERE year = ?", arguments: [aar]) else { throw StorageError.notFound }
            try db.execute(sql: """
                INSERT INTO rapport_paminnelse (runde_id, ordning, kind, partnerskap_id, organisation_id, reminded_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (runde_id, ordning, kind, partnerskap_id, organisation_id) DO UPDATE SET reminded_at = excluded.reminded_at
                """, arguments: [rundeId, ordning.rawValue, slag.rawValue, partnerskapId, organisasjonId, AuditEvent.timestamp(now)])
            try audit.about("rapport_paminnelse", "\(aar)-\(ordning.rawValue)-\(slag.rawValue)-\(partnerskapId)-\(organisasjonId)").write(db)
            try Self.varsle(.rapportPaminnelse, hendelse: Self.hendelse("rapport-\(aar)-\(ordning.rawValue)-\(slag.rawValue)-\(partnerskapId)-\(organisasjonId)", now),
                            til: [.organisasjoner(try Self.rapportorer(partnerskapId: partnerskapId, organisasjonId: organisasjonId, db))],
                            unntatt: audit.userId, params: Self.rapportParams(aar: aar, slag, ordning: ordning, partnerskapId: partnerskapId, db), now: now, db)
        }
    }

    /// The organisations behind one reporter: the owners together (any owner of the
    /// partnership), or the one UH.
    static func rapportorer(partnerskapId: Int64, organisasjonId: Int64, _ db: Database) throws -> [Int64] {
        guard let partnerskap = try loadPartnerskap(partnerskapId, db)?.partnerskap else { return [organisasjonId] }
        let eiere = partnerskap.eiere.map(\.organisasjonId)
        return eiere.contains(organisasjonId) ? eiere : [organisasjonId]
    }

    static func rapportParams(aar: Int, _ slag: Rapport.Slag, ordning: Ordning, partnerskapId: Int64, _ db: Database) throws -> [String: String] {
        [
            "aar": String(aar), "slag": slag.rawValue, "ordningkode": ordning.rawValue, "partnerskap": String(partnerskapId),
            "ordning": try Self.ordning(ordning, aar: aar, db)?.kortnavn ?? ordning.rawValue,
            "navn": try loadPartnerskap(partnerskapId, db)?.partnerskap.navn ?? "",
        ]
    }

    static func varsleRapportor(_ slag: Varsel.Slag, _ rapport: Rapport, hendelse: String, audit: AuditEvent, now: Date, _ db: Database) throws {
        try varsle(slag, hendelse: hendelse,
                   til: [.organisasjoner(try rapportorer(partnerskapId: rapport.partnerskapId, organisasjonId: rapport.organisasjonId, db))],
                   unntatt: audit.userId,
                   params: try rapportParams(aar: rapport.aar, rapport.slag, ordning: rapport.ordning, partnerskapId: rapport.partnerskapId, db),
                   now: now, db)
    }
}

/// The Statsforvalter's latest reminder to one reporter.
public struct RapportPaminnelse: Sendable, Equatable {
    public let slag: Rapport.Slag
    public let ordning: Ordning
    public let partnerskapId: Int64
    public let organisasjonId: Int64
    public let tid: Date
}
