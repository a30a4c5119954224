import Domain
import Hummingbird

/// The public pages: start page, organisation register, accessibility statement.
struct HomeController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.start.routerPath) { _, _ in try await self.start() }
        router.get(SiteRoute.tilgjengelighet.routerPath) { _, _ in try self.accessibility() }
        router.get(SiteRoute.organisasjoner.routerPath) { _, _ in try await self.organisations() }
    }

    func start() async throws -> Response {
        let today = Dato(instant: deps.clock.now())
        let runde = try await deps.database.gjeldendeRunde(today: today)
        let chrome = deps.chrome(.start)
        return try deps.renderer.response(HomeIndexPage(runde: runde, today: today, t: chrome.catalogue), chrome: chrome)
    }

    func accessibility() throws -> Response {
        let chrome = deps.chrome(.tilgjengelighet)
        return try deps.renderer.response(AboutAccessibilityPage(t: chrome.catalogue), chrome: chrome)
    }

    func organisations() async throws -> Response {
        async let organisasjoner = deps.database.organisasjoner()
        async let regions = deps.database.regions()
        let chrome = deps.chrome(.organisasjoner)
        let page = OrganisationListPage(organisasjoner: try await organisasjoner, regions: try await regions, t: chrome.catalogue)
        return try deps.renderer.response(page, chrome: chrome)
    }
}
