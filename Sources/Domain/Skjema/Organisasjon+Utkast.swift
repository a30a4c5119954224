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
        public var malform: String

        public init(
            navn: String = "", type: String = "", orgnr: String = "", kommunenummer: String = "", regionId: String = "",
            saerligeUtfordringer: Bool = false, oppfolgingsordningen: Bool = false, malform: String = Malform.noytral.rawValue
        ) {
            self.malform = malform
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
                saerligeUtfordringer: org.saerligeUtfordringer, oppfolgingsordningen: org.oppfolgingsordningen,
                malform: org.malform.rawValue
            )
        }

        /// Checks every field and returns the organisation, or every problem at once.
        /// `regioner` are the ids of existing regions.
        public func valider(id: Int64, erDemo: Bool, regioner: Set<Int64>) -> Result<Organisasjon, Skjemafeil> {
            var feil: [Feltfeil] = []
            let name = navn.trimmingCharacters(in: .whitespacesAndNewlines)
            if name.isEmpty {
                feil.append(Feltfeil(Felt("navn"), .organisasjonUtenNavn))
            } else if !Tekstgrense.kort.tillater(name) {
                feil.append(Feltfeil(Felt("navn"), .navnForLangt(maks: Tekstgrense.kort.maks)))
            }
            let kind = Organisasjonstype(rawValue: type)
            if kind == nil { feil.append(Feltfeil(Felt("type"), .velgOrganisasjonstype)) }
            var number: Organisasjonsnummer?
            switch Organisasjonsnummer.parse(orgnr) {
            case .success(let parsed): number = parsed
            case .failure(let error): feil.append(Feltfeil(Felt("orgnr"), .orgnr(error)))
            }
            var kommune: Kommunenummer?
            let kommuneText = kommunenummer.trimmingCharacters(in: .whitespaces)
            if kommuneText.isEmpty {
                if kind == .kommune {
                    feil.append(Feltfeil(Felt("kommunenummer"), .kommuneUtenNummer))
                }
            } else {
                switch Kommunenummer.parse(kommuneText) {
                case .success(let parsed): kommune = parsed
                case .failure: feil.append(Feltfeil(Felt("kommunenummer"), .kommunenummer))
                }
            }
            var region: Int64?
            if regionId.isEmpty {
                if kind?.erEier == true {
                    feil.append(Feltfeil(Felt("regionId"), .eierUtenRegion))
                }
            } else if let parsed = Int64(regionId), regioner.contains(parsed) {
                region = parsed
            } else {
                feil.append(Feltfeil(Felt("regionId"), .ukjentRegion))
            }
            if saerligeUtfordringer, let kind, !kind.erEier {
                feil.append(Feltfeil(Felt("saerligeUtfordringer"), .saerligeUtfordringerBareEier))
            }
            if oppfolgingsordningen, let kind, kind != .kommune {
                feil.append(Feltfeil(Felt("oppfolgingsordningen"), .oppfolgingsordningenBareKommune))
            }
            let form = Malform(rawValue: malform)
            if form == nil { feil.append(Feltfeil(Felt("malform"), .velgMalform)) }
            guard feil.isEmpty, let kind, let number, let form else { return .failure(Skjemafeil(feil)) }
            return .success(Organisasjon(
                id: id, type: kind, navn: name, orgnr: number, kommunenummer: kommune, regionId: region,
                saerligeUtfordringer: saerligeUtfordringer, oppfolgingsordningen: oppfolgingsordningen, erDemo: erDemo, malform: form
            ))
        }
    }
}

extension Kompetansenettverk {
    /// The trimmed network name, or what is wrong with it.
    public static func valider(navn: String) -> Result<String, Skjemafeil> {
        let name = navn.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { return .failure(Skjemafeil(Felt("navn"), .nettverkUtenNavn)) }
        if !Tekstgrense.kort.tillater(name) { return .failure(Skjemafeil(Felt("navn"), .navnForLangt(maks: Tekstgrense.kort.maks))) }
        return .success(name)
    }
}
