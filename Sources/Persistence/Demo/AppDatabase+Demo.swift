import Domain
import Foundation
import GRDB

/// The demo register: Nordland's 41 kommuner in the competence regions of seed 003, three
/// UH, three private barnehage owners and the Statsforvalter. Organisation numbers are
/// generated (valid by mod 11, not real) and every organisation is marked as demo data.
enum DemoData {
    static let fylke = "18"

    /// The seven regions, in the order seed 003 names them.
    static let regioner = [
        "Salten", "Indre Helgeland", "Sør-Helgeland", "Ytre Helgeland", "Vesterålen", "Lofoten", "Ofoten",
    ]

    /// (kommunenummer, kommune, region): the 41 kommuner of Nordland and the competence region each belongs to.
    static let kommuner: [(String, String, String)] = [
        ("1804", "Bodø", "Salten"),
        ("1806", "Narvik", "Ofoten"),
        ("1811", "Bindal", "Sør-Helgeland"),
        ("1812", "Sømna", "Sør-Helgeland"),
        ("1813", "Brønnøy", "Sør-Helgeland"),
        ("1815", "Vega", "Sør-Helgeland"),
        ("1816", "Vevelstad", "Sør-Helgeland"),
        ("1818", "Herøy", "Ytre Helgeland"),
        ("1820", "Alstahaug", "Ytre Helgeland"),
        ("1822", "Leirfjord", "Ytre Helgeland"),
        ("1824", "Vefsn", "Indre Helgeland"),
        ("1825", "Grane", "Indre Helgeland"),
        ("1826", "Hattfjelldal", "Indre Helgeland"),
        ("1827", "Dønna", "Ytre Helgeland"),
        ("1828", "Nesna", "Indre Helgeland"),
        ("1832", "Hemnes", "Indre Helgeland"),
        ("1833", "Rana", "Indre Helgeland"),
        ("1834", "Lurøy", "Indre Helgeland"),
        ("1835", "Træna", "Indre Helgeland"),
        ("1836", "Rødøy", "Indre Helgeland"),
        ("1837", "Meløy", "Salten"),
        ("1838", "Gildeskål", "Salten"),
        ("1839", "Beiarn", "Salten"),
        ("1840", "Saltdal", "Salten"),
        ("1841", "Fauske", "Salten"),
        ("1845", "Sørfold", "Salten"),
        ("1848", "Steigen", "Salten"),
        ("1851", "Lødingen", "Vesterålen"),
        ("1853", "Evenes", "Ofoten"),
        ("1856", "Røst", "Lofoten"),
        ("1857", "Værøy", "Lofoten"),
        ("1859", "Flakstad", "Lofoten"),
        ("1860", "Vestvågøy", "Lofoten"),
        ("1865", "Vågan", "Lofoten"),
        ("1866", "Hadsel", "Vesterålen"),
        ("1867", "Bø", "Vesterålen"),
        ("1868", "Øksnes", "Vesterålen"),
        ("1870", "Sortland", "Vesterålen"),
        ("1871", "Andøy", "Vesterålen"),
        ("1874", "Moskenes", "Lofoten"),
        ("1875", "Hamarøy", "Salten"),
    ]

    /// (name, kommunenummer of the place): the three UH of the demo.
    static let uh: [(String, String)] = [
        ("Nord universitet", "1804"),
        ("UiT Norges arktiske universitet", "1806"),
        ("DMMH – Dronning Mauds Minne Høgskole for barnehagelærerutdanning", "1804"),
    ]

    /// (name, kommunenummer): a fagskole, a knowledge partner under the 2026 forskrift.
    static let fagskoler: [(String, String)] = [
        ("Fagskolen i Nordland", "1804"),
    ]

    /// (name, kommunenummer): three private barnehage owners.
    static let privateEiere: [(String, String)] = [
        ("Nordlys Barnehager AS", "1804"),
        ("Fjellheimen Barnehage SA", "1833"),
        ("Lofotbarn Drift AS", "1860"),
    ]

    /// Kommuner flagged for R11 in the demo.
    static let saerligeUtfordringer: Set<String> = ["1856", "1857", "1835"]
    static let oppfolgingsordningen: Set<String> = ["1839"]
    /// The målform some demo kommuner have adopted (the rest are nøytral), so a letter in
    /// nynorsk can be seen.
    static let malform: [String: Malform] = ["1806": .bokmal, "1865": .nynorsk]

    /// Budgets of seed 003 ("Midler 2023").
    static let budsjett: [Ordning: Kroner] = [
        .rekom: Kroner(10_886_000),
        .dekom: Kroner(12_070_000),
        .kompetanseloftet: Kroner(8_296_000),
    ]

    /// The demo users of the README, all with the password `demoPassord`:
    /// (e-mail, name, what the grant covers).
    enum Grant {
        case org(String, uh: Bool)
        case network(region: String, Nettverkstype)
        case fagutvalg(Sektor)
        case statsforvalter
        case forum
    }

    static let demoPassord = "demo1234"

    static let brukere: [(String, String, [Grant])] = [
        ("sf@demo.no", "Siri Fylkesmann", [.statsforvalter]),
        ("forum@demo.no", "Frode Forum", [.forum]),
        ("eier.bodo@demo.no", "Berit Bodø", [.org("Bodø kommune", uh: false)]),
        ("eier.fauske@demo.no", "Finn Fauske", [.org("Fauske kommune", uh: false)]),
        ("eier.privat@demo.no", "Pia Privat", [.org("Nordlys Barnehager AS", uh: false)]),
        ("uh.nord@demo.no", "Ulrik Universitet", [.org("Nord universitet", uh: true)]),
        ("nettverk.salten@demo.no", "Nina Nettverk", [.network(region: "Salten", .barnehage)]),
        ("fagutvalg.bhg@demo.no", "Frida Fagutvalg", [.fagutvalg(.barnehage)]),
        ("fagutvalg.skole@demo.no", "Svein Skole", [.fagutvalg(.grunnskole)]),
        // Also works at Nord universitet: may not assess the partnerships Nord is in.
        ("fagutvalg.nord@demo.no", "Nora Nordmo", [.fagutvalg(.barnehage), .org("Nord universitet", uh: true)]),
        // The partner's steps as a fagskole takes them, in a round under the 2026 forskrift.
        ("fagskole@demo.no", "Frøydis Fagskole", [.org("Fagskolen i Nordland", uh: true)]),
    ]

    /// Demo organisation numbers: 8-digit prefixes in a block no real unit uses, then the
    /// first valid check digit.
    static func orgnr(_ serial: Int) -> Organisasjonsnummer {
        Organisasjonsnummer.firstValid(from: 99_100_000 + serial * 10)
    }
}

extension AppDatabase {
    public enum SeedResult: Equatable, Sendable {
        case seeded(runde: Int)
        case alreadyHasData
    }

    /// The password every demo user has.
    public static var demoPassword: String { DemoData.demoPassord }

    /// The demo users' e-mail addresses, in the order the README lists them.
    public static var demoLogins: [String] { DemoData.brukere.map(\.0) }

    /// Loads the demo register, the demo users (with `demoPasswordHash`, the bcrypt hash of
    /// `demoPassword`), a round for the coming allocation year (seen from `now`) and the demo
    /// partnerships with their behovsmeldinger, all in one transaction. Does nothing when the register already has data.
    @discardableResult
    public func seedDemo(now: Date, demoPasswordHash: String) async throws -> SeedResult {
        let today = Dato(instant: now)
        return try await writer.write { db in
            guard try OrganisationRecord.fetchCount(db) == 0 else { return .alreadyHasData }
            var regionIds: [String: Int64] = [:]
            for name in DemoData.regioner {
                var region = RegionRecord(id: nil, name: name, fylke: DemoData.fylke)
                try region.insert(db)
                regionIds[name] = region.id
                for type in Nettverkstype.allCases {
                    var network = KompetansenettverkRecord(
                        id: nil, regionId: region.id!, type: type.rawValue,
                        name: "Kompetansenettverk \(type.rawValue) \(name)"
                    )
                    try network.insert(db)
                }
            }
            var serial = 0
            func insert(_ kind: Organisasjonstype, _ name: String, _ kommune: String?, region: String?) throws {
                serial += 1
                let kommunenummer = kommune.flatMap { try? Kommunenummer.parse($0).get() }
                var record = OrganisationRecord(
                    kind: kind, name: name, orgnr: DemoData.orgnr(serial), kommunenummer: kommunenummer,
                    regionId: region.flatMap { regionIds[$0] },
                    saerligeUtfordringer: kommune.map(DemoData.saerligeUtfordringer.contains) ?? false,
                    oppfolgingsordningen: kommune.map(DemoData.oppfolgingsordningen.contains) ?? false,
                    isDemo: true, malform: kind == .kommune ? kommune.flatMap { DemoData.malform[$0] } ?? .noytral : .noytral
                )
                try record.insert(db)
            }
            let regionOf = Dictionary(uniqueKeysWithValues: DemoData.kommuner.map { ($0.0, $0.2) })
            for (number, name, region) in DemoData.kommuner {
                try insert(.kommune, "\(name) kommune", number, region: region)
            }
            for (name, kommune) in DemoData.privateEiere {
                try insert(.privatEier, name, kommune, region: regionOf[kommune])
            }
            for (name, kommune) in DemoData.uh {
                try insert(.uh, name, kommune, region: nil)
            }
            try insert(.statsforvalter, "Statsforvalteren i Nordland", "1804", region: nil)
            for (name, kommune) in DemoData.fagskoler {
                try insert(.fagskole, name, kommune, region: nil)
            }

            let orgIds = Dictionary(
                try OrganisationRecord.fetchAll(db).map { ($0.name, $0.id!) }, uniquingKeysWith: { first, _ in first }
            )
            for (email, name, grants) in DemoData.brukere {
                let roller = try grants.map { grant -> Rolle in
                    switch grant {
                    case .org(let org, let uh):
                        guard let id = orgIds[org] else { throw StorageError.corrupt("demo: \(org)") }
                        return uh ? .uh(organisasjonId: id) : .eier(organisasjonId: id)
                    case .network(let region, let type):
                        guard let regionId = regionIds[region],
                              let network = try KompetansenettverkRecord.filter(Column("region_id") == regionId && Column("type") == type.rawValue).fetchOne(db)
                        else { throw StorageError.corrupt("demo: nettverk \(region)") }
                        return .nettverksleder(nettverkId: network.id!)
                    case .fagutvalg(let sektor): return .fagutvalg(sektor: sektor)
                    case .statsforvalter: return .statsforvalter
                    case .forum: return .samarbeidsforum
                    }
                }
                _ = try Self.insertUser(
                    navn: name, epost: email, passwordHash: demoPasswordHash, roller: roller, erDemo: true,
                    audit: AuditEvent(at: now, action: .opprett, objectType: "bruker"), db
                )
            }

            let aar = Runde.nesteTildelingsaar(fra: today)
            let runde = Runde.standard(aar: aar, budsjett: DemoData.budsjett)
            _ = try Self.insert(runde, audit: AuditEvent(at: now, action: .seedDemo, objectType: "runde"), db)
            try DemoData.seedBehovsmeldinger(DemoData.partnerskap + DemoData.andreRegioner, runde: aar, orgIds: orgIds, regionIds: regionIds, now: now, db)
            try DemoData.seedForrigeRunde(aar: aar, now: now, db)
            try DemoData.seedRekom30(aar: aar - 1, orgIds: orgIds, now: now, db)
            let sokt = try DemoData.sokt(runde: aar, db)
            try DemoData.seedBehovsmeldinger(DemoData.regionalePartnerskap(allerede: sokt), runde: aar, orgIds: orgIds, regionIds: regionIds, now: now, db)
            try DemoData.seedGjennomgang(runde: aar, now: now, db)
            try DemoData.seedInnstilling(runde, ordning: .rekom, now: now, db)
            // The network's own work: Salten's barnehage network.
            if let salten = regionIds["Salten"],
               let network = try KompetansenettverkRecord.filter(Column("region_id") == salten && Column("type") == Nettverkstype.barnehage.rawValue).fetchOne(db)?.id {
                try DemoData.seedKompetanseplan(nettverkId: network, now: now, db)
                try DemoData.seedNettverksmoter(nettverkId: network, today: today, now: now, db)
                try DemoData.seedNettverksdokumenter(nettverkId: network, now: now, db)
            }
            // The demo's history happened all at once: its notices («sign the agreement» to
            // parties that then signed) would tell of nothing to do. The outbox starts empty;
            // what the demo's users do from here is notified as usual.
            try db.execute(sql: "DELETE FROM varsel")
            return .seeded(runde: aar)
        }
    }
}
