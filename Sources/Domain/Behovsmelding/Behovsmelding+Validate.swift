import Foundation

extension Behovsmelding {
    /// The step the behovsmelding is about to take; some rules only block the later one.
    public enum Steg: Sendable {
        /// The owner sends it to the UH for the teacher-education text and co-signing.
        case tilUH
        /// It is delivered to the kompetansenettverk (R8, R9: "sent").
        case levering
    }

    /// Every rule of `docs/domain.md` that a behovsmelding can break, with the round's parameters.
    ///
    /// - Parameters:
    ///   - partnerskap: the partnership that writes it (R6 kommuner, R8 agreement).
    ///   - runde: the round; the ordning's parameters and the deadline come from here.
    ///   - andre: the other behovsmeldinger stored for the same round (R2).
    ///   - steg: the step being checked; a draft is checked as if it were about to be delivered.
    ///   - now: the current instant (R9), passed in, never read here.
    public func validate(
        partnerskap: Partnerskap, runde: Runde, andre: [Behovsmelding] = [], steg: Steg = .levering, now: Date
    ) -> [Violation] {
        var result: [Violation] = []
        guard let ordningIRunde = runde.ordninger[ordning] else {
            return [Violation(.r2, felt: .ordning, .ordningIkkeIRunden(ordning, aar: runde.aar))]
        }
        let p = ordningIRunde.parametre

        // R2: one per partnership, ordning and round.
        if andre.contains(where: { $0.id != id && $0.partnerskapId == partnerskapId && $0.ordning == ordning && $0.rundeAar == rundeAar }) {
            result.append(Violation(.r2, felt: .ordning, .finnesAllerede(ordningIRunde.kortnavn, aar: rundeAar)))
        }

        // R8: the partnership's knowledge partner is of a kind the scheme accepts (a UH, or
        // under the 2026 forskrift also a fagskole or a nasjonalt senter). A party whose kind
        // is not known is not judged.
        let kinds = partnerskap.uh.compactMap(\.type)
        if kinds.count == partnerskap.uh.count, !kinds.contains(where: ordningIRunde.tillaterPartner) {
            result.append(Violation(.r8, felt: .avtaleSignaturer, .partnerIkkeTillatt(ordningIRunde.kortnavn, tillatt: ordningIRunde.partnertyper)))
        }

        // R1: each criterion answered.
        for kriterium in Kriterium.allCases where (kriterier[kriterium] ?? "").isBlank {
            result.append(Violation(.r1, felt: .kriterium(kriterium), .kriteriumIkkeBesvart(kriterium)))
        }
        if steg == .levering, uhLaererutdanning.isBlank {
            result.append(Violation(.r1, felt: .uhLaererutdanning, .uhTekstMangler))
        }

        // R3: between one and the round's maximum number of tiltak.
        if tiltak.isEmpty {
            result.append(Violation(.r3, felt: .tiltakListe, .ingenTiltak))
        } else if tiltak.count > p.maksTiltak {
            result.append(Violation(.r3, felt: .tiltakListe, .forMangeTiltak(antall: tiltak.count, maks: p.maksTiltak)))
        }

        for item in tiltak {
            result += item.violations(parametre: p, kommuner: partnerskap.kommuner.count)
        }

        // R8: the agreement is complete and signed by every party.
        let alvorR8: Violation.Alvor = steg == .levering ? .feil : .advarsel
        let avtale = partnerskap.avtale
        for del in Avtaledel.allCases where avtale[del].isBlank {
            result.append(Violation(.r8, felt: .avtale(del), .avtaleMangler(del), alvor: alvorR8))
        }
        if !partnerskap.mangler.isEmpty {
            result.append(Violation(.r8, felt: .avtaleSignaturer, .avtaleIkkeSignert(av: partnerskap.mangler.map(\.navn)), alvor: alvorR8))
        }

        // R9: the deadline.
        if !frist(runde).erApen(now: now) {
            result.append(Violation(.r9, felt: .frist, .fristUte(frist(runde))))
        }
        return result
    }
}

extension Tiltak {
    /// Where an amount problem is shown: the owner's amount of that year.
    func belopsfelt(aar: Int) -> Felt { .tiltaksbelop(nummer, aar: aar, .eier) }

    /// How messages name this tiltak.
    public var navn: Tiltaknavn { Tiltaknavn(nummer: nummer, tittel: tittel) }

    /// R4–R7 for one tiltak.
    func violations(parametre p: Regelparametre, kommuner: Int) -> [Violation] {
        var result: [Violation] = []
        func add(_ regel: Regel, _ felt: Felt, _ grunn: Feilgrunn) {
            result.append(Violation(regel, felt: felt, grunn))
        }
        let omtale = navn

        // R4: what each phase needs.
        if tittel.isBlank { add(.r4, .tiltak(nummer, .tittel), .tiltakManglerTittel(nummer: nummer)) }
        if let fase {
            if fase.kreverKonkretBeskrivelse, hvaSkalGjores.isBlank {
                add(.r4, .tiltak(nummer, .hvaSkalGjores), .tiltakManglerBeskrivelse(omtale, fase))
            }
        } else {
            add(.r4, .tiltak(nummer, .fase), .tiltakManglerFase(omtale))
        }
        if hvemGjorHva.isBlank {
            add(.r4, .tiltak(nummer, .hvemGjorHva), .tiltakManglerHvemGjorHva(omtale))
        }

        // R7: duration and one amount per year.
        if varighetAar < 1 || varighetAar > p.maksVarighetAar {
            add(.r7, .tiltak(nummer, .varighetAar), .tiltakVarighet(omtale, maks: p.maksVarighetAar))
        } else if aarsbelop.count != varighetAar {
            add(.r7, belopsfelt(aar: 1), .tiltakBelopForAntallAar(omtale, varighet: varighetAar, aar: aarsbelop.count))
        } else if varighetAar > 1 {
            for (index, year) in aarsbelop.enumerated() where year.sum == .zero {
                add(.r7, belopsfelt(aar: index + 1), .tiltakManglerBelopForAar(omtale, aar: index + 1))
            }
        }

        // R5: amounts.
        if aarsbelop.contains(where: { $0.eier < .zero || $0.uh < .zero }) {
            add(.r5, belopsfelt(aar: 1), .tiltakNegativtBelop(omtale))
        } else if totalt.sum <= .zero {
            add(.r5, belopsfelt(aar: 1), .tiltakIngenKostnad(omtale))
        }

        // R6: coordinator.
        if koordinator < .zero {
            add(.r6, .tiltak(nummer, .koordinator), .koordinatorNegativ(omtale))
        } else if koordinator > .zero {
            if kommuner < p.koordinatorMinKommuner {
                add(.r6, .tiltak(nummer, .koordinator), .koordinatorForFaKommuner(omtale, minst: p.koordinatorMinKommuner))
            }
            let cap = koordinatorGrunnlag.percent(p.koordinatorMaksAndel)
            if koordinator > cap {
                add(.r6, .tiltak(nummer, .koordinator), .koordinatorOverTak(omtale, andel: p.koordinatorMaksAndel, tak: cap))
            }
            if koordinator > totalt.eier {
                add(.r6, .tiltak(nummer, .koordinator), .koordinatorOverEiersDel(omtale, eiersDel: totalt.eier))
            }
            if koordinatorBegrunnelse.isBlank {
                add(.r6, .tiltak(nummer, .koordinatorBegrunnelse), .koordinatorUtenBegrunnelse(omtale))
            }
        }
        return result
    }
}

extension Dato {
    /// R9: a deadline on this date is open until the end of the day in Europe/Oslo.
    public func erApen(now: Date, timeZone: TimeZone = .oslo) -> Bool {
        now < endInstant(timeZone: timeZone)
    }
}
