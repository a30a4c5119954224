import Domain
import Foundation
import Persistence

/// A network's shared documents: the list each reader may see, and for the leader the upload
/// form and a remove button per document.
struct NettverksdokumentPage: Page {
    static let template = "nettverk/dokumenter"

    struct Row: Sendable {
        let title: String
        let href: String
        let file: String
        let readers: String
        let uploaded: String
        let deleteId: String?
    }

    struct Upload: Sendable {
        let summary: ErrorSummary?
        let title: Field
        let readers: ChoiceGroup
        let fileId: String
        let fileLabel: String
        let fileHint: String
        let fileError: String?
        let describedBy: String
    }

    let title: String
    let lead: String
    let back: String
    let planHref: String
    let planLabel: String
    let action: String
    let csrf: String
    let rows: [Row]
    let hasRows: Bool
    let kanLede: Bool
    let upload: Upload?

    init(_ side: Nettverksside, dokumenter: [LagretDokument], utkast: Nettverksdokument.Utkast, errors: [Feltmelding], t: Catalogue) {
        let nettverk = side.nettverk
        let kanLede = side.kanLede
        title = t.format(.ndTitle, ["nettverk": nettverk.navn])
        lead = t.format(.ndLead, ["region": side.region])
        back = SiteRoute.hjem(side.session.rolle?.kind ?? .eier).path
        planHref = SiteRoute.kompetanseplan(nettverk: nettverk.id).path
        planLabel = t.format(.kpHomeLink, ["nettverk": nettverk.navn])
        action = SiteRoute.nettverksdokumenter(nettverk: nettverk.id).path
        csrf = side.session.csrfToken
        rows = dokumenter.map { stored in
            let dokument = stored.dokument
            return Row(title: dokument.tittel, href: SiteRoute.nettverksdokument(nettverk: nettverk.id, dokument: dokument.id).path,
                       file: t.format(.ndFile, ["fil": dokument.filnavn, "storrelse": t.megabytes(dokument.bytes)]),
                       readers: t.text(dokument.lesere == .alle ? .ndReaders_alle : .ndReaders_medlemmer),
                       uploaded: t.format(.ndUploadedBy, ["tid": Tidspunkt.oslo(stored.lastetOpp), "navn": stored.lastetOppAv]),
                       deleteId: kanLede ? String(dokument.id) : nil)
        }
        hasRows = !rows.isEmpty
        self.kanLede = kanLede
        let fileName = Felt.dokument(.fil).navn
        let fileError = errors.first { $0.felt == fileName }?.melding
        upload = kanLede ? Upload(
            summary: ErrorSummary(errors, t: t),
            title: Field(Felt.dokument(.tittel).navn, label: t.text(.ndTitleLabel), value: utkast.tittel, errors: errors),
            readers: ChoiceGroup(Felt.dokument(.lesere).navn, legend: t.text(.ndReadersLabel), selected: [utkast.lesere],
                                 options: [(Nettverksdokument.Lesere.alle.rawValue, t.text(.ndReaders_alle), nil),
                                           (Nettverksdokument.Lesere.medlemmer.rawValue, t.text(.ndReaders_medlemmer), nil)], errors: errors),
            fileId: "felt-" + fileName, fileLabel: t.text(.ndFileLabel),
            fileHint: t.format(.ndFileHint, ["maks": t.megabytes(Nettverksdokument.maksBytes)])
                + (errors.isEmpty || utkast.fil == nil ? "" : " " + t.text(.ndChooseAgain)),
            fileError: fileError, describedBy: "felt-\(fileName)-hint" + (fileError == nil ? "" : " felt-\(fileName)-error")
        ) : nil
    }
}
