/// The partnership form as typed: its name, region, parties and the written agreement (R8).
extension Partnerskap {
    public struct Utkast: Hashable, Sendable {
        public var navn: String
        public var regionId: String
        /// Other owners than the creating one (ids as sent by the form).
        public var andreEiere: [String]
        public var uh: [String]
        public var avtale: Avtale

        public init(navn: String = "", regionId: String = "", andreEiere: [String] = [], uh: [String] = [], avtale: Avtale = Avtale()) {
            self.navn = navn
            self.regionId = regionId
            self.andreEiere = andreEiere
            self.uh = uh
            self.avtale = avtale
        }

        /// The agreement's fields, in the form's order, with how messages name them.
        public static let avtaleFelt: [(felt: String, navn: String)] = [
            ("avtale.hvem", "Hvem som gjør hva"), ("avtale.hva", "Hva partnerskapet handler om"), ("avtale.naar", "Når ting skjer"),
        ]

        /// Checks every field at once.
        /// - Parameters:
        ///   - egenEier: the owner organisation creating it; always the first party.
        ///   - eiere: the owner organisations that may be invited (from the register).
        ///   - uhListe: the UH organisations that may be chosen.
        ///   - regioner: the region ids that exist.
        public func valider(egenEier: Part, eiere: [Part], uhListe: [Part], regioner: Set<Int64>) -> Result<Partnerskap, Skjemafeil> {
            var feil: [Feltfeil] = []
            let name = navn.trimmed
            if name.isEmpty {
                feil.append(Feltfeil("navn", "Gi partnerskapet et navn, for eksempel «Salten barnehagepartnerskap»."))
            } else if let tooLong = Tekstgrense.kort.sjekk(name, felt: "navn", navn: "Navnet") {
                feil.append(tooLong)
            }
            let region = Int64(regionId.trimmed)
            if region == nil || !regioner.contains(region!) {
                feil.append(Feltfeil("regionId", "Velg regionen partnerskapet hører til. Kompetansenettverket der får behovsmeldingene."))
            }
            func parties(_ ids: [String], among list: [Part], field: String, label: String) -> [Part] {
                var chosen: [Part] = []
                for text in ids {
                    guard let id = Int64(text.trimmed), let part = list.first(where: { $0.organisasjonId == id }) else {
                        feil.append(Feltfeil(field, "Et av de valgte \(label) finnes ikke i registeret. Velg på nytt fra listen."))
                        return chosen
                    }
                    if !chosen.contains(part), part.organisasjonId != egenEier.organisasjonId { chosen.append(part) }
                }
                return chosen
            }
            let others = parties(andreEiere, among: eiere, field: "eiere", label: "eierne")
            let universities = parties(uh, among: uhListe, field: "uh", label: "universitetene eller høgskolene")
            if uh.isEmpty {
                feil.append(Feltfeil("uh", "Velg minst ett universitet eller én høgskole. Et partnerskap har minst én UH."))
            }
            let agreement = Avtale(hvem: avtale.hvem.trimmed, hva: avtale.hva.trimmed, naar: avtale.naar.trimmed)
            for ((field, label), text) in zip(Self.avtaleFelt, [agreement.hvem, agreement.hva, agreement.naar]) {
                if let tooLong = Tekstgrense.lang.sjekk(text, felt: field, navn: label) { feil.append(tooLong) }
            }
            guard feil.isEmpty, let region else { return .failure(Skjemafeil(feil)) }
            return .success(Partnerskap(
                id: 0, navn: name, eiere: [egenEier] + others, uh: universities, avtale: agreement, regionId: region
            ))
        }
    }

    /// R8: what keeps a party from signing the agreement: every part of it must be written.
    public var signeringsfeil: [Feltfeil] {
        zip(Utkast.avtaleFelt, [avtale.hvem, avtale.hva, avtale.naar]).compactMap { field, text in
            text.isBlank ? Feltfeil(field.felt, "Avtalen kan ikke signeres før den sier «\(field.navn.lowercased())». Eier fyller ut avtalen.") : nil
        }
    }
}
