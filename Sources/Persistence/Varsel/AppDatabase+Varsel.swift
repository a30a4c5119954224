import Domain
import Foundation
import GRDB

/// Who a notice goes to, by what they do: the active users with that role.
public enum Mottakere: Sendable, Hashable {
    /// Owners' and UH users of these organisations.
    case organisasjoner([Int64])
    /// The leaders of these networks.
    case nettverksledere([Int64])
    /// The fagutvalg members of these sectors.
    case fagutvalg([Sektor])
    case statsforvalter
    case samarbeidsforum

    func userIds(_ db: Database) throws -> [Int64] {
        let base = "SELECT DISTINCT u.id FROM user u JOIN role_grant g ON g.user_id = u.id WHERE u.is_active = 1 AND "
        switch self {
        case .organisasjoner(let ids):
            guard !ids.isEmpty else { return [] }
            let liste = AppDatabase.iListe(ids)
            return try Int64.fetchAll(db, kept: base + "g.role IN ('eier', 'uh') AND g.organisation_id \(liste.sql)", arguments: liste.argument)
        case .nettverksledere(let ids):
            guard !ids.isEmpty else { return [] }
            let liste = AppDatabase.iListe(ids)
            return try Int64.fetchAll(db, kept: base + "g.role = 'nettverksleder' AND g.kompetansenettverk_id \(liste.sql)", arguments: liste.argument)
        case .fagutvalg(let sektorer):
            guard !sektorer.isEmpty else { return [] }
            return try Int64.fetchAll(db, kept: base + "g.role = 'fagutvalg' AND g.sector IN (\(AppDatabase.marks(sektorer.count)))",
                                      arguments: StatementArguments(sektorer.map(\.rawValue)))
        case .statsforvalter:
            return try Int64.fetchAll(db, kept: base + "g.role = 'statsforvalter'")
        case .samarbeidsforum:
            return try Int64.fetchAll(db, kept: base + "g.role = 'samarbeidsforum'")
        }
    }
}

/// A notice waiting to be put into an e-mail, with what the composer needs of its reader.
public struct VentendeVarsel: Sendable, Equatable {
    public var id: Int64
    public var slag: Varsel.Slag
    public var params: [String: String]
    public var createdAt: Date
    public var userId: Int64
    public var navn: String
    public var epost: String
    public var valg: Varsel.Valg
    /// The language of the reader's e-mail (`Malform.forEpost`).
    public var sprak: Malform
}

/// A notice as its reader's «Varsler» page lists it.
public struct LagretVarsel: Sendable, Equatable {
    /// What became of it as e-mail.
    public enum Epoststatus: Sendable, Equatable {
        /// Not in an e-mail yet (the next pass, or the morning's digest), or its e-mail not sent yet.
        case venter
        case sendt
        /// No mail server: kept in the outbox.
        case holdt
        /// The reader chose no e-mail of this kind.
        case ingen
    }
    public var id: Int64
    public var slag: Varsel.Slag
    public var params: [String: String]
    public var createdAt: Date
    public var epost: Epoststatus
}

/// One e-mail of the outbox.
public struct Epost: Sendable, Equatable {
    public enum Tilstand: String, Sendable, CaseIterable { case venter, sendt, holdt }
    public var id: Int64
    public var userId: Int64?
    public var til: String
    public var navn: String
    public var emne: String
    public var tekst: String
    public var messageId: String
    public var createdAt: Date
    public var tilstand: Tilstand
    public var forsok: Int
    public var nesteForsok: Date
    public var sentAt: Date?
    public var feil: String?

    public init(id: Int64 = 0, userId: Int64?, til: String, navn: String, emne: String, tekst: String, messageId: String, createdAt: Date,
                tilstand: Tilstand = .venter, forsok: Int = 0, nesteForsok: Date, sentAt: Date? = nil, feil: String? = nil) {
        self.id = id
        self.userId = userId
        self.til = til
        self.navn = navn
        self.emne = emne
        self.tekst = tekst
        self.messageId = messageId
        self.createdAt = createdAt
        self.tilstand = tilstand
        self.forsok = forsok
        self.nesteForsok = nesteForsok
        self.sentAt = sentAt
        self.feil = feil
    }

    init(_ row: Row) {
        func date(_ column: String) -> Date? { (row[column] as String?).flatMap(AuditEvent.parseTimestamp) }
        self.init(id: row["id"], userId: row["user_id"], til: row["to_address"], navn: row["to_name"], emne: row["subject"], tekst: row["body"],
                  messageId: row["message_id"], createdAt: date("created_at") ?? .distantPast,
                  tilstand: Tilstand(rawValue: row["state"]) ?? .venter, forsok: row["attempts"],
                  nesteForsok: date("next_attempt_at") ?? .distantPast, sentAt: date("sent_at"), feil: row["last_error"])
    }
}

extension AppDatabase {
    /// Writes a notice of `slag` about `hendelse` for everyone in `til` but the one who acted,
    /// inside the caller's transaction: the notice commits with its change or not at all. A
    /// person gets one notice per event key, however often it is written (reminders).
    static func varsle(_ slag: Varsel.Slag, hendelse: String, til: [Mottakere], unntatt: Int64? = nil, params: [String: String],
                       now: Date, _ db: Database) throws {
        var users: [Int64] = []
        for group in til { users += try group.userIds(db) }
        let json = AuditEvent.json(params)
        let key = slag.rawValue + ":" + hendelse
        for user in Set(users) where user != unntatt {
            try db.execute(sql: """
                INSERT OR IGNORE INTO varsel (event_key, user_id, kind, params_json, created_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [key, user, slag.rawValue, json, AuditEvent.timestamp(now)])
        }
    }

    /// A notice that accompanies no change of its own (a deadline's reminder).
    public func varsle(_ slag: Varsel.Slag, hendelse: String, til: [Mottakere], params: [String: String], now: Date) async throws {
        try await writer.write { db in try Self.varsle(slag, hendelse: hendelse, til: til, params: params, now: now, db) }
    }

    /// An event key that is new for every change: the object and the instant it changed.
    static func hendelse(_ object: String, _ now: Date) -> String { object + "@" + AuditEvent.timestamp(now) }

    // MARK: The composer and the sender

    /// The notices not yet put into an e-mail, oldest first, with their reader.
    public func ventendeVarsler(limit: Int = 10_000) async throws -> [VentendeVarsel] {
        try await les { db in
            try Row.fetchAll(db, kept: """
                SELECT v.id, v.kind, v.params_json, v.created_at, u.id AS user_id, u.name, u.email, c.choice, u.language,
                       (SELECT group_concat(malform) FROM (SELECT o.malform FROM role_grant g JOIN organisation o ON o.id = g.organisation_id
                                                           WHERE g.user_id = u.id ORDER BY g.id)) AS malformer
                FROM varsel v JOIN user u ON u.id = v.user_id LEFT JOIN varsel_valg c ON c.user_id = v.user_id
                WHERE v.state = 'venter' ORDER BY v.id LIMIT ?
                """, arguments: [limit]).compactMap { row in
                guard let slag = Varsel.Slag(rawValue: row["kind"]) else { return nil }
                return VentendeVarsel(
                    id: row["id"], slag: slag, params: AuditEvent.fields(row["params_json"]),
                    createdAt: (row["created_at"] as String?).flatMap(AuditEvent.parseTimestamp) ?? .distantPast,
                    userId: row["user_id"], navn: row["name"], epost: row["email"],
                    valg: (row["choice"] as String?).flatMap(Varsel.Valg.init(rawValue:)) ?? .standard,
                    sprak: Malform.forEpost(
                        valgt: (row["language"] as String?).flatMap(Malform.init(rawValue:)),
                        organisasjoner: ((row["malformer"] as String?) ?? "").split(separator: ",").compactMap { Malform(rawValue: String($0)) }
                    )
                )
            }
        }
    }

    /// Puts the notices `ids` into `epost` in one transaction: the e-mail is written only when
    /// every one of them still waits, so no notice goes out twice. Returns false when one was
    /// taken in between.
    @discardableResult
    public func lagEpost(_ epost: Epost, varsler ids: [Int64]) async throws -> Bool {
        try await writer.write { db in
            try Self.insert(epost, db)
            let epostId = db.lastInsertedRowID
            for id in ids {
                try db.execute(sql: "UPDATE varsel SET state = 'epost', epost_id = ? WHERE id = ? AND state = 'venter'", arguments: [epostId, id])
                if db.changesCount != 1 { throw StorageError.conflict }
            }
            return true
        }
    }

    static func insert(_ epost: Epost, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO epost (user_id, to_address, to_name, subject, body, message_id, created_at, state, attempts, next_attempt_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
            """, arguments: [epost.userId, epost.til, epost.navn, epost.emne, epost.tekst, epost.messageId,
                             AuditEvent.timestamp(epost.createdAt), epost.tilstand.rawValue, AuditEvent.timestamp(epost.nesteForsok)])
    }

    /// Notices the reader chose not to get by e-mail; they stay on the «Varsler» page.
    public func utenEpost(varsler ids: [Int64]) async throws {
        guard !ids.isEmpty else { return }
        try await writer.write { db in
            try db.execute(sql: "UPDATE varsel SET state = 'ingen' WHERE state = 'venter' AND id IN (\(Self.marks(ids.count)))",
                           arguments: StatementArguments(ids))
        }
    }

    /// The e-mails due for an attempt at `now`, oldest first.
    public func forfalteEposter(now: Date, limit: Int = 50) async throws -> [Epost] {
        try await les { db in
            try Row.fetchAll(db, kept: "SELECT * FROM epost WHERE state = 'venter' AND next_attempt_at <= ? ORDER BY id LIMIT ?",
                             arguments: [AuditEvent.timestamp(now), limit]).map(Epost.init)
        }
    }

    /// Marks an attempt: delivered (`sendt`), kept without a server (`holdt`), or failed with
    /// `feil`, to be tried again at `nesteForsok`.
    public func markerEpost(id: Int64, _ tilstand: Epost.Tilstand, now: Date, feil: String? = nil, nesteForsok: Date? = nil) async throws {
        try await writer.write { db in
            try db.execute(sql: """
                UPDATE epost SET state = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = coalesce(?, next_attempt_at),
                    sent_at = CASE WHEN ? = 'sendt' THEN ? ELSE sent_at END
                WHERE id = ? AND state = 'venter'
                """, arguments: [tilstand.rawValue, feil, nesteForsok.map(AuditEvent.timestamp), tilstand.rawValue, AuditEvent.timestamp(now), id])
        }
    }

    /// The outbox, newest first (the «Sendt e-post» page).
    public func eposter(limit: Int, offset: Int = 0) async throws -> (eposter: [Epost], antall: Int) {
        try await les { db in
            let list = try Row.fetchAll(db, kept: "SELECT * FROM epost ORDER BY id DESC LIMIT ? OFFSET ?", arguments: [limit, offset]).map(Epost.init)
            return (list, try Int.fetchOne(db, kept: "SELECT count(*) FROM epost") ?? 0)
        }
    }

    public func epost(id: Int64) async throws -> Epost? {
        try await les { db in try Row.fetchOne(db, kept: "SELECT * FROM epost WHERE id = ?", arguments: [id]).map(Epost.init) }
    }

    // MARK: A person's notices and choices

    /// `userId`'s newest notices.
    public func varsler(userId: Int64, limit: Int = 30) async throws -> [LagretVarsel] {
        try await les { db in
            try Row.fetchAll(db, kept: """
                SELECT v.id, v.kind, v.params_json, v.created_at, v.state, e.state AS mail FROM varsel v LEFT JOIN epost e ON e.id = v.epost_id
                WHERE v.user_id = ? ORDER BY v.id DESC LIMIT ?
                """, arguments: [userId, limit]).compactMap { row in
                guard let slag = Varsel.Slag(rawValue: row["kind"]) else { return nil }
                return LagretVarsel(id: row["id"], slag: slag, params: AuditEvent.fields(row["params_json"]),
                                    createdAt: (row["created_at"] as String?).flatMap(AuditEvent.parseTimestamp) ?? .distantPast,
                                    epost: Self.epoststatus(varsel: row["state"], epost: row["mail"]))
            }
        }
    }

    static func epoststatus(varsel: String, epost: String?) -> LagretVarsel.Epoststatus {
        if varsel == "ingen" { return .ingen }
        switch epost.flatMap(Epost.Tilstand.init(rawValue:)) {
        case .sendt: return .sendt
        case .holdt: return .holdt
        case .venter, nil: return .venter
        }
    }

    public func varselvalg(userId: Int64) async throws -> Varsel.Valg {
        try await les { db in
            try String.fetchOne(db, kept: "SELECT choice FROM varsel_valg WHERE user_id = ?", arguments: [userId]).flatMap(Varsel.Valg.init) ?? .standard
        }
    }

    public func settVarselvalg(userId: Int64, _ valg: Varsel.Valg, now: Date, audit: AuditEvent) async throws {
        try await writer.write { db in
            try db.execute(sql: """
                INSERT INTO varsel_valg (user_id, choice, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET choice = excluded.choice, updated_at = excluded.updated_at
                """, arguments: [userId, valg.rawValue, AuditEvent.timestamp(now)])
            try audit.on(.endre, "varsel_valg", String(userId), after: AuditEvent.json(["valg": valg.rawValue])).write(db)
        }
    }

    // MARK: The private calendar feed

    /// Sets (or renews) `userId`'s feed secret; the old address stops working.
    public func settKalendernokkel(userId: Int64, tokenHash: String, now: Date, audit: AuditEvent) async throws {
        try await writer.write { db in
            try db.execute(sql: """
                INSERT INTO kalender_nokkel (user_id, token_hash, created_at) VALUES (?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at
                """, arguments: [userId, tokenHash, AuditEvent.timestamp(now)])
            try audit.on(.endre, "kalender_nokkel", String(userId)).write(db)
        }
    }

    public func harKalendernokkel(userId: Int64) async throws -> Bool {
        try await les { db in try Bool.fetchOne(db, kept: "SELECT 1 FROM kalender_nokkel WHERE user_id = ?", arguments: [userId]) ?? false }
    }

    /// The active user whose feed secret hashes to `tokenHash`, with their roles.
    public func kalenderbruker(tokenHash: String) async throws -> Bruker? {
        try await les { db in
            guard let id = try Int64.fetchOne(db, kept: """
                SELECT k.user_id FROM kalender_nokkel k JOIN user u ON u.id = k.user_id WHERE k.token_hash = ? AND u.is_active = 1
                """, arguments: [tokenHash]) else { return nil }
            return try Self.bruker(id: id, db)
        }
    }
}

// MARK: The events of the cycle

extension AppDatabase {
    /// The scheme `ordning` as round `aar` defines it.
    static func ordning(_ ordning: Ordning, aar: Int, _ db: Database) throws -> OrdningIRunde? {
        try fetchRunder(db).first { $0.aar == aar }?.ordninger[ordning]
    }

    /// The networks of `regionId` that receive behovsmeldinger of `ordning`.
    static func mottakendeNettverk(regionId: Int64?, _ ordning: OrdningIRunde?, _ db: Database) throws -> [Int64] {
        guard let regionId, let ordning else { return [] }
        return try Row.fetchAll(db, kept: "SELECT id, type FROM kompetansenettverk WHERE region_id = ?", arguments: [regionId]).compactMap { row in
            guard let type = Nettverkstype(rawValue: row["type"]), ordning.nettverk.contains(type) else { return nil }
            return row["id"]
        }
    }

    /// The notice a behovsmelding's step gives: sent to the UH, returned to the owners, or
    /// delivered (to every party and to the receiving networks' leaders).
    static func varsleBehovsmelding(fra old: Behovsmelding.Status, _ stored: StoredBehovsmelding, audit: AuditEvent, now: Date, _ db: Database) throws {
        let melding = stored.melding
        guard old != melding.status, let partnerskap = try loadPartnerskap(melding.partnerskapId, db)?.partnerskap else { return }
        let scheme = try ordning(melding.ordning, aar: melding.rundeAar, db)
        let params = ["behovsmelding": String(stored.id), "navn": partnerskap.navn, "ordning": scheme?.kortnavn ?? melding.ordning.rawValue,
                      "aar": String(melding.rundeAar)]
        let slag: Varsel.Slag
        let til: [Mottakere]
        switch (old, melding.status) {
        case (.utkast, .tilUH):
            slag = .behovsmeldingTilUH
            til = [.organisasjoner(partnerskap.uh.map(\.organisasjonId))]
        case (.tilUH, .utkast):
            slag = .behovsmeldingReturnert
            til = [.organisasjoner(partnerskap.eiere.map(\.organisasjonId))]
        case (_, .levert):
            slag = .behovsmeldingLevert
            til = [.organisasjoner(partnerskap.parter.map(\.organisasjonId)),
                   .nettverksledere(try mottakendeNettverk(regionId: partnerskap.regionId, scheme, db))]
        default:
            return
        }
        try varsle(slag, hendelse: hendelse("behovsmelding-\(stored.id)", now), til: til, unntatt: audit.userId, params: params, now: now, db)
    }
}

// MARK: Reminders of the round's deadlines

extension AppDatabase {
    /// Reminds of deadline `steg` of `runde` those who are still behind: the owners of a
    /// behovsmelding not yet sent, each UH that has not signed one sent to it, and the leaders
    /// of the networks that have delivered behovsmeldinger they have not forwarded. A person
    /// gets one reminder per deadline and matter, however often this runs.
    public func varsleFrist(_ steg: Arshjul.Steg, runde: Runde, now: Date) async throws {
        let (kode, dato) = (steg.kode, steg.dato)
        try await writer.write { db in
            func remind(_ key: String, _ til: [Mottakere], _ params: [String: String]) throws {
                try Self.varsle(.frist, hendelse: "\(runde.aar):\(kode.rawValue):\(key)", til: til,
                                params: params.merging(["aar": String(runde.aar), "dato": dato.iso, "steg": kode.rawValue]) { $1 }, now: now, db)
            }
            switch kode {
            case .behovsmelding:
                let open = try Self.loadBehovsmeldinger(db, where: "r.year = ? AND b.status IN ('utkast', 'til_uh')", [runde.aar])
                for stored in open {
                    guard let partnerskap = try Self.loadPartnerskap(stored.melding.partnerskapId, db)?.partnerskap else { continue }
                    let ordning = runde.ordninger[stored.melding.ordning]
                    let params = ["behovsmelding": String(stored.id), "navn": partnerskap.navn, "ordning": ordning?.kortnavn ?? stored.melding.ordning.rawValue,
                                  "ordningkode": stored.melding.ordning.rawValue]
                    if stored.melding.status == .utkast {
                        try remind("\(stored.id):utkast", [.organisasjoner(partnerskap.eiere.map(\.organisasjonId))], params.merging(["hva": "utkast"]) { $1 })
                    } else {
                        let unsigned = partnerskap.uh.map(\.organisasjonId).filter { !stored.uhSignert.contains($0) }
                        try remind("\(stored.id):signatur", [.organisasjoner(unsigned)], params.merging(["hva": "signatur"]) { $1 })
                    }
                }
            case .nettverk:
                let networks = try Row.fetchAll(db, kept: "SELECT id, region_id, type FROM kompetansenettverk ORDER BY id")
                for (ordning, scheme) in runde.ordningerSortert {
                    for network in networks {
                        guard let type = Nettverkstype(rawValue: network["type"]), scheme.nettverk.contains(type) else { continue }
                        let id: Int64 = network["id"]
                        let waiting = try Int.fetchOne(db, kept: """
                            SELECT count(*) FROM behovsmelding b JOIN partnerskap p ON p.id = b.partnerskap_id JOIN runde r ON r.id = b.runde_id
                            WHERE r.year = ? AND b.ordning = ? AND b.status = 'levert' AND p.region_id = ?
                              AND NOT EXISTS (SELECT 1 FROM nettverk_behandling nb WHERE nb.kompetansenettverk_id = ? AND nb.runde_id = r.id
                                              AND nb.ordning = b.ordning AND nb.forwarded_at IS NOT NULL)
                            """, arguments: [runde.aar, ordning.rawValue, network["region_id"] as Int64?, id]) ?? 0
                        guard waiting > 0 else { continue }
                        try remind("\(id):\(ordning.rawValue)", [.nettverksledere([id])],
                                   ["hva": "nettverk", "ordning": scheme.kortnavn, "ordningkode": ordning.rawValue])
                    }
                }
            default:
                return
            }
        }
    }
}
