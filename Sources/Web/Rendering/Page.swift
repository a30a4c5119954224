/// A typed page model. Each page model has one template, `Templates/<template>.mustache`,
/// and only shows what Domain decided: amounts and dates arrive here already formatted.
public protocol Page: Sendable {
    /// Template name relative to `Templates/`, e.g. `home/index`.
    static var template: String { get }
    /// The page's heading, also used in `<title>`.
    var title: String { get }
}

/// Every page model type; the renderer checks at start-up that each template exists.
let allPageTypes: [any Page.Type] = [
    HomeIndexPage.self,
    AboutAccessibilityPage.self,
    OrganisationListPage.self,
    ErrorPage.self,
    LoginPage.self,
    PasswordPage.self,
    ResumePage.self,
    RoleHomePage.self,
    AdminOrganisationListPage.self,
    AdminOrganisationFormPage.self,
    AdminRegionListPage.self,
    AdminRegionPage.self,
    AdminUserListPage.self,
    AdminUserNewPage.self,
    AdminUserPage.self,
    AdminPasswordLinkPage.self,
    AdminRundeListPage.self,
    AdminRundeFormPage.self,
    AdminAuditPage.self,
    PartnerskapFormPage.self,
    PartnerskapPage.self,
    BehovsmeldingFormPage.self,
    BehovsmeldingPage.self,
    BehovsmeldingPrintPage.self,
    NettverkPage.self,
    NettverkFellesPage.self,
    FagutvalgPage.self,
    InnstillingPage.self,
    ForumFordelingPage.self,
    ForumInnstillingPage.self,
    TildelingsbrevListePage.self,
    TildelingsbrevPage.self,
    VarslerPage.self,
    EpostlistePage.self,
    EpostPage.self,
]
