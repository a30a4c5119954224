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
            rapport: d(aar + 1, 6, 15)
        )
    }

    /// A round for `aar` with the 2024 guidelines and the given budgets.
    public static func standard(aar: Int, budsjett: [Ordning: Kroner]) -> Runde {
        var ordninger: [Ordning: OrdningIRunde] = [:]
        for (ordning, amount) in budsjett {
            ordninger[ordning] = OrdningIRunde(budsjett: amount, parametre: .retningslinjer2024(for: ordning))
        }
        return Runde(aar: aar, frister: standardFrister(aar: aar), ordninger: ordninger)
    }
}
