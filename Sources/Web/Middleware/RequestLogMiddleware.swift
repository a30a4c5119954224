import Foundation
import Hummingbird
import Logging

/// One log line per request: method, path (a secret in the address, the one-time password
/// link, is left out: `SiteRoute.loggbar`), status and time taken. No query string: it may
/// carry a return address or an e-mail.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let level: Logger.Level

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let path = SiteRoute.loggbar(request.uri.path)
        do {
            let response = try await next(request, context)
            context.logger.log(level: level, "\(request.method) \(path) \(response.status.code) \(Self.milliseconds(since: start)) ms")
            return response
        } catch {
            context.logger.log(level: level, "\(request.method) \(path) feilet etter \(Self.milliseconds(since: start)) ms")
            throw error
        }
    }

    static func milliseconds(since start: ContinuousClock.Instant) -> String {
        milliseconds(ContinuousClock.now - start)
    }

    /// «12.3»: tenths of a millisecond, rounded, without Foundation's formatter (every request logs one).
    static func milliseconds(_ duration: Duration) -> String {
        let elapsed = duration.components
        let tenths = elapsed.seconds * 10_000 + (elapsed.attoseconds + 50_000_000_000_000) / 100_000_000_000_000
        return "\(tenths / 10).\(tenths % 10)"
    }
}
