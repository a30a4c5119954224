import Domain
import Persistence

/// Create or edit an organisation, with the object's change log under the form.
struct AdminOrganisationFormPage: Page {
    static let template = "admin/organisation"

    let title: String
    let action: String
    let csrf: String
    let cancelHref: String
    let submitLabel: String
    let summary: ErrorSummary?
    let navn: Field
    let type: SelectField
    let orgnr: Field
    let kommunenummer: Field
    let regionId: SelectField
    let malform: SelectField
    let saerlige: CheckboxField
    let oppfolging: CheckboxField
    let isDemo: Bool
    /// The object's audit lines (`AppDependencies.auditRader`).
    let auditRows: Gjengitt
    let hasHistory: Bool
    let isEdit: Bool

    init(
        id: Int64?, existing: Organisasjon?, utkast: Organisasjon.Utkast, regions: [Region], errors: [Feltmelding],
        history: Gjengitt, csrf: String, t: Catalogue
    ) {
        isEdit = id != nil
        title = existing.map { $0.navn } ?? t.text(.adminOrgNew)
        action = id.map { SiteRoute.adminOrganisasjon($0).path } ?? SiteRoute.adminOrganisasjoner.path
        self.csrf = csrf
        cancelHref = SiteRoute.adminOrganisasjoner.path
        submitLabel = t.text(id == nil ? .adminCreate : .adminSave)
        summary = ErrorSummary(errors, t: t)
        navn = Field("navn", label: t.text(.orgColName), value: utkast.navn, hint: t.text(.adminOrgNameHint), errors: errors, autocomplete: "organization")
        type = SelectField(
            "type", label: t.text(.orgColKind), selected: utkast.type,
            options: [("", t.text(.adminChoose))] + Organisasjonstype.allCases.map { ($0.rawValue, t.navn($0)) }, errors: errors
        )
        orgnr = Field("orgnr", label: t.text(.orgColOrgnr), value: utkast.orgnr, hint: t.text(.adminOrgnrHint), errors: errors, inputmode: "numeric", width: "w-10")
        kommunenummer = Field(
            "kommunenummer", label: t.text(.adminKommunenummer), value: utkast.kommunenummer, hint: t.text(.adminKommunenummerHint),
            errors: errors, inputmode: "numeric", width: "w-5"
        )
        regionId = SelectField(
            "regionId", label: t.text(.homeFactRegion), selected: utkast.regionId,
            options: [("", t.text(.adminNoRegion))] + regions.map { (String($0.id), $0.navn) }, hint: t.text(.adminRegionHint), errors: errors
        )
        malform = SelectField(
            "malform", label: t.text(.adminOrgMalform), selected: utkast.malform,
            options: Malform.allCases.map { ($0.rawValue, t.navn($0)) }, hint: t.text(.adminOrgMalformHint), errors: errors
        )
        saerlige = CheckboxField("saerligeUtfordringer", label: t.text(.orgSaerlige), checked: utkast.saerligeUtfordringer, hint: t.text(.adminSaerligeHint), errors: errors)
        oppfolging = CheckboxField("oppfolgingsordningen", label: t.text(.orgOppfolging), checked: utkast.oppfolgingsordningen, hint: t.text(.adminOppfolgingHint), errors: errors)
        isDemo = existing?.erDemo ?? false
        auditRows = history
        hasHistory = !history.html.isEmpty
    }
}
