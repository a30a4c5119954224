import Domain
import Foundation
import GRDB

/// A network's handling of one ordning in one round: its priority order, the tiltak it marked
/// as joint, and when it forwarded the set to the Statsforvalter.
public struct StoredNettverkBehandling: Sendable, Equatable {
    public struct Felles: Sendable, Equatable {
        public var id: Int64
        public var note: String
        public var medlemmer: [Tiltaksnokkel]

        /// A new group has id 0 until it is saved.
        public init(id: Int64, note: String, medlemmer: [Tiltaksnokkel]) {
            self.id = id
            self.note = note
            self.medlemmer = medlemmer
        }
    }

    public var id: Int64?
    public var nettverkId: Int64
    public var rundeAar: Int
    public var ordning: Ordning
    /// Behovsmelding ids, first priority first.
    public var prioritet: [Int64]
    public var felles: [Felles]
    public var note: String
    public var forwardedAt: Date?
    public var forwardedBy: String?
    public var version: Int

    public static func ny(nettverkId: Int64, rundeAar: Int, ordning: Ordning) -> StoredNettverkBehandling {
        StoredNettverkBehandling(id: nil, nettverkId: nettverkId, rundeAar: rundeAar, ordning: ordning, prioritet: [], felles: [], note: "",
                                 forwardedAt: nil, forwardedBy: nil, version: 0)
    }
}

/// A tiltak named by its behovsmelding and number.
public struct Tiltaksnokkel: Hashable, Sendable, Comparable {
    public var behovsmeldingId: Int64
    public var nummer: Int

    public init(behovsmeldingId: Int64, nummer: Int) {
        self.behovsmeldingId = behovsmeldingId
        self.nummer = nummer
    }

    public static func < (lhs: Tiltaksnokkel, rhs: Tiltaksnokkel) -> Bool {
        (lhs.behovsmeldingId, lhs.nummer) < (rhs.behovsmeldingId, rhs.nummer)
    }
}

/// One saved assessment: who saved it, when, and what it said.
public struct StoredVurdering: Sendable, Equatable {
    public var id: Int64
    public var behovsmeldingId: Int64
    public var userName: String
    public var savedAt: Date
    public var vurdering: Vurdering
}

extension AppDatabase {
    // MARK: Delivered behovsmeldinger

    /// The delivered behovsmeldinger of a round and ordning; with `regionId`, only those of
    /// partnerships in that region.
    ///
    /// `utenTekster`: the long texts a user wrote (the answers on the criteria, the units, each
    /// tiltak's descriptions) come back empty, for a list that shows none of them. Such a
    /// behovsmelding is never to be checked or saved.
    public func leverteBehovsmeldinger(rundeAar: Int, ordning: Ordning, regionId: Int64? = nil, utenTekster: Bool = false) async throws -> [StoredBehovsmelding] {
        try await les { db in try Self.loadLeverte(db, rundeAar: rundeAar, ordning: ordning, regionId: regionId, utenTekster: utenTekster) }
    }

    /// How many behovsmeldinger `leverteBehovsmeldinger` would give, without reading them; kept
    /// for the network's home (`beholdt(forOrganisasjon:)`).
    public func antallLeverte(rundeAar: Int, ordning: Ordning, regionId: Int64) async throws -> Int {
        struct Nokkel: Hashable, Sendable { let rundeAar: Int, ordning: Ordning, regionId: Int64 }
        return try await beholdt(forOrganisasjon: Nokkel(rundeAar: rundeAar, ordning: ordning, regionId: regionId)) {
            try await les { db in
                try Int.fetchOne(db, kept: """
                    SELECT COUNT(*) FROM behovsmelding b JOIN runde r ON r.id = b.runde_id JOIN partnerskap p ON p.id = b.partnerskap_id
                    WHERE r.year = ? AND b.ordning = ? AND b.status = 'levert' AND p.region_id = ?
                    """, arguments: [rundeAar, ordning.rawValue, regionId]) ?? 0
            }
        }
    }

    static func loadLeverte(_ db: Database, rundeAar: Int, ordning: Ordning, regionId: Int64? = nil, ids: [Int64]? = nil,
                            bareHoder: Bool = false, utenTekster: Bool = false) throws -> [StoredBehovsmelding] {
        var condition = "r.year = ? AND b.ordning = ? AND b.status = 'levert'"
        var arguments: StatementArguments = [rundeAar, ordning.rawValue]
        if let regionId {
            condition += " AND b.partnerskap_id IN (SELECT id FROM partnerskap WHERE region_id = ?)"
            arguments += [regionId]
        }
        if let ids {
            let liste = iListe(ids)
            condition += " AND b.id \(liste.sql)"
            arguments += liste.argument
        }
        return try loadBehovsmeldinger(db, where: condition, arguments, bareHoder: bareHoder, utenTekster: utenTekster)
    }

    /// Every partnership with these ids.
    public func partnerskap(ids: [Int64]) async throws -> [StoredPartnerskap] {
        try await les { db in try Self.loadPartnerskap(ids, db).values.sorted { $0.id < $1.id } }
    }

    /// The partnership of each of these behovsmeldinger (of any round), by behovsmelding id.
    public func partnerskap(behovsmeldingIds ids: [Int64]) async throws -> [Int64: StoredPartnerskap] {
        guard !ids.isEmpty else { return [:] }
        return try await les { db in
            let liste = Self.iListe(Set(ids))
            let rows = try Row.fetchAll(db, kept: "SELECT id, partnerskap_id FROM behovsmelding WHERE id \(liste.sql)", arguments: liste.argument)
            let loaded = try Self.loadPartnerskap(rows.map { $0["partnerskap_id"] as Int64 }, db)
            var result: [Int64: StoredPartnerskap] = [:]
            for row in rows { result[row["id"]] = loaded[row["partnerskap_id"] as Int64] }
            return result
        }
    }

    // MARK: The network

    /// Network `nettverkId`'s handling of `ordning` in round `rundeAar`, kept for its pages (`beholdt(forOrganisasjon:)`).
    public func nettverkBehandling(nettverkId: Int64, rundeAar: Int, ordning: Ordning) async throws -> StoredNettverkBehandling? {
        struct Nokkel: Hashable, Sendable { let nettverkId: Int64, rundeAar: Int, ordning: Ordning }
        return try await beholdt(forOrganisasjon: Nokkel(nettverkId: nettverkId, rundeAar: rundeAar, ordning: ordning)) {
            try await les { db in try Self.loadBehandling(db, "nb.kompetansenettverk_id = ? AND r.year = ? AND nb.ordning = ?", [nettverkId, rundeAar, ordning.rawValue]).first }
        }
    }

    /// Every forwarded handling of a round and ordning.
    public func videresendteBehandlinger(rundeAar: Int, ordning: Ordning) async throws -> [StoredNettverkBehandling] {
        try await les { db in try Self.loadBehandling(db, "r.year = ? AND nb.ordning = ? AND nb.forwarded_at IS NOT NULL", [rundeAar, ordning.rawValue]) }
    }

    static func loadBehandling(_ db: Database, _ condition: String, _ arguments: StatementArguments) throws -> [StoredNettverkBehandling] {
        var stored = try Row.decodeAll(db, sql: """
            SELECT nb.*, r.year FROM nettverk_behandling nb JOIN runde r ON r.id = nb.runde_id WHERE \(condition) ORDER BY nb.id
            """, arguments: arguments) { row in
            StoredNettverkBehandling(
                id: row["id"], nettverkId: row["kompetansenettverk_id"], rundeAar: row["year"], ordning: Ordning(rawValue: row["ordning"]),
                prioritet: [], felles: [],
                note: row["note"], forwardedAt: (row["forwarded_at"] as String?).flatMap(AuditEvent.parseTimestamp),
                forwardedBy: row["forwarded_by"], version: row["version"]
            )
        }
        // Their priorities and joint tiltak in three queries, not three per handling.
        var prioritet: [Int64: [Int64]] = [:]
        var felles: [Int64: [StoredNettverkBehandling.Felles]] = [:]
        var medlemmer: [Int64: [Tiltaksnokkel]] = [:]
        let (liste, ids) = iListe(stored.compactMap(\.id))
        try Row.forEach(db, sql: "SELECT behandling_id, behovsmelding_id FROM nettverk_prioritet WHERE behandling_id \(liste) ORDER BY behandling_id, position",
                        arguments: ids) { row in
            prioritet[row["behandling_id"], default: []].append(row["behovsmelding_id"])
        }
        try Row.forEach(db, sql: """
            SELECT m.felles_tiltak_id, m.behovsmelding_id, m.tiltak_nummer FROM felles_tiltak_medlem m JOIN felles_tiltak f ON f.id = m.felles_tiltak_id
            WHERE f.behandling_id \(liste) ORDER BY m.felles_tiltak_id, m.behovsmelding_id, m.tiltak_nummer
            """, arguments: ids) { row in
            medlemmer[row["felles_tiltak_id"], default: []].append(Tiltaksnokkel(behovsmeldingId: row["behovsmelding_id"], nummer: row["tiltak_nummer"]))
        }
        try Row.forEach(db, sql: "SELECT id, behandling_id, note FROM felles_tiltak WHERE behandling_id \(liste) ORDER BY id", arguments: ids) { row in
            let id: Int64 = row["id"]
            felles[row["behandling_id"], default: []].append(.init(id: id, note: row["note"], medlemmer: medlemmer[id] ?? []))
        }
        for index in stored.indices {
            guard let id = stored[index].id else { continue }
            stored[index].prioritet = prioritet[id] ?? []
            stored[index].felles = felles[id] ?? []
        }
        return stored
    }

    /// Writes the handling as `stored` has it (priority, note, joint tiltak, forwarding), creating
    /// it on the first save. A save on top of another is `.conflict`; a forwarded handling is `.locked`.
    @discardableResult
    public func saveNettverkBehandling(_ stored: StoredNettverkBehandling, expectedVersion: Int, audit: AuditEvent) async throws -> Int {
        try await writer.write { db in try Self.writeBehandling(stored, expectedVersion: expectedVersion, audit: audit, db) }
    }

    static func writeBehandling(_ stored: StoredNettverkBehandling, expectedVersion: Int, audit: AuditEvent, _ db: Database) throws -> Int {
        guard let rundeId = try Int64.fetchOne(db, kept: "SELECT id FROM runde WHERE year = ?", arguments: [stored.rundeAar]) else {
            throw StorageError.notFound
        }
        let existing = try loadBehandling(db, "nb.kompetansenettverk_id = ? AND nb.runde_id = ? AND nb.ordning = ?",
                                          [stored.nettverkId, rundeId, stored.ordning.rawValue]).first
        guard (existing?.version ?? 0) == expectedVersion else { throw StorageError.conflict }
        if existing?.forwardedAt != nil { throw StorageError.locked }
        let id: Int64
        let version = expectedVersion + 1
        let forwarded = stored.forwardedAt.map(AuditEvent.timestamp)
        if let existing, let existingId = existing.id {
            id = existingId
            try db.execute(sql: "UPDATE nettverk_behandling SET note = ?, forwarded_at = ?, forwarded_by = ?, version = ? WHERE id = ?",
                           arguments: [stored.note, forwarded, stored.forwardedBy, version, id])
        } else {
            try db.execute(sql: """
                INSERT INTO nettverk_behandling (kompetansenettverk_id, runde_id, ordning, note, forwarded_at, forwarded_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [stored.nettverkId, rundeId, stored.ordning.rawValue, stored.note, forwarded, stored.forwardedBy, version])
            id = db.lastInsertedRowID
        }
        try db.execute(sql: "DELETE FROM nettverk_prioritet WHERE behandling_id = ?", arguments: [id])
        for (index, meldingId) in stored.prioritet.enumerated() {
            try db.execute(sql: "INSERT INTO nettverk_prioritet (behandling_id, behovsmelding_id, position) VALUES (?, ?, ?)",
                           arguments: [id, meldingId, index + 1])
        }
        // Joint groups are kept by id; new ones (id 0) are inserted, missing ones deleted.
        let keep = Set(stored.felles.map(\.id).filter { $0 > 0 })
        for old in existing?.felles ?? [] where !keep.contains(old.id) {
            try db.execute(sql: "DELETE FROM felles_tiltak WHERE id = ?", arguments: [old.id])
        }
        for group in stored.felles where group.id == 0 {
            try db.execute(sql: "INSERT INTO felles_tiltak (behandling_id, note) VALUES (?, ?)", arguments: [id, group.note])
            let groupId = db.lastInsertedRowID
            for member in group.medlemmer {
                try db.execute(sql: "INSERT INTO felles_tiltak_medlem (felles_tiltak_id, behovsmelding_id, tiltak_nummer) VALUES (?, ?, ?)",
                               arguments: [groupId, member.behovsmeldingId, member.nummer])
            }
        }
        try audit.about("nettverk_behandling", String(id), after: AuditEvent.json([
            "ordning": stored.ordning.rawValue, "runde": String(stored.rundeAar),
            "prioritet": stored.prioritet.map(String.init).joined(separator: ","), "felles": String(stored.felles.count),
        ])).write(db)
        if stored.forwardedAt != nil { try Self.varsleVideresendt(stored, audit: audit, db) }
        return version
    }

    // MARK: The fagutvalg

    /// Saves an assessment as the committee's newest, keeping the older ones as history.
    @discardableResult
    public func saveVurdering(_ vurdering: Vurdering, behovsmeldingId: Int64, userId: Int64?, userName: String, now: Date, audit: AuditEvent) async throws -> Int64 {
        try await writer.write { db in
            try Self.insertVurdering(vurdering, behovsmeldingId: behovsmeldingId, userId: userId, userName: userName, now: now, audit: audit, db)
        }
    }

    static func insertVurdering(
        _ vurdering: Vurdering, behovsmeldingId: Int64, userId: Int64?, userName: String, now: Date, audit: AuditEvent, _ db: Database
    ) throws -> Int64 {
        func svar(_ kriterium: Kriterium) -> Vurdering.Svar { vurdering.kriterier[kriterium] ?? Vurdering.Svar(oppfylt: false) }
        try db.execute(sql: """
            INSERT INTO vurdering (behovsmelding_id, user_id, user_name, saved_at, forankring_oppfylt, forankring_begrunnelse,
                kollektive_oppfylt, kollektive_begrunnelse, partnerskap_oppfylt, partnerskap_begrunnelse, prioritet, kommentar, oppfolging_samsvar)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                behovsmeldingId, userId, userName, AuditEvent.timestamp(now),
                svar(.forankring).oppfylt, svar(.forankring).begrunnelse,
                svar(.kollektiveProsesser).oppfylt, svar(.kollektiveProsesser).begrunnelse,
                svar(.partnerskap).oppfylt, svar(.partnerskap).begrunnelse,
                vurdering.prioritet, vurdering.kommentar, vurdering.iSamsvarMedOppfolging,
            ])
        let id = db.lastInsertedRowID
        for (nummer, belop) in vurdering.anbefalt.sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: "INSERT INTO vurdering_anbefaling (vurdering_id, tiltak_nummer, belop) VALUES (?, ?, ?)",
                           arguments: [id, nummer, belop.value])
        }
        try audit.on(.vurder, "behovsmelding", String(behovsmeldingId), after: AuditEvent.json([
            "ikke_oppfylt": vurdering.ikkeOppfylt.map(\.rawValue).joined(separator: ","), "prioritet": vurdering.prioritet.map(String.init) ?? "",
        ])).write(db)
        return id
    }

    /// Every assessment of a behovsmelding, newest first, kept (`beholdt(forBehovsmelding:)`).
    public func vurderinger(behovsmeldingId: Int64) async throws -> [StoredVurdering] {
        struct Nokkel: Hashable, Sendable { let behovsmeldingId: Int64 }
        return try await beholdt(forBehovsmelding: Nokkel(behovsmeldingId: behovsmeldingId)) {
            try await les { db in try Self.loadVurderinger(db, "behovsmelding_id = ?", [behovsmeldingId]) }
        }
    }

    /// The committee's agreed (newest) assessment of each of these behovsmeldinger.
    public func gjeldendeVurderinger(behovsmeldingIds: [Int64]) async throws -> [Int64: StoredVurdering] {
        try await les { db in try Self.loadGjeldendeVurderinger(db, behovsmeldingIds: behovsmeldingIds) }
    }

    static func loadGjeldendeVurderinger(_ db: Database, behovsmeldingIds: [Int64]) throws -> [Int64: StoredVurdering] {
        guard !behovsmeldingIds.isEmpty else { return [:] }
        let liste = iListe(behovsmeldingIds)
        let all = try loadVurderinger(db, "behovsmelding_id \(liste.sql)", liste.argument)
        var newest: [Int64: StoredVurdering] = [:]
        for item in all where newest[item.behovsmeldingId] == nil { newest[item.behovsmeldingId] = item }
        return newest
    }

    static func loadVurderinger(_ db: Database, _ condition: String, _ arguments: StatementArguments) throws -> [StoredVurdering] {
        var stored = try Row.decodeAll(db, sql: "SELECT * FROM vurdering WHERE \(condition) ORDER BY id DESC", arguments: arguments) { row in
            let vurdering = Vurdering(
                kriterier: [
                    .forankring: .init(oppfylt: row["forankring_oppfylt"], begrunnelse: row["forankring_begrunnelse"]),
                    .kollektiveProsesser: .init(oppfylt: row["kollektive_oppfylt"], begrunnelse: row["kollektive_begrunnelse"]),
                    .partnerskap: .init(oppfylt: row["partnerskap_oppfylt"], begrunnelse: row["partnerskap_begrunnelse"]),
                ],
                prioritet: row["prioritet"], kommentar: row["kommentar"], iSamsvarMedOppfolging: row["oppfolging_samsvar"], anbefalt: [:]
            )
            return StoredVurdering(id: row["id"], behovsmeldingId: row["behovsmelding_id"], userName: row["user_name"],
                                   savedAt: (row["saved_at"] as String?).flatMap(AuditEvent.parseTimestamp) ?? Date(timeIntervalSince1970: 0),
                                   vurdering: vurdering)
        }
        // The recommended sums of them all in one query, not one per assessment.
        var anbefalt: [Int64: [Int: Kroner]] = [:]
        let liste = iListe(stored.map(\.id))
        try Row.forEach(db, sql: "SELECT vurdering_id, tiltak_nummer, belop FROM vurdering_anbefaling WHERE vurdering_id \(liste.sql)",
                        arguments: liste.argument) { row in
            anbefalt[row["vurdering_id"], default: [:]][row["tiltak_nummer"]] = Kroner(row["belop"] as Int)
        }
        for index in stored.indices { stored[index].vurdering.anbefalt = anbefalt[stored[index].id] ?? [:] }
        return stored
    }
}

extension AppDatabase {
    /// Tells the fagutvalg that read the network's kind of work in this scheme that the
    /// network's behovsmeldinger have come.
    static func varsleVideresendt(_ stored: StoredNettverkBehandling, audit: AuditEvent, _ db: Database) throws {
        guard let type = try String.fetchOne(db, kept: "SELECT type FROM kompetansenettverk WHERE id = ?", arguments: [stored.nettverkId])
            .flatMap(Nettverkstype.init(rawValue:)) else { return }
        let scheme = try ordning(stored.ordning, aar: stored.rundeAar, db)
        let sektorer = (scheme?.sektorer ?? []).filter { Nettverkstype($0) == type }
        let navn = try String.fetchOne(db, kept: "SELECT name FROM kompetansenettverk WHERE id = ?", arguments: [stored.nettverkId]) ?? ""
        try varsle(.videresendtFagutvalg, hendelse: hendelse("nettverk-\(stored.nettverkId)-\(stored.rundeAar)-\(stored.ordning.rawValue)", audit.at),
                   til: [.fagutvalg(sektorer)], unntatt: audit.userId,
                   params: ["nettverk": navn, "ordning": scheme?.kortnavn ?? stored.ordning.rawValue, "aar": String(stored.rundeAar),
                            "antall": String(stored.prioritet.count)], now: audit.at, db)
    }
}
