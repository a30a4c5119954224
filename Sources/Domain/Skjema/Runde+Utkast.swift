import Foundation

extension Runde {
    /// A round as typed into the Statsforvalter's form. Field names are those of the form:
    /// `aar`, the deadline keys of `Frister.felt`, and `<ordning>_<parameter>` per ordning.
    public struct Utkast: Hashable, Sendable {
        /// One scheme's section of the form: what the scheme is, and its budget and rules.
        public struct OrdningUtkast: Hashable, Sendable {
            public var med: Bool
            public var kode: String
            public var navn: String
            public var kortnavn: String
            /// Raw values of the chosen sectors, target groups, network kinds and partner kinds.
            public var sektorer: [String]
            public var malgrupper: [String]
            public var nettverk: [String]
            public var partnertyper: [String]
            public var rapport: Bool
            public var budsjett: String
            public var maksTiltak: String
            public var koordinatorMaksAndel: String
            public var koordinatorMinKommuner: String
            public var maksVarighetAar: String
            public var flerarigMaksAndel: String
            public var andelViaBehovsmeldinger: String
            public var egenandel: String

            public init(
                med: Bool = false, kode: String = "", navn: String = "", kortnavn: String = "", sektorer: [String] = [],
                malgrupper: [String] = [], nettverk: [String] = [], partnertyper: [String] = [], rapport: Bool = false,
                budsjett: String = "", maksTiltak: String = "", koordinatorMaksAndel: String = "",
                koordinatorMinKommuner: String = "", maksVarighetAar: String = "", flerarigMaksAndel: String = "",
                andelViaBehovsmeldinger: String = "", egenandel: String = ""
            ) {
                self.med = med
                self.kode = kode
                self.navn = navn
                self.kortnavn = kortnavn
                self.sektorer = sektorer
                self.malgrupper = malgrupper
                self.nettverk = nettverk
                self.partnertyper = partnertyper
                self.rapport = rapport
                self.budsjett = budsjett
                self.maksTiltak = maksTiltak
                self.koordinatorMaksAndel = koordinatorMaksAndel
                self.koordinatorMinKommuner = koordinatorMinKommuner
                self.maksVarighetAar = maksVarighetAar
                self.flerarigMaksAndel = flerarigMaksAndel
                self.andelViaBehovsmeldinger = andelViaBehovsmeldinger
                self.egenandel = egenandel
            }

            /// The fields filled in from a stored scheme (budget without the "kr").
            public init(_ ordning: Ordning, _ value: OrdningIRunde) {
                let p = value.parametre
                self.init(
                    med: true, kode: ordning.kode, navn: value.navn, kortnavn: value.kortnavn,
                    sektorer: value.sektorer.map(\.rawValue), malgrupper: value.malgrupper.map(\.rawValue),
                    nettverk: value.nettverk.map(\.rawValue), partnertyper: value.partnertyper.map(\.rawValue), rapport: value.rapport,
                    budsjett: String(value.budsjett.formatted.dropLast(3)), maksTiltak: String(p.maksTiltak),
                    koordinatorMaksAndel: p.koordinatorMaksAndel.inputValue, koordinatorMinKommuner: String(p.koordinatorMinKommuner),
                    maksVarighetAar: String(p.maksVarighetAar), flerarigMaksAndel: p.flerarigMaksAndel.inputValue,
                    andelViaBehovsmeldinger: p.andelViaBehovsmeldinger.inputValue, egenandel: p.egenandel.inputValue
                )
            }

            /// An empty section where the Statsforvalter may add a scheme of their own.
            public static let ny = OrdningUtkast(rapport: true)
        }

        /// The most schemes the form has room for.
        public static let maksOrdninger = 8

        public var aar: String
        /// ISO dates by `Frister.felt` key.
        public var datoer: [String: String]
        /// The form's scheme sections in order; a section not ticked `med` is not part of the round.
        public var ordninger: [OrdningUtkast]

        public init(aar: String = "", datoer: [String: String] = [:], ordninger: [OrdningUtkast] = []) {
            self.aar = aar
            self.datoer = datoer
            self.ordninger = ordninger
        }

        /// The form filled in with a round, and an empty section to add a scheme.
        public init(_ runde: Runde) {
            var sections = runde.ordningerSortert.map { OrdningUtkast($0.0, $0.1) }
            if sections.count < Self.maksOrdninger { sections.append(.ny) }
            self.init(aar: String(runde.aar), datoer: runde.frister.somFelt, ordninger: sections)
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
            var rekkefolge = 0
            for (index, input) in ordninger.enumerated() where input.med {
                rekkefolge += 1
                guard let (ordning, value) = input.valider(nummer: index + 1, rekkefolge: rekkefolge, feil: &feil) else { continue }
                if result[ordning] != nil {
                    feil.append(Feltfeil(.rundeparameter(index + 1, .kode), .ordningKodeBrukt(ordning.kode)))
                }
                result[ordning] = value
            }
            if !ordninger.contains(where: \.med) {
                feil.append(Feltfeil(Felt("ordninger"), .rundeUtenOrdning))
            }
            guard feil.isEmpty, let year else { return .failure(Skjemafeil(feil)) }
            let f = { (kode: Arshjul.Stegkode) in dates[kode]! }
            return .success(Runde(
                aar: year,
                frister: Frister(
                    apner: f(.apner), behovsmelding: f(.behovsmelding), nettverk: f(.nettverk), fagutvalg: f(.fagutvalg),
                    tildelingsbrev: f(.tildelingsbrev), rekom30Apner: f(.rekom30Apner), rekom30Frist: f(.rekom30Frist),
                    rekom30FordelesEtter: f(.rekom30FordelesEtter), halvaarsrapport: f(.halvaarsrapport), rapport: f(.rapport)
                ),
                ordninger: result
            ))
        }
    }
}

extension Runde {
    /// Before the lock a scheme may be renamed or removed, but not one that behovsmeldinger of
    /// the round are written for (`iBruk`): their drafts would lose their scheme.
    public func ordningIBrukFeil(iBruk: Set<Ordning>) -> Feltfeil? {
        iBruk.subtracting(ordninger.keys).sorted().first.map { Feltfeil(Felt("ordninger"), .ordningIBruk($0.kode)) }
    }

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
    /// The typed value of a text parameter's field.
    public subscript(parameter: Rundeparameter) -> String {
        switch parameter {
        case .med: med ? "on" : ""
        case .rapport: rapport ? "on" : ""
        case .kode: kode
        case .navn: navn
        case .kortnavn: kortnavn
        case .sektorer: sektorer.joined(separator: ",")
        case .malgrupper: malgrupper.joined(separator: ",")
        case .nettverk: nettverk.joined(separator: ",")
        case .partnertyper: partnertyper.joined(separator: ",")
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

    /// Checks section `nummer` (1-based, as the form names its fields).
    func valider(nummer: Int, rekkefolge: Int, feil: inout [Feltfeil]) -> (Ordning, OrdningIRunde)? {
        let before = feil.count
        func name(_ parameter: Rundeparameter) -> Felt { .rundeparameter(nummer, parameter) }
        let shortName = kortnavn.trimmingCharacters(in: .whitespacesAndNewlines)
        let label = shortName.isEmpty ? kode.trimmingCharacters(in: .whitespaces) : shortName
        let ordning = Ordning(kode: kode.trimmingCharacters(in: .whitespaces).lowercased())
        if ordning == nil { feil.append(Feltfeil(name(.kode), .ordningKode)) }
        let fullName = navn.trimmingCharacters(in: .whitespacesAndNewlines)
        for (text, parameter, maks) in [(fullName, Rundeparameter.navn, 200), (shortName, .kortnavn, 40)] {
            if text.isEmpty { feil.append(Feltfeil(name(parameter), .ordningNavnMangler)) }
            else if text.count > maks { feil.append(Feltfeil(name(parameter), .navnForLangt(maks: maks))) }
        }
        func choices<T: RawRepresentable>(_ typed: [String], _ parameter: Rundeparameter, _ valg: Ordningsvalg) -> [T] where T.RawValue == String {
            var seen = Set<String>()
            let chosen = typed.filter { seen.insert($0).inserted }.compactMap(T.init(rawValue:))
            if chosen.isEmpty { feil.append(Feltfeil(name(parameter), .ordningUtenValg(valg))) }
            return chosen
        }
        let sektorer: [Sektor] = choices(self.sektorer, .sektorer, .sektorer)
        let malgrupper: [Malgruppe] = choices(self.malgrupper, .malgrupper, .malgrupper)
        let nettverk: [Nettverkstype] = choices(self.nettverk, .nettverk, .nettverk)
        let partnertyper: [Organisasjonstype] = choices(self.partnertyper.filter { Organisasjonstype(rawValue: $0)?.erKunnskapspartner == true },
                                                        .partnertyper, .partnertyper)
        func kroner(_ text: String, _ parameter: Rundeparameter) -> Kroner {
            switch Kroner.parse(text) {
            case .success(let value): return value
            case .failure(let error): feil.append(Feltfeil(name(parameter), .belop(.budsjett(label), error))); return .zero
            }
        }
        func prosent(_ text: String, _ parameter: Rundeparameter) -> Prosent {
            switch Prosent.parse(text) {
            case .success(let value): return value
            case .failure(let error): feil.append(Feltfeil(name(parameter), .prosent(label, error))); return .zero
            }
        }
        func heltall(_ text: String, _ parameter: Rundeparameter, _ range: ClosedRange<Int>) -> Int {
            if let value = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(value) { return value }
            feil.append(Feltfeil(name(parameter), .heltall(label, parameter, range)))
            return range.lowerBound
        }
        let value = OrdningIRunde(
            navn: fullName, kortnavn: shortName, sektorer: sektorer, malgrupper: malgrupper, nettverk: nettverk,
            partnertyper: partnertyper, rapport: rapport, rekkefolge: rekkefolge,
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
        guard feil.count == before, let ordning else { return nil }
        return (ordning, value)
    }
}

extension Runde.Frister {
    /// The deadline fields in cycle order; the form names each by its step code.
    public static let felt: [Arshjul.Stegkode] = Arshjul.Stegkode.allCases

    /// Pairs that must come in this order (the later may equal the earlier).
    static let rekkefolge: [(Arshjul.Stegkode, Arshjul.Stegkode)] = [
        (.apner, .behovsmelding), (.behovsmelding, .nettverk), (.nettverk, .fagutvalg),
        (.fagutvalg, .tildelingsbrev), (.tildelingsbrev, .rekom30Apner), (.rekom30Apner, .rekom30Frist),
        (.rekom30Frist, .rekom30FordelesEtter), (.tildelingsbrev, .halvaarsrapport), (.halvaarsrapport, .rapport),
    ]

    /// ISO dates by field key.
    public var somFelt: [String: String] {
        [
            "apner": apner.iso, "behovsmelding": behovsmelding.iso, "nettverk": nettverk.iso, "fagutvalg": fagutvalg.iso,
            "tildelingsbrev": tildelingsbrev.iso, "rekom30Apner": rekom30Apner.iso, "rekom30Frist": rekom30Frist.iso,
            "rekom30FordelesEtter": rekom30FordelesEtter.iso, "halvaarsrapport": halvaarsrapport.iso,
            "rapport": rapport.iso,
        ]
    }
}
