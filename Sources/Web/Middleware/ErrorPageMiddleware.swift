import Foundation
import Hummingbird
import Logging

/// Turns every error into a Norwegian error page in the site layout. Internal messages and
/// stack traces go to the log, never to the user. A page that needs a login answers with a
/// redirect to the login page instead.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let deps: AppDependencies

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let login as LoginRequired {
            var query: [String] = []
            if let next = LoginController.safeNext(login.next) {
                query.append("neste=" + (next.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? ""))
            }
            if context.sessionExpired { query.append("utlopt=1") }
            let target = SiteRoute.loggInn.path + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
            return Response(status: .seeOther, headers: [.location: target, .cacheControl: "no-store"])
        } catch is FormTokenRejected {
            return page(ErrorPage(status: .forbidden, reason: "Csrf", t: .bokmal), status: .forbidden, headers: [:], context: context)
        } catch let error as HTTPResponseError {
            let status = error.status
            if status.code >= 500 {
                context.logger.error("Feil ved \(request.method) \(request.uri.path): \(String(reflecting: error))")
            }
            return page(ErrorPage(status: status, t: .bokmal), status: status, headers: (error as? HTTPError)?.headers ?? [:], context: context)
        } catch {
            context.logger.error("Uventet feil ved \(request.method) \(request.uri.path): \(String(reflecting: error))")
            return page(ErrorPage(status: .internalServerError, t: .bokmal), status: .internalServerError, headers: [:], context: context)
        }
    }

    func page(_ model: ErrorPage, status: HTTPResponse.Status, headers: HTTPFields, context: Context) -> Response {
        do {
            var response = try deps.renderer.response(model, chrome: deps.chrome(nil, context), status: status)
            for field in headers where field.name != .contentType && field.name != .contentLength {
                response.headers.append(field)
            }
            return response
        } catch {
            context.logger.error("Feilsiden kunne ikke vises: \(String(reflecting: error))")
            return Response(
                status: status,
                headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: "Feil \(status.code)"))
            )
        }
    }
}

extension CharacterSet {
    /// Characters left as they are in a query value.
    static let urlQueryValueAllowed: CharacterSet = {
        var set = CharacterSet.urlQueryAllowed
        set.remove(charactersIn: "&=+?#")
        return set
    }()
}
