import Domain
import Foundation
import GRDB
import Testing
import TestSupport
@testable import Persistence

/// Migration 0011 on a database as the previous release left it: the three schemes become rows
/// of their rounds with the same codes and the 2021 guidelines' definitions, every row of the
/// rebuilt tables is kept with its id and keys, and the new partner kinds can be stored.
@Suite struct SchemeMigrationTests {
    /// A round, two organisations, a partnership, a delivered Rekom behovsmelding with its
    /// network handling, a vedtatt innstilling, a stopped commitment and an answer, written
    /// with the SQL of migrations 0001–0010.
    static let before = """
        INSERT INTO region (id, name, fylke) VALUES (1, 'Salten', '18');
        INSERT INTO kompetansenettverk (id, region_id, type, name) VALUES (3, 1, 'barnehage', 'Salten barnehage');
        INSERT INTO organisation (id, kind, name, orgnr, kommunenummer, region_id, oppfolgingsordningen)
            VALUES (7, 'kommune', 'Bodø kommune', '972418013', '1804', 1, 1), (8, 'uh', 'Nord universitet', '974767880', NULL, NULL, 0);
        INSERT INTO runde (id, year, opens_on, behovsmelding_deadline, nettverk_deadline, fagutvalg_deadline, tildelingsbrev_deadline,
            rekom30_opens_on, rekom30_deadline, rekom30_allocated_after, report_deadline, rules_locked_at)
            VALUES (5, 2027, '2026-09-01', '2026-12-15', '2027-01-15', '2027-02-14', '2027-04-01', '2027-08-15', '2027-09-20', '2027-10-15',
                    '2028-06-15', '2026-11-01T10:00:00Z');
        INSERT INTO runde_ordning VALUES (5, 'rekom', 10886000, 5, 3000, 2, 3, 5000, 7000, 0),
            (5, 'dekom', 12070000, 5, 3000, 2, 3, 5000, 10000, 3000), (5, 'kompetanseloftet', 8296000, 5, 3000, 2, 3, 5000, 10000, 0);
        INSERT INTO partnerskap (id, name, region_id, avtale_hvem, avtale_hva, avtale_naar, created_at, updated_at)
            VALUES (11, 'Salten kompetansepartnerskap', 1, 'Bodø koordinerer.', 'Språk.', '2027', '2026-10-01T10:00:00Z', '2026-10-01T10:00:00Z');
        INSERT INTO partnerskap_part (partnerskap_id, organisation_id, side, position, signed_at)
            VALUES (11, 7, 'eier', 0, '2026-10-02T10:00:00Z'), (11, 8, 'uh', 1, '2026-10-02T11:00:00Z');
        INSERT INTO behovsmelding (id, partnerskap_id, runde_id, ordning, status, forankring, uh_laererutdanning, version, created_at,
            updated_at, delivered_at, deadline_extended_to, deadline_extension_reason)
            VALUES (21, 11, 5, 'rekom', 'levert', 'Kartlagt i hver barnehage.', 'Praksis.', 4, '2026-10-03T10:00:00Z',
                    '2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z', '2026-12-20', 'Sykdom.');
        INSERT INTO nettverk_behandling (id, kompetansenettverk_id, runde_id, ordning, note, forwarded_at, forwarded_by, version)
            VALUES (31, 3, 5, 'rekom', 'Viktig.', '2027-01-10T10:00:00Z', 'Nina Nettverk', 2);
        INSERT INTO innstilling (id, runde_id, ordning, nummer, status, lines_json, version, updated_at, sent_at, vedtak_date, expected_json)
            VALUES (41, 5, 'rekom', 1, 'vedtatt', '[]', 3, '2027-03-01T10:00:00Z', '2027-02-20T10:00:00Z', '2027-03-01', '{"2028":5000000}');
        INSERT INTO stopped_commitment VALUES (2027, 'rekom', 21, 1, 2028, 'Tiltaket er avsluttet.', '2027-12-01T10:00:00Z');
        INSERT INTO commitment_answer VALUES (2027, 'rekom', 21, 2, 2028, 300000, 200000, '', 0, '2027-11-01T10:00:00Z');
        """

    @Test("a database of the previous release migrates: every row kept, the three schemes as the 2021 template defines them, the same codes")
    func fromPreviousRelease() async throws {
        let release = try EarlierRelease(before: "0011")
        defer { release.remove() }
        let old = try release.open()
        try await old.writer.write { db in try db.execute(sql: Self.before) }
        try old.close()

        let db = try release.reopen()
        #expect(try await db.appliedMigrations().contains("0011_add_schemes_as_round_data"))
        let runde = try #require(try await db.runde(aar: 2027))
        let expected = Runde.standard(aar: 2027, budsjett: [.rekom: Kroner(10_886_000), .dekom: Kroner(12_070_000), .kompetanseloftet: Kroner(8_296_000)])
        #expect(runde == expected, "the stored schemes are the template's, with the stored budgets and rules")
        #expect(try await db.lockedRoundYears() == [2027])

        let melding = try #require(try await db.behovsmelding(id: 21))
        #expect(melding.melding.ordning == .rekom && melding.melding.status == .levert && melding.version == 4)
        #expect(melding.melding.kriterier[.forankring] == "Kartlagt i hver barnehage.")
        #expect(melding.melding.fristforlengelse?.dato == Dato(iso: "2026-12-20"))
        let partnerskap = try #require(try await db.partnerskap(id: 11)).partnerskap
        #expect(partnerskap.uh.map(\.type) == [.uh] && partnerskap.eiere.map(\.type) == [.kommune])
        #expect(partnerskap.erSignertAvAlle)
        let behandling = try #require(try await db.nettverkBehandling(nettverkId: 3, rundeAar: 2027, ordning: .rekom))
        #expect(behandling.id == 31 && behandling.note == "Viktig." && behandling.version == 2)
        let innstilling = try #require(try await db.innstilling(rundeAar: 2027, ordning: .rekom))
        #expect(innstilling.id == 41 && innstilling.status == .vedtatt && innstilling.vedtaksdato == Dato(iso: "2027-03-01"))
        #expect(innstilling.innstilling.forventet[2028] == Kroner(5_000_000))

        try await db.writer.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM stopped_commitment WHERE behovsmelding_id = 21") == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT eier + uh FROM commitment_answer WHERE behovsmelding_id = 21") == 500_000)
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")
            #expect(Set(indexes).isSuperset(of: ["behovsmelding_runde", "organisation_region"]))
            #expect(try Bool.fetchOne(db, sql: "SELECT oppfolgingsordningen FROM organisation WHERE id = 7") == true)
        }

        // The new kinds and a new scheme code can be stored; a code that is not URL-safe cannot.
        let fagskole = Organisasjon(id: 0, type: .fagskole, navn: "Fagskolen i Nordland", orgnr: Organisasjonsnummer.firstValid(from: 99_200_000))
        let id = try await db.createOrganisasjon(fagskole, audit: AuditEvent(at: Repository.fixedNow, action: .opprett, objectType: "organisasjon"))
        #expect(try await db.organisasjon(id: id)?.type == .fagskole)
        try await db.createRunde(Runde.Mal.forskrift2026.runde(aar: 2028, budsjett: [.kollektiv: Kroner(1)]),
                                 audit: AuditEvent(at: Repository.fixedNow, action: .opprett, objectType: "runde"))
        #expect(try await db.runde(aar: 2028)?.ordninger.keys.sorted() == [.kollektiv])
        await #expect(throws: (any Error).self) {
            try await db.writer.write { db in
                try db.execute(sql: "UPDATE runde_ordning SET ordning = 'Kollektiv!' WHERE ordning = 'kollektiv'")
            }
        }
        try db.close()
    }
}
