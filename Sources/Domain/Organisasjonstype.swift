/// What kind of organisation takes part.
public enum Organisasjonstype: String, CaseIterable, Hashable, Sendable, Codable {
    case kommune
    case fylkeskommune
    case privatEier = "privat_eier"
    case uh
    case fagskole
    /// A national centre under a UH («et nasjonalt senter underlagt» a UH).
    case nasjonaltSenter = "nasjonalt_senter"
    case statsforvalter

    /// Owners (eiere) of barnehager and schools write behovsmeldinger.
    public var erEier: Bool { self == .kommune || self == .fylkeskommune || self == .privatEier }

    /// The kinds a scheme may accept as the partnership's knowledge partner; each works in the
    /// partner's steps (co-signing, the text on teacher education) as a UH does.
    public var erKunnskapspartner: Bool { self == .uh || self == .fagskole || self == .nasjonaltSenter }
}
