import Domain

/// The names of Domain's values in this catalogue's language.
extension Catalogue {
    func navn(_ value: Kriterium) -> String { text(.navn(value)) }
    /// What the answer to a criterion must show, as the guidelines put it.
    func sporsmal(_ value: Kriterium) -> String { text(.sporsmal(value)) }
    func navn(_ value: Fase) -> String { text(.navn(value)) }
    func navn(_ value: Rekom30Kandidat.Formal) -> String { text(.navn(value)) }
    func navn(_ value: Behovsmelding.Status) -> String { text(.navn(value)) }
    func navn(_ value: Innstillingsstatus) -> String { text(.navn(value)) }
    func navn(_ value: Organisasjonstype) -> String { text(.navn(value)) }
    func navn(_ value: Rolle.Kind) -> String { text(.navn(value)) }
    func navn(_ value: Sektor) -> String { text(.navn(value)) }
    func navn(_ value: Malgruppe) -> String { text(.navn(value)) }
    func navn(_ value: Malform) -> String { text(.navn(value)) }
    func navn(_ value: Runde.Mal) -> String { text(.navn(value)) }
    func navn(_ value: Nettverkstype) -> String { text(.navn(value)) }

    /// "Eier – Bodø kommune", "Fagutvalg – Barnehage", "Statsforvalter": how a grant reads in
    /// the header and in lists. `omfang` is the name of the organisation or network the grant
    /// covers (nil when unknown or not needed).
    func navn(_ rolle: Rolle, omfang: String?) -> String {
        switch rolle {
        case .eier, .uh, .nettverksleder: "\(navn(rolle.kind)) – \(omfang ?? "?")"
        case .fagutvalg(let sektor): "\(navn(rolle.kind)) – \(navn(sektor))"
        case .statsforvalter, .samarbeidsforum: navn(rolle.kind)
        }
    }

    /// The later application round's scheme and share, for texts that name them
    /// (`{ordning}`, `{andel}`: «Rekom», «30 %»); empty when the round keeps nothing back.
    func senereRunde(_ runde: Runde) -> [String: String] {
        guard let later = runde.senereRunde else { return ["ordning": "", "andel": ""] }
        return ["ordning": later.iRunde.kortnavn, "andel": (Prosent.hundred - later.iRunde.parametre.andelViaBehovsmeldinger).formatted]
    }

    /// `key` with the later round's names and `values`.
    func format(_ key: MessageKey, senereRunde runde: Runde, _ values: [String: String] = [:]) -> String {
        format(key, alle: senereRunde(runde).merging(values) { _, given in given })
    }

    /// A step of the year as this round has it (the later round's steps name its scheme).
    func stegTittel(_ kode: Arshjul.Stegkode, _ runde: Runde) -> String { format(.stegTittel(kode), senereRunde: runde) }
    func stegTekst(_ kode: Arshjul.Stegkode, _ runde: Runde) -> String { format(.stegTekst(kode), senereRunde: runde) }
}
