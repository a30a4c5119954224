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
                feil.append(Feltfeil(Felt("aar"), .rundeAar))
            }
            var dates: [Arshjul.Stegkode: Dato] = [:]
            for kode in Frister.felt {
                let text = (datoer[kode.rawValue] ?? "").trimmingCharacters(in: .whitespaces)
                if let date = Dato(iso: text) ?? Dato(norsk: text) {
                    dates[kode] = date
                } else {
                    feil.append(Feltfeil(Felt(kode.rawValue), .rundeDato(kode)))
                }
            }
            if dates.count == Frister.felt.count {
                for (earlier, later) in Frister.rekkefolge where dates[later]! < dates[earlier]! {
                    feil.append(Feltfeil(Felt(later.rawValue), .rundeRekkefolge(senere: later, tidligere: earlier)))
                }
            }
            var result: [Ordning: OrdningIRunde] = [:]
            for ordning in Ordning.allCases {
                guard let input = ordninger[ordning], input.med else { continue }
                if let value = input.valider(ordning: ordning, feil: &feil) { result[ordning] = value }
            }
            if !Ordning.allCases.contains(where: { ordninger[$0]?.med == true }) {
                feil.append(Feltfeil(Felt("ordninger"), .rundeUtenOrdning))
            }
            guard feil.isEmpty, let year else { return .failure(Skjemafeil(feil)) }
            let f = { (kode: Arshjul.Stegkode) in dates[kode]! }
            return .success(Runde(
                aar: year,
                frister: Frister(
                    apner: f(.apner), behovsmelding: f(.behovsmelding), nettverk: f(.nettverk), fagutvalg: f(.fagutvalg),
                    tildelingsbrev: f(.tildelingsbrev), rekom30Apner: f(.rekom30Apner), rekom30Frist: f(.rekom30Frist),
                    rekom30FordelesEtter: f(.rekom30FordelesEtter), rapport: f(.rapport)
                ),
                ordninger: result
            ))
        }
    }
}

extension Runde {
    /// After the lock (the first delivery) the rule parameters stay as they were; a date is not
    /// a rule. The deadlines may move, checked as in the form, but the deadline for
    /// behovsmeldinger only later: moving it earlier would shut out those who planned for it.
    public func medNyeFrister(_ utkast: Utkast) -> Result<Runde, Skjemafeil> {
        var typed = Utkast(self)
        typed.datoer = utkast.datoer
        switch typed.valider() {
        case .failure(let failure):
            return .failure(failure)
        case .success(let moved):
            if moved.frister.behovsmelding < frister.behovsmelding {
                return .failure(Skjemafeil(Felt(Arshjul.Stegkode.behovsmelding.rawValue), .fristKanBareFlyttesSenere(frister.behovsmelding)))
            }
            var result = self
            result.frister = moved.frister
            return .success(result)
        }
    }
}

extension Runde.Utkast.OrdningUtkast {
    /// The typed value of a parameter's field (`med` is a checkbox, not text).
    public subscript(parameter: Rundeparameter) -> String {
        switch parameter {
        case .med: med ? "on" : ""
        case .budsjett: budsjett
        case .maksTiltak: maksTiltak
        case .koordinatorMaksAndel: koordinatorMaksAndel
        case .koordinatorMinKommuner: koordinatorMinKommuner
        case .maksVarighetAar: maksVarighetAar
        case .flerarigMaksAndel: flerarigMaksAndel
        case .andelViaBehovsmeldinger: andelViaBehovsmeldinger
        case .egenandel: egenandel
        }
    }

    var utenMed: Self {
        var copy = self
        copy.med = false
        copy.budsjett = ""
        return copy
    }

    func valider(ordning: Ordning, feil: inout [Feltfeil]) -> OrdningIRunde? {
        let before = feil.count
        func name(_ parameter: Rundeparameter) -> Felt { .rundeparameter(ordning, parameter) }
        func kroner(_ text: String, _ parameter: Rundeparameter) -> Kroner {
            switch Kroner.parse(text) {
            case .success(let value): return value
            case .failure(let error): feil.append(Feltfeil(name(parameter), .belop(.budsjett(ordning), error))); return .zero
            }
        }
        func prosent(_ text: String, _ parameter: Rundeparameter) -> Prosent {
            switch Prosent.parse(text) {
            case .success(let value): return value
            case .failure(let error): feil.append(Feltfeil(name(parameter), .prosent(ordning, error))); return .zero
            }
        }
        func heltall(_ text: String, _ parameter: Rundeparameter, _ range: ClosedRange<Int>) -> Int {
            if let value = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(value) { return value }
            feil.append(Feltfeil(name(parameter), .heltall(ordning, parameter, range)))
            return range.lowerBound
        }
        let value = OrdningIRunde(
            budsjett: kroner(budsjett, .budsjett),
            parametre: Regelparametre(
                maksTiltak: heltall(maksTiltak, .maksTiltak, 1...20),
                koordinatorMaksAndel: prosent(koordinatorMaksAndel, .koordinatorMaksAndel),
                koordinatorMinKommuner: heltall(koordinatorMinKommuner, .koordinatorMinKommuner, 1...100),
                maksVarighetAar: heltall(maksVarighetAar, .maksVarighetAar, 1...10),
                flerarigMaksAndel: prosent(flerarigMaksAndel, .flerarigMaksAndel),
                andelViaBehovsmeldinger: prosent(andelViaBehovsmeldinger, .andelViaBehovsmeldinger),
                egenandel: prosent(egenandel, .egenandel)
            )
        )
        return feil.count == before ? value : nil
    }
}

extension Runde.Frister {
    /// The deadline fields in cycle order; the form names each by its step code.
    public static let felt: [Arshjul.Stegkode] = Arshjul.Stegkode.allCases

    /// Pairs that must come in this order (the later may equal the earlier).
    static let rekkefolge: [(Arshjul.Stegkode, Arshjul.Stegkode)] = [
        (.apner, .behovsmelding), (.behovsmelding, .nettverk), (.nettverk, .fagutvalg),
        (.fagutvalg, .tildelingsbrev), (.tildelingsbrev, .rekom30Apner), (.rekom30Apner, .rekom30Frist),
        (.rekom30Frist, .rekom30FordelesEtter), (.tildelingsbrev, .rapport),
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
