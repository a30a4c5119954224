import Domain
import Foundation
import GRDB

/// A dataset at national scale for `make bench` (issue 23), built through the same persistence
/// code as the application: ten fylker (or one), each with two or three competence regions and
/// their two networks, kommuner and private owners, a UH per fylke, partnerships of one or two
/// owners and the UH, a behovsmelding per partnership and scheme with 1–5 tiltak (some over
/// several years), nine in ten delivered; every network has forwarded but region 1.1's for
/// Kompetanseløftet (`apen`), the fagutvalg have assessed every forwarded one, Rekom's
/// innstilling is decided (the letters exist) and the
/// other schemes' are with the forum, which has approved one of them. The same seed number
/// gives the same data.
public enum BenchData {
    public enum Storrelse: String, CaseIterable, Sendable {
        /// One fylke: about 300 behovsmeldinger.
        case fylke
        /// Ten fylker: about 3 000 behovsmeldinger, 15 000 tiltak.
        case nasjonal

        var fylker: Int { self == .fylke ? 1 : 10 }
    }

    /// The logins `make bench` uses, one per role (password `AppDatabase.demoPassword`).
    public static let innlogginger: [(rolle: String, epost: String)] = [
        ("statsforvalter", "sf@bench.no"), ("samarbeidsforum", "forum@bench.no"), ("eier", "eier.1.1.1@bench.no"),
        ("uh", "uh.1@bench.no"), ("nettverksleder", "nettverk.1.1.barnehage@bench.no"), ("fagutvalg", "fagutvalg.barnehage@bench.no"),
    ]

    /// Fylke numbers the data uses (real ones, so letterheads read «Statsforvalteren i …»).
    static let fylkenumre = ["03", "11", "15", "18", "31", "32", "33", "34", "39", "40"]

    /// A small deterministic generator (SplitMix64), so a seed number gives the same data on every machine.
    struct Tall {
        var state: UInt64
        mutating func neste() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func under(_ n: Int) -> Int { Int(neste() % UInt64(n)) }
    }
}

extension AppDatabase {
    /// Loads the bench dataset of `storrelse` into an empty database, in one transaction;
    /// without `forrigeRunde`, without the round before.
    @discardableResult
    public func seedBench(_ storrelse: BenchData.Storrelse, seed: UInt64, now: Date, passwordHash: String, forrigeRunde: Bool = true) async throws -> SeedResult {
        let today = Dato(instant: now)
        return try await writer.write { db in
            guard try OrganisationRecord.fetchCount(db) == 0 else { return .alreadyHasData }
            var tall = BenchData.Tall(state: seed)
            let audit = AuditEvent(at: now, userName: "Testdata", action: .seedDemo)
            var serial = 0
            func organisation(_ kind: Organisasjonstype, _ name: String, kommune: String?, region: Int64?) throws -> Int64 {
                serial += 1
                var record = OrganisationRecord(kind: kind, name: name, orgnr: DemoData.orgnr(serial),
                                                kommunenummer: kommune.flatMap { try? Kommunenummer.parse($0).get() }, regionId: region,
                                                saerligeUtfordringer: serial % 17 == 0, isDemo: true)
                try record.insert(db)
                return record.id!
            }
            func user(_ email: String, _ name: String, _ roller: [Rolle]) throws {
                _ = try Self.insertUser(navn: name, epost: email, passwordHash: passwordHash, roller: roller, erDemo: true,
                                        audit: audit.on(.opprett, "bruker", nil), db)
            }
            let aar = Runde.nesteTildelingsaar(fra: today)
            let fylker = storrelse.fylker
            let budsjett: [Ordning: Kroner] = [
                .rekom: Kroner(11_000_000 * fylker), .dekom: Kroner(12_000_000 * fylker), .kompetanseloftet: Kroner(8_000_000 * fylker),
            ]
            let runde = Runde.standard(aar: aar, budsjett: budsjett)
            _ = try Self.insert(runde, audit: audit.on(.seedDemo, "runde", nil), db)
            _ = try organisation(.statsforvalter, "Statsforvalteren", kommune: nil, region: nil)
            try user("sf@bench.no", "Siri Statsforvalter", [.statsforvalter])
            try user("forum@bench.no", "Frode Forum", [.samarbeidsforum])
            for sektor in Sektor.allCases {
                try user("fagutvalg.\(sektor.rawValue)@bench.no", "Fagutvalg \(sektor.rawValue)", [.fagutvalg(sektor: sektor)])
            }
            let ordninger = Runde.Mal.retningslinjer2021.koder
            var alle: [(partnerskap: Partnerskap, index: Int)] = []
            for fylkeIndex in 1...fylker {
                let fylke = BenchData.fylkenumre[fylkeIndex - 1]
                let uh = try organisation(.uh, "Høgskolen i fylke \(fylkeIndex)", kommune: fylke + "01", region: nil)
                try user("uh.\(fylkeIndex)@bench.no", "Una UH \(fylkeIndex)", [.uh(organisasjonId: uh)])
                let regioner = fylkeIndex % 2 == 1 ? 3 : 2
                for regionIndex in 1...regioner {
                    var region = RegionRecord(id: nil, name: "Region \(fylkeIndex).\(regionIndex)", fylke: fylke)
                    try region.insert(db)
                    let regionId = region.id!
                    for type in Nettverkstype.allCases {
                        var network = KompetansenettverkRecord(id: nil, regionId: regionId, type: type.rawValue,
                                                               name: "Kompetansenettverk \(type.rawValue) region \(fylkeIndex).\(regionIndex)")
                        try network.insert(db)
                        try user("nettverk.\(fylkeIndex).\(regionIndex).\(type.rawValue)@bench.no", "Nettverksleder \(fylkeIndex).\(regionIndex)",
                                 [.nettverksleder(nettverkId: network.id!)])
                    }
                    // 12 kommuner and 4 private owners a region: 400 owners in ten fylker.
                    var owners: [Partnerskap.Part] = []
                    for number in 1...16 {
                        let kommune = String(format: "%@%02d", fylke, regionIndex * 20 + min(number, 12))
                        let kind: Organisasjonstype = number <= 12 ? .kommune : .privatEier
                        let name = number <= 12 ? "Kommune \(fylkeIndex).\(regionIndex).\(number)" : "Barnehageeier \(fylkeIndex).\(regionIndex).\(number)"
                        let id = try organisation(kind, name, kommune: kommune, region: regionId)
                        try user("eier.\(fylkeIndex).\(regionIndex).\(number)@bench.no", "Eier \(fylkeIndex).\(regionIndex).\(number)",
                                 [.eier(organisasjonId: id)])
                        guard let record = try OrganisationRecord.fetchOne(db, key: id) else { throw StorageError.notFound }
                        owners.append(Partnerskap.Part(try record.domain()))
                    }
                    guard let partner = try OrganisationRecord.fetchOne(db, key: uh) else { throw StorageError.notFound }
                    let uhPart = Partnerskap.Part(try partner.domain())
                    // 40 partnerships a region, of one or two owners (every owner in several), each
                    // with a behovsmelding per scheme: 120 a region, 3 000 in ten fylker.
                    for index in 0..<40 {
                        let first = owners[index % owners.count]
                        let second = owners[(index * 7 + 3) % owners.count]
                        let eiere = index % 3 == 0 || first.organisasjonId == second.organisasjonId ? [first] : [first, second]
                        let value = Partnerskap(id: 0, navn: "Partnerskap \(fylkeIndex).\(regionIndex).\(index + 1)", eiere: eiere, uh: [uhPart],
                                                avtale: .init(hvem: "Eier koordinerer; UH leder samlingene.", hva: "Kompetanseutvikling i regionen.",
                                                              naar: "2027–2029."), regionId: regionId)
                        let id = try Self.insertPartnerskap(value, now: now, audit: audit.on(.opprett, "partnerskap", nil), db)
                        for part in value.parter {
                            try Self.sign(id: id, organisationId: part.organisasjonId, userId: nil, expectedVersion: 1, now: now,
                                          audit: audit.on(.signer, "partnerskap", nil), db)
                        }
                        var stored = value
                        stored.id = id
                        alle.append((stored, index))
                        for ordning in ordninger {
                            try BenchData.behovsmelding(stored, index: index, ordning: ordning, runde: aar, tall: &tall, now: now, db)
                        }
                    }
                }
            }
            if forrigeRunde {
                try BenchData.seedForrigeRunde(Runde.standard(aar: aar - 1, budsjett: budsjett), partnerskap: alle, tall: &tall, now: now, db)
            }
            try BenchData.seedGjennomgang(runde, tall: &tall, now: now, db)
            for ordning in ordninger { try DemoData.seedInnstilling(runde, ordning: ordning, now: now, db) }
            try BenchData.seedForum(runde, now: now, db)
            // Like the demo, the bench starts with no notices: its history happened at once.
            try db.execute(sql: "DELETE FROM varsel")
            return .seeded(runde: aar)
        }
    }
}

extension BenchData {
    /// The region and scheme whose networks have not forwarded yet: `make bench` measures the
    /// network's page as a leader has it until the deadline, a priority to type on every row.
    public static let apen = (region: "Region 1.1", ordning: Ordning.kompetanseloftet)

    /// The behovsmelding of `partnerskap` (the `index`th of its region) for `ordning` in round
    /// `runde`: 1–5 tiltak from the demo's catalogue, one in four over two years; nine in ten delivered.
    @discardableResult
    static func behovsmelding(_ partnerskap: Partnerskap, index: Int, ordning: Ordning, runde: Int, tall: inout Tall, now: Date,
                              _ db: Database) throws -> StoredBehovsmelding? {
        let items = DemoData.tiltakskatalog[ordning] ?? []
        let count = tall.under(10) < 7 ? 5 : 1 + tall.under(4)
        let tiltak = (0..<count).map { nummer -> Tiltak in
            let (title, hva, hvem, deltakere) = items[(index + nummer + tall.under(items.count)) % items.count]
            let years = tall.under(4) == 0 ? 2 : 1
            let uhPartAmount = 100_000 + tall.under(40) * 10_000
            let eierAmount = 40_000 + tall.under(30) * 5_000
            return DemoData.tiltak(nummer + 1, title, nummer == 0 ? .planlegging : .gjennomforing, hva, hvem, deltakere,
                                   Array(repeating: (eierAmount, uhPartAmount), count: years))
        }
        return try DemoData.behovsmelding(partnerskap, ordning: ordning, runde: runde, tiltak: tiltak, levert: tall.under(10) != 0, now: now, db)
    }

    /// The round before, `forrige`, as it stands in late autumn: the same partnerships applied,
    /// every network forwarded, the fagutvalg assessed, every scheme's innstilling was decided by
    /// the round's letter date (the multi-year tiltak bind this round's money), and the
    /// half-year reports on its letters, due 1 December, are on their way: none begun by about a
    /// third of the reporters, a draft by a third, the rest sent, approved or returned.
    static func seedForrigeRunde(_ forrige: Runde, partnerskap: [(partnerskap: Partnerskap, index: Int)], tall: inout Tall, now: Date,
                                 _ db: Database) throws {
        _ = try AppDatabase.insert(forrige, audit: AuditEvent(at: now, userName: "Testdata", action: .seedDemo, objectType: "runde"), db)
        var partnerskapAv: [Int64: Partnerskap] = [:]
        for (value, index) in partnerskap {
            for ordning in forrige.ordninger.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
                if let stored = try behovsmelding(value, index: index, ordning: ordning, runde: forrige.aar, tall: &tall, now: now, db) {
                    partnerskapAv[stored.id] = value
                }
            }
        }
        try vurder(try DemoData.videresend(forrige, av: "Testdata", now: now, db), tall: &tall, now: now, db)
        var letters: [Tildelingsbrev] = []
        for ordning in forrige.ordninger.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            try DemoData.seedInnstilling(forrige, ordning: ordning, now: now, db)
            guard let vedtatt = try vedta(forrige, ordning, dato: forrige.frister.tildelingsbrev, now: now, db) else { continue }
            letters += Tildelingsbrev.brev(vedtatt.innstilling, vedtaksdato: forrige.frister.tildelingsbrev, halvaarsrapportfrist: forrige.frister.halvaarsrapport,
                                           rapportfrist: forrige.frister.rapport, partnerskap: partnerskapAv)
        }
        try AppDatabase.lockRules(aar: forrige.aar, at: now, db)
        let audit = AuditEvent(at: now, userName: "Testdata", action: .seedDemo, objectType: "rapport")
        for brev in letters where !brev.erAvslag {
            for (part, side) in Rapport.rapportorer(brev.partnerskap) {
                let draw = tall.under(20)
                guard draw >= 6 else { continue }
                var rapport = Rapport.ny(brev, slag: .halvaar, organisasjonId: part.organisasjonId, side: side)
                for index in rapport.linjer.indices { rapport.linjer[index].fyllHalvaar(side: side) }
                rapport.status = switch draw {
                case ..<12: .utkast
                case ..<17: .sendt
                case ..<19: .godkjent
                default: .returnert
                }
                if rapport.status == .returnert { rapport.kommentar = "Skriv hvilke barnehager og skoler som har vært med så langt." }
                _ = try AppDatabase.writeRapport(.ny(rapport), now: now, audit: audit, db)
            }
        }
    }

    /// Every network but `apen`'s forwards its delivered behovsmeldinger in a random order, and
    /// the fagutvalg of the scheme's sectors assess each forwarded one.
    static func seedGjennomgang(_ runde: Runde, tall: inout Tall, now: Date, _ db: Database) throws {
        let apenRegion = try Int64.fetchOne(db, kept: "SELECT id FROM region WHERE name = ?", arguments: [apen.region])
        let meldinger = try DemoData.videresend(runde, av: "Testdata", now: now, db, ordne: { own in
            for index in own.indices.reversed() { own.swapAt(index, tall.under(index + 1)) }
        }, utenom: { network, ordning in network.regionId == apenRegion && ordning == apen.ordning })
        let ikkeVideresendt = Set(try Int64.fetchAll(db, kept: """
            SELECT b.id FROM behovsmelding b JOIN partnerskap p ON p.id = b.partnerskap_id WHERE p.region_id = ? AND b.ordning = ?
            """, arguments: [apenRegion, apen.ordning.rawValue]))
        try vurder(meldinger.filter { !ikkeVideresendt.contains($0.id) }, tall: &tall, now: now, db)
    }

    /// The fagutvalg of each scheme's sectors assess `meldinger`: priority 1–5, one in twenty
    /// with a criterion not met.
    static func vurder(_ meldinger: [StoredBehovsmelding], tall: inout Tall, now: Date, _ db: Database) throws {
        let audit = AuditEvent(at: now, userName: "Testdata", action: .seedDemo, objectType: "nettverk_behandling")
        for melding in meldinger {
            var kriterier: [Kriterium: Vurdering.Svar] = [:]
            for kriterium in Kriterium.allCases { kriterier[kriterium] = .init(oppfylt: true) }
            if tall.under(20) == 0 {
                kriterier[.kollektiveProsesser] = .init(oppfylt: false, begrunnelse: "Hele personalgruppen er ikke med i utviklingsarbeidet.")
            }
            let vurdering = Vurdering(kriterier: kriterier, prioritet: 1 + tall.under(5), kommentar: "", iSamsvarMedOppfolging: false)
            _ = try AppDatabase.insertVurdering(vurdering, behovsmeldingId: melding.id, userId: nil, userName: "Fagutvalget", now: now,
                                                audit: audit.on(.vurder, "behovsmelding", nil), db)
        }
    }

    /// The foreløpig innstilling of `ordning` in `runde` decided on `dato`, as stored; nil when there is none.
    @discardableResult
    static func vedta(_ runde: Runde, _ ordning: Ordning, dato: Dato, now: Date, _ db: Database) throws -> StoredInnstilling? {
        guard var innstilling = try AppDatabase.loadInnstilling(db, rundeAar: runde.aar, ordning: ordning, status: [.forelopig]) else { return nil }
        innstilling.status = .vedtatt
        innstilling.vedtaksdato = dato
        return try AppDatabase.writeInnstilling(innstilling, expectedVersion: innstilling.version, now: now,
                                                audit: AuditEvent(at: now, userName: "Testdata", action: .vedta, objectType: "innstilling"), db)
    }

    /// Rekom's innstilling is decided (so the grant letters exist); the forum has approved Dekom's.
    static func seedForum(_ runde: Runde, now: Date, _ db: Database) throws {
        try vedta(runde, .rekom, dato: Dato(instant: now), now: now, db)
        if let dekom = try AppDatabase.loadInnstilling(db, rundeAar: runde.aar, ordning: .dekom, status: [.forelopig]), let id = dekom.id {
            try db.execute(sql: """
                INSERT INTO innstilling_forum (innstilling_id, user_id, user_name, at, kind, text) VALUES (?, NULL, 'Frode Forum', ?, 'godkjent', '')
                """, arguments: [id, AuditEvent.timestamp(now)])
        }
    }
}
