import Foundation

extension Runde {
    /// A round as typed into the Statsforvalter's form. Field names are those of the form:
    /// `aar`, the deadline keys of `Frister.felt`, and `<ordning>_<parameter>` per ordning.
    public struct Utkast: Hashable, Sendable {
        public struct OrdningUtkast: Hashable, Sendable {
            public var med: Bool
            public var budsjett: String
            public var maksTiltak: String
            public var koordinatorMaksAndel: String
            public var koordinatorMinKommuner: String
            public var maksVarighetAar: String
            public var flerarigMaksAndel: String
            public var andelViaBehovsmeldinger: String
            public var egenandel: String

            public init(
                med: Bool = false, budsjett: String = "", maksTiltak: String = "", koordinatorMaksAndel: String = "",
                koordinatorMinKommuner: String = "", maksVarighetAar: String = "", flerarigMaksAndel: String = "",
                andelViaBehovsmeldinger: String = "", egenandel: String = ""
            ) {
                self.med = med
                self.budsjett = budsjett
                self.maksTiltak = maksTiltak
                self.koordinatorMaksAndel = koordinatorMaksAndel
                self.koordinatorMinKommuner = koordinatorMinKommuner
                self.maksVarighetAar = maksVarighetAar
                self.flerarigMaksAndel = flerarigMaksAndel
                self.andelViaBehovsmeldinger = andelViaBehovsmeldinger
                self.egenandel = egenandel
            }

            /// The fields filled in from stored values (budget without the "kr").
            public init(_ value: OrdningIRunde) {
                let p = value.parametre
                self.init(
                    med: true, budsjett: String(value.budsjett.formatted.dropLast(3)), maksTiltak: String(p.maksTiltak),
                    koordinatorMaksAndel: p.koordinatorMaksAndel.inputValue, koordinatorMinKommuner: String(p.koordinatorMinKommuner),
                    maksVarighetAar: String(p.maksVarighetAar), flerarigMaksAndel: p.flerarigMaksAndel.inputValue,
                    andelViaBehovsmeldinger: p.andelViaBehovsmeldinger.inputValue, egenandel: p.egenandel.inputValue
                )
            }
        }

        public var aar: String
        /// ISO dates by `Frister.felt` key.
        public var datoer: [String: String]
        public var ordninger: [Ordning: OrdningUtkast]

        public init(aar: String = "", datoer: [String: String] = [:], ordninger: [Ordning: OrdningUtkast] = [:]) {
            self.aar = aar
            self.datoer = datoer
            self.ordninger = ordninger
        }

        /// The form filled in with a stored round.
        public init(_ runde: Runde) {
            var ordninger: [Ordning: OrdningUtkast] = [:]
            for ordning in Ordning.allCases {
                ordninger[ordning] = runde.ordninger[ordning].map(OrdningUtkast.init) ?? OrdningUtkast(
                    OrdningIRunde(budsjett: .zero, parametre: .retningslinjer2024(for: ordning))
                ).utenMed
            }
            self.init(aar: String(runde.aar), datoer: runde.frister.somFelt, ordninger: ordninger)
        }

        /// Checks every field; returns the round or every problem at once.
        public func valider() -> Result<Runde, Skjemafeil> {
            var feil: [Feltfeil] = []
            let year = Int(aar.trimmingCharacters(in: .whitespaces))
            if year == nil || !(2000...2200).contains(year!) {
                feil.append(Feltfeil("aar", "Skriv inn tildelingsåret med fire siffer, for eksempel 2027."))
            }
            var dates: [String: Dato] = [:]
            for (key, label) in Frister.felt {
                let text = (datoer[key] ?? "").trimmingCharacters(in: .whitespaces)
                if let date = Dato(iso: text) ?? Dato(norsk: text) {
                    dates[key] = date
                } else {
                    feil.append(Feltfeil(key, "Skriv inn datoen for «\(label)» som dd.mm.åååå, for eksempel 15.12.2026."))
                }
            }
            if dates.count == Frister.felt.count {
                for (earlier, later) in Frister.rekkefolge {
                    if dates[later]! < dates[earlier]! {
                        let names = Dictionary(uniqueKeysWithValues: Frister.felt)
                        feil.append(Feltfeil(later, "«\(names[later]!)» kan ikke være før «\(names[earlier]!)»."))
                    }
                }
            }
            var result: [Ordning: OrdningIRunde] = [:]
            for ordning in Ordning.allCases {
                guard let input = ordninger[ordning], input.med else { continue }
                if let value = input.valider(ordning: ordning, feil: &feil) { result[ordning] = value }
            }
            if !Ordning.allCases.contains(where: { ordninger[$0]?.med == true }) {
                feil.append(Feltfeil("ordninger", "Kryss av for minst én ordning som er med i runden."))
            }
            guard feil.isEmpty, let year else { return .failure(Skjemafeil(feil)) }
            let f = { (key: String) in dates[key]! }
            return .success(Runde(
                aar: year,
                frister: Frister(
                    apner: f("apner"), behovsmelding: f("behovsmelding"), nettverk: f("nettverk"), fagutvalg: f("fagutvalg"),
                    tildelingsbrev: f("tildelingsbrev"), rekom30Apner: f("rekom30Apner"), rekom30Frist: f("rekom30Frist"),
                    rekom30FordelesEtter: f("rekom30FordelesEtter"), rapport: f("rapport")
                ),
                ordninger: result
            ))
        }
    }
}

extension Runde.Utkast.OrdningUtkast {
    var utenMed: Self {
        var copy = self
        copy.med = false
        copy.budsjett = ""
        return copy
    }

    /// The form field name of a parameter, e.g. `rekom_budsjett`.
    public static func felt(_ ordning: Ordning, _ parameter: String) -> String { "\(ordning.rawValue)_\(parameter)" }

    func valider(ordning: Ordning, feil: inout [Feltfeil]) -> OrdningIRunde? {
        let before = feil.count
        func name(_ parameter: String) -> String { Self.felt(ordning, parameter) }
        func kroner(_ text: String, _ parameter: String) -> Kroner {
            switch Kroner.parse(text) {
            case .success(let value): return value
            case .failure(let error): feil.append(Feltfeil(name(parameter), "\(ordning.kortnavn): \(error.melding)")); return .zero
            }
        }
        func prosent(_ text: String, _ parameter: String) -> Prosent {
            switch Prosent.parse(text) {
            case .success(let value): return value
            case .failure(let error): feil.append(Feltfeil(name(parameter), "\(ordning.kortnavn): \(error.melding)")); return .zero
            }
        }
        func heltall(_ text: String, _ parameter: String, _ range: ClosedRange<Int>, _ what: String) -> Int {
            if let value = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(value) { return value }
            feil.append(Feltfeil(name(parameter), "\(ordning.kortnavn): \(what) må være et helt tall fra \(range.lowerBound) til \(range.upperBound)."))
            return range.lowerBound
        }
        let value = OrdningIRunde(
            budsjett: kroner(budsjett, "budsjett"),
            parametre: Regelparametre(
                maksTiltak: heltall(maksTiltak, "maksTiltak", 1...20, "Største antall tiltak"),
                koordinatorMaksAndel: prosent(koordinatorMaksAndel, "koordinatorMaksAndel"),
                koordinatorMinKommuner: heltall(koordinatorMinKommuner, "koordinatorMinKommuner", 1...100, "Antall kommuner for koordinator"),
                maksVarighetAar: heltall(maksVarighetAar, "maksVarighetAar", 1...10, "Lengste varighet"),
                flerarigMaksAndel: prosent(flerarigMaksAndel, "flerarigMaksAndel"),
                andelViaBehovsmeldinger: prosent(andelViaBehovsmeldinger, "andelViaBehovsmeldinger"),
                egenandel: prosent(egenandel, "egenandel")
            )
        )
        return feil.count == before ? value : nil
    }
}

extension Runde.Frister {
    /// The deadline fields in cycle order, with their names as the form shows them.
    public static let felt: [(String, String)] = [
        ("apner", "Runden åpner"),
        ("behovsmelding", "Frist for behovsmeldinger"),
        ("nettverk", "Frist for nettverkene"),
        ("fagutvalg", "Frist for fagutvalgene"),
        ("tildelingsbrev", "Vedtak og tildelingsbrev"),
        ("rekom30Apner", "Rekom 30 %-runden åpner"),
        ("rekom30Frist", "Frist for Rekom 30 %-søknader"),
        ("rekom30FordelesEtter", "Rekom 30 % fordeles etter"),
        ("rapport", "Frist for rapport"),
    ]

    /// Pairs that must come in this order (the later may equal the earlier, except the opening).
    static let rekkefolge: [(String, String)] = [
        ("apner", "behovsmelding"), ("behovsmelding", "nettverk"), ("nettverk", "fagutvalg"),
        ("fagutvalg", "tildelingsbrev"), ("tildelingsbrev", "rekom30Apner"), ("rekom30Apner", "rekom30Frist"),
        ("rekom30Frist", "rekom30FordelesEtter"), ("tildelingsbrev", "rapport"),
    ]

    /// ISO dates by field key.
    public var somFelt: [String: String] {
        [
            "apner": apner.iso, "behovsmelding": behovsmelding.iso, "nettverk": nettverk.iso, "fagutvalg": fagutvalg.iso,
            "tildelingsbrev": tildelingsbrev.iso, "rekom30Apner": rekom30Apner.iso, "rekom30Frist": rekom30Frist.iso,
            "rekom30FordelesEtter": rekom30FordelesEtter.iso, "rapport": rapport.iso,
        ]
    }
}

extension Runde {
    /// Why a round's rules can no longer change.
    public static let laastMelding =
        "Reglene i runden kan ikke endres lenger: den første behovsmeldingen er sendt inn. Frister og regler gjelder likt for alle som har sendt."
}
