import Foundation
import GRDB

/// One line of the audit trail: who did what to which object, with values before and after.
public struct AuditEvent: Sendable, Hashable {
    public var at: Date
    public var userId: Int64?
    public var userName: String?
    public var actingRole: String?
    public var action: String
    public var objectType: String
    public var objectId: String?
    public var before: String?
    public var after: String?

    /// `action` nil: who and when only, the action and object to be filled in by `on`.
    public init(
        at: Date, userId: Int64? = nil, userName: String? = nil, actingRole: String? = nil, action: AuditAction? = nil,
        objectType: String = "", objectId: String? = nil, before: String? = nil, after: String? = nil
    ) {
        self.at = at
        self.userId = userId
        self.userName = userName
        self.actingRole = actingRole
        self.action = action?.rawValue ?? ""
        self.objectType = objectType
        self.objectId = objectId
        self.before = before
        self.after = after
    }

    /// Writes the event inside the caller's transaction, so a change and its trace commit together.
    func write(_ db: Database) throws {
        var record = AuditRecord(
            id: nil, at: Self.timestamp(at), userId: userId, userName: userName, actingRole: actingRole,
            action: action, objectType: objectType, objectId: objectId, beforeJson: before, afterJson: after
        )
        try record.insert(db)
    }

    init(_ record: AuditRecord) {
        self.init(
            at: Self.parseTimestamp(record.at) ?? Date(timeIntervalSince1970: 0), userId: record.userId,
            userName: record.userName, actingRole: record.actingRole, objectType: record.objectType, objectId: record.objectId,
            before: record.beforeJson, after: record.afterJson
        )
        action = record.action
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }

    /// The time `timestamp` wrote. Nearly every row has one or more, so the form it writes
    /// («2026-11-23T07:31:44.342Z») is read by hand; anything else goes to Foundation's parser,
    /// which took a twentieth of a page listing a county's behovsmeldinger.
    static func parseTimestamp(_ text: String) -> Date? {
        if let date = Tidsstempel.les(text.utf8) { return date }
        return try? Date(text, strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }
}

/// Every action the audit trail records, by the text stored in `audit_log.action` (which the
/// log pages and the behovsmelding history also find their labels by).
public enum AuditAction: String, CaseIterable, Sendable {
    case opprett
    case endre
    case seedDemo = "seed-demo"
    case giRolle = "gi rolle"
    case fjernRolle = "fjern rolle"
    case lagPassordlenke = "lag passordlenke"
    case settPassord = "sett passord"
    case signer
    case paminn
    case vurder
    case videresend
    case send
    case prioriter
    case felles
    case fjernFelles = "fjern_felles"
    case slett
    case lagre
    case foresla
    case vedta
    case nyVersjon = "ny_versjon"
    case forlengFrist = "forleng_frist"
    case stans
    case svarForpliktelse = "svar_forpliktelse"
    case godtaSvar = "godta_svar"
    case innloggingStoppet = "innlogging stoppet"
    case innloggingFeilet = "innlogging feilet"
    case loggInn = "logg inn"
    case loggUt = "logg ut"
    case uhLagre = "uh_lagre"
    case uhSigner = "uh_signer"
    case lever
    case returner
    case godkjenn
    case kommenter
    case aktiver
    case deaktiver
    case tilgangNektet = "tilgang nektet"
    case skjemaUtenGyldigNokkel = "skjema uten gyldig nøkkel"
    case byttRolle = "bytt rolle"
}

extension AuditEvent {
    /// The action as the enum names it; nil for a row written before the enum knew it.
    public var handling: AuditAction? { AuditAction(rawValue: action) }

    /// Field values as a JSON object with sorted keys, for `before` and `after`.
    public static func json(_ values: [String: String]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: values, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// The fields of a `json` value (empty when the text is not such an object): read by hand
    /// when it is plainly one (`Feltverdier`), else by Foundation.
    public static func fields(_ json: String?) -> [String: String] {
        guard let json else { return [:] }
        if let felter = Feltverdier.les(json) { return felter }
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String] else { return [:] }
        return object
    }

    /// A copy with the object filled in, the action as the caller set it (`with`).
    public func about(_ objectType: String, _ objectId: String?, before: String? = nil, after: String? = nil) -> AuditEvent {
        var copy = self
        copy.objectType = objectType
        copy.objectId = objectId
        copy.before = before
        copy.after = after
        return copy
    }

    /// A copy with the action set: a controller that decides the action before storage
    /// writes the object (`about`).
    public func with(_ action: AuditAction) -> AuditEvent {
        var copy = self
        copy.action = action.rawValue
        return copy
    }

    /// A copy with the action and object filled in.
    public func on(_ action: AuditAction, _ objectType: String, _ objectId: String?, before: String? = nil, after: String? = nil) -> AuditEvent {
        var copy = self
        copy.action = action.rawValue
        copy.objectType = objectType
        copy.objectId = objectId
        copy.before = before
        copy.after = after
        return copy
    }
}

/// What the audit reader asks for.
public struct AuditFilter: Sendable, Hashable {
    /// The lines of any of these users (none when empty); nil for every user's.
    public var userIds: [Int64]?
    public var from: Date?
    public var until: Date?
    public var objectType: String?
    public var objectId: String?
    /// Only changes: without sign-ins, sign-outs and refused or stopped attempts.
    public var bareEndringer: Bool
    public var limit: Int

    public init(userIds: [Int64]? = nil, from: Date? = nil, until: Date? = nil, objectType: String? = nil, objectId: String? = nil,
                bareEndringer: Bool = false, limit: Int = 200) {
        self.userIds = userIds
        self.from = from
        self.until = until
        self.objectType = objectType
        self.objectId = objectId
        self.bareEndringer = bareEndringer
        self.limit = limit
    }

    /// The actions that are a session's, not a change.
    static let innlogging: [AuditAction] = [.loggInn, .loggUt, .innloggingFeilet, .innloggingStoppet]
}

extension AppDatabase {
    /// The audit trail, newest first.
    public func auditEvents(objectType: String? = nil, limit: Int = 200) async throws -> [AuditEvent] {
        try await auditEvents(AuditFilter(objectType: objectType, limit: limit))
    }

    /// The audit trail matching `filter`, newest first.
    public func auditEvents(_ filter: AuditFilter) async throws -> [AuditEvent] {
        // A short list (the Statsforvalter's latest eight on its home) is asked for on every
        // view: kept until the next audit line. A long one (the audit page's) is read.
        guard filter.limit > Self.kortRevisjon else { return try await revisjonBuffer.verdi(filter) { try await lesRevisjon(filter) } }
        return try await lesRevisjon(filter)
    }

    /// The longest list of audit lines `auditEvents` keeps: 1 024 short lists are at most some
    /// ten thousand lines in memory.
    static let kortRevisjon = 10

    private func lesRevisjon(_ filter: AuditFilter) async throws -> [AuditEvent] {
        // SQL from fixed parts, one text per set of filters used, kept by the connection: a
        // behovsmelding's page asks for its history on every view, and GRDB's query builder
        // wrote and compiled it anew each time (a tenth of the page).
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let userIds = filter.userIds {
            let (inList, argument) = AppDatabase.iListe(userIds)
            conditions.append("user_id " + inList)
            arguments += argument
        }
        if let from = filter.from { conditions.append("at >= ?"); arguments += [AuditEvent.timestamp(from)] }
        if let until = filter.until { conditions.append("at < ?"); arguments += [AuditEvent.timestamp(until)] }
        if let type = filter.objectType { conditions.append("object_type = ?"); arguments += [type] }
        if let id = filter.objectId { conditions.append("object_id = ?"); arguments += [id] }
        if filter.bareEndringer {
            conditions.append("action NOT IN (\(AppDatabase.marks(AuditFilter.innlogging.count)))")
            arguments += StatementArguments(AuditFilter.innlogging.map(\.rawValue))
        }
        arguments += [filter.limit]
        let sql = "SELECT * FROM audit_log" + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")) + " ORDER BY id DESC LIMIT ?"
        return try await les { db in try AuditRecord.fetchAll(db, kept: sql, arguments: arguments).map(AuditEvent.init) }
    }

    /// Writes one audit line on its own (login, logout, failed login).
    public func record(_ event: AuditEvent) async throws {
        try await writer.write { db in try event.write(db) }
    }
}
