import Foundation
import Hummingbird
import Logging
import Persistence

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
            if let next = RedirectTarget.safe(login.next) {
                query.append("neste=" + (next.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? ""))
            }
            if context.sessionExpired { query.append("utlopt=1") }
            let target = SiteRoute.loggInn.path + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
            return Response(status: .seeOther, headers: [.location: target, .cacheControl: "no-store"])
        } catch let loggedOut as LoggedOutWhileTyping {
            let resume = loggedOut.typed.map { TypedForm(path: loggedOut.path, typed: $0) }
            return try LoginController(deps: deps).loginPage(
                context, email: "", next: nil, errors: [], summaryOnly: [], notice: resume == nil ? .loginExpired : .loginExpiredTyped,
                resume: resume, status: .unauthorized
            )
        } catch let earlier as FormFromEarlierSession {
            guard let session = context.session else { throw earlier }
            let model = ResumePage(path: earlier.path, typed: earlier.typed, csrf: session.csrfToken, homeHref: session.homeHref, t: context.t)
            return try deps.renderer.response(model, chrome: deps.chrome(nil, context), status: .ok)
        } catch is FormTokenRejected {
            await refused(request, context, reason: .skjemaUtenGyldigNokkel)
            return page(ErrorPage(status: .forbidden, staleForm: true, t: context.t), status: .forbidden, headers: [:], context: context)
        } catch let error as HTTPResponseError {
            let status = error.status
            var headers = (error as? HTTPError)?.headers ?? [:]
            if status.code >= 500 {
                context.logger.error("Feil ved \(request.method) \(request.uri.path): \(String(reflecting: error))")
            } else if status == .forbidden {
                await refused(request, context, reason: .tilgangNektet)
            } else if status == .contentTooLarge {
                // What is left of an oversized upload is not read: the connection closes.
                headers[.connection] = "close"
            }
            return page(ErrorPage(status: status, t: context.t), status: status, headers: headers, context: context)
        } catch {
            context.logger.error("Uventet feil ved \(request.method) \(request.uri.path): \(String(reflecting: error))")
            return page(ErrorPage(status: .internalServerError, t: context.t), status: .internalServerError, headers: [:], context: context)
        }
    }

    /// A refused request goes to the log as a warning, and for a logged-in user into the audit
    /// trail too (who tried what, as which role).
    func refused(_ request: Request, _ context: Context, reason: AuditAction) async {
        let path = SiteRoute.loggbar(request.uri.path)
        context.logger.warning("Avvist (\(reason.rawValue)): \(request.method) \(path) fra \(context.remoteAddress), bruker \(context.session.map { String($0.bruker.id) } ?? "ukjent")")
        guard let session = context.session else { return }
        let event = session.audit(deps.clock.now()).on(
            reason, "forespørsel", "\(request.method) \(path)", after: AuditEvent.json(["adresse": context.remoteAddress])
        )
        do { try await deps.database.record(event) } catch {
            context.logger.error("Avvisningen kunne ikke skrives i loggen: \(String(reflecting: error))")
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
