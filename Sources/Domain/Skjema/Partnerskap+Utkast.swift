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
                feil.append(Feltfeil(Felt("navn"), .partnerskapUtenNavn))
            } else if let tooLong = Tekstgrense.kort.sjekk(name, felt: Felt("navn"), navn: .partnerskapNavn) {
                feil.append(tooLong)
            }
            let region = Int64(regionId.trimmed)
            if region == nil || !regioner.contains(region!) {
                feil.append(Feltfeil(Felt("regionId"), .partnerskapUtenRegion))
            }
            func parties(_ ids: [String], among list: [Part], liste: Partliste) -> [Part] {
                var chosen: [Part] = []
                for text in ids {
                    guard let id = Int64(text.trimmed), let part = list.first(where: { $0.organisasjonId == id }) else {
                        feil.append(Feltfeil(Felt(liste == .eiere ? "eiere" : "uh"), .ukjentPart(liste)))
                        return chosen
                    }
                    if !chosen.contains(part), part.organisasjonId != egenEier.organisasjonId { chosen.append(part) }
                }
                return chosen
            }
            let others = parties(andreEiere, among: eiere, liste: .eiere)
            let universities = parties(uh, among: uhListe, liste: .uh)
            if uh.isEmpty {
                feil.append(Feltfeil(Felt("uh"), .partnerskapUtenUH))
            }
            let agreement = Avtale(hvem: avtale.hvem.trimmed, hva: avtale.hva.trimmed, naar: avtale.naar.trimmed)
            for del in Avtaledel.allCases {
                if let tooLong = Tekstgrense.lang.sjekk(agreement[del], felt: .avtale(del), navn: .avtale(del)) { feil.append(tooLong) }
            }
            guard feil.isEmpty, let region else { return .failure(Skjemafeil(feil)) }
            return .success(Partnerskap(
                id: 0, navn: name, eiere: [egenEier] + others, uh: universities, avtale: agreement, regionId: region
            ))
        }
    }

    /// R8: what keeps a party from signing the agreement: every part of it must be written.
    public var signeringsfeil: [Feltfeil] {
        Avtaledel.allCases.compactMap { del in
            avtale[del].isBlank ? Feltfeil(.avtale(del), .avtaleIkkeSignerbar(del)) : nil
        }
    }
}
