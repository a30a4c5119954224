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

    /// `staleForm` picks the text for a form refused for its token.
    init(status: HTTPResponse.Status, staleForm: Bool = false, t: Catalogue) {
        let keys = MessageKey.feilside(Self.displayedCode(for: status), skjema: staleForm)
        title = t.text(keys.tittel)
        text = t.text(keys.tekst)
        self.code = t.format(.errorCode, ["kode": String(status.code)])
        homeHref = SiteRoute.start.path
    }
}
