import Domain
import Foundation
import Persistence

/// What the report pages of one round read: its grant letters and every stored report, and for
/// each letter the reports it asks for (`Rapport.rapportorer`), started or not.
struct Rapportgrunnlag: Sendable {
    /// One report a letter asks for.
    struct Forventet: Sendable {
        let brev: Tildelingsbrev
        let organisasjonId: Int64
        let side: Felt.Side
        /// The reporter as lists name it: «Eierne (Bodø kommune, Fauske kommune)» or the partner's name.
        let rapportor: String
        /// The stored report, or a new one from the letter.
        let stored: StoredRapport

        var status: Rapportstatus { stored.id == 0 ? .ikkeStartet : .lagret(stored.rapport.status) }
    }

    let runde: Runde
    let forventet: [Forventet]

    static func load(_ database: AppDatabase, runde: Runde, t: Catalogue) async throws -> Rapportgrunnlag {
        let samling = try await Tildelingsbrevsamling.load(database, runde: runde)
        let stored = try await database.rapporter(rundeAar: runde.aar)
        var forventet: [Forventet] = []
        for brev in samling.brev where !brev.erAvslag && runde.ordninger[brev.ordning]?.rapport != false {
            for (part, side) in Rapport.rapportorer(brev.partnerskap) {
                let saved = stored.first {
                    $0.rapport.ordning == brev.ordning && $0.rapport.partnerskapId == brev.partnerskap.id && $0.rapport.organisasjonId == part.organisasjonId
                }
                let name = side == .eier
                    ? t.format(.rpOwners, ["navn": brev.partnerskap.eiere.map(\.navn).joined(separator: ", ")]) : part.navn
                forventet.append(Forventet(brev: brev, organisasjonId: part.organisasjonId, side: side, rapportor: name,
                                           stored: saved ?? .ny(Rapport.ny(brev, organisasjonId: part.organisasjonId, side: side))))
            }
        }
        return Rapportgrunnlag(runde: runde, forventet: forventet)
    }

    /// The report `rolle` writes on the letter of `ordning` to `partnerskapId`: the owners'
    /// for an owner of the partnership, its own for a partner. Nil when it writes none.
    func forRolle(_ rolle: Rolle, ordning: Ordning, partnerskapId: Int64) -> Forventet? {
        forventet.first { expected in
            expected.brev.ordning == ordning && expected.brev.partnerskap.id == partnerskapId
                && Rapport.rapportor(rolle, i: expected.brev.partnerskap)?.organisasjonId == expected.organisasjonId
        }
    }

    /// The reports `rolle` writes in this round.
    func forRolle(_ rolle: Rolle) -> [Forventet] {
        forventet.filter { forRolle(rolle, ordning: $0.brev.ordning, partnerskapId: $0.brev.partnerskap.id)?.organisasjonId == $0.organisasjonId }
    }
}
