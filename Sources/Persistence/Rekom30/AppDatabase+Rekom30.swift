import Domain
import Foundation
import GRDB

/// An application to the Rekom 30 % round as stored, with its version.
public struct StoredRekom30Soknad: Sendable, Equatable {
    public var soknad: Rekom30Soknad
    public var version: Int
    public var updatedAt: Date

    /// A new application, not saved yet.
    public static func ny(rundeAar: Int, organisasjonId: Int64, now: Date) -> StoredRekom30Soknad {
        StoredRekom30Soknad(soknad: Rekom30Soknad(id: 0, organisasjonId: organisasjonId, rundeAar: rundeAar), version: 0, updatedAt: now)
    }
}

/// The Statsforvalter's allocation of the 30 % round as stored.
public struct StoredRekom30Fordeling: Sendable, Equatable {
    public var fordeling: Rekom30Fordeling
    public var status: Innstillingsstatus
    public var version: Int
    public var sentAt: Date?
    public var vedtaksdato: Dato?

    public static let ny = StoredRekom30Fordeling(fordeling: Rekom30Fordeling(), status: .utkast, version: 0, sentAt: nil, vedtaksdato: nil)
}

extension AppDatabase {
    /// The owner's application in round `aar`, if it has begun one.
    public func rekom30Soknad(rundeAar aar: Int, organisasjonId: Int64) async throws -> StoredRekom30Soknad? {
        try await les { db in
            try Self.loadRekom30(db, where: "r.year = ? AND s.organisation_id = ?", [aar, organisasjonId]).first
        }
    }

    /// Every application of this owner, newest round first, kept (`beholdt(forOrganisasjon:)`).
    public func rekom30Soknader(organisasjonId: Int64) async throws -> [StoredRekom30Soknad] {
        struct Nokkel: Hashable, Sendable { let organisasjonId: Int64 }
        return try await beholdt(forOrganisasjon: Nokkel(organisasjonId: organisasjonId)) {
            try await les { db in try Self.loadRekom30(db, where: "s.organisation_id = ?", [organisasjonId]).sorted { $0.soknad.rundeAar > $1.soknad.rundeAar } }
        }
    }

    /// Every application of round `aar` (drafts too), by id.
    public func rekom30Soknader(rundeAar aar: Int) async throws -> [StoredRekom30Soknad] {
        try await les { db in try Self.loadRekom30(db, where: "r.year = ?", [aar]) }
    }

    /// How many applications of round `aar` are sent, without reading them; kept (`beholdt`),
    /// for the Statsforvalter's home.
    public func antallSendteRekom30(rundeAar aar: Int) async throws -> Int {
        struct Nokkel: Hashable, Sendable { let aar: Int }
        return try await beholdt(Nokkel(aar: aar)) {
            try await les { db in
                try Int.fetchOne(db, kept: "SELECT COUNT(*) FROM rekom30_soknad s JOIN runde r ON r.id = s.runde_id WHERE r.year = ? AND s.status = ?",
                                 arguments: [aar, Rekom30Soknad.Status.sendt.rawValue]) ?? 0
            }
        }
    }

    static func loadRekom30(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [StoredRekom30Soknad] {
        // The lines of every application found, in one query rather than one per application.
        var linjer: [Int64: [Rekom30Soknad.Linje]] = [:]
        try Row.forEach(db, sql: """
            SELECT * FROM rekom30_linje WHERE soknad_id IN (SELECT s.id FROM rekom30_soknad s JOIN runde r ON r.id = s.runde_id WHERE \(condition))
            ORDER BY soknad_id, nummer
            """, arguments: arguments) { line in
            linjer[line["soknad_id"], default: []].append(Rekom30Soknad.Linje(
                nummer: line["nummer"], formal: Rekom30Kandidat.Formal(kode: line["formal"]) ?? .tilrettelegging, barnehage: line["barnehage"],
                person: line["person"], studium: line["studium"], semester: line["semester"], semestre: line["semestre"],
                dispensasjonerBarnehage: line["dispensasjoner_barnehage"], belop: Kroner(line["belop"] as Int)
            ))
        }
        return try Row.decodeAll(db, sql: """
            SELECT s.*, r.year FROM rekom30_soknad s JOIN runde r ON r.id = s.runde_id WHERE \(condition) ORDER BY s.id
            """, arguments: arguments) { row in
            let id: Int64 = row["id"]
            let lines = linjer[id] ?? []
            let soknad = Rekom30Soknad(
                id: id, organisasjonId: row["organisation_id"], rundeAar: row["year"], dispensasjonerKommune: row["dispensasjoner_kommune"],
                kontaktperson: row["kontaktperson"], linjer: lines, status: Rekom30Soknad.Status(rawValue: row["status"]) ?? .utkast,
                sendt: (row["sent_at"] as String?).flatMap(AuditEvent.parseTimestamp)
            )
            return StoredRekom30Soknad(soknad: soknad, version: row["version"],
                                       updatedAt: (row["updated_at"] as String?).flatMap(AuditEvent.parseTimestamp) ?? Date(timeIntervalSince1970: 0))
        }
    }

    /// Writes the whole application as `soknad` has it (a new one when its id is 0), in one
    /// transaction with its audit line; refused (`.conflict`) when someone saved in between.
    /// The deadline is the caller's to check. Returns the stored application.
    public func saveRekom30Soknad(_ soknad: Rekom30Soknad, expectedVersion: Int, now: Date, audit: AuditEvent) async throws -> StoredRekom30Soknad {
        try await writer.write { db in try Self.writeRekom30(soknad, expectedVersion: expectedVersion, now: now, audit: audit, db) }
    }

    static func writeRekom30(_ soknad: Rekom30Soknad, expectedVersion: Int, now: Date, audit: AuditEvent, _ db: Database) throws -> StoredRekom30Soknad {
        let stamp = AuditEvent.timestamp(now)
        var id = soknad.id
        if id == 0 {
            guard let rundeId = try Int64.fetchOne(db, kept: "SELECT id FROM runde WHERE year = ?", arguments: [soknad.rundeAar]) else {
                throw StorageError.notFound
            }
            try Self.unique("soknad") {
                try db.execute(sql: """
                    INSERT INTO rekom30_soknad (runde_id, organisation_id, created_at, updated_at) VALUES (?, ?, ?, ?)
                    """, arguments: [rundeId, soknad.organisasjonId, stamp, stamp])
            }
            id = db.lastInsertedRowID
        } else {
            guard let version = try Int.fetchOne(db, kept: "SELECT version FROM rekom30_soknad WHERE id = ?", arguments: [id]) else {
                throw StorageError.notFound
            }
            guard version == expectedVersion else { throw StorageError.conflict }
        }
        let sent = soknad.status == .sendt ? (soknad.sendt ?? now) : nil
        try db.execute(sql: """
            UPDATE rekom30_soknad SET status = ?, dispensasjoner_kommune = ?, kontaktperson = ?, version = version + \(soknad.id == 0 ? 0 : 1),
                updated_at = ?, sent_at = ? WHERE id = ?
            """, arguments: [soknad.status.rawValue, soknad.dispensasjonerKommune, soknad.kontaktperson, stamp, sent.map(AuditEvent.timestamp), id])
        try db.execute(sql: "DELETE FROM rekom30_linje WHERE soknad_id = ?", arguments: [id])
        for line in soknad.linjer {
            try db.execute(sql: """
                INSERT INTO rekom30_linje (soknad_id, nummer, formal, barnehage, person, studium, semester, semestre, dispensasjoner_barnehage, belop)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, line.nummer, line.formal.kode, line.barnehage, line.person, line.studium, line.semester, line.semestre,
                                 line.dispensasjonerBarnehage, line.belop.value])
        }
        // The audit line names no person: what the ranking uses, not who studies.
        try audit.about("rekom30_soknad", String(id), after: AuditEvent.json([
            "status": soknad.status.rawValue, "linjer": String(soknad.linjer.count), "sum": String(soknad.sum.value),
            "dispensasjoner_kommune": String(soknad.dispensasjonerKommune),
        ])).write(db)
        guard let stored = try Self.loadRekom30(db, where: "s.id = ?", [id]).first else { throw StorageError.notFound }
        return stored
    }

    /// The allocation of round `aar`; a new utkast when none is saved. Kept (`beholdt`).
    public func rekom30Fordeling(rundeAar aar: Int) async throws -> StoredRekom30Fordeling {
        struct Nokkel: Hashable, Sendable { let aar: Int }
        return try await beholdt(Nokkel(aar: aar)) {
            try await les { db in
                guard let row = try Row.fetchOne(db, kept: """
                    SELECT f.* FROM rekom30_fordeling f JOIN runde r ON r.id = f.runde_id WHERE r.year = ?
                    """, arguments: [aar]) else { return .ny }
                let choices = try JSONDecoder().decode([String: Rekom30Fordeling.Valg].self, from: Data((row["choices_json"] as String).utf8))
                let valg = Dictionary(uniqueKeysWithValues: choices.compactMap { key, value in Int64(key).map { ($0, value) } })
                return StoredRekom30Fordeling(
                    fordeling: Rekom30Fordeling(tillegg: Kroner(row["tillegg"] as Int), valg: valg),
                    status: Innstillingsstatus(rawValue: row["status"]) ?? .utkast, version: row["version"],
                    sentAt: (row["sent_at"] as String?).flatMap(AuditEvent.parseTimestamp), vedtaksdato: (row["vedtak_date"] as String?).flatMap { Dato(iso: $0) }
                )
            }
        }
    }

    /// Writes the allocation (status, addition, choices) if nobody saved in between and it is
    /// not vedtatt; the first write with status foreløpig records when it went to the forum.
    @discardableResult
    public func saveRekom30Fordeling(rundeAar aar: Int, _ stored: StoredRekom30Fordeling, expectedVersion: Int, now: Date, audit: AuditEvent) async throws -> Int {
        try await writer.write { db in
            guard let rundeId = try Int64.fetchOne(db, kept: "SELECT id FROM runde WHERE year = ?", arguments: [aar]) else { throw StorageError.notFound }
            let current = try Row.fetchOne(db, kept: "SELECT version, status, sent_at FROM rekom30_fordeling WHERE runde_id = ?", arguments: [rundeId])
            guard (current?["version"] as Int? ?? 0) == expectedVersion else { throw StorageError.conflict }
            guard (current?["status"] as String?) != Innstillingsstatus.vedtatt.rawValue else { throw StorageError.locked }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let choices = Dictionary(uniqueKeysWithValues: stored.fordeling.valg.map { (String($0.key), $0.value) })
            let json = String(decoding: try encoder.encode(choices), as: UTF8.self)
            let stamp = AuditEvent.timestamp(now)
            var sent = current?["sent_at"] as String?
            if stored.status == .forelopig, sent == nil { sent = stamp }
            if stored.status == .utkast { sent = nil }
            try db.execute(sql: """
                INSERT INTO rekom30_fordeling (runde_id, status, tillegg, choices_json, version, updated_at, sent_at, vedtak_date)
                VALUES (?, ?, ?, ?, 1, ?, ?, ?)
                ON CONFLICT (runde_id) DO UPDATE SET status = excluded.status, tillegg = excluded.tillegg, choices_json = excluded.choices_json,
                    version = version + 1, updated_at = excluded.updated_at, sent_at = excluded.sent_at, vedtak_date = excluded.vedtak_date
                """, arguments: [rundeId, stored.status.rawValue, stored.fordeling.tillegg.value, json, stamp, sent, stored.vedtaksdato?.description])
            if stored.status == .utkast {
                // A new version for the forum starts its answers afresh.
                try db.execute(sql: "DELETE FROM rekom30_forum WHERE runde_id = ?", arguments: [rundeId])
            }
            try audit.about("rekom30_fordeling", String(aar), after: AuditEvent.json([
                "status": stored.status.rawValue, "tillegg": String(stored.fordeling.tillegg.value), "endringer": String(stored.fordeling.valg.count),
            ])).write(db)
            let before = (current?["status"] as String?).flatMap(Innstillingsstatus.init(rawValue:)) ?? .utkast
            if stored.status != before { try Self.varsleRekom30(aar: aar, stored.status, audit: audit, now: now, db) }
            return expectedVersion + 1
        }
    }

    /// The forum's comments and approvals of the round's 30 % allocation, oldest first.
    public func rekom30Innspill(rundeAar aar: Int) async throws -> [ForumInnspill] {
        try await les { db in
            try Row.fetchAll(db, kept: """
                SELECT f.* FROM rekom30_forum f JOIN runde r ON r.id = f.runde_id WHERE r.year = ? ORDER BY f.id
                """, arguments: [aar]).map { row in
                ForumInnspill(id: row["id"], userId: row["user_id"], userName: row["user_name"],
                              at: (row["at"] as String?).flatMap(AuditEvent.parseTimestamp) ?? Date(timeIntervalSince1970: 0),
                              art: ForumInnspill.Art(rawValue: row["kind"]) ?? .kommentar, text: row["text"])
            }
        }
    }

    /// Adds a comment or an approval of the 30 % allocation; refused (`.locked`) unless it is foreløpig.
    public func addRekom30Innspill(rundeAar aar: Int, art: ForumInnspill.Art, text: String, userId: Int64?, userName: String, now: Date, audit: AuditEvent) async throws {
        try await writer.write { db in
            guard let row = try Row.fetchOne(db, kept: """
                SELECT f.runde_id, f.status FROM rekom30_fordeling f JOIN runde r ON r.id = f.runde_id WHERE r.year = ?
                """, arguments: [aar]) else { throw StorageError.notFound }
            guard (row["status"] as String) == Innstillingsstatus.forelopig.rawValue else { throw StorageError.locked }
            try db.execute(sql: "INSERT INTO rekom30_forum (runde_id, user_id, user_name, at, kind, text) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [row["runde_id"] as Int64, userId, userName, AuditEvent.timestamp(now), art.rawValue, text])
            try audit.on(art == .godkjent ? .godkjenn : .kommenter, "rekom30_fordeling", String(aar),
                         after: text.isEmpty ? nil : AuditEvent.json(["tekst": text])).write(db)
        }
    }
}

extension AppDatabase {
    /// The later round's allocation sent to the forum (its members are told) or decided (each
    /// owner that applied is told, with the way to its letter).
    static func varsleRekom30(aar: Int, _ status: Innstillingsstatus, audit: AuditEvent, now: Date, _ db: Database) throws {
        guard let later = try fetchRunder(db).first(where: { $0.aar == aar })?.senereRunde else { return }
        let params = ["aar": String(aar), "ordning": later.iRunde.kortnavn,
                      "andel": (Prosent.hundred - later.iRunde.parametre.andelViaBehovsmeldinger).formatted]
        switch status {
        case .forelopig:
            try varsle(.rekom30TilForum, hendelse: hendelse("rekom30-\(aar)", now), til: [.samarbeidsforum], unntatt: audit.userId, params: params, now: now, db)
        case .vedtatt:
            let owners = try Int64.fetchAll(db, kept: """
                SELECT s.organisation_id FROM rekom30_soknad s JOIN runde r ON r.id = s.runde_id WHERE r.year = ? AND s.status = 'sendt'
                """, arguments: [aar])
            for owner in owners {
                try varsle(.rekom30Vedtak, hendelse: hendelse("rekom30-\(aar)-\(owner)", now), til: [.organisasjoner([owner])], unntatt: audit.userId,
                           params: params.merging(["organisasjon": String(owner)]) { $1 }, now: now, db)
            }
        case .utkast:
            return
        }
    }
}
