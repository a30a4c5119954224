import Domain
import Foundation
import GRDB

/// Everything the review pages of one round and ordning read: the delivered behovsmeldinger
/// with their partnerships, which the networks have forwarded, the fagutvalg's agreed
/// assessments and the register facts the innstilling needs. Loaded once per request.
public struct Gjennomgang: Sendable {
    public let runde: Runde
    public let ordning: Ordning
    public let leverte: [StoredBehovsmelding]
    public let partnerskap: [Int64: Partnerskap]
    /// Each partnership's region, by its id (one without is not here): the lists ask it of every
    /// delivered behovsmelding, and a partnership looked up in `partnerskap` is a copy of all of it.
    let regionAv: [Int64: Int64]
    public let regions: [Int64: Region]
    public let organisasjoner: [Int64: Organisasjon]
    public let nettverk: [Kompetansenettverk]
    public let vurderinger: [Int64: StoredVurdering]
    /// The networks that have forwarded, found once rather than for each behovsmelding.
    let videresendtAv: Set<Int64>

    /// Everything, read in one transaction so the pages see one state. With `behovsmeldinger`,
    /// only those of the delivered ones, without their tiltak and signatures (a page about one
    /// of them, which has read it already, asks only who may read it and whether it is
    /// forwarded: what it costs does not grow with the others); the regions and networks are
    /// read whole, the register only for the parties of the partnerships read.
    /// With `bareHoder`, the behovsmeldinger come without their tiltak and signatures and the
    /// register is not read: for a list of who and where and how far (the fagutvalg's work
    /// list), never for `grunnlag` or `iOppfolgingsordningen`.
    /// A review is kept (`AppDatabase.beholdt`) until a table it may be read from changes: the
    /// fagutvalg's members and the Statsforvalter read the same one again and again while it
    /// stands still, and so do those who assess or read one behovsmelding.
    public static func load(_ database: AppDatabase, runde: Runde, ordning: Ordning, behovsmeldinger: [Int64]? = nil,
                            bareHoder: Bool = false) async throws -> Gjennomgang {
        let nokkel = Nokkel(runde: runde, ordning: ordning, bareHoder: bareHoder, behovsmeldinger: behovsmeldinger)
        guard behovsmeldinger == nil else {
            // A few behovsmeldinger (an assessment page's one), kept in the places of what is read
            // for one behovsmelding, take the register's regions and networks as kept between
            // their changes: reading them made a fifth of the review.
            return try await database.beholdt(forBehovsmelding: nokkel) {
                let register = (regions: try await database.regions(), nettverk: try await database.nettverk())
                return try await database.les { db in
                    try load(db, runde: runde, ordning: ordning, behovsmeldinger: behovsmeldinger, bareHoder: bareHoder, register: register)
                }
            }
        }
        // A whole ordning's review, kept, reads all of it in one transaction.
        return try await database.beholdt(nokkel) {
            try await database.les { db in try load(db, runde: runde, ordning: ordning, bareHoder: bareHoder) }
        }
    }

    /// What a review is kept under: a whole ordning's, or that of a few of its behovsmeldinger.
    struct Nokkel: Hashable, Sendable {
        let runde: Runde
        let ordning: Ordning
        let bareHoder: Bool
        let behovsmeldinger: [Int64]?
    }

    /// `register`: the regions and networks, when the caller has them; else they are read here.
    static func load(_ db: Database, runde: Runde, ordning: Ordning, behovsmeldinger: [Int64]? = nil, bareHoder: Bool = false,
                     register: (regions: [Region], nettverk: [Kompetansenettverk])? = nil) throws -> Gjennomgang {
        let leverte = try AppDatabase.loadLeverte(db, rundeAar: runde.aar, ordning: ordning, ids: behovsmeldinger,
                                                  bareHoder: bareHoder || behovsmeldinger != nil)
        let partnerskap = try AppDatabase.loadPartnerskap(leverte.map(\.melding.partnerskapId), db)
        return Gjennomgang(
            runde: runde, ordning: ordning, leverte: leverte,
            partnerskap: partnerskap.mapValues(\.partnerskap),
            regionAv: partnerskap.compactMapValues(\.partnerskap.regionId),
            // By SQL the connection keeps: the query builder wrote and compiled both anew on every
            // assessment page (a twentieth of it).
            regions: Dictionary(uniqueKeysWithValues: try (register?.regions ?? RegionRecord.fetchAll(db, kept: "SELECT * FROM region").map(\.domain)).map { ($0.id, $0) }),
            organisasjoner: bareHoder ? [:] : try parter(of: partnerskap.values.map(\.partnerskap), db),
            nettverk: try register?.nettverk ?? KompetansenettverkRecord.fetchAll(db, kept: "SELECT * FROM kompetansenettverk ORDER BY region_id, type").map { try $0.domain() },
            vurderinger: try AppDatabase.loadGjeldendeVurderinger(db, behovsmeldingIds: leverte.map(\.id)),
            // Which networks have forwarded is all the review asks of their handling; their
            // priorities and joint tiltak are the network pages' to read.
            videresendtAv: Set(try Int64.fetchAll(db, kept: """
                SELECT nb.kompetansenettverk_id FROM nettverk_behandling nb JOIN runde r ON r.id = nb.runde_id
                WHERE r.year = ? AND nb.ordning = ? AND nb.forwarded_at IS NOT NULL
                """, arguments: [runde.aar, ordning.rawValue]))
        )
    }

    /// The organisations that are parties of `partnerskap`, by id: what `grunnlag` and the
    /// oppfølgingsordningen ask of the register (not every organisation of every county).
    static func parter(of partnerskap: [Partnerskap], _ db: Database) throws -> [Int64: Organisasjon] {
        var result: [Int64: Organisasjon] = [:]
        let liste = AppDatabase.iListe(Set(partnerskap.flatMap { $0.parter.map(\.organisasjonId) }))
        for record in try OrganisationRecord.fetchAll(db, kept: "SELECT * FROM organisation WHERE id \(liste.sql)", arguments: liste.argument) {
            let organisasjon = try record.domain()
            result[organisasjon.id] = organisasjon
        }
        return result
    }

    public func regionId(_ melding: Behovsmelding) -> Int64? { regionId(partnerskapId: melding.partnerskapId) }

    /// The region of partnership `partnerskapId`, if it has one.
    public func regionId(partnerskapId: Int64) -> Int64? { regionAv[partnerskapId] }

    /// The scheme as this round defines it.
    public var ordningIRunde: OrdningIRunde? { runde.ordninger[ordning] }

    /// Whether `melding` has been forwarded (`Gjennomgangsregler.erVideresendt`): by its region.
    public func erVideresendt(_ melding: Behovsmelding) -> Bool {
        Gjennomgangsregler.erVideresendt(
            ordning: ordningIRunde, regionId: regionId(melding), nettverk: nettverk, videresendtAv: videresendtAv
        )
    }

    /// What reading `melding` as a reviewer asks of the policy (`Gjennomgangsregler.lesing`).
    public func lesing(_ melding: Behovsmelding) -> Handling {
        Gjennomgangsregler.lesing(melding, ordning: ordningIRunde, regionId: regionId(melding), nettverk: nettverk, videresendt: erVideresendt(melding))
    }

    public var videresendte: [StoredBehovsmelding] {
        let regioner = videresendteRegioner
        return leverte.filter { regioner.contains(regionId($0.melding)) }
    }
    /// Delivered, but not forwarded by their network yet.
    public var ikkeVideresendte: [StoredBehovsmelding] {
        let regioner = videresendteRegioner
        return leverte.filter { !regioner.contains(regionId($0.melding)) }
    }

    /// The behovsmeldinger a fagutvalg of `sektor` assesses: forwarded, of an ordning of the
    /// sector; by their place in `leverte`. Walking `leverte` itself hands out a copy of each,
    /// every text and list in it retained and released: a tenth of the fagutvalg's home, which
    /// reads two numbers of each of the country's.
    public func forFagutvalg(_ sektor: Sektor) -> [Int] {
        let regioner = ordningIRunde?.sektorer.contains(sektor) == true ? videresendteRegioner : []
        return leverte.indices.filter { regioner.contains(regionAv[leverte[$0].melding.partnerskapId]) }
    }

    /// The regions (nil: a partnership without one) of the delivered behovsmeldinger that are
    /// forwarded. Whether one is forwarded depends only on its region (`erVideresendt`), so it is
    /// asked once per region, not for each of a country's behovsmeldinger.
    private var videresendteRegioner: Set<Int64?> {
        Set(Set(leverte.map { regionId($0.melding) }).filter { regionId in
            Gjennomgangsregler.erVideresendt(ordning: ordningIRunde, regionId: regionId, nettverk: nettverk, videresendtAv: videresendtAv)
        })
    }

    /// What the innstilling is built from: every forwarded behovsmelding with its facts.
    public var grunnlag: [Innstillingsgrunnlag] {
        videresendte.compactMap { stored in
            guard let partnerskap = partnerskap[stored.melding.partnerskapId] else { return nil }
            let regionId = partnerskap.regionId ?? 0
            let owners = partnerskap.eiere.compactMap { organisasjoner[$0.organisasjonId] }
            return Innstillingsgrunnlag(
                melding: stored.melding, partnerskap: partnerskap, regionId: regionId, regionNavn: regions[regionId]?.navn ?? "–",
                saerligeUtfordringer: owners.contains(where: \.saerligeUtfordringer), oppfolgingsordningen: iOppfolgingsordningen(partnerskap),
                vurdering: vurderinger[stored.id]?.vurdering
            )
        }
    }

    /// Whether a kommune of the partnership is in the oppfølgingsordningen (R11).
    public func iOppfolgingsordningen(_ partnerskap: Partnerskap) -> Bool {
        Gjennomgangsregler.iOppfolgingsordningen(partnerskap, organisasjoner: organisasjoner)
    }
}
