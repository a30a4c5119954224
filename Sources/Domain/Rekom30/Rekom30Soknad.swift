import Foundation

/// An owner's application to the Rekom 30 % round (R10, seed 003): the dispensasjoner from the
/// education requirement in its kommune, and one line per person or measure it asks for. Only
/// what the ranking needs is asked; only the Statsforvalter sees the names.
public struct Rekom30Soknad: Hashable, Sendable {
    public enum Status: String, Sendable, Codable {
        case utkast
        case sendt
    }

    /// A person's study, or a sum for local measures.
    public struct Linje: Hashable, Sendable, Codable {
        public var nummer: Int
        public var formal: Rekom30Kandidat.Formal
        public var barnehage: String
        /// The person's name (a study); empty for tilrettelegging.
        public var person: String
        public var studium: String
        /// Semesters done and semesters in all: how far the person has come.
        public var semester: Int
        public var semestre: Int
        public var dispensasjonerBarnehage: Int
        public var belop: Kroner

        public init(
            nummer: Int, formal: Rekom30Kandidat.Formal, barnehage: String, person: String = "", studium: String = "",
            semester: Int = 0, semestre: Int = 0, dispensasjonerBarnehage: Int = 0, belop: Kroner
        ) {
            self.nummer = nummer
            self.formal = formal
            self.barnehage = barnehage
            self.person = person
            self.studium = studium
            self.semester = semester
            self.semestre = semestre
            self.dispensasjonerBarnehage = dispensasjonerBarnehage
            self.belop = belop
        }

        /// Share of the study done (0 for a measure).
        public var framdrift: Prosent {
            guard formal.erStudium, semestre > 0 else { return Prosent(0) }
            return Prosent(basisPoints: semester * 10_000 / semestre)
        }
    }

    /// At most this many lines in one application.
    public static let maksLinjer = 20

    public var id: Int64
    public var organisasjonId: Int64
    public var rundeAar: Int
    public var dispensasjonerKommune: Int
    public var kontaktperson: String
    public var linjer: [Linje]
    public var status: Status
    public var sendt: Date?

    public init(
        id: Int64, organisasjonId: Int64, rundeAar: Int, dispensasjonerKommune: Int = 0, kontaktperson: String = "",
        linjer: [Linje] = [], status: Status = .utkast, sendt: Date? = nil
    ) {
        self.id = id
        self.organisasjonId = organisasjonId
        self.rundeAar = rundeAar
        self.dispensasjonerKommune = dispensasjonerKommune
        self.kontaktperson = kontaktperson
        self.linjer = linjer
        self.status = status
        self.sendt = sendt
    }

    public var sum: Kroner { linjer.map(\.belop).sum() }

    /// The key of line `nummer` of application `soknad`, unique in the round.
    public static func linjeId(soknad: Int64, nummer: Int) -> Int64 { soknad * 100 + Int64(nummer) }

    /// The lines as the ranking sees them (R10): a sent application only.
    public var kandidater: [Rekom30Kandidat] {
        guard status == .sendt, let sendt else { return [] }
        return linjer.map { linje in
            Rekom30Kandidat(id: Self.linjeId(soknad: id, nummer: linje.nummer), formal: linje.formal, dispensasjonerKommune: dispensasjonerKommune,
                            dispensasjonerBarnehage: linje.dispensasjonerBarnehage, framdrift: linje.framdrift, innsendt: sendt, belop: linje.belop)
        }
    }

    /// Applications are open from the round's opening day to its deadline (Europe/Oslo).
    public static func erApen(_ runde: Runde, now: Date) -> Bool {
        now >= runde.frister.rekom30Apner.startInstant() && runde.frister.rekom30Frist.erApen(now: now)
    }

    /// What stops sending (or, for a draft, saving) now: the period, at least one line, and
    /// each line complete.
    public func validate(runde: Runde, now: Date) -> [Feltfeil] {
        var feil: [Feltfeil] = []
        let frister = runde.frister
        if now < frister.rekom30Apner.startInstant() {
            feil.append(Feltfeil(.status, .rekom30IkkeApnet(frister.rekom30Apner)))
        } else if !frister.rekom30Frist.erApen(now: now) {
            feil.append(Feltfeil(.status, .rekom30FristUte(frister.rekom30Frist)))
        }
        if kontaktperson.isBlank { feil.append(Feltfeil(Felt("kontaktperson"), .rekom30ManglerKontaktperson)) }
        if linjer.isEmpty { feil.append(Feltfeil(.rekom30Linjer, .rekom30IngenLinjer)) }
        for linje in linjer {
            let nr = linje.nummer
            if linje.barnehage.isBlank { feil.append(Feltfeil(.rekom30(nr, .barnehage), .rekom30ManglerBarnehage(nummer: nr))) }
            if linje.formal.erStudium {
                if linje.person.isBlank { feil.append(Feltfeil(.rekom30(nr, .person), .rekom30ManglerPerson(nummer: nr))) }
                if linje.studium.isBlank { feil.append(Feltfeil(.rekom30(nr, .studium), .rekom30ManglerStudium(nummer: nr))) }
                if linje.semestre < 1 || linje.semester > linje.semestre {
                    feil.append(Feltfeil(.rekom30(nr, .semester), .rekom30Framdrift(nummer: nr)))
                }
            }
            if linje.belop <= .zero { feil.append(Feltfeil(.rekom30(nr, .belop), .rekom30IngenBelop(nummer: nr))) }
        }
        return feil
    }
}

extension Rekom30Soknad {
    /// The application form as typed: `dispensasjonerKommune`, `kontaktperson`, and per line
    /// `linje[n].formal`, `.barnehage`, `.person`, `.studium`, `.semester`, `.semestre`,
    /// `.dispensasjoner`, `.belop`.
    public struct Utkast: Hashable, Sendable {
        public struct Linje: Hashable, Sendable {
            public var formal = ""
            public var barnehage = ""
            public var person = ""
            public var studium = ""
            public var semester = ""
            public var semestre = ""
            public var dispensasjoner = ""
            public var belop = ""

            public init(formal: String = "", barnehage: String = "", person: String = "", studium: String = "", semester: String = "",
                        semestre: String = "", dispensasjoner: String = "", belop: String = "") {
                self.formal = formal
                self.barnehage = barnehage
                self.person = person
                self.studium = studium
                self.semester = semester
                self.semestre = semestre
                self.dispensasjoner = dispensasjoner
                self.belop = belop
            }
        }

        public var dispensasjonerKommune: String
        public var kontaktperson: String
        public var linjer: [Linje]

        public init(dispensasjonerKommune: String = "", kontaktperson: String = "", linjer: [Linje] = []) {
            self.dispensasjonerKommune = dispensasjonerKommune
            self.kontaktperson = kontaktperson
            self.linjer = linjer
        }

        /// The form filled in from a saved application.
        public init(_ soknad: Rekom30Soknad) {
            func number(_ value: Int) -> String { value == 0 ? "" : String(value) }
            self.init(
                dispensasjonerKommune: soknad.id == 0 ? "" : String(soknad.dispensasjonerKommune), kontaktperson: soknad.kontaktperson,
                linjer: soknad.linjer.map { linje in
                    Linje(formal: linje.formal.kode, barnehage: linje.barnehage, person: linje.person, studium: linje.studium,
                          semester: number(linje.semester), semestre: number(linje.semestre), dispensasjoner: String(linje.dispensasjonerBarnehage),
                          belop: linje.belop.formattedNumber)
                }
            )
        }

        /// `soknad` with what was typed, or every problem at once: numbers, lengths, choices.
        /// Empty lines are dropped; the rest are numbered from 1.
        public func anvend(pa soknad: Rekom30Soknad) -> Result<Rekom30Soknad, Skjemafeil> {
            var feil: [Feltfeil] = []
            func count(_ text: String, _ felt: Felt, _ navn: Tallnavn) -> Int {
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { return 0 }
                guard let value = Int(trimmed), (0...10_000).contains(value) else {
                    feil.append(Feltfeil(felt, .rekom30Tall(navn)))
                    return 0
                }
                return value
            }
            func text(_ value: String, _ felt: Felt, _ navn: Tekstnavn) -> String {
                let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
                if let tooLong = Tekstgrense.kort.sjekk(trimmed, felt: felt, navn: navn) { feil.append(tooLong) }
                return trimmed
            }
            var result = soknad
            result.dispensasjonerKommune = count(dispensasjonerKommune, Felt("dispensasjonerKommune"), .dispensasjonerKommune)
            result.kontaktperson = text(kontaktperson, Felt("kontaktperson"), .kontaktperson)
            let typed = linjer.filter { $0 != Linje() }
            if typed.count > Rekom30Soknad.maksLinjer {
                feil.append(Feltfeil(.rekom30Linjer, .rekom30ForMangeLinjer(maks: Rekom30Soknad.maksLinjer)))
            }
            result.linjer = typed.prefix(Rekom30Soknad.maksLinjer).enumerated().map { index, line in
                let nr = index + 1
                let formal = Rekom30Kandidat.Formal(kode: line.formal)
                if formal == nil { feil.append(Feltfeil(.rekom30(nr, .formal), .rekom30VelgFormal(nummer: nr))) }
                var amount = Kroner.zero
                if !line.belop.isBlank {
                    switch Kroner.parse(line.belop) {
                    case .success(let value): amount = value
                    case .failure(let problem): feil.append(Feltfeil(.rekom30(nr, .belop), .belop(.rekom30(nummer: nr), problem)))
                    }
                }
                return Rekom30Soknad.Linje(
                    nummer: nr, formal: formal ?? .tilrettelegging,
                    barnehage: text(line.barnehage, .rekom30(nr, .barnehage), .rekom30(nummer: nr, .barnehage)),
                    person: text(line.person, .rekom30(nr, .person), .rekom30(nummer: nr, .person)),
                    studium: text(line.studium, .rekom30(nr, .studium), .rekom30(nummer: nr, .studium)),
                    semester: count(line.semester, .rekom30(nr, .semester), .semester(nummer: nr)),
                    semestre: count(line.semestre, .rekom30(nr, .semestre), .semestre(nummer: nr)),
                    dispensasjonerBarnehage: count(line.dispensasjoner, .rekom30(nr, .dispensasjoner), .dispensasjonerBarnehage(nummer: nr)),
                    belop: amount
                )
            }
            return feil.isEmpty ? .success(result) : .failure(Skjemafeil(feil))
        }
    }
}

extension Rekom30Kandidat.Formal {
    /// The form's value for the purpose.
    public var kode: String {
        switch self {
        case .ablu: "ablu"
        case .fagbrev: "fagbrev"
        case .assistenter: "assistenter"
        case .veiledning: "veiledning"
        case .tilrettelegging: "tilrettelegging"
        }
    }

    public init?(kode: String) {
        guard let found = Self.allCases.first(where: { $0.kode == kode }) else { return nil }
        self = found
    }
}
