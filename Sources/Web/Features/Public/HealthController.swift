import Foundation
import Hummingbird

/// `GET /healthz`: 200 with the applied schema version once the database has answered.
struct HealthController {
    let deps: AppDependencies

    struct Health: ResponseEncodable {
        let status: String
        let database: String
        let schemaVersion: String?
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.health.routerPath) { _, _ in try await self.health() }
    }

    func health() async throws -> Response {
        do {
            let version = try await deps.database.schemaVersion()
            return try json(.ok, Health(status: "ok", database: "ok", schemaVersion: version))
        } catch {
            return try json(.serviceUnavailable, Health(status: "feil", database: "svarer ikke", schemaVersion: nil))
        }
    }

    func json(_ status: HTTPResponse.Status, _ value: Health) throws -> Response {
        let data = try JSONEncoder().encode(value)
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }
}
