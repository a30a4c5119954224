import Crypto
import Foundation
import Testing
import TestSupport
@testable import Persistence

@Suite struct MigrationTests {
    let migrations: MigrationSet

    init() throws {
        migrations = try MigrationSet.load(from: Repository.migrations)
    }

    @Test("the applied list equals the migration files, in order")
    func appliedEqualsFiles() async throws {
        let db = try AppDatabase.inMemory(migrations: migrations)
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.migrations.path)
            .filter { $0.hasSuffix(".sql") }.sorted().map { String($0.dropLast(4)) }
        #expect(try await db.appliedMigrations() == files)
        #expect(try await db.schemaVersion() == files.last)
    }

    @Test("a WAL file database migrates, and opening it again applies nothing twice")
    func walFileTwice() async throws {
        let directory = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("db.sqlite").path
        let first = try AppDatabase.openFile(path: path, migrations: migrations)
        #expect(try await first.journalMode() == "wal")
        let applied = try await first.appliedMigrations()
        try first.close()
        let second = try AppDatabase.openFile(path: path, migrations: migrations)
        #expect(try await second.appliedMigrations() == applied)
        try second.close()
    }

    @Test("the schema after all migrations matches the snapshot")
    func schemaSnapshot() async throws {
        let db = try AppDatabase.inMemory(migrations: migrations)
        let failure = assertSnapshot(try await db.schemaSQL(), named: "schema.sql")
        #expect(failure == nil, "\(failure ?? "")")
    }

    /// Every shipped migration and the SHA-256 of its file. A database remembers which files it
    /// has applied by name, so an edited file would never reach it: add a new file instead, and
    /// add its line here.
    static let shipped: [String: String] = [
        "0001_create_core.sql": "333813071444f4145877bdb2912fadf45c9b735c12006b5b67dfb58159fccfda",
        "0002_create_accounts.sql": "bf6b54bb3c300cbd99d0f22851fdde8cac45c4d3529c1ec12fbb79ec936c8bd3",
        "0003_add_flash_and_round_lock.sql": "ca0bf73bef30bd2f1a570dfb14c2e5a2d4f0848f8e3f07253345a0184254f5eb",
        "0004_create_partnerskap_and_behovsmelding.sql": "ffbad0bd8681d73b5a949be67e3210b8030df93fa6dde5191b4da2ab87c08b1b",
        "0005_create_review_and_allocation.sql": "750a8f7a318fc198578d8f9951c1e4a0857e08bfa81c0e341cba529f871fbca8",
        "0006_add_innstilling_expected_budgets.sql": "caf05cdfe1b3acf41c42789f9ad81f9562d8ff8326b4d62ff2a32e8c78894c99",
        "0007_add_behovsmelding_deadline_extension.sql": "ed7e4451b532b3c51d95721b64e1064203ee13271bbdf41643b89d3a99e79188",
        "0008_create_stopped_commitments.sql": "04a71852f62b4cf0773296361322683bb8e619c00510a9c0a266d9c6b27f6ab1",
        "0009_create_commitment_answers.sql": "a11a75277f32d2d4a26b350428cfd50e83f32bd031e8a5430efcb46d3a145e18",
        "0010_create_rekom30.sql": "fce73a1758fff5c297ff51f585621305fdf5c9456a1dcc9db2a099da566ee352",
        "0011_add_schemes_as_round_data.sql": "c205e53cf00805ef3bc202e3b9e5b6d49cdcfa1bf0af74cdaf276558ec993a38",
        "0012_create_rapport.sql": "553de8335fa852073f7e0c54c45fe5c2c4e9f886f1d51571b09ff85cde0077cb",
        "0013_add_half_year_reports.sql": "2a4e22d73bee47a5188fba37de8114a207909123c0b28aeb105c74f88b9e6001",
        "0014_create_kompetanseplan.sql": "cb59a5623465f960735080daeb4713017732316a2026e0d396b5f6ba10c70dc6",
        "0015_add_tiltak_plan_goal.sql": "72c37cc3b022451ea8af28f6036df9ac25fdbbae15fc340b8737c38519678657",
        "0016_create_nettverksmote.sql": "ad2f46244bccc4dff8b20758b4548deb766ad06449ee876c46122939179650a2",
        "0017_create_tiltak_search.sql": "ac5b4bc2d5faae44b41e505eb5bdae6b04f1c7ef0ebf7f5446107e6b57091ddf",
        "0018_add_meeting_minutes.sql": "10db626df9d5854aae4df1f518ad228f45b266fdcc387cb5d8f0415951307b6c",
        "0019_create_nettverksdokument.sql": "c581f87558bce6cde90eae657083d2402d87e73c8c5886cf8fe136c3bf94c6d6",
        "0020_create_outbox.sql": "4ab961f509668ea00063fdb7229a9b2783522950681fc06ae24f23260bb616c5",
        "0021_create_network_invitations.sql": "706b76015e47a507b4d82f328b11aa64b70e278bb957b6b9674c11d212e34988",
        "0022_add_language_forms.sql": "ec283ab4340a81363454d0188e7c2d9039e460005e344cdf9ddba4009f636e9b",
        "0023_move_innstilling_lines_to_rows.sql": "8cfaa35c5de9e9dbb68c04ae01923931b9efac1b2bd5ef78c8241c971093d252",
        "0024_drop_session_flash.sql": "99025dea7e021edf5cf83008f367b970754df77870fb9de30cdd8613f4392140",
        "0025_add_partnerskap_region_index.sql": "5b7dcf97df1614348c1c70c551eaefda4541312e09cc3e262d39621c228663df",
    ]

    @Test("a shipped migration is never edited: every file has the checksum it shipped with, and every file is listed")
    func shippedUnchanged() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.migrations.path).filter { $0.hasSuffix(".sql") }
        #expect(Set(files) == Set(Self.shipped.keys), "list a new migration in MigrationTests.shipped with its SHA-256")
        for file in files {
            let data = try Data(contentsOf: Repository.migrations.appendingPathComponent(file))
            let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
            #expect(Self.shipped[file] == digest, "\(file) has been changed after it shipped; add a new migration instead")
        }
    }

    @Test("migration file names must be NNNN_verb_object.sql", arguments: [
        ("0001_create_core.sql", true), ("0012_add_user_table.sql", true), ("1_create.sql", false),
        ("0001-create.sql", false), ("0001_Create.sql", false), ("0001_.sql", false), ("abcd_create.sql", false),
    ])
    func names(name: String, valid: Bool) {
        #expect(MigrationSet.isValidName(name) == valid)
    }

    @Test("a missing migrations folder gives a clear message")
    func missingFolder() {
        #expect {
            try MigrationSet.load(from: URL(fileURLWithPath: "/nonexistent/Migrations"))
        } throws: { error in
            "\(error)".contains("Fant ikke migreringsmappen")
        }
    }
}
