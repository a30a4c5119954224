import Domain
import Foundation

/// Everything the server needs to start, from the command line or a test.
public struct AppConfig: Sendable {
    public var host: String
    public var port: Int
    /// Path of the SQLite file; `nil` means an in-memory database (tests).
    public var databasePath: String?
    /// The folder holding `Templates/`, `Public/` and `Migrations/`.
    public var root: URL
    /// Log level for the request log.
    public var logLevel: String
    /// Mark cookies `Secure` (set when the service is served over HTTPS).
    public var secureCookies: Bool
    /// A session ends after this long without a request…
    public var sessionIdleTimeout: TimeInterval
    /// …and in any case this long after login.
    public var sessionLifetime: TimeInterval
    /// Proxies whose `X-Forwarded-For`/`Forwarded` headers are believed (`--trusted-proxy`).
    public var trustedProxies: [AddressRange] = []
    /// The address users reach the service at (`--public-url`), for every absolute link.
    public var publicURL: URL?
    /// A connection must send its request head within this long (of connecting, or of the
    /// previous response), and a request's body must end within `bodyTimeout` of its head.
    public var headerTimeout: TimeInterval = 10
    public var bodyTimeout: TimeInterval = 60
    /// The mail server notifications go to; nil keeps them in the outbox (the demo).
    public var smtp: SMTPInnstillinger?
    /// Reminders go out this many days before each deadline of a round (0: none).
    public var paminnelsesdager = Varsel.standardPaminnelsesdager
    /// Seconds between the delivery worker's passes.
    public var utsendingsintervall: TimeInterval = 15

    /// The address the server listens on, as a URL: the base of absolute links when no
    /// public URL is set (right for a demo on this machine, never a request's Host header).
    public var listenURL: URL {
        let host = self.host.contains(":") ? "[\(self.host)]" : self.host
        return URL(string: "http://\(host):\(port)") ?? URL(string: "http://127.0.0.1:\(port)")!
    }

    /// True when users reach the service over HTTPS: cookies are `Secure` and HSTS is sent.
    public var servedOverHTTPS: Bool { secureCookies || publicURL?.scheme == "https" }

    public init(
        host: String = "127.0.0.1", port: Int = 8080, databasePath: String? = "data/behovsmelding.sqlite",
        root: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath), logLevel: String = "info",
        secureCookies: Bool = false, sessionIdleTimeout: TimeInterval = 2 * 3600, sessionLifetime: TimeInterval = 12 * 3600
    ) {
        self.secureCookies = secureCookies
        self.sessionIdleTimeout = sessionIdleTimeout
        self.sessionLifetime = sessionLifetime
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.root = root
        self.logLevel = logLevel
    }

    public var templatesDirectory: URL { root.appendingPathComponent("Templates", isDirectory: true) }
    public var publicDirectory: URL { root.appendingPathComponent("Public", isDirectory: true) }
    public var migrationsDirectory: URL { root.appendingPathComponent("Migrations", isDirectory: true) }
}
