import Domain
import Foundation
import GRDB

/// An innstilling as stored: the lines with their proposals, its version number in the round
/// (1, 2, …), its status, and the times of its steps.
public struct StoredInnstilling: Sendable, Equatable {
    public var id: Int64?
    public var nummer: Int
    public var status: Innstillingsstatus
    public var innstilling: Innstilling
    public var version: Int
    public var updatedAt: Date
    public var sentAt: Date?
    public var vedtaksdato: Dato?

    /// A new, unsaved utkast (version 0) with version number `nummer` in the round.
    public static func ny(_ innstilling: Innstilling, nummer: Int, now: Date) -> StoredInnstilling {
        StoredInnstilling(id: nil, nummer: nummer, status: .utkast, innstilling: innstilling, version: 0, updatedAt: now, sentAt: nil, vedtaksdato: nil)
    }
}

extension AppDatabase {
    /// The newest innstilling of a round and ordning; kept until the data changes (`beholdt`):
    /// the Statsforvalter works through it a region at a time, and a partnership's page asks for
    /// its state.
    public func innstilling(rundeAar: Int, ordning: Ordning) async throws -> StoredInnstilling? {
        struct Nokkel: Hashable, Sendable { let rundeAar: Int, ordning: Ordning }
        return try await beholdt(Nokkel(rundeAar: rundeAar, ordning: ordning)) {
            try await les { db in try Self.loadInnstilling(db, rundeAar: rundeAar, ordning: ordning, cache: linjeCache) }
        }
    }

    /// Every ordning's newest innstilling of a round; with `status`, the newest of those in it
    /// (the samarbeidsforum sees foreløpig and vedtatt ones, letters come from the vedtatt one).
    /// With `behovsmeldinger`, each holds only the lines of those (an owner's letters): they are
    /// read through the index on `innstilling_linje`, so the rest are never read. Whole ones
    /// (no `behovsmeldinger`) are kept until the data changes (`beholdt`): every member of the
    /// forum reads the same.
    public func innstillinger(rundeAar: Int, status: Set<Innstillingsstatus> = Set(Innstillingsstatus.allCases),
                              behovsmeldinger: Set<Int64>? = nil) async throws -> [Ordning: StoredInnstilling] {
        struct Nokkel: Hashable, Sendable { let rundeAar: Int, status: Set<Innstillingsstatus> }
        func lesAlle() async throws -> [Ordning: StoredInnstilling] {
            try await les { db in
                var result: [Ordning: StoredInnstilling] = [:]
                let ordninger = try String.fetchAll(db, kept: "SELECT DISTINCT i.ordning FROM innstilling i JOIN runde r ON r.id = i.runde_id WHERE r.year = ?",
                                                    arguments: [rundeAar]).map(Ordning.init(rawValue:))
                for ordning in ordninger {
                    result[ordning] = try Self.loadInnstilling(db, rundeAar: rundeAar, ordning: ordning, status: status, behovsmeldinger: behovsmeldinger,
                                                               cache: linjeCache)
                }
                return result
            }
        }
        guard behovsmeldinger == nil else { return try await lesAlle() }
        return try await beholdt(Nokkel(rundeAar: rundeAar, status: status), les: lesAlle)
    }

    /// The newest innstilling of each scheme of the round without its lines: its number, state
    /// and dates, for a summary (the homes of the Statsforvalter and the forum). No line is read;
    /// the heads are kept until an innstilling or the round changes (`beholdt`).
    public func innstillingshoder(rundeAar: Int, status: Set<Innstillingsstatus> = Set(Innstillingsstatus.allCases)) async throws -> [Ordning: StoredInnstilling] {
        struct Nokkel: Hashable, Sendable {
            let rundeAar: Int
            let status: Set<Innstillingsstatus>
        }
        return try await beholdt(Nokkel(rundeAar: rundeAar, status: status)) {
            try await innstillinger(rundeAar: rundeAar, status: status, behovsmeldinger: [])
        }
    }

    /// What earlier rounds' vedtak bind in `ordning` from `aar` on: the later years of each
    /// earlier round's newest vedtatt innstilling (a new version replaces the one before it).
    /// With `behovsmeldinger`, only theirs, through the innstilling's index: a partnership's page
    /// and its letters read their own, not every multi-year tiltak of the country. All of them
    /// (no `behovsmeldinger`) are kept until the data changes (`beholdt`): the innstilling, the
    /// forum's tables and the letters read them on every view.
    public func forpliktelser(ordning: Ordning, fraAar aar: Int, behovsmeldinger: Set<Int64>? = nil) async throws -> [Forpliktelse] {
        struct Nokkel: Hashable, Sendable { let ordning: Ordning, aar: Int }
        guard behovsmeldinger == nil else { return try await lesForpliktelser(ordning: ordning, fraAar: aar, behovsmeldinger: behovsmeldinger) }
        return try await beholdt(Nokkel(ordning: ordning, aar: aar)) { try await lesForpliktelser(ordning: ordning, fraAar: aar, behovsmeldinger: nil) }
    }

    private func lesForpliktelser(ordning: Ordning, fraAar aar: Int, behovsmeldinger: Set<Int64>?) async throws -> [Forpliktelse] {
        try await les { db in
            let years = try Int.fetchAll(db, kept: "SELECT year FROM runde WHERE year < ? ORDER BY year", arguments: [aar])
            let promised = try years.flatMap { year in
                try Self.loadInnstilling(db, rundeAar: year, ordning: ordning, status: [.vedtatt], behovsmeldinger: behovsmeldinger,
                                         cache: linjeCache)?.innstilling.forpliktelser ?? []
            }.filter { $0.aar >= aar }
            // Most rounds' letters have none to carry: their stops and answers are then not read.
            guard !promised.isEmpty else { return [] }
            var hvilke = "ordning = ?"
            var arguments: StatementArguments = [ordning.rawValue]
            if let behovsmeldinger {
                let liste = Self.iListe(behovsmeldinger)
                hvilke += " AND behovsmelding_id \(liste.sql)"
                arguments += liste.argument
            }
            let stopped = Dictionary(try Row.decodeAll(db, sql: "SELECT * FROM stopped_commitment WHERE \(hvilke)", arguments: arguments) { row in
                (TiltakIVedtak(vedtaksaar: row["decision_year"], ordning: ordning, behovsmeldingId: row["behovsmelding_id"], tiltakNummer: row["tiltak_nummer"]),
                 (fra: row["from_year"] as Int, begrunnelse: row["reason"] as String))
            }, uniquingKeysWith: { $0.fra <= $1.fra ? $0 : $1 })
            let answers = Dictionary(try Row.decodeAll(db, sql: "SELECT * FROM commitment_answer WHERE \(hvilke) AND year >= ?", arguments: arguments + [aar]) { row in
                (SvarNokkel(tiltak: TiltakIVedtak(vedtaksaar: row["decision_year"], ordning: ordning, behovsmeldingId: row["behovsmelding_id"],
                                                 tiltakNummer: row["tiltak_nummer"]), aar: row["year"]),
                 Forpliktelsessvar(belop: Belop(eier: Kroner(row["eier"] as Int), uh: Kroner(row["uh"] as Int)), begrunnelse: row["reason"],
                                   godtatt: (row["accepted"] as Int) == 1))
            }, uniquingKeysWith: { first, _ in first })
            return promised.map { item in
                var item = item
                let stop = stopped[item.tiltakIVedtak]
                item.stoppetFra = stop?.fra
                item.stansbegrunnelse = stop?.begrunnelse
                item.svar = answers[SvarNokkel(tiltak: item.tiltakIVedtak, aar: item.aar)]
                return item
            }
        }
    }

    private struct SvarNokkel: Hashable {
        let tiltak: TiltakIVedtak
        let aar: Int
    }

    /// The partnership's answer about what `tiltak` needs in `aar`; a new answer waits for the
    /// Statsforvalter again. Audited with the amounts.
    public func svarPaForpliktelse(_ tiltak: TiltakIVedtak, aar: Int, _ svar: Forpliktelsessvar, now: Date, audit: AuditEvent) async throws {
        try await writer.write { db in
            try db.execute(sql: """
                INSERT INTO commitment_answer (decision_year, ordning, behovsmelding_id, tiltak_nummer, year, eier, uh, reason, accepted, answered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
                ON CONFLICT (decision_year, ordning, behovsmelding_id, tiltak_nummer, year)
                DO UPDATE SET eier = excluded.eier, uh = excluded.uh, reason = excluded.reason, accepted = 0, answered_at = excluded.answered_at
                """, arguments: [tiltak.vedtaksaar, tiltak.ordning.rawValue, tiltak.behovsmeldingId, tiltak.tiltakNummer, aar,
                                 svar.belop.eier.value, svar.belop.uh.value, svar.begrunnelse, AuditEvent.timestamp(now)])
            try audit.about("behovsmelding", String(tiltak.behovsmeldingId), after: AuditEvent.json([
                "tiltak": String(tiltak.tiltakNummer), "aar": String(aar), "eier": String(svar.belop.eier.value), "uh": String(svar.belop.uh.value),
                "begrunnelse": svar.begrunnelse,
            ])).write(db)
        }
    }

    /// The Statsforvalter accepts the partnership's changed amount for `aar`.
    public func godtaForpliktelsessvar(_ tiltak: TiltakIVedtak, aar: Int, audit: AuditEvent) async throws {
        try await writer.write { db in
            try db.execute(sql: """
                UPDATE commitment_answer SET accepted = 1
                WHERE decision_year = ? AND ordning = ? AND behovsmelding_id = ? AND tiltak_nummer = ? AND year = ? AND accepted = 0
                """, arguments: [tiltak.vedtaksaar, tiltak.ordning.rawValue, tiltak.behovsmeldingId, tiltak.tiltakNummer, aar])
            guard db.changesCount == 1 else { throw StorageError.notFound }
            try audit.about("behovsmelding", String(tiltak.behovsmeldingId), after: AuditEvent.json([
                "tiltak": String(tiltak.tiltakNummer), "aar": String(aar),
            ])).write(db)
        }
    }

    /// Stops a tiltak of an earlier vedtak from `fraAar` on: what it was promised from then is
    /// freed (R7). Audited with the reason.
    public func stansForpliktelse(_ tiltak: TiltakIVedtak, fraAar: Int, begrunnelse: String, now: Date, audit: AuditEvent) async throws {
        try await writer.write { db in
            try Self.unique("tiltak") {
                try db.execute(sql: """
                    INSERT INTO stopped_commitment (decision_year, ordning, behovsmelding_id, tiltak_nummer, from_year, reason, stopped_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [tiltak.vedtaksaar, tiltak.ordning.rawValue, tiltak.behovsmeldingId, tiltak.tiltakNummer, fraAar, begrunnelse,
                                     AuditEvent.timestamp(now)])
            }
            try audit.about("behovsmelding", String(tiltak.behovsmeldingId), after: AuditEvent.json([
                "vedtaksaar": String(tiltak.vedtaksaar), "ordning": tiltak.ordning.rawValue, "tiltak": String(tiltak.tiltakNummer),
                "fra": String(fraAar), "begrunnelse": begrunnelse,
            ])).write(db)
        }
    }

    static func loadInnstilling(
        _ db: Database, rundeAar: Int, ordning: Ordning, status: Set<Innstillingsstatus> = Set(Innstillingsstatus.allCases),
        behovsmeldinger: Set<Int64>? = nil, cache: LinjeCache? = nil
    ) throws -> StoredInnstilling? {
        var arguments: StatementArguments = [rundeAar, ordning.rawValue]
        arguments += StatementArguments(status.map(\.rawValue).sorted())
        guard let row = try Row.fetchOne(db, kept: """
            SELECT i.id, i.status, i.nummer, i.version, i.updated_at, i.sent_at, i.vedtak_date, i.expected_json
            FROM innstilling i JOIN runde r ON r.id = i.runde_id WHERE r.year = ? AND i.ordning = ? AND i.status IN (\(marks(status.count)))
            ORDER BY i.nummer DESC LIMIT 1
            """, arguments: arguments) else { return nil }
        let id: Int64 = row["id"]
        guard let status = Innstillingsstatus(rawValue: row["status"]) else { throw StorageError.corrupt("innstilling \(id)") }
        let expectedJSON: String = row["expected_json"]
        let linjer: [Innstilling.Linje]
        let forventet: [Int: Kroner]
        do {
            // The lines in their order; with `behovsmeldinger`, only theirs, found by the index.
            func les(_ behovsmeldinger: Set<Int64>?) throws -> [Innstilling.Linje] {
                var sql = "SELECT line_json FROM innstilling_linje WHERE innstilling_id = ?"
                var lineArguments: StatementArguments = [id]
                if let behovsmeldinger {
                    let liste = iListe(behovsmeldinger)
                    sql += " AND behovsmelding_id \(liste.sql)"
                    lineArguments += liste.argument
                }
                let lines = behovsmeldinger?.isEmpty == true ? [] : try String.fetchAll(db, kept: sql + " ORDER BY position", arguments: lineArguments)
                guard !lines.isEmpty else { return [] }
                // One array for the decoder, not a decoder per line.
                return try JSONDecoder().decode([Innstilling.Linje].self, from: Data(("[" + lines.joined(separator: ",") + "]").utf8))
            }
            let versjon = LinjeCache.Versjon(id: id, version: row["version"], endret: row["updated_at"] ?? "")
            switch (cache, behovsmeldinger) {
            case (let cache?, let behovsmeldinger?) where !behovsmeldinger.isEmpty:
                // Some behovsmeldinger's lines: from the whole innstilling when it is kept, or when
                // it is vedtatt (it never changes again, and every party's letter reads it);
                // else by the index, keeping nothing.
                if status == .vedtatt {
                    linjer = try cache.linjer(versjon, pa: behovsmeldinger) { try les(nil) }
                } else {
                    linjer = try cache.kjente(versjon, pa: behovsmeldinger) ?? les(behovsmeldinger)
                }
            case (let cache?, nil):
                linjer = try cache.linjer(versjon) { try les(nil) }
            default:
                linjer = try les(behovsmeldinger)
            }
            func lesForventet() throws -> [Int: Kroner] {
                let expected = try JSONDecoder().decode([String: Int].self, from: Data(expectedJSON.utf8))
                return Dictionary(uniqueKeysWithValues: expected.compactMap { key, value in Int(key).map { ($0, Kroner(value)) } })
            }
            // Decoded once per version, as the lines are: the homes read every scheme's innstilling.
            forventet = try cache.map { try $0.forventet(versjon, les: lesForventet) } ?? lesForventet()
        } catch let error as DatabaseError {
            throw error
        } catch {
            throw StorageError.corrupt("innstilling \(id)")
        }
        return StoredInnstilling(
            id: id, nummer: row["nummer"], status: status,
            innstilling: Innstilling(aar: rundeAar, ordning: ordning, linjer: linjer, forventet: forventet),
            version: row["version"], updatedAt: (row["updated_at"] as String?).flatMap(AuditEvent.parseTimestamp) ?? Date(timeIntervalSince1970: 0),
            sentAt: (row["sent_at"] as String?).flatMap(AuditEvent.parseTimestamp), vedtaksdato: (row["vedtak_date"] as String?).flatMap { Dato(iso: $0) }
        )
    }

    /// Writes the innstilling as `stored` has it; creates it when it has no id (a new version
    /// number). A save on top of another is `.conflict`; a vedtatt innstilling is `.locked`.
    @discardableResult
    public func saveInnstilling(_ stored: StoredInnstilling, expectedVersion: Int, now: Date, audit: AuditEvent) async throws -> StoredInnstilling {
        try await writer.write { db in try Self.writeInnstilling(stored, expectedVersion: expectedVersion, now: now, audit: audit, db) }
    }

    /// The lines of innstilling `innstillingId` as `linjer` has them, one row each in their order.
    private static func writeLines(_ linjer: [Innstilling.Linje], innstillingId: Int64, encoder: JSONEncoder, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM innstilling_linje WHERE innstilling_id = ?", arguments: [innstillingId])
        let insert = try db.cachedStatement(sql: "INSERT INTO innstilling_linje (innstilling_id, position, behovsmelding_id, line_json) VALUES (?, ?, ?, ?)")
        for (position, linje) in linjer.enumerated() {
            try insert.execute(arguments: [innstillingId, position, linje.behovsmeldingId, String(decoding: try encoder.encode(linje), as: UTF8.self)])
        }
    }

    static func writeInnstilling(_ stored: StoredInnstilling, expectedVersion: Int, now: Date, audit: AuditEvent, _ db: Database) throws -> StoredInnstilling {
        let innstilling = stored.innstilling
        guard let rundeId = try Int64.fetchOne(db, kept: "SELECT id FROM runde WHERE year = ?", arguments: [innstilling.aar]) else {
            throw StorageError.notFound
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let expected = Dictionary(uniqueKeysWithValues: innstilling.forventet.map { (String($0.key), $0.value.value) })
        let expectedJSON = String(decoding: try encoder.encode(expected), as: UTF8.self)
        let stamp = AuditEvent.timestamp(now)
        var next = stored
        next.updatedAt = now
        var previous = Innstillingsstatus.utkast
        if let id = stored.id {
            guard let current = try Row.fetchOne(db, kept: "SELECT version, status FROM innstilling WHERE id = ?", arguments: [id]) else {
                throw StorageError.notFound
            }
            guard (current["version"] as Int) == expectedVersion else { throw StorageError.conflict }
            guard (current["status"] as String) != Innstillingsstatus.vedtatt.rawValue else { throw StorageError.locked }
            previous = Innstillingsstatus(rawValue: current["status"]) ?? .utkast
            next.version = expectedVersion + 1
            if stored.status == .forelopig, (current["status"] as String) == Innstillingsstatus.utkast.rawValue { next.sentAt = now }
            try db.execute(sql: """
                UPDATE innstilling SET status = ?, expected_json = ?, version = ?, updated_at = ?, sent_at = ?, vedtak_date = ?
                WHERE id = ?
                """, arguments: [stored.status.rawValue, expectedJSON, next.version, stamp, next.sentAt.map(AuditEvent.timestamp),
                                 stored.vedtaksdato?.description, id])
        } else {
            // Sent to the forum without being saved as an utkast first.
            if stored.status == .forelopig, stored.sentAt == nil { next.sentAt = now }
            try Self.unique("nummer") {
                try db.execute(sql: """
                    INSERT INTO innstilling (runde_id, ordning, nummer, status, expected_json, version, updated_at, sent_at, vedtak_date)
                    VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)
                    """, arguments: [rundeId, innstilling.ordning.rawValue, stored.nummer, stored.status.rawValue, expectedJSON, stamp,
                                     next.sentAt.map(AuditEvent.timestamp), stored.vedtaksdato?.description])
            }
            next.id = db.lastInsertedRowID
            next.version = 1
        }
        try writeLines(innstilling.linjer, innstillingId: next.id ?? 0, encoder: encoder, db)
        let proposed = innstilling.linjer.map(\.foreslattForsteAar).sum()
        try audit.about("innstilling", String(next.id ?? 0), after: AuditEvent.json([
            "ordning": innstilling.ordning.rawValue, "runde": String(innstilling.aar), "nummer": String(stored.nummer),
            "status": stored.status.rawValue, "foreslatt": String(proposed.sum.value),
        ])).write(db)
        if stored.status != .utkast, previous != stored.status { try Self.varsleInnstilling(stored, audit: audit, now: now, db) }
        return next
    }
}

extension AppDatabase {
    /// Sent to the forum: its members are told. Vedtatt: every party of every behovsmelding
    /// in it is told that the vedtak and the letters are there.
    static func varsleInnstilling(_ stored: StoredInnstilling, audit: AuditEvent, now: Date, _ db: Database) throws {
        let innstilling = stored.innstilling
        let scheme = try ordning(innstilling.ordning, aar: innstilling.aar, db)
        let params = ["aar": String(innstilling.aar), "ordning": scheme?.kortnavn ?? innstilling.ordning.rawValue,
                      "ordningkode": innstilling.ordning.rawValue]
        let key = hendelse("innstilling-\(innstilling.aar)-\(innstilling.ordning.rawValue)", now)
        switch stored.status {
        case .forelopig:
            try varsle(.innstillingTilForum, hendelse: key, til: [.samarbeidsforum], unntatt: audit.userId, params: params, now: now, db)
        case .vedtatt:
            let meldinger = iListe(Set(innstilling.linjer.map(\.behovsmeldingId)))
            let orgs = try Int64.fetchAll(db, kept: """
                SELECT DISTINCT pp.organisation_id FROM behovsmelding b JOIN partnerskap_part pp ON pp.partnerskap_id = b.partnerskap_id
                WHERE b.id \(meldinger.sql)
                """, arguments: meldinger.argument)
            try varsle(.vedtak, hendelse: key, til: [.organisasjoner(orgs)], unntatt: audit.userId, params: params, now: now, db)
        case .utkast:
            return
        }
    }
}
