extension Catalogue {
    /// Bokmål, the first language of the service: every text, one file per area of the site
    /// (`Messages/Bokmal/`). A key in two areas stops the server at start-up.
    static let bokmalTexts: [MessageKey: String] = [
            bokmalFelles,
            bokmalLogin,
            bokmalHjem,
            bokmalAdmin,
            bokmalPartnerskap,
            bokmalBehovsmelding,
            bokmalNettverk,
            bokmalFagutvalg,
            bokmalInnstilling,
            bokmalForum,
            bokmalTildelingsbrev,
            bokmalRekom30,
            bokmalRapport,
            bokmalKompetanseplan,
            bokmalNettverksmote,
            bokmalDelingssystem,
            bokmalNettverksdokument,
            bokmalVarsel,
            bokmalNavn,
    ].reduce(into: [:], samle)

    /// Adds an area's texts to a catalogue; a key in two areas stops the server at start-up.
    static func samle(_ all: inout [MessageKey: String], _ area: [MessageKey: String]) {
        all.merge(area) { _, _ in preconditionFailure("a message key is in two areas of the catalogue") }
    }
}
