/// A written form of Norwegian. Språklova § 14: a public body's forms and self-service
/// solutions are offered in both at once; § 15: letters to a kommune are written in the form
/// it has adopted (`Organisasjon.malform`), and one that has adopted neither is «nøytral».
public enum Malform: String, Hashable, Sendable, CaseIterable {
    case bokmal
    case nynorsk
    case noytral

    /// The form a document to these recipients is written in, whatever the reader's screen
    /// language is: the first recipient's adopted form (a partnership lists its owners first,
    /// the lead owner before the others); bokmål when none has adopted one, as the
    /// Statsforvalter writes to nøytrale kommuner and to other bodies.
    public static func forDokument(til mottakere: [Malform]) -> Malform {
        mottakere.first { $0 != .noytral } ?? .bokmal
    }

    /// The form of a person's e-mail: the screen language they chose; before they have chosen,
    /// the form the organisations they act for adopted, as for a letter to them.
    public static func forEpost(valgt: Malform?, organisasjoner: [Malform]) -> Malform {
        valgt ?? forDokument(til: organisasjoner)
    }
}
