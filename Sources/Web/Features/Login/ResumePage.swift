import Domain

/// What a person typed before their session ended, kept for one click: the form goes to where
/// it was going, with the new session's token. Shown right after logging in again, or when a
/// form from an earlier session of a logged-in user arrives.
struct ResumePage: Page {
    static let template = "auth/resume"

    let title: String
    let lead: String
    let action: String
    let csrf: String
    let fields: [Skjultfelt]
    let homeHref: String

    init(path: String, typed: FormData, csrf: String, homeHref: String, t: Catalogue) {
        title = t.text(.resumeTitle)
        lead = t.text(.resumeLead)
        action = path
        self.csrf = csrf
        fields = typed.fields.filter { $0.0 != CSRFMiddleware.field }.map { Skjultfelt(navn: $0.0, verdi: $0.1) }
        self.homeHref = homeHref
    }
}

/// A form typed before the session ended, carried through the login page in two hidden
/// fields: where it was going and what it held.
struct TypedForm: Sendable {
    static let pathField = "gjenoppta-til"
    static let bodyField = "gjenoppta"

    let path: String
    let typed: FormData

    /// The carried form of a login post, when it names a resumable page of this site.
    init?(_ form: FormData) {
        guard let path = RedirectTarget.safe(form[Self.pathField]), SiteRoute.isResumable(path), !form[Self.bodyField].isEmpty else { return nil }
        self.path = path
        typed = FormData(urlEncoded: form[Self.bodyField])
    }

    init(path: String, typed: FormData) {
        self.path = path
        self.typed = typed
    }

    /// The form as the login page carries it: urlencoded, without its old token.
    var body: String { typed.encoded(without: [CSRFMiddleware.field]) }
}
