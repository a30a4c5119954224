import Domain
import Foundation
import PropertyBased
import Testing
import TestSupport
@testable import Persistence

/// What must hold for the file on disk: any text Domain accepts is stored, a closed database
/// is complete without its `-wal` file, and a backup is consistent and has no live sessions.
@Suite struct DurabilityTests {
    let now = Repository.fixedNow
    let audit = AuditEvent(at: Repository.fixedNow, userId: nil, userName: "Test", action: .lagre)

    static let pieces = ["a", "å", "a\u{030A}", "\r\n", "\r", "\n", "\u{0}", "👩🏽‍🏫", "🇳🇴", "e\u{0301}\u{0302}", "\t", "x", "xxxxxxxxxx"]
    static let text = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...2_500).map { $0.map { pieces[$0] }.joined() }

    @Test("any text Domain accepts as a tiltak description, the database stores, and reads back the same")
    func acceptedIsStored() async throws {
        let db = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        try await db.seedDemo(now: now, demoPasswordHash: "x")
        let base = try #require(try await db.behovsmelding(id: 5))
        let version = Mutex(base.version)
        await propertyCheck(count: 60, input: Self.text) { typed in
            let text = Tekstgrense.normalisert(typed)
            guard Tekstgrense.lang.tillater(text) else { return }
            var stored = base
            stored.melding.tiltak = [Tiltak(nummer: 1, tittel: "T", fase: .vurdering, hvaSkalGjores: text, hvemGjorHva: "H", varighetAar: 1,
                                            aarsbelop: [.zero])]
            do {
                let next = try await db.saveBehovsmelding(stored, expectedVersion: version.value, now: now, audit: audit)
                version.value = next
                #expect(try await db.behovsmelding(id: 5)?.melding.tiltak.first?.hvaSkalGjores == text)
            } catch {
                Issue.record("Domain accepted \(Tekstgrense.lengde(text)) code points, the database refused: \(error)")
            }
        }
    }

    @Test("after close the .sqlite file alone has every change: the WAL is checkpointed")
    func checkpointOnClose() async throws {
        let directory = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("a.sqlite").path
        let migrations = try MigrationSet.load(from: Repository.migrations)
        let db = try AppDatabase.openFile(path: path, migrations: migrations)
        try await db.seedDemo(now: now, demoPasswordHash: "x")
        #expect(try await db.synchronous() == 2)
        try db.close()
        let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        #expect(wal == 0)
        // Copy the database file alone, as someone who forgot the -wal file would.
        let copy = directory.appendingPathComponent("copy.sqlite").path
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        let reopened = try AppDatabase.openFile(path: copy, migrations: migrations)
        #expect(try await reopened.behovsmeldinger(partnerskapIds: [1, 2, 3]).count == 7)
        try reopened.close()
    }

    @Test("a backup is consistent, has no sessions or one-time links, and never overwrites a file")
    func backup() async throws {
        let directory = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let migrations = try MigrationSet.load(from: Repository.migrations)
        let db = try AppDatabase.openFile(path: directory.appendingPathComponent("a.sqlite").path, migrations: migrations)
        try await db.seedDemo(now: now, demoPasswordHash: "x")
        try await db.createSession(tokenHash: "h", userId: 1, roleGrantId: nil, csrfToken: "c", now: now, expires: now.addingTimeInterval(3600), replacing: nil)
        let target = directory.appendingPathComponent("kopi.sqlite").path
        try db.backup(to: target)
        #expect(throws: StorageError.backupExists(target)) { try db.backup(to: target) }
        #expect(try await db.sessionUser(tokenHash: "h") != nil)
        try db.close()
        let copy = try AppDatabase.openFile(path: target, migrations: migrations)
        #expect(try await copy.integrityCheck() == "ok")
        #expect(try await copy.journalMode() == "wal")
        #expect(try await copy.behovsmeldinger(partnerskapIds: [1, 2, 3]).count == 7)
        #expect(try await copy.sessionUser(tokenHash: "h") == nil)
        try copy.close()
    }
}

/// A value a property check's closure may change (it runs its cases one after another).
final class Mutex<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
