import Domain
import Foundation
import GRDB

/// Partnerships: parties, the written agreement and its signatures (R8).
extension AppDatabase {
    /// Creates a partnership with its parties, unsigned, with an audit line.
    @discardableResult
    public func createPartnerskap(_ partnerskap: Partnerskap, now: Date, audit: AuditEvent) async throws -> Int64 {
        try await writer.write { db in try Self.insertPartnerskap(partnerskap, now: now, audit: audit, db) }
    }

    static func insertPartnerskap(_ partnerskap: Partnerskap, now: Date, audit: AuditEvent, _ db: Database) throws -> Int64 {
        let stamp = AuditEvent.timestamp(now)
        try db.execute(
            sql: """
                INSERT INTO partnerskap (name, region_id, avtale_hvem, avtale_hva, avtale_naar, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [partnerskap.navn, partnerskap.regionId, partnerskap.avtale.hvem, partnerskap.avtale.hva, partnerskap.avtale.naar, stamp, stamp]
        )
        let id = db.lastInsertedRowID
        try Self.insertParts(partnerskap, id: id, db)
        try audit.on(.opprett, "partnerskap", String(id), after: AuditEvent.json(Self.auditFields(partnerskap))).write(db)
        try varsleSignering(partnerskap, id: id, orgs: partnerskap.mangler.map(\.organisasjonId), audit: audit, now: now, db)
        return id
    }

    /// Partnership `id` with its parties, kept for its pages and its behovsmeldinger's (`beholdt(forOrganisasjon:)`).
    public func partnerskap(id: Int64) async throws -> StoredPartnerskap? {
        struct Nokkel: Hashable, Sendable { let id: Int64 }
        return try await beholdt(forOrganisasjon: Nokkel(id: id)) { try await les { db in try Self.loadPartnerskap(id, db) } }
    }

    /// The partnerships an organisation is a party of, newest first, kept (`beholdt(forOrganisasjon:)`).
    public func partnerskap(forOrganisation organisationId: Int64) async throws -> [StoredPartnerskap] {
        struct Nokkel: Hashable, Sendable { let organisasjonId: Int64 }
        return try await beholdt(forOrganisasjon: Nokkel(organisasjonId: organisationId)) {
            try await les { db in
                try Self.loadPartnerskap(db, id: "IN (\(Self.partnerskapAv))", [organisationId]).values.sorted { $0.id > $1.id }
            }
        }
    }

    /// Changes name, region, parties and agreement. Refused with `.conflict` when someone saved
    /// since `expectedVersion`, and with `.locked` while a behovsmelding of it is with the UH or
    /// delivered. Returns true when signatures were cleared (R8).
    @discardableResult
    public func updatePartnerskap(_ changed: Partnerskap, expectedVersion: Int, now: Date, audit: AuditEvent) async throws -> Bool {
        try await writer.write { db in
            guard let stored = try Self.loadPartnerskap(changed.id, db) else { throw StorageError.notFound }
            guard stored.version == expectedVersion else { throw StorageError.conflict }
            let statuses = try String.fetchAll(db, kept: "SELECT status FROM behovsmelding WHERE partnerskap_id = ?", arguments: [changed.id])
            if Partnerskap.endringsfeil(statuser: statuses.compactMap(Behovsmelding.Status.init(rawValue:))) != nil { throw StorageError.locked }
            let (updated, cleared) = stored.partnerskap.endret(til: changed)
            guard updated != stored.partnerskap else { return false }
            try db.execute(
                sql: """
                    UPDATE partnerskap SET name = ?, region_id = ?, avtale_hvem = ?, avtale_hva = ?, avtale_naar = ?,
                        version = version + 1, updated_at = ? WHERE id = ?
                    """,
                arguments: [updated.navn, updated.regionId, updated.avtale.hvem, updated.avtale.hva, updated.avtale.naar,
                            AuditEvent.timestamp(now), updated.id]
            )
            let kept = try Row.fetchAll(db, kept: """
                SELECT organisation_id, signed_at, signed_by_user_id FROM partnerskap_part WHERE partnerskap_id = ?
                """, arguments: [updated.id])
            try db.execute(sql: "DELETE FROM partnerskap_part WHERE partnerskap_id = ?", arguments: [updated.id])
            try Self.insertParts(updated, id: updated.id, db)
            for row in kept {
                let org: Int64 = row["organisation_id"]
                guard updated.signert.contains(org) else { continue }
                try db.execute(sql: """
                    UPDATE partnerskap_part SET signed_at = ?, signed_by_user_id = ? WHERE partnerskap_id = ? AND organisation_id = ?
                    """, arguments: [row["signed_at"] as String?, row["signed_by_user_id"] as Int64?, updated.id, org])
            }
            var after = Self.auditFields(updated)
            if cleared { after["signaturer"] = "fjernet" }
            try audit.on(.endre, "partnerskap", String(updated.id),
                         before: AuditEvent.json(Self.auditFields(stored.partnerskap)), after: AuditEvent.json(after)).write(db)
            // Everyone who must sign anew: all unsigned parties when the text changed, else the new ones.
            let waited = Set(stored.partnerskap.mangler.map(\.organisasjonId))
            let waiting = updated.mangler.map(\.organisasjonId).filter { cleared || !waited.contains($0) }
            try Self.varsleSignering(updated, id: updated.id, orgs: waiting, audit: audit, now: now, db)
            return cleared
        }
    }

    /// A party signs the agreement as it reads at `expectedVersion` (`.conflict` when it changed since).
    public func signPartnerskap(id: Int64, organisationId: Int64, userId: Int64, expectedVersion: Int, now: Date, audit: AuditEvent) async throws {
        try await writer.write { db in
            try Self.sign(id: id, organisationId: organisationId, userId: userId, expectedVersion: expectedVersion, now: now, audit: audit, db)
        }
    }

    static func sign(id: Int64, organisationId: Int64, userId: Int64?, expectedVersion: Int, now: Date, audit: AuditEvent, _ db: Database) throws {
        guard let stored = try Self.loadPartnerskap(id, db) else { throw StorageError.notFound }
        guard stored.version == expectedVersion else { throw StorageError.conflict }
        try db.execute(sql: """
            UPDATE partnerskap_part SET signed_at = ?, signed_by_user_id = ?, reminded_at = NULL
            WHERE partnerskap_id = ? AND organisation_id = ? AND signed_at IS NULL
            """, arguments: [AuditEvent.timestamp(now), userId, id, organisationId])
        guard db.changesCount > 0 else { return }
        try audit.on(.signer, "partnerskap", String(id), after: AuditEvent.json(["part": Self.partName(organisationId, stored)])).write(db)
    }

    /// Records a reminder to a party that has not signed; its home page shows it.
    public func remindPartnerskap(id: Int64, organisationId: Int64, now: Date, audit: AuditEvent) async throws {
        try await writer.write { db in
            guard let stored = try Self.loadPartnerskap(id, db) else { throw StorageError.notFound }
            try db.execute(sql: """
                UPDATE partnerskap_part SET reminded_at = ? WHERE partnerskap_id = ? AND organisation_id = ? AND signed_at IS NULL
                """, arguments: [AuditEvent.timestamp(now), id, organisationId])
            guard db.changesCount > 0 else { throw StorageError.notFound }
            try audit.on(.paminn, "partnerskap", String(id), after: AuditEvent.json(["part": Self.partName(organisationId, stored)])).write(db)
            try Self.varsle(.partnerskapPaminnelse, hendelse: Self.hendelse("partnerskap-\(id)-\(organisationId)", now),
                            til: [.organisasjoner([organisationId])], unntatt: audit.userId,
                            params: ["partnerskap": String(id), "navn": stored.partnerskap.navn], now: now, db)
        }
    }

    /// Tells the parties `orgs` that the agreement of partnership `id` waits for their signature.
    static func varsleSignering(_ partnerskap: Partnerskap, id: Int64, orgs: [Int64], audit: AuditEvent, now: Date, _ db: Database) throws {
        guard !orgs.isEmpty else { return }
        try varsle(.partnerskapTilSignering, hendelse: hendelse("partnerskap-\(id)", now), til: [.organisasjoner(orgs)], unntatt: audit.userId,
                   params: ["partnerskap": String(id), "navn": partnerskap.navn], now: now, db)
    }

    static func insertParts(_ partnerskap: Partnerskap, id: Int64, _ db: Database) throws {
        let sides = partnerskap.eiere.map { ($0, "eier") } + partnerskap.uh.map { ($0, "uh") }
        for (position, (part, side)) in sides.enumerated() {
            try db.execute(sql: """
                INSERT INTO partnerskap_part (partnerskap_id, organisation_id, side, position) VALUES (?, ?, ?, ?)
                """, arguments: [id, part.organisasjonId, side, position])
        }
    }

    static func loadPartnerskap(_ id: Int64, _ db: Database) throws -> StoredPartnerskap? {
        try loadPartnerskap([id], db)[id]
    }

    /// The ids of the partnerships organisation `?` is a party to, as a subquery.
    static let partnerskapAv = "SELECT partnerskap_id FROM partnerskap_part WHERE organisation_id = ?"

    /// These partnerships with their parties, by id: two queries, whatever their number, each
    /// the same SQL for any number (`iListe`), so the connection keeps it compiled: a network's
    /// handling page compiled a list of 70 marks on every view.
    static func loadPartnerskap(_ ids: [Int64], _ db: Database) throws -> [Int64: StoredPartnerskap] {
        let liste = iListe(Set(ids))
        return try loadPartnerskap(db, id: liste.sql, liste.argument)
    }

    /// The partnerships whose id is `utvalg` (an `IN (…)` with `arguments`), with their parties,
    /// by id: two queries.
    static func loadPartnerskap(_ db: Database, id utvalg: String, _ arguments: StatementArguments) throws -> [Int64: StoredPartnerskap] {
        var result: [Int64: StoredPartnerskap] = [:]
        // Each partnership's parties, in order: (side, signed at, reminded at, the party).
        var parts: [Int64: [(side: String, signedAt: String?, remindedAt: String?, part: Partnerskap.Part)]] = [:]
        try Row.forEach(db, sql: """
            SELECT p.partnerskap_id, p.organisation_id, p.side, p.signed_at, p.reminded_at, o.name, o.kommunenummer, o.kind
            FROM partnerskap_part p JOIN organisation o ON o.id = p.organisation_id
            WHERE p.partnerskap_id \(utvalg) ORDER BY p.partnerskap_id, p.position
            """, arguments: arguments) { row in
            // By position, as selected (by name, each column's name was hashed in each row).
            let part = Partnerskap.Part(organisasjonId: row[1], navn: row[5], kommunenummer: row[6], type: Organisasjonstype(rawValue: row[7]))
            parts[row[0], default: []].append((row[2], row[3], row[4], part))
        }
        try Row.forEach(db, sql: "SELECT id, name, region_id, avtale_hvem, avtale_hva, avtale_naar, version FROM partnerskap WHERE id \(utvalg)",
                        arguments: arguments) { row in
            let id: Int64 = row[0]
            var eiere: [Partnerskap.Part] = []
            var uh: [Partnerskap.Part] = []
            var signedAt: [Int64: Date] = [:]
            var remindedAt: [Int64: Date] = [:]
            for (side, signed, reminded, part) in parts[id] ?? [] {
                if side == "uh" { uh.append(part) } else { eiere.append(part) }
                if let signed { signedAt[part.organisasjonId] = AuditEvent.parseTimestamp(signed) }
                if let reminded { remindedAt[part.organisasjonId] = AuditEvent.parseTimestamp(reminded) }
            }
            let partnerskap = Partnerskap(
                id: id, navn: row[1], eiere: eiere, uh: uh, avtale: .init(hvem: row[3], hva: row[4], naar: row[5]),
                regionId: row[2], signert: Set(signedAt.keys)
            )
            result[id] = StoredPartnerskap(partnerskap: partnerskap, version: row[6], signedAt: signedAt, remindedAt: remindedAt)
        }
        return result
    }

    static func partName(_ organisationId: Int64, _ stored: StoredPartnerskap) -> String {
        stored.partnerskap.parter.first { $0.organisasjonId == organisationId }?.navn ?? String(organisationId)
    }

    static func auditFields(_ partnerskap: Partnerskap) -> [String: String] {
        [
            "navn": partnerskap.navn, "region": partnerskap.regionId.map(String.init) ?? "",
            "eiere": partnerskap.eiere.map(\.navn).joined(separator: ", "), "uh": partnerskap.uh.map(\.navn).joined(separator: ", "),
            "avtale.hvem": partnerskap.avtale.hvem, "avtale.hva": partnerskap.avtale.hva, "avtale.naar": partnerskap.avtale.naar,
        ]
    }
}
