import Domain
import Hummingbird

/// The public pages: start page, organisation register, accessibility statement.
struct HomeController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.start.routerPath) { _, context in try await self.start(context) }
        router.get(SiteRoute.tilgjengelighet.routerPath) { _, context in try self.accessibility(context) }
        router.get(SiteRoute.organisasjoner.routerPath) { _, context in try await self.organisations(context) }
        router.get(SiteRoute.kalender(aar: 0).routerPath) { _, context in try await self.calendar(context) }
    }

    // Public pages, but a logged-in reader still sees who they are and the way to their home.

    func start(_ context: AppRequestContext) async throws -> Response {
        let today = Dato(instant: deps.clock.now())
        let runde = try await deps.database.gjeldendeRunde(today: today)
        let chrome = deps.chrome(.start, context)
        let page = { HomeIndexPage(runde: runde, today: today, t: chrome.catalogue) }
        guard chrome.user == nil else { return try deps.renderer.response(page(), chrome: chrome) }
        let nokkel = AnonymForside.Nokkel(sprak: chrome.catalogue.language, sprakLenke: chrome.sprakLenke, isDemo: chrome.isDemo, today: today, runde: runde)
        let html = try deps.anonymForside.html(nokkel) { try deps.renderer.html(page(), chrome: chrome) }
        return Renderer.htmlResponse(html, status: .ok, headers: [:])
    }

    func accessibility(_ context: AppRequestContext) throws -> Response {
        let chrome = deps.chrome(.tilgjengelighet, context)
        return try deps.renderer.response(AboutAccessibilityPage(t: chrome.catalogue), chrome: chrome)
    }

    func organisations(_ context: AppRequestContext) async throws -> Response {
        let organisasjoner = try await deps.database.organisasjoner()
        let regions = try await deps.database.regions()
        let chrome = deps.chrome(.organisasjoner, context)
        let page = try OrganisationListPage(organisasjoner: organisasjoner, regions: regions, renderer: deps.renderer, t: chrome.catalogue)
        return try deps.renderer.response(page, chrome: chrome)
    }

    /// The round's year cycle as a calendar to subscribe to; public, as the start page is.
    func calendar(_ context: AppRequestContext) async throws -> Response {
        guard let aar = Int(context.parameters.get("aar") ?? ""), let runde = try await deps.database.runde(aar: aar) else {
            throw HTTPError(.notFound)
        }
        let host = deps.site.publicURL.host(percentEncoded: false) ?? "behovsmelding"
        let body = Kalender.ics(runde, host: host, now: deps.clock.now(), t: context.t)
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/calendar; charset=utf-8",
                .contentDisposition: "inline; filename=\"arshjul-\(aar).ics\"",
                .cacheControl: "public, max-age=3600",
            ],
            body: .init(byteBuffer: ByteBuffer(string: body))
        )
    }
}
