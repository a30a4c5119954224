import Foundation
import PropertyBased
import Testing
@testable import Domain

/// The Rekom 30 % round: an owner's application as typed and checked, and the Statsforvalter's
/// allocation of the pool (R10, seed 003: 3 265 800 kr of 10 886 000).
@Suite struct Rekom30SoknadTests {
    /// 3 September 2027, 12:00 in Oslo: the application period of the 2027 round.
    static let open = Date(timeIntervalSince1970: 1_819_965_600)
    static let runde = Fixture.runde

    static func line(_ formal: String = "ablu", barnehage: String = "Solsikken barnehage", person: String = "Kari Nordmann",
                     studium: String = "ABLU, Nord universitet", semester: String = "5", semestre: String = "8",
                     dispensasjoner: String = "2", belop: String = "120 000") -> Rekom30Soknad.Utkast.Linje {
        .init(formal: formal, barnehage: barnehage, person: person, studium: studium, semester: semester, semestre: semestre,
              dispensasjoner: dispensasjoner, belop: belop)
    }

    static let empty = Rekom30Soknad(id: 3, organisasjonId: 1, rundeAar: 2027)

    @Test("a typed application becomes lines, numbered, with empty lines dropped; it is complete")
    func typed() throws {
        let form = Rekom30Soknad.Utkast(dispensasjonerKommune: "7", kontaktperson: " Per Hansen ",
                                        linjer: [Self.line(), .init(), Self.line("tilrettelegging", person: "", studium: "", semester: "", semestre: "", belop: "50000")])
        let soknad = try form.anvend(pa: Self.empty).get()
        #expect(soknad.dispensasjonerKommune == 7 && soknad.kontaktperson == "Per Hansen")
        #expect(soknad.linjer.map(\.nummer) == [1, 2])
        #expect(soknad.linjer[0].framdrift == Prosent(basisPoints: 6_250))
        #expect(soknad.linjer[1].formal == .tilrettelegging && soknad.linjer[1].framdrift == Prosent(0))
        #expect(soknad.sum == Kroner(170_000))
        #expect(soknad.validate(runde: Self.runde, now: Self.open).isEmpty)
        #expect(Rekom30Soknad.Utkast(soknad) == Rekom30Soknad.Utkast(dispensasjonerKommune: "7", kontaktperson: "Per Hansen",
                                                                        linjer: [Self.line(belop: "120\u{00A0}000"), Self.line("tilrettelegging", person: "", studium: "", semester: "", semestre: "", dispensasjoner: "2", belop: "50\u{00A0}000")]))
    }

    @Test("what cannot be read is named per field, all at once", arguments: [
        (line(formal: "x"), Feilgrunn.rekom30VelgFormal(nummer: 1)),
        (line(semester: "fem"), .rekom30Tall(.semester(nummer: 1))),
        (line(dispensasjoner: "-1"), .rekom30Tall(.dispensasjonerBarnehage(nummer: 1))),
        (line(belop: "12,5"), .belop(.rekom30(nummer: 1), .desimaler)),
        (line(barnehage: String(repeating: "a", count: 201)), .forLang(.rekom30(nummer: 1, .barnehage), lengde: 201, maks: 200)),
    ] as [(Rekom30Soknad.Utkast.Linje, Feilgrunn)])
    func unreadable(line: Rekom30Soknad.Utkast.Linje, grunn: Feilgrunn) {
        let result = Rekom30Soknad.Utkast(dispensasjonerKommune: "2", kontaktperson: "Per", linjer: [line]).anvend(pa: Self.empty)
        #expect(result.failure?.grunner == [grunn])
    }

    static func line(formal: String) -> Rekom30Soknad.Utkast.Linje { line(formal) }

    @Test("sending needs the period, a contact, a line, and each study named with sensible progress")
    func complete() throws {
        let form = Rekom30Soknad.Utkast(linjer: [Self.line(person: "", semester: "9", semestre: "8", belop: ""), Self.line(barnehage: "", studium: "")])
        let soknad = try form.anvend(pa: Self.empty).get()
        #expect(soknad.validate(runde: Self.runde, now: Self.open).map(\.grunn) == [
            .rekom30ManglerKontaktperson, .rekom30ManglerPerson(nummer: 1), .rekom30Framdrift(nummer: 1), .rekom30IngenBelop(nummer: 1),
            .rekom30ManglerBarnehage(nummer: 2), .rekom30ManglerStudium(nummer: 2),
        ])
        #expect(Self.empty.validate(runde: Self.runde, now: Self.open).map(\.grunn).contains(.rekom30IngenLinjer))
        let before = Date(timeIntervalSince1970: 1_786_000_000) // July 2026
        #expect(Self.empty.validate(runde: Self.runde, now: before).first?.grunn == .rekom30IkkeApnet(Self.runde.frister.rekom30Apner))
        let after = Self.runde.frister.rekom30Frist.endInstant()
        #expect(Self.empty.validate(runde: Self.runde, now: after).first?.grunn == .rekom30FristUte(Self.runde.frister.rekom30Frist))
        #expect(Rekom30Soknad.erApen(Self.runde, now: Self.open) && !Rekom30Soknad.erApen(Self.runde, now: after))
    }

    @Test("at most 20 lines")
    func tooMany() {
        let form = Rekom30Soknad.Utkast(dispensasjonerKommune: "", kontaktperson: "Per", linjer: Array(repeating: Self.line(), count: 21))
        #expect(form.anvend(pa: Self.empty).failure?.grunner == [.rekom30ForMangeLinjer(maks: 20)])
    }

    static func sent(_ id: Int64, org: Int64, kommune: Int, _ lines: [Rekom30Soknad.Linje], day: Int) -> Rekom30Soknad {
        Rekom30Soknad(id: id, organisasjonId: org, rundeAar: 2027, dispensasjonerKommune: kommune, kontaktperson: "K", linjer: lines,
                      status: .sendt, sendt: Self.open.addingTimeInterval(TimeInterval(day * 86_400)))
    }

    static func study(_ nummer: Int, _ formal: Rekom30Kandidat.Formal, _ belop: Int, barnehage: Int = 0, semester: Int = 4) -> Rekom30Soknad.Linje {
        Rekom30Soknad.Linje(nummer: nummer, formal: formal, barnehage: "B", person: "P", studium: "S", semester: semester, semestre: 8,
                            dispensasjonerBarnehage: barnehage, belop: Kroner(belop))
    }

    /// Three owners, oversubscribed: 3 900 000 asked of a 3 265 800 pool.
    static let soknader = [
        sent(1, org: 10, kommune: 3, [study(1, .fagbrev, 900_000), study(2, .ablu, 1_000_000)], day: 1),
        sent(2, org: 11, kommune: 8, [study(1, .ablu, 1_200_000, barnehage: 1), study(2, .assistenter, 400_000)], day: 2),
        sent(3, org: 12, kommune: 0, [study(1, .veiledning, 400_000)], day: 0),
        Rekom30Soknad(id: 4, organisasjonId: 13, rundeAar: 2027, linjer: [study(1, .ablu, 5_000_000)]),
    ]

    @Test("the proposal: R10's order, funded in turn, the first that does not fit partly; drafts are not ranked")
    func proposal() {
        let fordeling = Rekom30Fordeling()
        let pott = fordeling.pott(Self.runde)
        #expect(pott == Kroner(3_265_800))
        let plasser = fordeling.plasser(Self.soknader, pott: pott)
        #expect(plasser.map(\.linjeId) == [201, 102, 101, 202, 301])
        #expect(plasser.map(\.forslag) == [1_200_000, 1_000_000, 900_000, 165_800, 0].map(Kroner.init))
        #expect(plasser.map(\.rang) == [1, 2, 3, 4, 5])
        #expect(fordeling.check(plasser, pott: pott, rest: .zero) { "Org \($0)" }.isEmpty)
    }

    @Test("the Statsforvalter's changes: a reason for each, never above the pool or the request; the addition within what 70 % left")
    func changes() throws {
        let pott = Rekom30Fordeling().pott(Self.runde)
        let plasser = Rekom30Fordeling().plasser(Self.soknader, pott: pott)
        let noReason = try Rekom30Fordeling.anvend(tillegg: .zero, tildelt: [202: "200 000", 301: "0"], begrunnelse: [:], plasser: plasser) { "Org \($0)" }.get()
        #expect(noReason.valg == [202: .init(tildelt: Kroner(200_000))])
        let changed = Rekom30Fordeling(valg: noReason.valg).plasser(Self.soknader, pott: pott)
        #expect(Rekom30Fordeling(valg: noReason.valg).check(changed, pott: pott, rest: .zero) { "Org \($0)" }.map(\.grunn) == [
            .rekom30OverPott(tildelt: Kroner(3_300_000), pott: pott), .rekom30EndringUtenBegrunnelse(nummer: 2, organisasjon: "Org 11"),
        ])
        let over = Rekom30Fordeling(tillegg: Kroner(500_000), valg: [301: .init(tildelt: Kroner(450_000), begrunnelse: "Hele studiet")])
        let overPlaces = over.plasser(Self.soknader, pott: over.pott(Self.runde))
        #expect(over.check(overPlaces, pott: over.pott(Self.runde), rest: Kroner(300_000)) { "Org \($0)" }.map(\.grunn) == [
            .rekom30TilleggOverRest(rest: Kroner(300_000)), .rekom30OverPott(tildelt: Kroner(3_950_000), pott: Kroner(3_765_800)), .rekom30MerEnnSokt(nummer: 1, organisasjon: "Org 12", tildelt: Kroner(450_000), sokt: Kroner(400_000)),
        ])
        #expect(Rekom30Fordeling.anvend(tillegg: .zero, tildelt: [201: "mye"], begrunnelse: [:], plasser: plasser) { "Org \($0)" }.failure?.grunner
            == [.belop(.rekom30Tildelt(nummer: 1, organisasjon: "Org 11"), .ugyldig)])
        #expect(Rekom30Fordeling.tillegg("") == .success(.zero))
    }

    @Test("for every set of applications and pool, the proposal never passes the pool and funds in rank order")
    func proposalProperty() async {
        await propertyCheck(count: 200, input: zip(Gen.int(in: 0...5_000_000).array(of: 1...12), Gen.int(in: 0...8_000_000))) { amounts, pool in
            let lines = amounts.enumerated().map { index, amount in
                Self.sent(Int64(index + 1), org: Int64(index), kommune: index % 4, [Self.study(1, Rekom30Kandidat.Formal.allCases[index % 5], amount)], day: index % 3)
            }
            let plasser = Rekom30Fordeling().plasser(lines, pott: Kroner(pool))
            let total = plasser.map(\.forslag).sum()
            #expect(total <= Kroner(pool))
            #expect(total == min(Kroner(pool), Kroner(amounts.reduce(0, +))))
            // Nobody after a line that is not funded in full gets anything.
            if let partial = plasser.firstIndex(where: { $0.forslag < $0.linje.belop }) {
                #expect(plasser[(partial + 1)...].allSatisfy { $0.forslag == .zero })
            }
        }
    }

    @Test("the allocation opens after the round's «fordeles etter» date")
    func opens() {
        let day = Self.runde.frister.rekom30FordelesEtter
        #expect(!Rekom30Fordeling.kanFordeles(Self.runde, now: day.startInstant().addingTimeInterval(3_600)))
        #expect(Rekom30Fordeling.kanFordeles(Self.runde, now: day.endInstant()))
    }
}

@Suite struct Rekom30BrevTests {
    @Test("a letter per owner: its lines by number, granted and not, the total; an owner with nothing gets a refusal")
    func letters() throws {
        let pott = Kroner(3_265_800)
        let plasser = Rekom30Fordeling().plasser(Rekom30SoknadTests.soknader, pott: pott)
        let dato = Dato(year: 2027, month: 10, day: 20)!
        let brev = Rekom30Brev.brev(plasser, aar: 2027, vedtaksdato: dato)
        #expect(brev.map(\.organisasjonId) == [10, 11, 12], "drafts get no letter")
        #expect(brev[0].linjer.map(\.linje.nummer) == [1, 2] && brev[0].total == Kroner(1_900_000))
        #expect(brev[1].tildelt.map(\.tildelt) == [Kroner(1_200_000), Kroner(165_800)], "the last funded line in part")
        #expect(brev[2].erAvslag && brev[2].ikkeTildelt.count == 1)
        #expect(brev.map(\.total).sum() == pott)
    }
}
