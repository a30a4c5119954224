import Domain
import Foundation
import Hummingbird
import Logging
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
    let deps = AppDependencies(database: database, renderer: renderer, clock: clock, isDemo: isDemo)
    let router = buildRouter(deps, publicDirectory: config.publicDirectory)
    var app = Application(
        router: router,
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "Behovsmelding"),
        logger: logger
    )
    app.addServices(DatabaseCloser(database: database, logger: logger))
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

/// The router with its middleware, outermost first: request log, gzip (so static files are
/// compressed too), security headers, error pages, static files (before anything that
/// touches a session), then the controllers.
public func buildRouter(_ deps: AppDependencies, publicDirectory: URL) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.addMiddleware {
        LogRequestsMiddleware(.info)
        GzipMiddleware()
        SecurityHeadersMiddleware()
        ErrorPageMiddleware(renderer: deps.renderer, chrome: deps.chrome())
        FileMiddleware(
            publicDirectory.path,
            cacheControl: .init([
                (MediaType(type: .text, subType: "css"), [.public, .maxAge(3600)]),
                (MediaType(type: .application, subType: "javascript"), [.public, .maxAge(3600)]),
                (MediaType(type: .image), [.public, .maxAge(86400)]),
            ]),
            searchForIndexHtml: false
        )
    }
    HomeController(deps: deps).addRoutes(to: router)
    HealthController(deps: deps).addRoutes(to: router)
    return router
}
