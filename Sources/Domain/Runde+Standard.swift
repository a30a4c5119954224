extension Runde {
    /// The allocation year a new round should be for, seen from `today`: the first year
    /// whose behovsmelding deadline (15 December the year before) has not passed, so that a
    /// round made in November 2026 is for 2027 and one made on 16 December 2026 is for 2028.
    public static func nesteTildelingsaar(fra today: Dato) -> Int {
        let deadlineThisYear = Dato(year: today.year, month: 12, day: 15)!
        return today <= deadlineThisYear ? today.year + 1 : today.year + 2
    }

    /// The dates of seeds 003 and 004 moved to allocation year `aar`.
    public static func standardFrister(aar: Int) -> Frister {
        func d(_ year: Int, _ month: Int, _ day: Int) -> Dato { Dato(year: year, month: month, day: day)! }
        return Frister(
            apner: d(aar - 1, 9, 1),
            behovsmelding: d(aar - 1, 12, 15),
            nettverk: d(aar, 1, 15),
            fagutvalg: d(aar, 2, 14),
            tildelingsbrev: d(aar, 4, 1),
            rekom30Apner: d(aar, 8, 15),
            rekom30Frist: d(aar, 9, 20),
            rekom30FordelesEtter: d(aar, 10, 15),
            halvaarsrapport: d(aar, 12, 1),
            rapport: d(aar + 1, 6, 15)
        )
    }

    /// A round for `aar` with those of the 2021 guidelines' schemes that `budsjett` names, and their budgets.
    public static func standard(aar: Int, budsjett: [Ordning: Kroner]) -> Runde {
        var runde = Mal.retningslinjer2021.runde(aar: aar, budsjett: budsjett)
        runde.ordninger = runde.ordninger.filter { budsjett[$0.key] != nil }
        return runde
    }
}

extension Ordning {
    /// The codes of the 2021 guidelines' schemes; rounds made from that template use them, so
    /// URLs and exports keep working from one round to the next.
    public static let rekom = Ordning(rawValue: "rekom")
    public static let dekom = Ordning(rawValue: "dekom")
    public static let kompetanseloftet = Ordning(rawValue: "kompetanseloftet")
    /// The code of the 2026 forskrift's scheme for barnehage and grunnskole.
    public static let kollektiv = Ordning(rawValue: "kollektiv")
}

extension Runde {
    /// What a new round starts from: the schemes and rule parameters of a set of rules. The
    /// Statsforvalter may change every field before the round is saved (or start from the
    /// round before instead).
    public enum Mal: String, CaseIterable, Hashable, Sendable {
        /// «Retningslinjer for tilskuddsordningene» (seeds 003 and 004): Rekom, Dekom and
        /// Kompetanseløftet, with Rekom's 70/30 split and Dekom's egenandel.
        case retningslinjer2021
        /// «Forskrift om tilskudd til kollektiv kompetanseutvikling» from 1 January 2026: one
        /// scheme for barnehage and grunnskole (with SFO, PP-tjenesten and kulturskole) whose
        /// partner may be a UH, a fagskole or a nasjonalt senter under a UH. The percentages
        /// were not published; the template keeps the 2021 figures for the rules that remain.
        case forskrift2026

        /// The template's schemes, with a budget of zero.
        public var ordninger: [Ordning: OrdningIRunde] {
            func grunnregler(via: Prosent = .hundred, egenandel: Prosent = .zero) -> Regelparametre {
                var rules = Regelparametre.retningslinjer2021
                rules.andelViaBehovsmeldinger = via
                rules.egenandel = egenandel
                return rules
            }
            switch self {
            case .retningslinjer2021:
                return [
                    .rekom: OrdningIRunde(
                        navn: "Regional ordning for kompetanseutvikling i barnehage", kortnavn: "Rekom",
                        sektorer: [.barnehage], malgrupper: [.barnehage], nettverk: [.barnehage], partnertyper: [.uh],
                        rekkefolge: 1, budsjett: .zero, parametre: grunnregler(via: Prosent(70))
                    ),
                    .dekom: OrdningIRunde(
                        navn: "Desentralisert ordning for kompetanseutvikling i skolen", kortnavn: "Dekom",
                        sektorer: [.grunnskole, .videregaende], malgrupper: [.grunnskole, .videregaende], nettverk: [.skole],
                        partnertyper: [.uh], rekkefolge: 2, budsjett: .zero, parametre: grunnregler(egenandel: Prosent(30))
                    ),
                    .kompetanseloftet: OrdningIRunde(
                        navn: "Kompetanseløftet for spesialpedagogikk og inkluderende praksis", kortnavn: "Kompetanseløftet",
                        sektorer: [.barnehage, .grunnskole, .videregaende], malgrupper: [.barnehage, .grunnskole, .ppt, .videregaende],
                        nettverk: [.barnehage, .skole], partnertyper: [.uh], rekkefolge: 3, budsjett: .zero, parametre: grunnregler()
                    ),
                ]
            case .forskrift2026:
                return [
                    .kollektiv: OrdningIRunde(
                        navn: "Tilskuddsordning for kollektiv kompetanseutvikling i barnehage og grunnskole",
                        kortnavn: "Kollektiv kompetanseutvikling", sektorer: [.barnehage, .grunnskole],
                        malgrupper: [.barnehage, .grunnskole, .sfo, .ppt, .kulturskole], nettverk: [.barnehage, .skole],
                        partnertyper: [.uh, .fagskole, .nasjonaltSenter], rekkefolge: 1, budsjett: .zero, parametre: grunnregler()
                    ),
                ]
            }
        }

        /// The template's scheme codes in its order.
        public var koder: [Ordning] {
            ordninger.sorted { $0.value.rekkefolge < $1.value.rekkefolge }.map(\.key)
        }

        /// A round for `aar` with this template's schemes, the standard dates and the given budgets.
        public func runde(aar: Int, budsjett: [Ordning: Kroner] = [:]) -> Runde {
            var ordninger: [Ordning: OrdningIRunde] = [:]
            for (ordning, value) in self.ordninger {
                ordninger[ordning] = value.med(budsjett: budsjett[ordning] ?? .zero)
            }
            return Runde(aar: aar, frister: standardFrister(aar: aar), ordninger: ordninger)
        }
    }

    /// A new round for `aar` made from this one: the same schemes, rules and budgets, with the
    /// standard dates of the new year.
    public func somMal(for aar: Int) -> Runde {
        Runde(aar: aar, frister: Self.standardFrister(aar: aar), ordninger: ordninger)
    }
}

extension Regelparametre {
    /// The rules the 2021 guidelines give every scheme (seeds 003 and 004): five tiltak, a
    /// coordinator share of 30 % with at least two kommuner, three years, half the funds for
    /// multi-year tiltak, everything through behovsmeldinger, no egenandel.
    public static let retningslinjer2021 = Regelparametre(
        maksTiltak: 5, koordinatorMaksAndel: Prosent(30), koordinatorMinKommuner: 2, maksVarighetAar: 3,
        flerarigMaksAndel: Prosent(50), andelViaBehovsmeldinger: .hundred, egenandel: .zero
    )
}
