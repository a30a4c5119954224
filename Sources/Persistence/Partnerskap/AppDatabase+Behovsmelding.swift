import Domain
import Foundation
import GRDB

/// Behovsmeldinger with their tiltak and amounts per year. Every save carries the version the
/// user read; a save on top of someone else's is refused (`.conflict`), never merged silently.
extension AppDatabase {
    /// Starts an empty behovsmelding for a partnership and ordning in the round of `rundeAar`.
    /// A second one for the same three is `.duplicate(field: "ordning")` (R2).
    @discardableResult
    public func createBehovsmelding(partnerskapId: Int64, ordning: Ordning, rundeAar: Int, now: Date, audit: AuditEvent) async throws -> Int64 {
        try await writer.write { db in
            try Self.insertBehovsmelding(partnerskapId: partnerskapId, ordning: ordning, rundeAar: rundeAar, now: now, audit: audit, db)
        }
    }

    static func insertBehovsmelding(partnerskapId: Int64, ordning: Ordning, rundeAar: Int, now: Date, audit: AuditEvent, _ db: Database) throws -> Int64 {
        guard let rundeId = try Int64.fetchOne(db, kept: "SELECT id FROM runde WHERE year = ?", arguments: [rundeAar]) else {
            throw StorageError.notFound
        }
        let stamp = AuditEvent.timestamp(now)
        try Self.unique("ordning") {
            try db.execute(sql: """
                INSERT INTO behovsmelding (partnerskap_id, runde_id, ordning, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [partnerskapId, rundeId, ordning.rawValue, stamp, stamp])
        }
        let id = db.lastInsertedRowID
        try audit.on(.opprett, "behovsmelding", String(id),
                     after: AuditEvent.json(["ordning": ordning.rawValue, "runde": String(rundeAar), "partnerskap": String(partnerskapId)])).write(db)
        return id
    }

    /// Behovsmelding `id` with its tiltak, kept (`beholdt(forBehovsmelding:)`).
    public func behovsmelding(id: Int64) async throws -> StoredBehovsmelding? {
        struct Nokkel: Hashable, Sendable { let id: Int64 }
        return try await beholdt(forBehovsmelding: Nokkel(id: id)) {
            try await les { db in try Self.loadBehovsmeldinger(db, where: "b.id = ?", [id]).first }
        }
    }

    /// Behovsmelding `id` and the other behovsmeldinger of its partnership (in ordning order),
    /// in one read: a behovsmelding's pages check R2 against the others. The others come without
    /// their tiltak: R2 asks only their ordning and round. Nil when there is none. Kept
    /// (`beholdt(forBehovsmelding:)`).
    public func behovsmeldingMedAndre(id: Int64) async throws -> (StoredBehovsmelding, andre: [StoredBehovsmelding])? {
        struct Nokkel: Hashable, Sendable { let id: Int64 }
        return try await beholdt(forBehovsmelding: Nokkel(id: id)) {
            try await les { db in
                let alle = try Self.loadBehovsmeldinger(db, where: "b.partnerskap_id = (SELECT partnerskap_id FROM behovsmelding WHERE id = ?)", [id],
                                                        medTiltak: .en(id))
                guard let stored = alle.first(where: { $0.id == id }) else { return nil }
                return (stored, alle.filter { $0.id != id })
            }
        }
    }

    /// Every behovsmelding of these partnerships, in partnership and ordning order.
    public func behovsmeldinger(partnerskapIds: [Int64]) async throws -> [StoredBehovsmelding] {
        guard !partnerskapIds.isEmpty else { return [] }
        return try await les { db in
            let liste = Self.iListe(partnerskapIds)
            return try Self.loadBehovsmeldinger(db, where: "b.partnerskap_id \(liste.sql)", liste.argument)
        }
    }

    /// Whose tiltak a list of behovsmeldinger is read with: all, only the drafts' (`utkast`,
    /// the one state in which the owner may still change them and its home says what stops
    /// sending), or only behovsmelding `en`'s.
    public enum Tiltakutvalg: Hashable, Sendable {
        case alle, utkast
        case en(Int64)
    }

    /// Every behovsmelding of the partnerships organisation `organisasjonId` is a party to (from
    /// round `fraAar` on, when given), in partnership and ordning order: the same SQL however many
    /// they are (a UH may be in a hundred), so the connection keeps it compiled. `medTiltak`:
    /// whose tiltak are read with them (an owner's home checks only its drafts; a UH's reads only `saker`).
    /// Kept (`beholdt(forOrganisasjon:)`): ask for every tiltak only of an organisation with few
    /// (a UH's hundreds of behovsmeldinger with all their texts would be megabytes in one place).
    public func behovsmeldinger(organisasjonId: Int64, fraAar: Int? = nil, medTiltak: Tiltakutvalg = .alle) async throws -> [StoredBehovsmelding] {
        struct Nokkel: Hashable, Sendable { let organisasjonId: Int64, fraAar: Int?, medTiltak: Tiltakutvalg }
        let (condition, arguments) = Self.organisasjonens(organisasjonId, fraAar: fraAar)
        return try await beholdt(forOrganisasjon: Nokkel(organisasjonId: organisasjonId, fraAar: fraAar, medTiltak: medTiltak)) {
            try await les { db in try Self.loadBehovsmeldinger(db, where: condition, arguments, medTiltak: medTiltak) }
        }
    }

    /// The place in the workflow of every behovsmelding of the partnerships organisation
    /// `organisasjonId` is a party to (from round `fraAar` on, when given), in the order of
    /// `behovsmeldinger(organisasjonId:)`: a UH's home says whose turn it is, for a hundred
    /// partnerships, and reading their texts was a fifth of it. Kept (`beholdt(forOrganisasjon:)`).
    public func saker(organisasjonId: Int64, fraAar: Int? = nil) async throws -> [StoredSak] {
        struct Nokkel: Hashable, Sendable { let organisasjonId: Int64, fraAar: Int? }
        let (condition, arguments) = Self.organisasjonens(organisasjonId, fraAar: fraAar)
        return try await beholdt(forOrganisasjon: Nokkel(organisasjonId: organisasjonId, fraAar: fraAar)) {
            try await les { db in
                var saker = try Row.decodeAll(db, sql: """
                    SELECT b.id, b.partnerskap_id, b.ordning, b.status, r.year, b.deadline_extended_to, b.deadline_extension_reason
                    \(Self.behovsmeldingFra) WHERE \(condition) \(Self.behovsmeldingRekkefolge)
                    """, arguments: arguments) { row in
                    let id: Int64 = row[0]
                    guard let status = Behovsmelding.Status(rawValue: row[3]) else { throw StorageError.corrupt("behovsmelding \(id)") }
                    return StoredSak(sak: .init(id: id, partnerskapId: row[1], ordning: Ordning(rawValue: row[2]), rundeAar: row[4], status: status,
                                                fristforlengelse: try Self.fristforlengelse(row, 5, 6, id: id)),
                                     uhSignert: [])
                }
                let signert = try Self.uhSignaturer(db, "IN (SELECT b.id FROM behovsmelding b WHERE \(condition))", arguments)
                for index in saker.indices { saker[index].uhSignert = signert[saker[index].id] ?? [] }
                return saker
            }
        }
    }

    /// The behovsmeldinger of organisation `organisasjonId`'s partnerships, from round `fraAar` on
    /// when given: a condition on `b` and its arguments.
    static func organisasjonens(_ organisasjonId: Int64, fraAar: Int?) -> (String, StatementArguments) {
        guard let fraAar else { return ("b.partnerskap_id IN (\(partnerskapAv))", [organisasjonId]) }
        return ("b.partnerskap_id IN (\(partnerskapAv)) AND b.runde_id IN (SELECT id FROM runde WHERE year >= ?)", [organisasjonId, fraAar])
    }

    /// Every behovsmelding of the partnerships organisation `organisasjonId` is a party to, of
    /// every round, as its id, partnership and round only: what a home needs to find its letters
    /// (an earlier round's tiltak may have money promised in this one) and to count the earlier
    /// ones, without reading them. Kept (`beholdt(forOrganisasjon:)`).
    public func behovsmeldingPlasser(organisasjonId: Int64) async throws -> [(id: Int64, partnerskapId: Int64, rundeAar: Int)] {
        struct Nokkel: Hashable, Sendable { let organisasjonId: Int64 }
        return try await beholdt(forOrganisasjon: Nokkel(organisasjonId: organisasjonId)) {
            try await les { db in
                var plasser: [(id: Int64, partnerskapId: Int64, rundeAar: Int)] = []
                try Row.forEach(db, sql: """
                    SELECT b.id, b.partnerskap_id, r.year FROM behovsmelding b JOIN runde r ON r.id = b.runde_id
                    WHERE b.partnerskap_id IN (\(Self.partnerskapAv)) ORDER BY b.id
                    """, arguments: [organisasjonId]) { row in
                    plasser.append((row[0], row[1], row[2]))
                }
                return plasser
            }
        }
    }

    /// The ids of the behovsmeldinger of the partnerships organisation `organisasjonId` is a party to.
    public func behovsmeldingIds(organisasjonId: Int64) async throws -> Set<Int64> {
        try await les { db in
            Set(try Int64.fetchAll(db, kept: "SELECT id FROM behovsmelding WHERE partnerskap_id IN (\(Self.partnerskapAv))", arguments: [organisasjonId]))
        }
    }

    /// The ids of partnership `partnerskapId`'s behovsmeldinger.
    public func behovsmeldingIds(partnerskapId: Int64) async throws -> Set<Int64> {
        try await les { db in Set(try Int64.fetchAll(db, kept: "SELECT id FROM behovsmelding WHERE partnerskap_id = ?", arguments: [partnerskapId])) }
    }

    /// The ids of the behovsmeldinger of the partnerships `partnerskapIds`, of every round.
    /// Kept (`beholdt(forOrganisasjon:)`): an assessment page asks for its partnership's on every view.
    public func behovsmeldingIds(partnerskapIds: Set<Int64>) async throws -> Set<Int64> {
        guard !partnerskapIds.isEmpty else { return [] }
        struct Nokkel: Hashable, Sendable { let partnerskapIds: Set<Int64> }
        let liste = Self.iListe(partnerskapIds)
        return try await beholdt(forOrganisasjon: Nokkel(partnerskapIds: partnerskapIds)) {
            try await les { db in
                Set(try Int64.fetchAll(db, kept: "SELECT id FROM behovsmelding WHERE partnerskap_id \(liste.sql)", arguments: liste.argument))
            }
        }
    }

    /// Writes the whole behovsmelding as `stored` has it: texts, tiltak, status, UH signatures
    /// and return comment, in one transaction with its audit line. The first send to the UH in
    /// a round locks the round's rules. Returns the new version.
    ///
    /// A draft saved as a draft leaves what is read from the whole dataset kept (`innholdBuffer`)
    /// and the delingssystem's searches (`sokBuffer`, `levertBuffer`): none of them shows a draft,
    /// and while owners write, every save forgot the Statsforvalter's and the reviewers' pages.
    /// What is kept per organisation or behovsmelding is forgotten, and so are the similar tiltak
    /// beside a behovsmelding (`lignendeBuffer`): they are found by its own titles.
    @discardableResult
    public func saveBehovsmelding(_ stored: StoredBehovsmelding, expectedVersion: Int, now: Date, audit: AuditEvent) async throws -> Int {
        try await writer.write { db in
            let (versjon, fra) = try Self.write(stored, expectedVersion: expectedVersion, now: now, audit: audit, db)
            if fra == .utkast, stored.melding.status == .utkast {
                innholdBuffer.utenVirkning(db)
                sokBuffer.utenVirkning(db)
                levertBuffer.utenVirkning(db)
            }
            return versjon
        }
    }

    /// Returns the new version and the status it had before.
    static func write(_ stored: StoredBehovsmelding, expectedVersion: Int, now: Date, audit: AuditEvent,
                      _ db: Database) throws -> (versjon: Int, fra: Behovsmelding.Status) {
        guard let old = try Self.loadBehovsmeldinger(db, where: "b.id = ?", [stored.id]).first else { throw StorageError.notFound }
        guard old.version == expectedVersion else { throw StorageError.conflict }
        if stored.melding == old.melding, stored.uhSignert == old.uhSignert, stored.returnComment == old.returnComment { return (old.version, old.melding.status) }
        let melding = stored.melding
        let stamp = AuditEvent.timestamp(now)
        let times = melding.tidspunkter(etter: old.melding.status, sendt: old.sentAt, levert: old.deliveredAt, now: now)
        let sentAt = times.sendt.map(AuditEvent.timestamp)
        let deliveredAt = times.levert.map(AuditEvent.timestamp)
        try db.execute(
            sql: """
                UPDATE behovsmelding SET status = ?, forankring = ?, kollektive_prosesser = ?, partnerskap_svar = ?,
                    uh_laererutdanning = ?, enheter = ?, kontaktperson = ?, return_comment = ?, version = version + 1,
                    updated_at = ?, sent_at = ?, delivered_at = ?
                WHERE id = ? AND version = ?
                """,
            arguments: [
                melding.status.rawValue, melding.kriterier[.forankring] ?? "", melding.kriterier[.kollektiveProsesser] ?? "",
                melding.kriterier[.partnerskap] ?? "", melding.uhLaererutdanning, melding.enheter, melding.kontaktperson,
                stored.returnComment, stamp, sentAt, deliveredAt, stored.id, expectedVersion,
            ]
        )
        guard db.changesCount == 1 else { throw StorageError.conflict }
        if melding.tiltak != old.melding.tiltak {
            try db.execute(sql: "DELETE FROM tiltak WHERE behovsmelding_id = ?", arguments: [stored.id])
            for tiltak in melding.tiltak { try Self.insert(tiltak, behovsmeldingId: stored.id, db) }
        }
        if stored.uhSignert != old.uhSignert {
            try db.execute(sql: "DELETE FROM behovsmelding_uh_signatur WHERE behovsmelding_id = ?", arguments: [stored.id])
            for uh in stored.uhSignert {
                try db.execute(sql: """
                    INSERT INTO behovsmelding_uh_signatur (behovsmelding_id, organisation_id, signed_at, signed_by_user_id) VALUES (?, ?, ?, ?)
                    """, arguments: [stored.id, uh, stamp, audit.userId])
            }
        }
        if melding.laserRunden { try Self.lockRules(aar: melding.rundeAar, at: now, db) }
        let changed = Self.changedFields(old.melding, melding)
        try audit.about("behovsmelding", String(stored.id),
                     before: AuditEvent.json(Self.auditFields(old).merging(changed.before) { $1 }),
                     after: AuditEvent.json(Self.auditFields(stored).merging(changed.after) { $1 })).write(db)
        try Self.varsleBehovsmelding(fra: old.melding.status, stored, audit: audit, now: now, db)
        return (expectedVersion + 1, old.melding.status)
    }

    static func insert(_ tiltak: Tiltak, behovsmeldingId: Int64, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO tiltak (behovsmelding_id, nummer, title, fase, hva_skal_gjores, hvem_gjor_hva, deltakere, varighet_aar,
                    koordinator, koordinator_begrunnelse, plan_goal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                behovsmeldingId, tiltak.nummer, tiltak.tittel, tiltak.fase?.rawValue, tiltak.hvaSkalGjores, tiltak.hvemGjorHva,
                tiltak.deltakere, tiltak.varighetAar, tiltak.koordinator.value, tiltak.koordinatorBegrunnelse, tiltak.planmal,
            ]
        )
        let id = db.lastInsertedRowID
        for (index, year) in tiltak.aarsbelop.enumerated() {
            try db.execute(sql: "INSERT INTO tiltak_aar (tiltak_id, aar, eier, uh) VALUES (?, ?, ?, ?)",
                           arguments: [id, index + 1, year.eier.value, year.uh.value])
        }
    }

    /// With `bareHoder`, without their tiltak and UH signatures: for lists that say whose and
    /// where, not what (the fagutvalg's work list). `medTiltak`: whose tiltak are read. With
    /// `utenTekster`, the long texts of them and their tiltak are read as empty (`Kolonner.erLangTekst`).
    static func loadBehovsmeldinger(_ db: Database, where condition: String, _ arguments: StatementArguments,
                                    bareHoder: Bool = false, medTiltak: Tiltakutvalg = .alle, utenTekster: Bool = false) throws -> [StoredBehovsmelding] {
        var stored = try Row.decodeAll(db, sql: """
            SELECT \(Behovsmeldingskolonne.sql(utenTekster: utenTekster)) \(behovsmeldingFra) WHERE \(condition) \(behovsmeldingRekkefolge)
            """, arguments: arguments) { row in
            typealias K = Behovsmeldingskolonne
            let id: Int64 = row[K.id]
            guard let status = Behovsmelding.Status(rawValue: row[K.status]) else { throw StorageError.corrupt("behovsmelding \(id)") }
            var kriterier: [Kriterium: String] = [:]
            for (kriterium, kolonne) in [(Kriterium.forankring, K.forankring), (.kollektiveProsesser, .kollektiveProsesser), (.partnerskap, .partnerskapSvar)] {
                let text: String = row[kolonne]
                if !text.isEmpty { kriterier[kriterium] = text }
            }
            let fristforlengelse = try fristforlengelse(row, K.fristTil.rawValue, K.fristBegrunnelse.rawValue, id: id)
            let melding = Behovsmelding(
                id: id, partnerskapId: row[K.partnerskapId], ordning: Ordning(rawValue: row[K.ordning]), rundeAar: row[K.aar],
                kriterier: kriterier, uhLaererutdanning: row[K.uhLaererutdanning], enheter: row[K.enheter], kontaktperson: row[K.kontaktperson],
                tiltak: [], status: status, fristforlengelse: fristforlengelse
            )
            func date(_ kolonne: Behovsmeldingskolonne) -> Date? { (row[kolonne] as String?).flatMap(AuditEvent.parseTimestamp) }
            return StoredBehovsmelding(
                melding: melding, version: row[K.version], uhSignert: [],
                returnComment: row[K.returnComment], updatedAt: date(K.updatedAt) ?? Date(timeIntervalSince1970: 0),
                sentAt: date(K.sentAt), deliveredAt: date(K.deliveredAt)
            )
        }
        if bareHoder { return stored }
        // Their tiltak, years and signatures in three queries, not three per behovsmelding. They
        // are chosen by `condition` again, not by a list of their ids: the SQL is then the same
        // however many there are, and the connection keeps it compiled.
        let utvalg = "IN (SELECT b.id FROM behovsmelding b JOIN runde r ON r.id = b.runde_id WHERE \(condition))"
        let tiltak = switch medTiltak {
        case .alle: try loadTiltak(db, behovsmelding: utvalg, arguments, utenTekster: utenTekster)
        case .utkast: try loadTiltak(db, behovsmelding: "IN (SELECT b.id FROM behovsmelding b JOIN runde r ON r.id = b.runde_id WHERE (\(condition)) AND b.status = '\(Behovsmelding.Status.utkast.rawValue)')", arguments,
                                     utenTekster: utenTekster)
        case .en(let id): try loadTiltak(db, behovsmelding: "= ?", [id], utenTekster: utenTekster)
        }
        let signed = try uhSignaturer(db, utvalg, arguments)
        for index in stored.indices {
            let id = stored[index].id
            stored[index].melding.tiltak = tiltak[id] ?? []
            stored[index].uhSignert = signed[id] ?? []
        }
        return stored
    }

    /// Behovsmeldinger with their round, and their ordning's place in it, as a `FROM`: `b`, `r`, `ro`.
    static let behovsmeldingFra = """
        FROM behovsmelding b JOIN runde r ON r.id = b.runde_id
        LEFT JOIN runde_ordning ro ON ro.runde_id = b.runde_id AND ro.ordning = b.ordning
        """
    /// By partnership, newest round first, in the round's order of ordninger.
    static let behovsmeldingRekkefolge = "ORDER BY b.partnerskap_id, r.year DESC, ro.position, b.ordning"

    /// The UH that have co-signed each behovsmelding whose id is `utvalg` (an `IN (…)` with `arguments`).
    static func uhSignaturer(_ db: Database, _ utvalg: String, _ arguments: StatementArguments) throws -> [Int64: Set<Int64>] {
        var signed: [Int64: Set<Int64>] = [:]
        try Row.forEach(db, sql: "SELECT behovsmelding_id, organisation_id FROM behovsmelding_uh_signatur WHERE behovsmelding_id \(utvalg)",
                        arguments: arguments) { row in
            signed[row[0], default: []].insert(row[1])
        }
        return signed
    }

    /// The later deadline in columns `dato` and `begrunnelse` of `row`, if behovsmelding `id` has one.
    static func fristforlengelse(_ row: Row, _ dato: Int, _ begrunnelse: Int, id: Int64) throws -> Fristforlengelse? {
        guard let text: String = row[dato] else { return nil }
        guard let parsed = Dato(iso: text) else { throw StorageError.corrupt("behovsmelding \(id)") }
        return Fristforlengelse(dato: parsed, begrunnelse: row[begrunnelse] ?? "")
    }

    /// Gives behovsmelding `id` a later deadline (R9), audited with the old and new one.
    public func forlengFrist(behovsmeldingId id: Int64, _ forlengelse: Fristforlengelse, audit: AuditEvent) async throws {
        try await writer.write { db in
            guard let row = try Row.fetchOne(db, kept: "SELECT deadline_extended_to FROM behovsmelding WHERE id = ?", arguments: [id]) else {
                throw StorageError.notFound
            }
            try db.execute(sql: """
                UPDATE behovsmelding SET deadline_extended_to = ?, deadline_extension_reason = ?, version = version + 1 WHERE id = ?
                """, arguments: [forlengelse.dato.iso, forlengelse.begrunnelse, id])
            try audit.about("behovsmelding", String(id),
                            before: AuditEvent.json(["frist": (row["deadline_extended_to"] as String?) ?? ""]),
                            after: AuditEvent.json(["frist": forlengelse.dato.iso, "begrunnelse": forlengelse.begrunnelse])).write(db)
        }
    }

    /// The later deadlines given to behovsmeldinger of a region's set (round, ordning), and
    /// whether each is delivered (`Runde.videresendingsfrist` decides what they hold back).
    public func fristforlengelser(rundeAar: Int, ordning: Ordning, regionId: Int64) async throws -> [(dato: Dato, levert: Bool)] {
        try await les { db in
            try Row.fetchAll(db, kept: """
                SELECT b.deadline_extended_to, b.status FROM behovsmelding b JOIN runde r ON r.id = b.runde_id
                WHERE r.year = ? AND b.ordning = ? AND b.deadline_extended_to IS NOT NULL
                  AND b.partnerskap_id IN (SELECT id FROM partnerskap WHERE region_id = ?)
                """, arguments: [rundeAar, ordning.rawValue, regionId]).compactMap { row in
                Dato(iso: row["deadline_extended_to"]).map { ($0, (row["status"] as String) == Behovsmelding.Status.levert.rawValue) }
            }
        }
    }

    /// `?, ?, ?` for `count` parameters.
    static func marks(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }

    /// `IN (…)` for `ids` as one argument, a JSON array that `json_each` reads: the SQL is the same
    /// however many they are, so the connection keeps it compiled (`Row.statement` keeps none with
    /// more than 16 placeholders, and a UH's hundred partnerships gave a new text to compile on
    /// every view of its home).
    static func iListe(_ ids: some Collection<Int64>) -> (sql: String, argument: StatementArguments) {
        ("IN (SELECT value FROM json_each(?))", ["[" + ids.sorted().map(String.init).joined(separator: ",") + "]"])
    }

    /// The tiltak of each of these behovsmeldinger, in order, with their years: two queries,
    /// whatever their number, each the same SQL for any number (`iListe`), so the connection
    /// keeps it compiled (the search's 50 hits compiled a list of as many marks each time).
    static func loadTiltak(_ behovsmeldingIds: [Int64], _ db: Database) throws -> [Int64: [Tiltak]] {
        let liste = iListe(behovsmeldingIds)
        return try loadTiltak(db, behovsmelding: liste.sql, liste.argument)
    }

    /// The tiltak, in order, with their years, of each behovsmelding whose id is `utvalg` (an
    /// `IN (…)` with `arguments`): two queries, whatever their number of tiltak.
    static func loadTiltak(_ db: Database, behovsmelding utvalg: String, _ arguments: StatementArguments,
                           utenTekster: Bool = false) throws -> [Int64: [Tiltak]] {
        var result: [Int64: [Tiltak]] = [:]
        var years: [Int64: [Belop]] = [:]
        try Row.forEach(db, sql: """
            SELECT ta.tiltak_id, ta.eier, ta.uh FROM tiltak_aar ta JOIN tiltak t ON t.id = ta.tiltak_id
            WHERE t.behovsmelding_id \(utvalg) ORDER BY ta.tiltak_id, ta.aar
            """, arguments: arguments) { row in
            // By position: tiltak_id, eier, uh.
            years[row[0], default: []].append(Belop(eier: Kroner(row[1] as Int), uh: Kroner(row[2] as Int)))
        }
        try Row.forEach(db, sql: "SELECT \(Tiltakskolonne.sql(utenTekster: utenTekster)) FROM tiltak WHERE behovsmelding_id \(utvalg) ORDER BY behovsmelding_id, nummer",
                        arguments: arguments) { row in
            typealias K = Tiltakskolonne
            let fase: String? = row[K.fase]
            result[row[K.behovsmeldingId], default: []].append(Tiltak(
                nummer: row[K.nummer], tittel: row[K.tittel], fase: fase.flatMap(Fase.init(rawValue:)), hvaSkalGjores: row[K.hvaSkalGjores],
                hvemGjorHva: row[K.hvemGjorHva], deltakere: row[K.deltakere], varighetAar: row[K.varighetAar], aarsbelop: years[row[K.id]] ?? [],
                koordinator: Kroner(row[K.koordinator] as Int), koordinatorBegrunnelse: row[K.koordinatorBegrunnelse], planmal: row[K.planmal]
            ))
        }
        return result
    }

    /// Every field of a behovsmelding as the audit trail names it (`kriterium.forankring`,
    /// `tiltak[2].hvemGjorHva`, `tiltak[2].aar[1].eier`), with its plain value.
    static func fieldValues(_ melding: Behovsmelding) -> [String: String] {
        var values = [
            "enheter": melding.enheter, "kontaktperson": melding.kontaktperson, "uhLaererutdanning": melding.uhLaererutdanning,
        ]
        for kriterium in Kriterium.allCases { values["kriterium.\(kriterium.rawValue)"] = melding.kriterier[kriterium] ?? "" }
        for tiltak in melding.tiltak {
            let prefix = "tiltak[\(tiltak.nummer)]."
            values[prefix + "tittel"] = tiltak.tittel
            values[prefix + "fase"] = tiltak.fase?.rawValue ?? ""
            values[prefix + "hvaSkalGjores"] = tiltak.hvaSkalGjores
            values[prefix + "hvemGjorHva"] = tiltak.hvemGjorHva
            values[prefix + "deltakere"] = tiltak.deltakere
            values[prefix + "varighetAar"] = String(tiltak.varighetAar)
            values[prefix + "koordinator"] = String(tiltak.koordinator.value)
            values[prefix + "koordinatorBegrunnelse"] = tiltak.koordinatorBegrunnelse
            if !tiltak.planmal.isEmpty { values[prefix + "planmal"] = tiltak.planmal }
            for (index, belop) in tiltak.aarsbelop.enumerated() {
                values[prefix + "aar[\(index + 1)].eier"] = String(belop.eier.value)
                values[prefix + "aar[\(index + 1)].uh"] = String(belop.uh.value)
            }
        }
        return values
    }

    /// The fields a save changed, with their values before and after ("" for a field that did
    /// not exist on that side: a tiltak added or removed).
    static func changedFields(_ old: Behovsmelding, _ new: Behovsmelding) -> (before: [String: String], after: [String: String]) {
        let before = fieldValues(old)
        let after = fieldValues(new)
        var changedBefore: [String: String] = [:]
        var changedAfter: [String: String] = [:]
        for key in Set(before.keys).union(after.keys) where before[key] != after[key] {
            changedBefore[key] = before[key] ?? ""
            changedAfter[key] = after[key] ?? ""
        }
        return (changedBefore, changedAfter)
    }

    /// What the audit log keeps of a save: the status (its code) and the sums (kroner), and the
    /// UH's comment. Values, not formatted text: the log page words them.
    static func auditFields(_ stored: StoredBehovsmelding) -> [String: String] {
        var fields = [
            "status": stored.melding.status.rawValue, "tiltak": String(stored.melding.tiltak.count),
            "totalt": String(stored.melding.totalt.sum.value),
        ]
        if let comment = stored.returnComment { fields["kommentar"] = comment }
        return fields
    }
}

/// What `loadBehovsmeldinger` reads (`BehovsmeldingStorageTests.columns` checks that each lands
/// in its own field).
enum Behovsmeldingskolonne: Int, Kolonner {
    case id, partnerskapId, ordning, status, forankring, kollektiveProsesser, partnerskapSvar, uhLaererutdanning, enheter, kontaktperson
    case version, returnComment, updatedAt, sentAt, deliveredAt, fristTil, fristBegrunnelse, aar

    var sql: String {
        switch self {
        case .id: "b.id"
        case .partnerskapId: "b.partnerskap_id"
        case .ordning: "b.ordning"
        case .status: "b.status"
        case .forankring: "b.forankring"
        case .kollektiveProsesser: "b.kollektive_prosesser"
        case .partnerskapSvar: "b.partnerskap_svar"
        case .uhLaererutdanning: "b.uh_laererutdanning"
        case .enheter: "b.enheter"
        case .kontaktperson: "b.kontaktperson"
        case .version: "b.version"
        case .returnComment: "b.return_comment"
        case .updatedAt: "b.updated_at"
        case .sentAt: "b.sent_at"
        case .deliveredAt: "b.delivered_at"
        case .fristTil: "b.deadline_extended_to"
        case .fristBegrunnelse: "b.deadline_extension_reason"
        case .aar: "r.year"
        }
    }

    var erLangTekst: Bool {
        [.forankring, .kollektiveProsesser, .partnerskapSvar, .uhLaererutdanning, .enheter].contains(self)
    }
}

/// What `loadTiltak` reads of each tiltak (`BehovsmeldingStorageTests.partnerskapOgTiltakColumns`
/// checks that each lands in its own field).
enum Tiltakskolonne: Int, Kolonner {
    case id, behovsmeldingId, nummer, tittel, fase, hvaSkalGjores, hvemGjorHva, deltakere, varighetAar, koordinator, koordinatorBegrunnelse, planmal

    var sql: String {
        switch self {
        case .id: "id"
        case .behovsmeldingId: "behovsmelding_id"
        case .nummer: "nummer"
        case .tittel: "title"
        case .fase: "fase"
        case .hvaSkalGjores: "hva_skal_gjores"
        case .hvemGjorHva: "hvem_gjor_hva"
        case .deltakere: "deltakere"
        case .varighetAar: "varighet_aar"
        case .koordinator: "koordinator"
        case .koordinatorBegrunnelse: "koordinator_begrunnelse"
        case .planmal: "plan_goal"
        }
    }

    var erLangTekst: Bool { [.hvaSkalGjores, .hvemGjorHva, .deltakere, .koordinatorBegrunnelse, .planmal].contains(self) }
}
