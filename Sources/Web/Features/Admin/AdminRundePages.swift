import Domain
import Persistence

/// The funding rounds, newest first.
struct AdminRundeListPage: Page {
    static let template = "admin/rounds"

    struct Row: Sendable {
        let year: String
        let href: String
        let deadline: String
        let budgets: [String]
        let status: String
        let isLocked: Bool
    }

    let title: String
    let newHref: String
    let rows: [Row]
    let isEmpty: Bool

    init(runder: [Runde], locked: Set<Int>, today: Dato, t: Catalogue) {
        title = t.text(.adminRounds)
        newHref = SiteRoute.adminNyRunde.path
        rows = runder.sorted { $0.aar > $1.aar }.map { runde in
            Row(
                year: String(runde.aar), href: SiteRoute.adminRunde(aar: runde.aar).path,
                deadline: runde.frister.behovsmelding.formatted,
                budgets: runde.ordningerSortert.map { "\($0.1.kortnavn): \($0.1.budsjett.formatted)" },
                status: t.text(locked.contains(runde.aar) ? .adminRoundLocked : .adminRoundOpen),
                isLocked: locked.contains(runde.aar)
            )
        }
        isEmpty = rows.isEmpty
    }
}

/// Create or edit a round; read-only once its rules are locked.
struct AdminRundeFormPage: Page {
    static let template = "admin/round"

    struct OrdningSection: Sendable {
        let legend: String
        let anchor: String
        let sectionHint: String?
        let include: CheckboxField
        let names: [Field]
        let choices: [ChoiceGroup]
        let report: CheckboxField
        let rulesHeading: String
        let fields: [Field]
    }

    /// The templates a new round can start from; nil on an existing round's page.
    struct Templates: Sendable {
        let action: String
        let choice: ChoiceGroup
        let chosen: String?
    }

    let title: String
    let action: String
    let csrf: String
    let cancelHref: String
    let submitLabel: String
    let summary: ErrorSummary?
    let year: Field?
    let dates: [Field]
    let ordninger: [OrdningSection]
    let ordningerError: String?
    let templates: Templates?
    let locked: Bool
    let lockedText: String
    /// The object's audit lines (`AppDependencies.auditRader`).
    let auditRows: Gjengitt
    let hasHistory: Bool

    /// The parameters in the form's order, with their labels.
    static let parameters: [(Rundeparameter, MessageKey)] = [
        (.budsjett, .adminParamBudget),
        (.maksTiltak, .adminParamMaxTiltak),
        (.koordinatorMaksAndel, .adminParamCoordinatorShare),
        (.koordinatorMinKommuner, .adminParamCoordinatorKommuner),
        (.maksVarighetAar, .adminParamMaxYears),
        (.flerarigMaksAndel, .adminParamMultiYearShare),
        (.andelViaBehovsmeldinger, .adminParamViaBehovsmelding),
        (.egenandel, .adminParamEgenandel),
    ]

    /// - Parameters:
    ///   - maler: on the new-round page, what it may start from (a template's code and its name)
    ///     and which was used.
    init(
        aar: Int?, utkast: Runde.Utkast, errors: [Feltmelding], locked: Bool, history: Gjengitt,
        maler: (valg: [(kode: String, navn: String)], valgt: String)? = nil, csrf: String, t: Catalogue
    ) {
        title = aar.map { t.format(.adminRoundTitle, ["aar": String($0)]) } ?? t.text(.adminRoundNew)
        action = aar.map { SiteRoute.adminRunde(aar: $0).path } ?? SiteRoute.adminRunder.path
        self.csrf = csrf
        cancelHref = SiteRoute.adminRunder.path
        submitLabel = t.text(aar == nil ? .adminCreate : .adminSave)
        summary = ErrorSummary(errors, t: t)
        year = aar == nil
            ? Field("aar", label: t.text(.adminRoundYear), value: utkast.aar, hint: t.text(.adminRoundYearHint), errors: errors, inputmode: "numeric", width: "w-5")
            : nil
        dates = Runde.Frister.felt.map { kode in
            Field(kode.rawValue, label: t.fristnavn(kode), value: utkast.datoer[kode.rawValue] ?? "", type: "date", errors: errors, width: "w-10")
        }
        // A locked round gets no new scheme: its empty section is left out.
        ordninger = utkast.ordninger.enumerated().filter { !locked || $0.element != .ny }.map { index, input in
            Self.section(nummer: index + 1, input, errors: errors, t: t)
        }
        templates = maler.map { maler in
            Templates(
                action: SiteRoute.adminNyRunde.path,
                choice: ChoiceGroup("mal", legend: t.text(.adminTemplateHeading), selected: [maler.valgt],
                                    options: maler.valg.map { (value: $0.kode, label: $0.navn, hint: nil) }, hint: t.text(.adminTemplateLead)),
                chosen: maler.valg.first { $0.kode == maler.valgt }.map { t.format(.adminTemplateChosen, ["mal": $0.navn]) }
            )
        }
        ordningerError = errors.melding(for: "ordninger")
        self.locked = locked
        lockedText = t.tekst(.rundeLaast)
        auditRows = history
        hasHistory = !history.html.isEmpty
    }

    /// Section `nummer` of the form: what the scheme is, then its money and rules.
    static func section(nummer: Int, _ input: Runde.Utkast.OrdningUtkast, errors: [Feltmelding], t: Catalogue) -> OrdningSection {
        func name(_ parameter: Rundeparameter) -> String { Felt.rundeparameter(nummer, parameter).navn }
        let shortName = input.kortnavn.trimmingCharacters(in: .whitespaces)
        let isNew = input == .ny
        func group<T: RawRepresentable & CaseIterable>(_ parameter: Rundeparameter, _ legend: MessageKey, hint: MessageKey? = nil,
                                                        _ chosen: [String], _ values: [T], _ label: (T) -> String) -> ChoiceGroup where T.RawValue == String {
            ChoiceGroup(name(parameter), legend: t.text(legend), selected: Set(chosen),
                        options: values.map { (value: $0.rawValue, label: label($0), hint: nil) }, hint: hint.map(t.text), errors: errors)
        }
        return OrdningSection(
            legend: isNew ? t.text(.adminSchemeNew) : (shortName.isEmpty ? input.kode : shortName),
            anchor: "ordning-\(nummer)",
            sectionHint: isNew ? t.text(.adminSchemeNewHint) : nil,
            include: CheckboxField(name(.med), label: t.format(.adminRoundInclude, ["ordning": shortName.isEmpty ? t.text(.adminSchemeNew) : shortName]),
                                   checked: input.med, errors: errors),
            names: [
                Field(name(.kode), label: t.text(.adminSchemeCode), value: input.kode, hint: t.text(.adminSchemeCodeHint), errors: errors, width: "w-10"),
                Field(name(.kortnavn), label: t.text(.adminSchemeShortName), value: input.kortnavn, errors: errors, width: "w-20"),
                Field(name(.navn), label: t.text(.adminSchemeName), value: input.navn, errors: errors),
            ],
            choices: [
                group(.sektorer, .adminSchemeSectors, hint: .adminSchemeSectorsHint, input.sektorer, Sektor.allCases, t.navn),
                group(.malgrupper, .adminSchemeTargetGroups, input.malgrupper, Malgruppe.allCases, t.navn),
                group(.nettverk, .adminSchemeNetworks, hint: .adminSchemeNetworksHint, input.nettverk, Nettverkstype.allCases, t.navn),
                group(.partnertyper, .adminSchemePartners, hint: .adminSchemePartnersHint, input.partnertyper,
                      Organisasjonstype.allCases.filter(\.erKunnskapspartner), t.navn),
            ],
            report: CheckboxField(name(.rapport), label: t.text(.adminSchemeReport), checked: input.rapport, errors: errors),
            rulesHeading: t.text(.adminSchemeRules),
            fields: parameters.map { parameter, labelKey in
                Field(
                    name(parameter), label: t.text(labelKey), value: input[parameter],
                    errors: errors, inputmode: parameter == .budsjett ? "numeric" : "decimal",
                    width: parameter == .budsjett ? "w-10" : "w-5"
                )
            }
        )
    }
}
