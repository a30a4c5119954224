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
}
