import Domain
import Foundation
import GRDB

/// A published version of a network's competence plan, with who published it and when.
public struct PublisertKompetanseplan: Sendable, Equatable {
    public var plan: Kompetanseplan
    public var publisertAv: String
    public var publisert: Date
}

extension AppDatabase {
    private static let planColumns: [(Kompetanseplan.Del, String)] = [
        (.grunnlag, "basis"), (.mal, "goals"), (.kompetansetiltak, "measures"), (.arbeidsmater, "ways_of_working"), (.midler, "funds"),
        (.tidsrammer, "timeframe"),
    ]

    /// Every version of the network's plan, the newest first.
    public func kompetanseplaner(nettverkId: Int64) async throws -> [PublisertKompetanseplan] {
        try await les { db in try Self.loadPlaner(db, where: "kompetansenettverk_id = ?", [nettverkId]) }
    }

    static func loadPlaner(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [PublisertKompetanseplan] {
        try Row.fetchAll(db, kept: "SELECT * FROM kompetanseplan WHERE \(condition) ORDER BY version DESC", arguments: arguments).map { row in
            let tekster = Dictionary(uniqueKeysWithValues: planColumns.map { ($0.0, row[$0.1] as String) })
            guard let at = (row["published_at"] as String?).flatMap(AuditEvent.parseTimestamp) else { throw StorageError.corrupt("kompetanseplan") }
            return PublisertKompetanseplan(
                plan: Kompetanseplan(nettverkId: row["kompetansenettverk_id"], versjon: row["version"], tekster: tekster, endring: row["change_note"]),
                publisertAv: row["published_by"], publisert: at)
        }
    }

    /// The organisations that are members of the network: the owners of its region, the
    /// knowledge partners of the region's partnerships, and those its leader invited.
    public func nettverksmedlemmer(nettverkId: Int64) async throws -> Set<Int64> {
        try await les { db in try Self.nettverksmedlemmer(nettverkId: nettverkId, db) }
    }

    static func nettverksmedlemmer(nettverkId: Int64, _ db: Database) throws -> Set<Int64> {
        Set(try Int64.fetchAll(db, kept: """
            SELECT o.id FROM organisation o JOIN kompetansenettverk n ON n.region_id = o.region_id
                WHERE n.id = ? AND o.kind IN ('kommune', 'fylkeskommune', 'privat_eier')
            UNION
            SELECT pp.organisation_id FROM partnerskap_part pp JOIN partnerskap p ON p.id = pp.partnerskap_id
                JOIN kompetansenettverk n ON n.region_id = p.region_id
                WHERE n.id = ? AND pp.side = 'uh'
            UNION
            SELECT organisation_id FROM nettverk_invitert WHERE kompetansenettverk_id = ?
            """, arguments: [nettverkId, nettverkId, nettverkId]))
    }

    /// The networks `organisasjonId` is a member of (as `nettverksmedlemmer` decides), kept
    /// (`beholdt(forOrganisasjon:)`).
    public func nettverk(medlem organisasjonId: Int64) async throws -> [Int64] {
        struct Nokkel: Hashable, Sendable { let organisasjonId: Int64 }
        return try await beholdt(forOrganisasjon: Nokkel(organisasjonId: organisasjonId)) {
            try await les { db in
                try Int64.fetchAll(db, kept: """
                    SELECT n.id FROM kompetansenettverk n JOIN organisation o ON o.region_id = n.region_id
                        WHERE o.id = ? AND o.kind IN ('kommune', 'fylkeskommune', 'privat_eier')
                    UNION
                    SELECT n.id FROM kompetansenettverk n JOIN partnerskap p ON p.region_id = n.region_id
                        JOIN partnerskap_part pp ON pp.partnerskap_id = p.id WHERE pp.organisation_id = ? AND pp.side = 'uh'
                    UNION
                    SELECT kompetansenettverk_id FROM nettverk_invitert WHERE organisation_id = ?
                    ORDER BY 1
                    """, arguments: [organisasjonId, organisasjonId, organisasjonId])
            }
        }
    }

    /// Publishes `plan` as its version, with an audit line; `.conflict` when that version is
    /// already published (someone published in between).
    public func publiserKompetanseplan(_ plan: Kompetanseplan, av navn: String, now: Date, audit: AuditEvent) async throws {
        try await writer.write { db in try Self.writeKompetanseplan(plan, av: navn, now: now, audit: audit, db) }
    }

    static func writeKompetanseplan(_ plan: Kompetanseplan, av navn: String, now: Date, audit: AuditEvent, _ db: Database) throws {
        let latest = try Int.fetchOne(db, kept: "SELECT max(version) FROM kompetanseplan WHERE kompetansenettverk_id = ?", arguments: [plan.nettverkId]) ?? 0
        guard plan.versjon == latest + 1 else { throw StorageError.conflict }
        let columns = planColumns.map(\.1)
        try db.execute(sql: """
            INSERT INTO kompetanseplan (kompetansenettverk_id, version, \(columns.joined(separator: ", ")), change_note, published_by, published_at)
            VALUES (?, ?, \(marks(columns.count)), ?, ?, ?)
            """, arguments: StatementArguments([plan.nettverkId, plan.versjon] as [any DatabaseValueConvertible]
                + planColumns.map { plan[$0.0] as any DatabaseValueConvertible } + [plan.endring, navn, AuditEvent.timestamp(now)]))
        try audit.about("kompetanseplan", "\(plan.nettverkId)-\(plan.versjon)", after: AuditEvent.json([
            "versjon": String(plan.versjon), "endring": plan.endring, "mal": String(plan.mal.count),
        ])).write(db)
    }
}

extension AppDatabase {
    /// The current plan of each network of `regionId` of the kinds `typer`, with the network's
    /// name; kept for the behovsmelding form beside them (`beholdt(forOrganisasjon:)`).
    public func gjeldendeKompetanseplaner(regionId: Int64, typer: [Nettverkstype]) async throws -> [(nettverk: String, plan: Kompetanseplan)] {
        struct Nokkel: Hashable, Sendable { let regionId: Int64, typer: [Nettverkstype] }
        return try await beholdt(forOrganisasjon: Nokkel(regionId: regionId, typer: typer)) {
            try await les { db in
                let networks = try Row.fetchAll(db, kept: "SELECT id, name, type FROM kompetansenettverk WHERE region_id = ? ORDER BY type", arguments: [regionId])
                return try networks.compactMap { row -> (String, Kompetanseplan)? in
                    guard let type = Nettverkstype(rawValue: row["type"]), typer.contains(type),
                          let plan = try Self.loadPlaner(db, where: "kompetansenettverk_id = ?", [row["id"] as Int64]).first?.plan else { return nil }
                    return (row["name"], plan)
                }
            }
        }
    }
}

extension AppDatabase {
    /// The organisations the leader invited, by organisation id, with their role.
    public func inviterte(nettverkId: Int64) async throws -> [Int64: String] {
        try await les { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, kept: """
                SELECT organisation_id, role_text FROM nettverk_invitert WHERE kompetansenettverk_id = ?
                """, arguments: [nettverkId]).map { ($0["organisation_id"] as Int64, $0["role_text"] as String) })
        }
    }

    /// Invites an organisation with its role, with an audit line; `.duplicate` when it is one
    /// already. Its users are told.
    public func inviter(_ invitasjon: Nettverksinvitasjon, av navn: String, now: Date, audit: AuditEvent) async throws {
        try await writer.write { db in
            try Self.unique("organisasjon") {
                try db.execute(sql: """
                    INSERT INTO nettverk_invitert (kompetansenettverk_id, organisation_id, role_text, invited_at, invited_by) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [invitasjon.nettverkId, invitasjon.organisasjonId, invitasjon.rolle, AuditEvent.timestamp(now), navn])
            }
            try audit.on(.opprett, "nettverk_invitert", "\(invitasjon.nettverkId)-\(invitasjon.organisasjonId)",
                         after: AuditEvent.json(["rolle": invitasjon.rolle])).write(db)
            let network = try String.fetchOne(db, kept: "SELECT name FROM kompetansenettverk WHERE id = ?", arguments: [invitasjon.nettverkId]) ?? ""
            try Self.varsle(.nettverksinvitasjon, hendelse: Self.hendelse("nettverk-\(invitasjon.nettverkId)-\(invitasjon.organisasjonId)", now),
                            til: [.organisasjoner([invitasjon.organisasjonId])], unntatt: audit.userId,
                            params: ["nettverk": String(invitasjon.nettverkId), "navn": network, "rolle": invitasjon.rolle], now: now, db)
        }
    }

    /// Ends an invitation; `.notFound` when there is none.
    public func fjernInvitasjon(nettverkId: Int64, organisasjonId: Int64, audit: AuditEvent) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM nettverk_invitert WHERE kompetansenettverk_id = ? AND organisation_id = ?",
                           arguments: [nettverkId, organisasjonId])
            guard db.changesCount == 1 else { throw StorageError.notFound }
            try audit.on(.slett, "nettverk_invitert", "\(nettverkId)-\(organisasjonId)").write(db)
        }
    }
}
