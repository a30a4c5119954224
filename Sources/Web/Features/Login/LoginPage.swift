import Domain
import Persistence

/// The login form. A wrong e-mail or password gets one neutral message in the summary, never
/// next to a field, so the page does not tell which of the two was wrong.
struct LoginPage: Page {
    static let template = "auth/login"

    let title: String
    let action: String
    let csrf: String
    let next: String?
    let notice: String?
    let summary: ErrorSummary?
    let email: Field
    let password: Field
    let demoLogins: [String]
    let hasDemoLogins: Bool
    let demoPassword: String
    /// A form typed before the session ended, carried to the page after login.
    let resumePath: String?
    let resumeBody: String?
    let resumePathField = TypedForm.pathField
    let resumeBodyField = TypedForm.bodyField

    init(
        email: String, next: String?, csrf: String, errors: [Feltmelding], summaryOnly: [Feltmelding], notice: String?, demoLogins: [String]?,
        resume: TypedForm? = nil, t: Catalogue
    ) {
        resumePath = resume?.path
        resumeBody = resume?.body
        title = t.text(.loginTitle)
        action = SiteRoute.loggInn.path
        self.csrf = csrf
        self.next = next
        self.notice = notice
        summary = ErrorSummary(errors + summaryOnly, t: t)
        self.email = Field("epost", label: t.text(.loginEmail), value: email, type: "email", errors: errors, autocomplete: "username")
        password = Field("passord", label: t.text(.loginPassword), value: "", type: "password", errors: errors, autocomplete: "current-password")
        self.demoLogins = demoLogins ?? []
        hasDemoLogins = !(demoLogins ?? []).isEmpty
        demoPassword = AppDatabase.demoPassword
    }
}

/// Choosing a password through a one-time link.
struct PasswordPage: Page {
    static let template = "auth/password"

    let title: String
    let lead: String
    let action: String
    let csrf: String
    let summary: ErrorSummary?
    let password: Field
    let repeatPassword: Field

    init(bruker: Bruker, action: String, csrf: String, errors: [Feltmelding], t: Catalogue) {
        title = t.text(.passwordTitle)
        lead = t.format(.passwordLead, ["navn": bruker.navn, "epost": bruker.epost])
        self.action = action
        self.csrf = csrf
        summary = ErrorSummary(errors, t: t)
        password = Field(
            "passord", label: t.text(.passwordNew), value: "", type: "password",
            hint: t.format(.passwordHint, ["antall": String(Passordregel.minsteLengde)]), errors: errors, autocomplete: "new-password"
        )
        repeatPassword = Field("gjenta", label: t.text(.passwordRepeat), value: "", type: "password", errors: errors, autocomplete: "new-password")
    }
}
