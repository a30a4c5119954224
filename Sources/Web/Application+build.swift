import Domain
import Foundation
import Hummingbird
import Logging
import NIOCore
import Persistence

/// Opens the database, loads the templates and wires the router: the whole application.
public func buildApplication(_ config: AppConfig, clock: any AppClock = SystemClock()) async throws -> some ApplicationProtocol {
    var logger = Logger(label: "behovsmelding")
    logger.logLevel = Logger.Level(rawValue: config.logLevel) ?? .info
    let database = try openDatabase(config)
    let renderer = try await Renderer(templatesDirectory: config.templatesDirectory)
    let isDemo = try await database.isDemo()
    if isDemo {
        logger.notice("Databasen har demodata: demoorganisasjoner og demobrukere finnes bare i en demodatabase.")
    }
    let removed = try await database.deleteExpiredSessions(now: clock.now())
    if removed > 0 { logger.info("Slettet \(removed) utløpte økter.") }
    var deps = try await AppDependencies(
        database: database, renderer: renderer, clock: clock, isDemo: isDemo,
        sessions: SessionSettings(secureCookies: config.servedOverHTTPS, idleTimeout: config.sessionIdleTimeout, lifetime: config.sessionLifetime),
        site: SiteSettings(publicURL: config.publicURL ?? config.listenURL, trustedProxies: config.trustedProxies)
    )
    deps.leverer = config.smtp != nil
    let router = buildRouter(deps, publicDirectory: config.publicDirectory)
    let headerTimeout = TimeAmount.milliseconds(Int64(config.headerTimeout * 1000))
    let bodyTimeout = TimeAmount.milliseconds(Int64(config.bodyTimeout * 1000))
    var app = Application(
        router: router,
        server: .http1(configuration: .init(
            additionalChannelHandlers: [ConnectionGuard(headerTimeout: headerTimeout, bodyTimeout: bodyTimeout)]
        )),
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "Behovsmelding"),
        logger: logger
    )
    // Shut down in reverse order: the delivery worker stops before the database closes.
    app.addServices(DatabaseCloser(database: database, logger: logger))
    app.addServices(Planstatistikk(database: database, logger: logger))
    let postbud: any Postbud = try config.smtp.map(SMTPPostbud.init) ?? HoldendePostbud()
    if let smtp = config.smtp {
        logger.notice("E-post sendes via \(smtp.host):\(smtp.port) fra \(smtp.avsender).")
    } else {
        logger.notice("Ingen e-posttjener er satt opp (BEHOVSMELDING_SMTP_HOST): e-post blir liggende på siden «Sendt e-post».")
    }
    app.addServices(Utsending(
        database: database, postbud: postbud, clock: clock, site: deps.site, paminnelsesdager: config.paminnelsesdager,
        intervall: .milliseconds(Int64(config.utsendingsintervall * 1000)), logger: logger
    ))
    return app
}

/// Opens the configured database file (or an in-memory one) and migrates it.
public func openDatabase(_ config: AppConfig) throws -> AppDatabase {
    let migrations = try MigrationSet.load(from: config.migrationsDirectory)
    if let path = config.databasePath {
        let absolute = path.hasPrefix("/") ? path : config.root.appendingPathComponent(path).path
        return try AppDatabase.openFile(path: absolute, migrations: migrations)
    }
    return try AppDatabase.inMemory(migrations: migrations)
}

/// The router with its middleware, outermost first: request log, the client's address (behind
/// a trusted proxy, the one it forwarded for), gzip (so static files are
/// compressed too), security headers, the page's language, error pages (for failures before the session is
/// known), the session (skipped for static files), error pages again (now with the user in
/// the header), static files (Hummingbird's file middleware serves a file when the router
/// answers 404, so it sits inside the error pages), the CSRF check of every POST, the queue
/// that lets a few page views be worked on at once, then the controllers.
public func buildRouter(_ deps: AppDependencies, publicDirectory: URL) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.addMiddleware {
        RequestLogMiddleware(level: .info)
        ClientAddressMiddleware(trustedProxies: deps.site.trustedProxies)
        GzipMiddleware()
        SecurityHeadersMiddleware(strictTransportSecurity: deps.sessions.secureCookies)
        SprakMiddleware(deps: deps)
        ErrorPageMiddleware(deps: deps)
        SessionMiddleware(deps: deps)
        ErrorPageMiddleware(deps: deps)
        FileMiddleware(
            publicDirectory.path,
            cacheControl: .init([
                (MediaType(type: .text, subType: "css"), [.public, .maxAge(3600)]),
                (MediaType(type: .application, subType: "javascript"), [.public, .maxAge(3600)]),
                (MediaType(type: .image), [.public, .maxAge(86400)]),
            ]),
            searchForIndexHtml: false
        )
        CSRFMiddleware()
        AdgangMiddleware(adgang: deps.adgang)
    }
    HomeController(deps: deps).addRoutes(to: router)
    HealthController(deps: deps).addRoutes(to: router)
    LoginController(deps: deps).addRoutes(to: router)
    RoleHomeController(deps: deps).addRoutes(to: router)
    AdminOrganisationController(deps: deps).addRoutes(to: router)
    AdminRegionController(deps: deps).addRoutes(to: router)
    AdminUserController(deps: deps).addRoutes(to: router)
    AdminRundeController(deps: deps).addRoutes(to: router)
    AdminAuditController(deps: deps).addRoutes(to: router)
    PartnerskapController(deps: deps).addRoutes(to: router)
    Rekom30SoknadController(deps: deps).addRoutes(to: router)
    RapportController(deps: deps).addRoutes(to: router)
    KompetanseplanController(deps: deps).addRoutes(to: router)
    NettverksmoteController(deps: deps).addRoutes(to: router)
    DelingssystemController(deps: deps).addRoutes(to: router)
    NettverksdokumentController(deps: deps).addRoutes(to: router)
    Rekom30FordelingController(deps: deps).addRoutes(to: router)
    ForumRekom30Controller(deps: deps).addRoutes(to: router)
    BehovsmeldingController(deps: deps).addRoutes(to: router)
    NettverkController(deps: deps).addRoutes(to: router)
    FagutvalgController(deps: deps).addRoutes(to: router)
    InnstillingController(deps: deps).addRoutes(to: router)
    ForumController(deps: deps).addRoutes(to: router)
    TildelingsbrevController(deps: deps).addRoutes(to: router)
    VarslerController(deps: deps).addRoutes(to: router)
    return router
}
