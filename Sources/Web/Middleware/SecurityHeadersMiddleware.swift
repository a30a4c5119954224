import HTTPTypes
import Hummingbird

/// Adds the security headers to every response, error pages and static files included.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Send HSTS: only when the site is served over HTTPS (a browser would otherwise refuse
    /// plain HTTP to this host for a year).
    var strictTransportSecurity = false

    /// No inline script or style; nothing from other origins; never framed.
    static var contentSecurityPolicy: String {
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ].joined(separator: "; ")
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "same-origin"
        response.headers[.xFrameOptions] = "DENY"
        response.headers[.permissionsPolicy] = "camera=(), microphone=(), geolocation=()"
        if strictTransportSecurity { response.headers[.strictTransportSecurity] = "max-age=31536000; includeSubDomains" }
        // Text without a charset lets a browser guess one; ours is always UTF-8 (static CSS,
        // scripts and robots.txt come from the file middleware without it).
        if let type = response.headers[.contentType], Self.needsCharset(type) {
            response.headers[.contentType] = type + "; charset=utf-8"
        }
        return response
    }
}

extension SecurityHeadersMiddleware {
    static func needsCharset(_ contentType: String) -> Bool {
        let type = contentType.lowercased()
        guard !type.contains("charset=") else { return false }
        return type.hasPrefix("text/") || type.hasPrefix("application/javascript") || type.hasPrefix("image/svg+xml")
    }
}

extension HTTPField.Name {
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    static let permissionsPolicy = HTTPField.Name("Permissions-Policy")!
}
