import Domain
import GRDB

struct RundeRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "runde"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var year: Int
    var opensOn: String
    var behovsmeldingDeadline: String
    var nettverkDeadline: String
    var fagutvalgDeadline: String
    var tildelingsbrevDeadline: String
    var rekom30OpensOn: String
    var rekom30Deadline: String
    var rekom30AllocatedAfter: String
    /// NULL only in a table a migration could not give a NOT NULL column (0013); always written.
    var halfYearReportDeadline: String?
    var reportDeadline: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Column by column: GRDB's Codable decoding converts each key from snake case on every row.
    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        year = try row.decode(forColumn: "year")
        opensOn = try row.decode(forColumn: "opens_on")
        behovsmeldingDeadline = try row.decode(forColumn: "behovsmelding_deadline")
        nettverkDeadline = try row.decode(forColumn: "nettverk_deadline")
        fagutvalgDeadline = try row.decode(forColumn: "fagutvalg_deadline")
        tildelingsbrevDeadline = try row.decode(forColumn: "tildelingsbrev_deadline")
        rekom30OpensOn = try row.decode(forColumn: "rekom30_opens_on")
        rekom30Deadline = try row.decode(forColumn: "rekom30_deadline")
        rekom30AllocatedAfter = try row.decode(forColumn: "rekom30_allocated_after")
        halfYearReportDeadline = try row.decode(forColumn: "half_year_report_deadline")
        reportDeadline = try row.decode(forColumn: "report_deadline")
    }

    init(_ runde: Runde) {
        let f = runde.frister
        year = runde.aar
        opensOn = f.apner.iso
        behovsmeldingDeadline = f.behovsmelding.iso
        nettverkDeadline = f.nettverk.iso
        fagutvalgDeadline = f.fagutvalg.iso
        tildelingsbrevDeadline = f.tildelingsbrev.iso
        rekom30OpensOn = f.rekom30Apner.iso
        rekom30Deadline = f.rekom30Frist.iso
        rekom30AllocatedAfter = f.rekom30FordelesEtter.iso
        halfYearReportDeadline = f.halvaarsrapport.iso
        reportDeadline = f.rapport.iso
    }

    func domain(ordninger: [RundeOrdningRecord]) throws -> Runde {
        func date(_ text: String) throws -> Dato {
            guard let value = Dato(iso: text) else { throw StorageError.corrupt("runde \(year): dato \(text)") }
            return value
        }
        let frister = Runde.Frister(
            apner: try date(opensOn), behovsmelding: try date(behovsmeldingDeadline),
            nettverk: try date(nettverkDeadline), fagutvalg: try date(fagutvalgDeadline),
            tildelingsbrev: try date(tildelingsbrevDeadline), rekom30Apner: try date(rekom30OpensOn),
            rekom30Frist: try date(rekom30Deadline), rekom30FordelesEtter: try date(rekom30AllocatedAfter),
            halvaarsrapport: try date(halfYearReportDeadline ?? ""), rapport: try date(reportDeadline)
        )
        var map: [Ordning: OrdningIRunde] = [:]
        for record in ordninger {
            map[Ordning(rawValue: record.ordning)] = try record.domain(year: year)
        }
        return Runde(aar: year, frister: frister, ordninger: map)
    }
}

struct RundeOrdningRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "runde_ordning"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var rundeId: Int64
    var ordning: String
    var name: String
    var shortName: String
    var sectors: String
    var targetGroups: String
    var networkKinds: String
    var partnerKinds: String
    var report: Bool
    var position: Int
    var budget: Int
    var maxTiltak: Int
    var coordinatorMaxBp: Int
    var coordinatorMinKommuner: Int
    var maxYears: Int
    var multiYearMaxBp: Int
    var viaBehovsmeldingBp: Int
    var egenandelBp: Int

    init(row: Row) throws {
        rundeId = try row.decode(forColumn: "runde_id")
        ordning = try row.decode(forColumn: "ordning")
        name = try row.decode(forColumn: "name")
        shortName = try row.decode(forColumn: "short_name")
        sectors = try row.decode(forColumn: "sectors")
        targetGroups = try row.decode(forColumn: "target_groups")
        networkKinds = try row.decode(forColumn: "network_kinds")
        partnerKinds = try row.decode(forColumn: "partner_kinds")
        report = try row.decode(forColumn: "report")
        position = try row.decode(forColumn: "position")
        budget = try row.decode(forColumn: "budget")
        maxTiltak = try row.decode(forColumn: "max_tiltak")
        coordinatorMaxBp = try row.decode(forColumn: "coordinator_max_bp")
        coordinatorMinKommuner = try row.decode(forColumn: "coordinator_min_kommuner")
        maxYears = try row.decode(forColumn: "max_years")
        multiYearMaxBp = try row.decode(forColumn: "multi_year_max_bp")
        viaBehovsmeldingBp = try row.decode(forColumn: "via_behovsmelding_bp")
        egenandelBp = try row.decode(forColumn: "egenandel_bp")
    }

    init(rundeId: Int64, ordning: Ordning, value: OrdningIRunde) {
        let p = value.parametre
        self.rundeId = rundeId
        self.ordning = ordning.rawValue
        name = value.navn
        shortName = value.kortnavn
        sectors = value.sektorer.map(\.rawValue).joined(separator: ",")
        targetGroups = value.malgrupper.map(\.rawValue).joined(separator: ",")
        networkKinds = value.nettverk.map(\.rawValue).joined(separator: ",")
        partnerKinds = value.partnertyper.map(\.rawValue).joined(separator: ",")
        report = value.rapport
        position = value.rekkefolge
        budget = value.budsjett.value
        maxTiltak = p.maksTiltak
        coordinatorMaxBp = p.koordinatorMaksAndel.basisPoints
        coordinatorMinKommuner = p.koordinatorMinKommuner
        maxYears = p.maksVarighetAar
        multiYearMaxBp = p.flerarigMaksAndel.basisPoints
        viaBehovsmeldingBp = p.andelViaBehovsmeldinger.basisPoints
        egenandelBp = p.egenandel.basisPoints
    }

    func domain(year: Int) throws -> OrdningIRunde {
        func list<T: RawRepresentable>(_ text: String) throws -> [T] where T.RawValue == String {
            try text.split(separator: ",").map { code in
                guard let value = T(rawValue: String(code)) else { throw StorageError.corrupt("runde \(year): \(ordning): \(code)") }
                return value
            }
        }
        return OrdningIRunde(
            navn: name, kortnavn: shortName, sektorer: try list(sectors), malgrupper: try list(targetGroups),
            nettverk: try list(networkKinds), partnertyper: try list(partnerKinds), rapport: report, rekkefolge: position,
            budsjett: Kroner(budget),
            parametre: Regelparametre(
                maksTiltak: maxTiltak,
                koordinatorMaksAndel: Prosent(basisPoints: coordinatorMaxBp),
                koordinatorMinKommuner: coordinatorMinKommuner,
                maksVarighetAar: maxYears,
                flerarigMaksAndel: Prosent(basisPoints: multiYearMaxBp),
                andelViaBehovsmeldinger: Prosent(basisPoints: viaBehovsmeldingBp),
                egenandel: Prosent(basisPoints: egenandelBp)
            )
        )
    }
}
