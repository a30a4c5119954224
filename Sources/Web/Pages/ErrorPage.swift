import Hummingbird

/// A Norwegian error page in the site layout. It never shows an internal message.
struct ErrorPage: Page {
    static let template = "error/show"
    let title: String
    let text: String
    let code: String
    let homeHref: String

    /// The statuses with their own text; every other status shows as 400 or 500.
    static let knownCodes: Set<Int> = [400, 403, 404, 405, 413, 500]

    static func displayedCode(for status: HTTPResponse.Status) -> Int {
        if knownCodes.contains(status.code) { return status.code }
        return status.code >= 500 ? 500 : 400
    }

    /// `reason` picks a more specific text for the status, e.g. "Csrf" for a stale form.
    init(status: HTTPResponse.Status, reason: String = "", t: Catalogue) {
        let code = Self.displayedCode(for: status)
        title = t.text("error\(code)\(reason)Title")
        text = t.text("error\(code)\(reason)Text")
        self.code = t.format("errorCode", ["kode": String(status.code)])
        homeHref = SiteRoute.start.path
    }
}
