import Domain
import Foundation
import Persistence

/// What the partnerships of a new round reported on their letters of the two rounds before:
/// per letter the state of each reporter's report and the unused funds with the decision on
/// them. The innstilling and the fagutvalg read it beside the new behovsmeldinger.
struct TidligereRapporter: Sendable {
    struct Rad: Sendable {
        let partnerskap: String
        let tildeling: String
        let rapporter: String
        let ubrukt: String
        let overdue: Bool
    }

    let heading: String
    let rader: [Rad]

    /// The reports of the two rounds before `runde` for `partnerskapIds`; nil when there are none.
    static func load(_ database: AppDatabase, runde: Runde, partnerskapIds: Set<Int64>, alle: Bool = false, now: Date,
                     t: Catalogue) async throws -> TidligereRapporter? {
        guard !partnerskapIds.isEmpty else { return nil }
        var rader: [Rad] = []
        // Only these partnerships' letters and reports are read: the fagutvalg's page about one
        // behovsmelding read every report of the country's two rounds before. For nearly every
        // partnership of the round (`alle`: the innstilling) the whole rounds are read, which is cheaper.
        let behovsmeldinger = alle ? nil : try await database.behovsmeldingIds(partnerskapIds: partnerskapIds)
        for round in try await database.runder().filter({ $0.aar < runde.aar && $0.aar >= runde.aar - 2 }).sorted(by: { $0.aar > $1.aar }) {
            let t = t.forRunde(round)
            let grunnlag = try await Rapportgrunnlag.load(database, runde: round, behovsmeldinger: behovsmeldinger, t: t)
            let letters = grunnlag.forventet.filter { partnerskapIds.contains($0.brev.partnerskap.id) }
            var seen = Set<String>()
            for expected in letters where seen.insert("\(expected.brev.ordning.kode)-\(expected.brev.partnerskap.id)").inserted {
                let brev = expected.brev
                let reports = grunnlag.rapporter(brev)
                let frist = round.frister.rapport
                let states = reports.map { "\($0.rapportor): \($0.status.navn(t).lowercased())" }.joined(separator: " · ")
                let reported = reports.map(\.stored.rapport).filter(\.erRapportert)
                var unused = reported.count == reports.count ? Rapport.summer(reported).ubrukt.formatted : "–"
                if let decision = grunnlag.ubrukt(brev) {
                    unused += " (" + (decision.avgjorelse == .tilbakebetales ? t.text(.rpuPayBack) : t.format(.rpuNextSpring, ["var": String(brev.aar + 1)]))
                        .lowercased() + ")"
                }
                rader.append(Rad(partnerskap: brev.partnerskap.navn, tildeling: "\(round.kortnavn(brev.ordning)) \(brev.aar)", rapporter: states,
                                 ubrukt: unused, overdue: reports.contains { $0.status.forSent(frist: frist, now: now) }))
            }
        }
        guard !rader.isEmpty else { return nil }
        return TidligereRapporter(heading: t.text(.rptHeading), rader: rader.sorted { ($0.partnerskap, $1.tildeling) < ($1.partnerskap, $0.tildeling) })
    }
}
