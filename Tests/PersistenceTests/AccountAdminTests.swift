import Domain
import Foundation
import Testing
import TestSupport
@testable import Persistence

@Suite struct AccountAdminTests {
    let now = Repository.fixedNow

    func seeded() async throws -> AppDatabase {
        let db = try AppDatabase.forTesting()
        try await db.seedDemo(now: now, demoPasswordHash: "hash")
        return db
    }

    @Test("a one-time link works once and not after it expires; setting a password ends the user's sessions")
    func passwordToken() async throws {
        let db = try await seeded()
        let user = try #require(try await db.credentials(epost: "forum@demo.no")).bruker
        let audit = AuditEvent(at: now, action: nil)
        try await db.createSession(tokenHash: "s1", userId: user.id, roleGrantId: nil, csrfToken: "c", now: now, expires: now + 3600)
        try await db.createPasswordToken(userId: user.id, tokenHash: "old", expires: now + 3600, audit: audit)
        try await db.createPasswordToken(userId: user.id, tokenHash: "t1", expires: now + 3600, audit: audit)
        #expect(try await db.passwordTokenUser(tokenHash: "old", now: now) == nil, "a new link voids the older one")
        #expect(try await db.passwordTokenUser(tokenHash: "t1", now: now + 3601) == nil)
        #expect(try await db.setPassword(tokenHash: "t1", passwordHash: "new", now: now, audit: audit)?.id == user.id)
        #expect(try await db.setPassword(tokenHash: "t1", passwordHash: "again", now: now, audit: audit) == nil)
        #expect(try await db.credentials(epost: "forum@demo.no")?.passwordHash == "new")
        #expect(try await db.session(tokenHash: "s1") == nil)
    }

    @Test("deactivating ends sessions and is logged with before and after")
    func deactivate() async throws {
        let db = try await seeded()
        let user = try #require(try await db.credentials(epost: "eier.bodo@demo.no")).bruker
        try await db.createSession(tokenHash: "s1", userId: user.id, roleGrantId: nil, csrfToken: "c", now: now, expires: now + 3600)
        try await db.setActive(userId: user.id, false, audit: AuditEvent(at: now, userId: 1, action: nil))
        #expect(try await db.session(tokenHash: "s1") == nil)
        #expect(try await db.user(id: user.id)?.aktiv == false)
        let event = try #require(try await db.auditEvents(AuditFilter(objectType: "bruker", objectId: String(user.id))).first)
        #expect(event.action == "deaktiver" && AuditEvent.fields(event.after)["aktiv"] == "false")
    }

    @Test("audit filter: by user, by time window, by object")
    func auditFilter() async throws {
        let db = try await seeded()
        try await db.record(AuditEvent(at: now + 10, userId: 1, action: .endre, objectType: "organisasjon", objectId: "5"))
        try await db.record(AuditEvent(at: now + 86_400, userId: 2, action: .opprett, objectType: "organisasjon", objectId: "6"))
        #expect(try await db.auditEvents(AuditFilter(userIds: [1])).map(\.handling) == [.endre])
        #expect(try await db.auditEvents(AuditFilter(from: now + 5, until: now + 3600)).map(\.handling) == [.endre])
        #expect(try await db.auditEvents(AuditFilter(objectType: "organisasjon", objectId: "6")).map(\.handling) == [.opprett])
    }

    @Test("a locked round refuses changes; an unchanged save writes no audit line")
    func roundLock() async throws {
        let db = try await seeded()
        let audit = AuditEvent(at: now, action: nil)
        // The demo's delivered behovsmeldinger lock 2027; a new round starts unlocked.
        #expect(try await db.lockedRoundYears() == [2026, 2027])
        try await db.createRunde(.standard(aar: 2028, budsjett: [.rekom: Kroner(10_886_000)]), audit: audit)
        var runde = try #require(try await db.runde(aar: 2028))
        let before = try await db.auditEvents(objectType: "runde").count
        try await db.updateRunde(runde, audit: audit)
        #expect(try await db.auditEvents(objectType: "runde").count == before)
        runde.ordninger[.rekom]?.budsjett = Kroner(1)
        try await db.lockRoundRules(aar: 2028, at: now)
        await #expect(throws: StorageError.locked) { try await db.updateRunde(runde, audit: audit) }
        #expect(try await db.lockedRoundYears() == [2026, 2027, 2028])
    }

    @Test("a taken e-mail or orgnr is a duplicate, not a crash")
    func duplicates() async throws {
        let db = try await seeded()
        let audit = AuditEvent(at: now, action: nil)
        await #expect(throws: StorageError.duplicate(field: "epost")) {
            try await db.createUser(navn: "X", epost: "SF@demo.no", passwordHash: nil, roller: [], audit: audit)
        }
        let existing = try #require(try await db.organisasjoner().first)
        await #expect(throws: StorageError.duplicate(field: "orgnr")) {
            try await db.createOrganisasjon(existing, audit: audit)
        }
    }
}
