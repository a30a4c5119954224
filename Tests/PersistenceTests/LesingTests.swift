import Domain
import Foundation
import Synchronization
import GRDB
import Testing
import TestSupport
@testable import Persistence

/// Every read runs on the calling thread (`AppDatabase.les`): none may hop to GRDB's queues,
/// and many at once on a file database, beside writes, all finish with what was committed.
@Suite struct LesingTests {
    let audit = AuditEvent(at: Repository.fixedNow, userId: nil, userName: "Test", action: .lagre)

    @Test("no read goes past AppDatabase.les: an async GRDB read beside them could wait on them")
    func everyReadThroughLes() throws {
        let offending = try Self.sourceLines { line in
            ["writer.read", ".unsafeRead", ".asyncRead", "unsafeReentrantRead", "readerPool", ".inDatabase"].contains(where: line.contains)
        }
        #expect(offending.sorted() == [
            "AppDatabase.swift: guard let lesere else { return try writer.read(value) }",
            "Lesere.swift: return try kobling.inDatabase(value)",
        ])
    }

    @Test("a request lets others run once it has had the core for its turn, counted from the last time; not after every read")
    func lesetur() {
        final class Klokke: Sendable {
            let na = Atomic<UInt64>(1_000)
            func gaa(_ ns: UInt64) { na.add(ns, ordering: .relaxed) }
        }
        let klokke = Klokke()
        let tur = Lesetur(luke: 500) { klokke.na.load(ordering: .relaxed) }
        #expect(!tur.skalSlippe(), "just begun")
        klokke.gaa(499)
        #expect(!tur.skalSlippe(), "not yet had its turn")
        klokke.gaa(1)
        #expect(tur.skalSlippe(), "had its turn")
        #expect(!tur.skalSlippe(), "counted from now")
        klokke.gaa(10_000)
        #expect(tur.skalSlippe() && !tur.skalSlippe())
    }

    @Test("no read by SQL text compiles its statement anew: each goes through one the connection keeps (Row.statement)")
    func everyReadKeepsItsStatement() throws {
        let compiling = try Regex(#"\.fetch(All|One|Set|Cursor)\(db, sql:"#)
        #expect(try Self.sourceLines { $0.contains(compiling) } == [])
    }

    /// The lines of the sources (`Sources/`) that `matches`, each after its file's name.
    static func sourceLines(where matches: (Substring) -> Bool) throws -> [String] {
        let root = Repository.root.appendingPathComponent("Sources")
        let files = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { $0.pathExtension == "swift" }
        #expect(files.count > 100)
        var found: [String] = []
        for file in files {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") where matches(line) {
                found.append("\(file.lastPathComponent): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        return found
    }

    @Test("64 tasks reading at once from a file database while another writes: every read finishes and sees a committed state")
    func manyReadersBesideWrites() async throws {
        let directory = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = try AppDatabase.openFile(path: directory.appendingPathComponent("a.sqlite").path,
                                          migrations: try MigrationSet.load(from: Repository.migrations))
        defer { try? db.close() }
        try await db.seedDemo(now: Repository.fixedNow, demoPasswordHash: "x")
        let base = try #require(try await db.behovsmelding(id: 5))
        let rounds = 20
        let seen = try await withThrowingTaskGroup(of: Set<String>.self) { group in
            group.addTask {
                var stored = base
                for round in 1...rounds {
                    stored.melding.kontaktperson = "Kontakt \(round)"
                    stored.version = try await db.saveBehovsmelding(stored, expectedVersion: stored.version, now: Repository.fixedNow, audit: audit)
                }
                return []
            }
            for _ in 0..<64 {
                group.addTask {
                    var seen: Set<String> = []
                    for _ in 0..<10 {
                        let read = try #require(try await db.behovsmelding(id: 5))
                        seen.insert(read.melding.kontaktperson)
                        #expect(try await db.organisasjoner().isEmpty == false)
                    }
                    return seen
                }
            }
            return try await group.reduce(into: Set<String>()) { $0.formUnion($1) }
        }
        let committed = Set([base.melding.kontaktperson] + (1...rounds).map { "Kontakt \($0)" })
        #expect(seen.isSubset(of: committed))
        #expect(try await db.behovsmelding(id: 5)?.melding.kontaktperson == "Kontakt \(rounds)")
    }

    @Test("a read on the file's pool is one transaction: it sees one state though another connection commits while it reads, and an error ends it")
    func oneStatePerRead() async throws {
        let directory = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("a.sqlite").path
        let db = try AppDatabase.openFile(path: path, migrations: try MigrationSet.load(from: Repository.migrations))
        defer { try? db.close() }
        let other = try DatabaseQueue(path: path)
        let insert = "INSERT INTO region (name, fylke) VALUES (?, '42')"

        let (before, after) = try await db.les { db in
            let before = try Int.fetchOne(db, kept: "SELECT count(*) FROM region") ?? -1
            try other.write { try $0.execute(sql: insert, arguments: ["Under lesingen"]) }
            return (before, try Int.fetchOne(db, kept: "SELECT count(*) FROM region") ?? -1)
        }
        #expect(before == after, "the second count reads the state the first did")
        #expect(try await db.les { try Int.fetchOne($0, kept: "SELECT count(*) FROM region") } == before + 1, "the next read sees the commit")

        await #expect(throws: StorageError.self) {
            try await db.les { db -> Int in
                _ = try Int.fetchOne(db, kept: "SELECT count(*) FROM region")
                throw StorageError.conflict
            }
        }
        // Each connection of the pool ended its transaction: every one reads what commits next.
        try await other.write { try $0.execute(sql: insert, arguments: ["Etter feilen"]) }
        for count in try await withThrowingTaskGroup(of: Int?.self, body: { group in
            for _ in 0..<8 { group.addTask { try await db.les { db in try Int.fetchOne(db, kept: "SELECT count(*) FROM region") } } }
            return try await group.reduce(into: []) { $0.append($1) }
        }) {
            #expect(count == before + 2)
        }
        #expect(try await db.les { $0.isInsideTransaction } == true)
    }
}
