import Hummingbird
import Logging

/// Turns every error into a Norwegian error page in the site layout. Internal messages and
/// stack traces go to the log, never to the user.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let renderer: Renderer
    let chrome: Chrome

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPResponseError {
            let status = error.status
            if status.code >= 500 {
                context.logger.error("Feil ved \(request.method) \(request.uri.path): \(String(reflecting: error))")
            }
            return page(status: status, headers: (error as? HTTPError)?.headers ?? [:], request: request, context: context)
        } catch {
            context.logger.error("Uventet feil ved \(request.method) \(request.uri.path): \(String(reflecting: error))")
            return page(status: .internalServerError, headers: [:], request: request, context: context)
        }
    }

    func page(status: HTTPResponse.Status, headers: HTTPFields, request: Request, context: Context) -> Response {
        do {
            var response = try renderer.response(ErrorPage(status: status, t: chrome.catalogue), chrome: chrome, status: status)
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
