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
            return [Violation(.r2, felt: "ordning", "\(ordning.kortnavn) er ikke med i tildelingsrunden \(runde.aar). Velg en annen ordning.")]
        }
        let p = ordningIRunde.parametre

        // R2: one per partnership, ordning and round.
        if andre.contains(where: { $0.id != id && $0.partnerskapId == partnerskapId && $0.ordning == ordning && $0.rundeAar == rundeAar }) {
            result.append(Violation(.r2, felt: "ordning",
                "Partnerskapet har allerede en behovsmelding for \(ordning.kortnavn) i \(rundeAar). Skriv videre i den i stedet for å lage en ny."))
        }

        // R1: each criterion answered.
        for kriterium in Kriterium.allCases where (kriterier[kriterium] ?? "").isBlank {
            result.append(Violation(.r1, felt: "kriterier.\(kriterium.rawValue)",
                "Kriteriet «\(kriterium.navn)» er ikke besvart. Beskriv: \(kriterium.sporsmal)"))
        }
        if steg == .levering, uhLaererutdanning.isBlank {
            result.append(Violation(.r1, felt: "uhLaererutdanning",
                "UH har ikke beskrevet hvordan samarbeidet styrker lærerutdanningen. UH fyller ut dette før behovsmeldingen leveres."))
        }

        // R3: between one and the round's maximum number of tiltak.
        if tiltak.isEmpty {
            result.append(Violation(.r3, felt: "tiltak", "Behovsmeldingen har ingen tiltak. Legg til minst ett tiltak."))
        } else if tiltak.count > p.maksTiltak {
            result.append(Violation(.r3, felt: "tiltak",
                "Behovsmeldingen har \(tiltak.count) tiltak, men høyst \(p.maksTiltak) er tillatt. Slå sammen eller fjern \(tiltak.count - p.maksTiltak)."))
        }

        for item in tiltak {
            result += item.violations(parametre: p, kommuner: partnerskap.kommuner.count)
        }

        // R8: the agreement is complete and signed by every party.
        let alvorR8: Violation.Alvor = steg == .levering ? .feil : .advarsel
        let avtale = partnerskap.avtale
        for (field, label, text) in [("hvem", "hvem som gjør hva", avtale.hvem), ("hva", "hva partnerskapet handler om", avtale.hva), ("naar", "når ting skjer", avtale.naar)]
        where text.isBlank {
            result.append(Violation(.r8, felt: "avtale.\(field)",
                "Partnerskapsavtalen sier ikke \(label). Fyll ut avtalen før behovsmeldingen sendes.", alvor: alvorR8))
        }
        if !partnerskap.mangler.isEmpty {
            let names = partnerskap.mangler.map(\.navn).joined(separator: ", ")
            result.append(Violation(.r8, felt: "avtale.signaturer",
                "Partnerskapsavtalen er ikke signert av \(names). Alle eiere og UH må signere før behovsmeldingen sendes.", alvor: alvorR8))
        }

        // R9: the deadline.
        if !runde.frister.behovsmelding.erApen(now: now) {
            result.append(Violation(.r9, felt: "frist",
                "Fristen for behovsmeldinger var \(runde.frister.behovsmelding.formatted). Behovsmeldingen kan ikke sendes etter fristen; kontakt Statsforvalteren."))
        }
        return result
    }
}

extension Tiltak {
    /// Where an amount problem is shown: the owner's amount of that year, as the form names it
    /// (below `tiltak[N].`), so the page needs to take no field name apart.
    static func belopsfelt(aar: Int) -> String { "aarsbelop[\(aar)].eier" }

    /// R4–R7 for one tiltak.
    func violations(parametre p: Regelparametre, kommuner: Int) -> [Violation] {
        var result: [Violation] = []
        let felt = "tiltak[\(nummer)]"
        func add(_ regel: Regel, _ field: String, _ text: String) {
            result.append(Violation(regel, felt: "\(felt).\(field)", text))
        }

        // R4: what each phase needs.
        if tittel.isBlank { add(.r4, "tittel", "Tiltak \(nummer) mangler tittel. Gi tiltaket et kort navn.") }
        if let fase {
            if fase.kreverKonkretBeskrivelse, hvaSkalGjores.isBlank {
                add(.r4, "hvaSkalGjores", "\(omtale) mangler en konkret beskrivelse av hva som skal gjøres. Det kreves i fasen «\(fase.navn)».")
            }
        } else {
            add(.r4, "fase", "\(omtale) mangler fase. Velg én av de tre fasene.")
        }
        if hvemGjorHva.isBlank {
            add(.r4, "hvemGjorHva", "\(omtale) mangler beskrivelse av hvem som gjør hva. Skriv hva eier og UH gjør hver for seg.")
        }

        // R7: duration and one amount per year.
        if varighetAar < 1 || varighetAar > p.maksVarighetAar {
            add(.r7, "varighetAar", "\(omtale) kan vare fra 1 til \(p.maksVarighetAar) år. Velg en varighet innenfor dette.")
        } else if aarsbelop.count != varighetAar {
            add(.r7, Self.belopsfelt(aar: 1), "\(omtale) varer i \(varighetAar) år, men har beløp for \(aarsbelop.count). Fyll inn beløp for hvert år.")
        } else if varighetAar > 1 {
            for (index, year) in aarsbelop.enumerated() where year.sum == .zero {
                add(.r7, Self.belopsfelt(aar: index + 1), "\(omtale) har ikke beløp for år \(index + 1). Fyll inn beløp for eier og/eller UH, eller kort ned varigheten.")
            }
        }

        // R5: amounts.
        if aarsbelop.contains(where: { $0.eier < .zero || $0.uh < .zero }) {
            add(.r5, Self.belopsfelt(aar: 1), "\(omtale) har et negativt beløp. Beløp må være 0 kr eller mer.")
        } else if totalt.sum <= .zero {
            add(.r5, Self.belopsfelt(aar: 1), "\(omtale) har ingen kostnad. Fyll inn hva tiltaket koster for eier og for UH.")
        }

        // R6: coordinator.
        if koordinator < .zero {
            add(.r6, "koordinator", "\(omtale): koordinatorbeløpet kan ikke være negativt.")
        } else if koordinator > .zero {
            if kommuner < p.koordinatorMinKommuner {
                add(.r6, "koordinator",
                    "\(omtale) kan ikke bruke midler til koordinator: det krever at minst \(p.koordinatorMinKommuner) kommuner er med i partnerskapet. Sett koordinatorbeløpet til 0.")
            }
            let cap = koordinatorGrunnlag.percent(p.koordinatorMaksAndel)
            if koordinator > cap {
                add(.r6, "koordinator",
                    "\(omtale): koordinator kan få høyst \(p.koordinatorMaksAndel.formatted) av tiltakets samlede beløp, det vil si \(cap.formatted). Reduser koordinatorbeløpet.")
            }
            if koordinator > totalt.eier {
                add(.r6, "koordinator", "\(omtale): koordinatoren betales av eiers del, som er \(totalt.eier.formatted). Reduser koordinatorbeløpet eller øk eiers del.")
            }
            if koordinatorBegrunnelse.isBlank {
                add(.r6, "koordinatorBegrunnelse", "\(omtale) bruker midler til koordinator uten begrunnelse. Forklar hvorfor tiltaket trenger koordinator.")
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
