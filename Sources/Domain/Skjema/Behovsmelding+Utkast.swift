/// The behovsmelding form as typed. Field names are those Domain's violations use
/// (`kriterier.forankring`, `tiltak[2].hvemGjorHva`, `tiltak[2].aarsbelop[1].eier` …), so a
/// message from `validate` lands next to the field it is about.
extension Behovsmelding {
    public struct Utkast: Hashable, Sendable {
        public var kriterier: [Kriterium: String]
        public var enheter: String
        public var kontaktperson: String
        public var tiltak: [Tiltak.Utkast]

        public init(kriterier: [Kriterium: String] = [:], enheter: String = "", kontaktperson: String = "", tiltak: [Tiltak.Utkast] = []) {
            self.kriterier = kriterier
            self.enheter = enheter
            self.kontaktperson = kontaktperson
            self.tiltak = tiltak
        }

        /// The form filled in from a stored behovsmelding, with `aar` rows of amounts per tiltak.
        public init(_ melding: Behovsmelding, aar: Int) {
            self.init(
                kriterier: melding.kriterier, enheter: melding.enheter, kontaktperson: melding.kontaktperson,
                tiltak: melding.tiltak.map { Tiltak.Utkast($0, aar: aar) }
            )
        }

        /// R3: one more tiltak may be added while fewer than the ordning's maximum are there.
        public static func kanLeggeTilTiltak(antall: Int, maks: Int) -> Bool { antall < maks }

        /// R3 as the form meets it: adds an empty tiltak, or says why not.
        public mutating func leggTilTiltak(maks: Int, ordning: String) -> Feltfeil? {
            guard Self.kanLeggeTilTiltak(antall: tiltak.count, maks: maks) else { return Self.forMangeTiltak(maks: maks, ordning: ordning) }
            tiltak.append(Tiltak.Utkast())
            return nil
        }

        /// R3 as the form meets it: a form with more tiltak than allowed is not saved.
        public func tiltakgrense(maks: Int, ordning: String) -> Feltfeil? {
            tiltak.count > maks ? Self.forMangeTiltak(maks: maks, ordning: ordning) : nil
        }

        static func forMangeTiltak(maks: Int, ordning: String) -> Feltfeil {
            Feltfeil(.tiltakListe, .tiltakgrense(ordning, maks: maks))
        }

        /// Every format problem (amounts, lengths, choices) at once, or the behovsmelding with the
        /// typed values in place. Rule violations (R1–R9) do not stop a draft from being saved.
        /// `planmal` are the goals of the competence plans a tiltak may serve (`Tiltak.planmal`).
        public func anvend(pa melding: Behovsmelding, maksAar: Int, planmal: Set<String> = []) -> Result<Behovsmelding, Skjemafeil> {
            var feil: [Feltfeil] = []
            for kriterium in Kriterium.allCases {
                if let tooLong = Tekstgrense.lang.sjekk(kriterier[kriterium] ?? "", felt: .kriterium(kriterium), navn: .kriteriesvar(kriterium)) {
                    feil.append(tooLong)
                }
            }
            feil += [
                Tekstgrense.middels.sjekk(enheter, felt: Felt("enheter"), navn: .enheter),
                Tekstgrense.kort.sjekk(kontaktperson, felt: Felt("kontaktperson"), navn: .kontaktperson),
            ].compactMap { $0 }
            var tiltak: [Tiltak] = []
            for (index, item) in self.tiltak.enumerated() {
                switch item.valider(nummer: index + 1, maksAar: maksAar, planmal: planmal.union(melding.tiltak.map(\.planmal))) {
                case .success(let value): tiltak.append(value)
                case .failure(let failure): feil += failure.felter
                }
            }
            guard feil.isEmpty else { return .failure(Skjemafeil(feil)) }
            var result = melding
            result.kriterier = kriterier.mapValues(\.trimmed).filter { !$0.value.isEmpty }
            result.enheter = enheter.trimmed
            result.kontaktperson = kontaktperson.trimmed
            result.tiltak = tiltak
            return .success(result)
        }
    }
}

extension Tiltak {
    /// One tiltak as typed: amounts as text, one row per possible year.
    public struct Utkast: Hashable, Sendable {
        public struct Aar: Hashable, Sendable {
            public var eier: String
            public var uh: String

            public init(eier: String = "", uh: String = "") {
                self.eier = eier
                self.uh = uh
            }
        }

        public var tittel: String
        public var fase: String
        public var hvaSkalGjores: String
        public var hvemGjorHva: String
        public var deltakere: String
        public var varighetAar: String
        public var aarsbelop: [Aar]
        public var koordinator: String
        public var koordinatorBegrunnelse: String
        public var planmal: String

        public init(
            tittel: String = "", fase: String = "", hvaSkalGjores: String = "", hvemGjorHva: String = "", deltakere: String = "",
            varighetAar: String = "1", aarsbelop: [Aar] = [], koordinator: String = "", koordinatorBegrunnelse: String = "", planmal: String = ""
        ) {
            self.tittel = tittel
            self.fase = fase
            self.hvaSkalGjores = hvaSkalGjores
            self.hvemGjorHva = hvemGjorHva
            self.deltakere = deltakere
            self.varighetAar = varighetAar
            self.aarsbelop = aarsbelop
            self.koordinator = koordinator
            self.koordinatorBegrunnelse = koordinatorBegrunnelse
            self.planmal = planmal
        }

        /// A stored tiltak as the form shows it: zero amounts blank, at least `aar` year rows.
        public init(_ tiltak: Tiltak, aar: Int) {
            func text(_ amount: Kroner) -> String { amount == .zero ? "" : amount.formattedNumber }
            var rows = tiltak.aarsbelop.map { Aar(eier: text($0.eier), uh: text($0.uh)) }
            while rows.count < aar { rows.append(Aar()) }
            self.init(
                tittel: tiltak.tittel, fase: tiltak.fase?.rawValue ?? "", hvaSkalGjores: tiltak.hvaSkalGjores,
                hvemGjorHva: tiltak.hvemGjorHva, deltakere: tiltak.deltakere, varighetAar: String(tiltak.varighetAar),
                aarsbelop: rows, koordinator: text(tiltak.koordinator), koordinatorBegrunnelse: tiltak.koordinatorBegrunnelse,
                planmal: tiltak.planmal
            )
        }

        /// Parses amounts and choices and checks lengths. Empty amounts count as 0 kr. The
        /// tiltak keeps as many years as its duration, or more when later years have amounts
        /// (R7 then says so), so nothing typed is dropped. A goal of the competence plan must be
        /// one of `planmal` (the goals offered, and those already chosen).
        public func valider(nummer: Int, maksAar: Int, planmal tillatte: Set<String> = []) -> Result<Tiltak, Skjemafeil> {
            var feil: [Feltfeil] = []
            let omtale = Tiltaknavn(nummer: nummer, tittel: tittel)
            func f(_ del: Felt.Tiltaksdel) -> Felt { .tiltak(nummer, del) }
            feil += [
                Tekstgrense.kort.sjekk(tittel, felt: f(.tittel), navn: .tiltakTittel(nummer: nummer)),
                Tekstgrense.lang.sjekk(hvaSkalGjores, felt: f(.hvaSkalGjores), navn: .tiltakBeskrivelse(omtale)),
                Tekstgrense.lang.sjekk(hvemGjorHva, felt: f(.hvemGjorHva), navn: .tiltakHvemGjorHva(omtale)),
                Tekstgrense.middels.sjekk(deltakere, felt: f(.deltakere), navn: .tiltakDeltakere(omtale)),
                Tekstgrense.middels.sjekk(koordinatorBegrunnelse, felt: f(.koordinatorBegrunnelse), navn: .koordinatorBegrunnelse(omtale)),
            ].compactMap { $0 }

            let phase: Fase?
            if fase.isBlank {
                phase = nil
            } else if let known = Fase(rawValue: fase) {
                phase = known
            } else {
                phase = nil
                feil.append(Feltfeil(f(.fase), .tiltakUkjentFase(omtale)))
            }
            let varighet = Int(varighetAar.trimmed) ?? 0
            if !(1...maksAar).contains(varighet) {
                feil.append(Feltfeil(f(.varighetAar), .tiltakVelgVarighet(omtale, maks: maksAar)))
            }
            func amount(_ text: String, _ field: Felt, _ navn: Belopsnavn) -> Kroner {
                if text.isBlank { return .zero }
                switch Kroner.parse(text) {
                case .success(let value): return value
                case .failure(let problem):
                    feil.append(Feltfeil(field, .belop(navn, problem)))
                    return .zero
                }
            }
            var years: [Belop] = []
            for (index, row) in aarsbelop.enumerated() {
                let year = index + 1
                years.append(Belop(
                    eier: amount(row.eier, .tiltaksbelop(nummer, aar: year, .eier), .tiltak(omtale, aar: year, .eier)),
                    uh: amount(row.uh, .tiltaksbelop(nummer, aar: year, .uh), .tiltak(omtale, aar: year, .uh))
                ))
            }
            let lastWithAmount = years.lastIndex { $0.sum != .zero }.map { $0 + 1 } ?? 0
            let kept = Swift.max(varighet, lastWithAmount)
            while years.count < kept { years.append(.zero) }
            years = Array(years.prefix(kept))
            let coordinator = amount(koordinator, f(.koordinator), .koordinator(omtale))
            let goal = planmal.trimmed
            if !goal.isEmpty, !tillatte.contains(goal) {
                feil.append(Feltfeil(f(.planmal), .tiltakUkjentPlanmal(omtale)))
            }
            guard feil.isEmpty else { return .failure(Skjemafeil(feil)) }
            return .success(Tiltak(
                nummer: nummer, tittel: tittel.trimmed, fase: phase, hvaSkalGjores: hvaSkalGjores.trimmed, hvemGjorHva: hvemGjorHva.trimmed,
                deltakere: deltakere.trimmed, varighetAar: varighet, aarsbelop: years, koordinator: coordinator,
                koordinatorBegrunnelse: koordinatorBegrunnelse.trimmed, planmal: goal
            ))
        }
    }
}
