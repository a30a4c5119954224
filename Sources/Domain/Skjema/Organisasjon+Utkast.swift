import Foundation

extension Organisasjon {
    /// An organisation as typed into the Statsforvalter's form: raw text, checked by `valider`.
    public struct Utkast: Hashable, Sendable {
        public var navn: String
        public var type: String
        public var orgnr: String
        public var kommunenummer: String
        public var regionId: String
        public var saerligeUtfordringer: Bool
        public var oppfolgingsordningen: Bool

        public init(
            navn: String = "", type: String = "", orgnr: String = "", kommunenummer: String = "", regionId: String = "",
            saerligeUtfordringer: Bool = false, oppfolgingsordningen: Bool = false
        ) {
            self.navn = navn
            self.type = type
            self.orgnr = orgnr
            self.kommunenummer = kommunenummer
            self.regionId = regionId
            self.saerligeUtfordringer = saerligeUtfordringer
            self.oppfolgingsordningen = oppfolgingsordningen
        }

        /// The form filled in with a stored organisation.
        public init(_ org: Organisasjon) {
            self.init(
                navn: org.navn, type: org.type.rawValue, orgnr: org.orgnr.formatted,
                kommunenummer: org.kommunenummer?.digits ?? "", regionId: org.regionId.map(String.init) ?? "",
                saerligeUtfordringer: org.saerligeUtfordringer, oppfolgingsordningen: org.oppfolgingsordningen
            )
        }

        /// Checks every field and returns the organisation, or every problem at once.
        /// `regioner` are the ids of existing regions.
        public func valider(id: Int64, erDemo: Bool, regioner: Set<Int64>) -> Result<Organisasjon, Skjemafeil> {
            var feil: [Feltfeil] = []
            let name = navn.trimmingCharacters(in: .whitespacesAndNewlines)
            if name.isEmpty {
                feil.append(Feltfeil("navn", "Skriv inn navnet på organisasjonen, slik det står i Enhetsregisteret."))
            } else if !Tekstgrense.kort.tillater(name) {
                feil.append(Feltfeil("navn", "Navnet kan ha høyst 200 tegn."))
            }
            let kind = Organisasjonstype(rawValue: type)
            if kind == nil { feil.append(Feltfeil("type", "Velg hva slags organisasjon dette er.")) }
            var number: Organisasjonsnummer?
            switch Organisasjonsnummer.parse(orgnr) {
            case .success(let parsed): number = parsed
            case .failure(let error): feil.append(Feltfeil("orgnr", error.melding))
            }
            var kommune: Kommunenummer?
            let kommuneText = kommunenummer.trimmingCharacters(in: .whitespaces)
            if kommuneText.isEmpty {
                if kind == .kommune {
                    feil.append(Feltfeil("kommunenummer", "En kommune må ha kommunenummer, for eksempel 1804 for Bodø."))
                }
            } else {
                switch Kommunenummer.parse(kommuneText) {
                case .success(let parsed): kommune = parsed
                case .failure(let error): feil.append(Feltfeil("kommunenummer", error.melding))
                }
            }
            var region: Int64?
            if regionId.isEmpty {
                if kind?.erEier == true {
                    feil.append(Feltfeil("regionId", "Velg kompetanseregionen eieren hører til. Behovsmeldingen går til regionens nettverk."))
                }
            } else if let parsed = Int64(regionId), regioner.contains(parsed) {
                region = parsed
            } else {
                feil.append(Feltfeil("regionId", "Velg en region fra listen."))
            }
            if saerligeUtfordringer, let kind, !kind.erEier {
                feil.append(Feltfeil("saerligeUtfordringer", "Bare eiere kan merkes med særlige utfordringer (R11)."))
            }
            if oppfolgingsordningen, let kind, kind != .kommune {
                feil.append(Feltfeil("oppfolgingsordningen", "Bare kommuner kan være med i oppfølgingsordningen (R11)."))
            }
            guard feil.isEmpty, let kind, let number else { return .failure(Skjemafeil(feil)) }
            return .success(Organisasjon(
                id: id, type: kind, navn: name, orgnr: number, kommunenummer: kommune, regionId: region,
                saerligeUtfordringer: saerligeUtfordringer, oppfolgingsordningen: oppfolgingsordningen, erDemo: erDemo
            ))
        }
    }
}

extension Kompetansenettverk {
    /// The trimmed network name, or what is wrong with it.
    public static func valider(navn: String) -> Result<String, Skjemafeil> {
        let name = navn.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { return .failure(Skjemafeil([Feltfeil("navn", "Skriv inn navnet på nettverket.")])) }
        if !Tekstgrense.kort.tillater(name) { return .failure(Skjemafeil([Feltfeil("navn", "Navnet kan ha høyst 200 tegn.")])) }
        return .success(name)
    }
}
