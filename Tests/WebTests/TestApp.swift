import Foundation
import Hummingbird
import HummingbirdTesting
import Persistence
import TestSupport
@testable import Web

/// An application over an in-memory database, the repository's templates and a fixed clock.
struct TestApp {
    let deps: AppDependencies

    static func make(seeded: Bool = true, now: Date = Repository.fixedNow) async throws -> TestApp {
        let database = try AppDatabase.inMemory(migrations: try MigrationSet.load(from: Repository.migrations))
        if seeded { try await database.seedDemo(now: now, demoPasswordHash: try await PasswordHasher(cost: 4).hash(AppDatabase.demoPassword)) }
        let renderer = try await Renderer(templatesDirectory: Repository.templates)
        let deps = try await AppDependencies(
            database: database, renderer: renderer, clock: FixedClock(now), isDemo: try await database.isDemo(),
            passwordHasher: PasswordHasher(cost: 4)
        )
        return TestApp(deps: deps)
    }

    var application: some ApplicationProtocol {
        Application(router: buildRouter(deps, publicDirectory: Repository.publicFiles))
    }

    /// Runs `body` against the router without opening a socket.
    func test<Value>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await application.test(.router, body)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
