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
                budgets: runde.ordningerSortert.map { "\($0.0.kortnavn): \($0.1.budsjett.formatted)" },
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
        let include: CheckboxField
        let fields: [Field]
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
    let locked: Bool
    let lockedText: String
    let auditRows: [AuditRow]
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

    init(aar: Int?, utkast: Runde.Utkast, errors: [Feltmelding], locked: Bool, history: [AuditEvent], csrf: String, t: Catalogue) {
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
        ordninger = Ordning.allCases.map { ordning in
            let input = utkast.ordninger[ordning] ?? Runde.Utkast.OrdningUtkast()
            return OrdningSection(
                legend: ordning.navn, anchor: "ordning-\(ordning.rawValue)",
                include: CheckboxField(Felt.rundeparameter(ordning, .med).navn, label: t.format(.adminRoundInclude, ["ordning": ordning.kortnavn]),
                                       checked: input.med, errors: errors),
                fields: Self.parameters.map { parameter, labelKey in
                    Field(
                        Felt.rundeparameter(ordning, parameter).navn, label: t.text(labelKey), value: input[parameter],
                        errors: errors, inputmode: parameter == .budsjett ? "numeric" : "decimal",
                        width: parameter == .budsjett ? "w-10" : "w-5"
                    )
                }
            )
        }
        ordningerError = errors.melding(for: "ordninger")
        self.locked = locked
        lockedText = t.tekst(.rundeLaast)
        auditRows = history.map { AuditRow($0, t: t) }
        hasHistory = !history.isEmpty
    }
}
