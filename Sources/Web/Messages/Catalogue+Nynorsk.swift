extension Catalogue {
    /// Nynorsk: the same keys as bokmål, one file per area of the site (`Messages/Nynorsk/`).
    /// A test holds the two catalogues to the same keys and the same placeholders.
    static let nynorskTexts: [MessageKey: String] = [
            nynorskFelles,
            nynorskLogin,
            nynorskHjem,
            nynorskAdmin,
            nynorskPartnerskap,
            nynorskBehovsmelding,
            nynorskNettverk,
            nynorskFagutvalg,
            nynorskInnstilling,
            nynorskForum,
            nynorskTildelingsbrev,
            nynorskRekom30,
            nynorskRapport,
            nynorskKompetanseplan,
            nynorskNettverksmote,
            nynorskDelingssystem,
            nynorskNettverksdokument,
            nynorskVarsel,
            nynorskNavn,
    ].reduce(into: [:], samle)
}
