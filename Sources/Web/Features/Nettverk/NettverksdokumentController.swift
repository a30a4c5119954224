import Domain
import Foundation
import Hummingbird
import Persistence

/// A network's shared documents (seed 001): its leader uploads PDFs, each for every reader of
/// the network's work or for the members only, and removes them; readers download them. A
/// problem brings the form back with the title and choice kept (a browser never keeps a chosen
/// file, so the page says to choose it again).
struct NettverksdokumentController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        let list = SiteRoute.nettverksdokumenter(nettverk: 0).routerPath
        router.get(list) { request, context in try await self.show(request, context) }
        router.post(list) { request, context in try await self.save(request, context) }
        router.get(SiteRoute.nettverksdokument(nettverk: 0, dokument: 0).routerPath) { request, context in try await self.file(request, context) }
    }

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let side = try await Nettverksside.load(deps, request, context) { .seNettverksarbeid(nettverkId: $0.id, medlemmer: $1) }
        return try await render(context, side, utkast: Nettverksdokument.Utkast(tittel: "", lesere: Nettverksdokument.Lesere.alle.rawValue, fil: nil),
                                errors: [], status: .ok)
    }

    /// `last-opp` stores the file of the form; `slett` removes document `dokument`.
    func save(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let side = try await Nettverksside.load(deps, request, context) { nettverk, _ in .ledeNettverk(nettverkId: nettverk.id) }
        let form = context.form
        let t = context.t
        let back = SiteRoute.nettverksdokumenter(nettverk: side.nettverk.id)
        switch form["handling"] {
        case "slett":
            guard let id = Int64(form["dokument"]) else { throw HTTPError(.badRequest) }
            do {
                try await deps.database.slettNettverksdokument(id: id, nettverkId: side.nettverk.id, audit: deps.audit(side.session).with(.slett))
            } catch StorageError.notFound {
                throw HTTPError(.notFound)
            }
            return deps.redirect(back, flash: t.text(.ndDeleted))
        case "last-opp":
            let utkast = Nettverksdokument.Utkast(tittel: form[.dokument(.tittel)], lesere: form[.dokument(.lesere)],
                                                  fil: context.files[Felt.dokument(.fil).navn])
            switch utkast.valider(nettverkId: side.nettverk.id) {
            case .failure(let failure):
                return try await render(context, side, utkast: utkast, errors: t.meldinger(failure), status: .unprocessableContent)
            case .success(let dokument):
                try await deps.database.lagreNettverksdokument(dokument, innhold: utkast.fil?.innhold ?? [], av: side.session.bruker.navn, now: deps.clock.now(),
                                                               audit: deps.audit(side.session).with(.opprett))
                return deps.redirect(back, flash: t.format(.ndUploaded, ["tittel": dokument.tittel]))
            }
        default:
            throw HTTPError(.badRequest)
        }
    }

    /// The PDF, as an attachment (never shown inline, so a crafted file cannot run as a page of
    /// this site). A document for the members only is, for a fagutvalg, a page that does not exist.
    func file(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let side = try await Nettverksside.load(deps, request, context) { .seNettverksarbeid(nettverkId: $0.id, medlemmer: $1) }
        let dokumentId = try context.id("dokument")
        guard let dokument = try await deps.database.nettverksdokumenter(nettverkId: side.nettverk.id).first(where: { $0.dokument.id == dokumentId })?.dokument,
              side.kanLese(dokument.lesere),
              let bytes = try await deps.database.nettverksdokumentInnhold(id: dokumentId, nettverkId: side.nettverk.id)
        else { throw HTTPError(.notFound) }
        var headers = HTTPFields()
        headers[.contentType] = "application/pdf"
        let ascii = String(dokument.filnavn.unicodeScalars.map { $0.isASCII ? Character($0) : "_" })
        headers[.contentDisposition] = "attachment; filename=\"\(ascii)\"; filename*=UTF-8''"
            + (dokument.filnavn.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ascii)
        headers[.cacheControl] = "private, no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    func render(
        _ context: AppRequestContext, _ side: Nettverksside, utkast: Nettverksdokument.Utkast, errors: [Feltmelding], status: HTTPResponse.Status
    ) async throws -> Response {
        let synlige = try await deps.database.nettverksdokumenter(nettverkId: side.nettverk.id).filter { side.kanLese($0.dokument.lesere) }
        let page = NettverksdokumentPage(side, dokumenter: synlige, utkast: utkast, errors: errors, t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.hjem(side.session.rolle?.kind ?? .eier), context), status: status)
    }
}
