import Domain
import GRDB

struct RundeRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "runde"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
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
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
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
