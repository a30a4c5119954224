import Domain
import Foundation
import Persistence

/// What the Rekom 30 % pages of a round read: the applications, the allocation and the owners'
/// names. Read once per request and kept between requests (`load`), shared by the
/// Statsforvalter's page, the forum's (and its exports), the letters and the owners' homes.
struct Rekom30Grunnlag: Sendable {
    let runde: Runde
    let soknader: [StoredRekom30Soknad]
    let stored: StoredRekom30Fordeling
    let navn: [Int64: String]
    /// The stored allocation's lines, ranked once.
    let plasser: [Rekom30Fordeling.Plass]

    init(runde: Runde, soknader: [StoredRekom30Soknad], stored: StoredRekom30Fordeling, navn: [Int64: String]) {
        self.runde = runde
        self.soknader = soknader
        self.stored = stored
        self.navn = navn
        plasser = stored.fordeling.plasser(soknader.map(\.soknad), pott: stored.fordeling.pott(runde))
    }

    /// Nil when no scheme of the round keeps a share back for a later round (`Runde.senereRunde`).
    /// A whole round's is read by every owner's home (its letter) and the letter pages, so it
    /// is kept until the data changes (`AppDatabase.beholdt`): an owner's home does not read
    /// every application in the country.
    static func load(_ database: AppDatabase, runde: Runde) async throws -> Rekom30Grunnlag? {
        guard runde.senereRunde != nil else { return nil }
        return try await database.beholdt(Nokkel(runde: runde)) {
            let soknader = try await database.rekom30Soknader(rundeAar: runde.aar)
            return Rekom30Grunnlag(runde: runde, soknader: soknader, stored: try await database.rekom30Fordeling(rundeAar: runde.aar),
                                   navn: try await database.organisasjonsnavn(Set(soknader.map(\.soknad.organisasjonId))))
        }
    }

    /// What a round's is kept under.
    private struct Nokkel: Hashable, Sendable {
        let runde: Runde
    }

    /// What the round's vedtatt Rekom innstilling left of the 70 % part (0 before the vedtak):
    /// the most the Statsforvalter may add to the pool. Only the allocation page needs it.
    func rest(_ database: AppDatabase) async throws -> Kroner {
        guard let (ordning, iRunde) = runde.senereRunde,
              let vedtatt = try await database.innstillinger(rundeAar: runde.aar, status: [.vedtatt])[ordning] else {
            return .zero
        }
        let tidligere = try await database.forpliktelser(ordning: ordning, fraAar: runde.aar)
        return Swift.max(.zero, vedtatt.innstilling.check(vedtatt.innstilling.midler(iRunde, tidligere: tidligere)).igjen)
    }

    func plasser(_ fordeling: Rekom30Fordeling) -> [Rekom30Fordeling.Plass] {
        fordeling.plasser(soknader.map(\.soknad), pott: fordeling.pott(runde))
    }

    func eier(_ id: Int64) -> String { navn[id] ?? "–" }

    /// «5 av 8 semestre» for a study; empty for a measure.
    static func framdrift(_ linje: Rekom30Soknad.Linje, t: Catalogue) -> String {
        linje.formal.erStudium ? t.format(.r30ProgressOf, ["semester": String(linje.semester), "semestre": String(linje.semestre)]) : ""
    }

    /// The owners' letters, once the allocation is vedtatt.
    var brev: [Rekom30Brev] {
        guard stored.status == .vedtatt, let dato = stored.vedtaksdato else { return [] }
        return Rekom30Brev.brev(plasser, aar: runde.aar, vedtaksdato: dato)
    }

    var filnavn: String { "rekom30-\(runde.aar)" }

    /// The allocation as the forum and the exports show it: rank, owner, purpose, barnehage,
    /// requested, proposed, allocated and the reason, the total last. No person's name.
    func tabell(_ t: Catalogue) -> Tabell {
        let lines = plasser
        let columns = [t.text(.r30fColRank), t.text(.r30fColOwner), t.text(.r30Purpose), t.text(.r30Barnehage), t.text(.r30fColRequested),
                       t.text(.r30fColProposal), t.text(.r30fColGivenShort), t.text(.r30fColReasonShort)]
        var rows = lines.map { plass in
            Tabell.Rad(celler: [.tekst(String(plass.rang)), .tekst(eier(plass.soknad.organisasjonId)), .tekst(t.navn(plass.linje.formal)),
                                .tekst(plass.linje.barnehage), .kroner(plass.linje.belop), .kroner(plass.forslag), .kroner(plass.tildelt),
                                .tekst(plass.begrunnelse)])
        }
        rows.append(Tabell.Rad(celler: [.tekst(t.text(.foTotal)), .tekst(""), .tekst(""), .tekst(""), .kroner(lines.map(\.linje.belop).sum()),
                                        .kroner(lines.map(\.forslag).sum()), .kroner(lines.map(\.tildelt).sum()), .tekst("")], sum: true))
        return Tabell(tittel: t.format(.r30fTableTitle, senereRunde: runde, ["aar": String(runde.aar)]), filnavn: filnavn, kolonner: columns, rader: rows)
    }

    /// Requested and allocated per purpose, for the forum's chart.
    func perFormal(_ t: Catalogue) -> [(navn: String, verdier: [Kroner?])] {
        let lines = plasser
        return Rekom30Kandidat.Formal.allCases.compactMap { formal in
            let own = lines.filter { $0.linje.formal == formal }
            guard !own.isEmpty else { return nil }
            return (t.text(.kortnavn(formal)), [own.map(\.linje.belop).sum(), own.map(\.tildelt).sum()])
        }
    }
}
