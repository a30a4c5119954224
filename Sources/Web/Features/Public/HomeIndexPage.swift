import Domain

/// The start page: what the service is for, the round's money and its year cycle.
struct HomeIndexPage: Page {
    static let template = "home/index"

    struct BudgetRow: Sendable {
        let ordning: String
        let kortnavn: String
        let budget: String
        let viaBehovsmelding: String
        let laterRound: String
    }

    struct Step: Sendable {
        let anchor: String
        let dateISO: String
        let date: String
        let title: String
        let text: String
        let status: String
        let statusClass: String
        let isNext: Bool
        let isDeadline: Bool
    }

    struct Round: Sendable {
        let budgetHeading: String
        let budgetCaption: String
        let budgetRows: [BudgetRow]
        let budgetTotal: String
        let laterRoundTotal: String
        let arshjulHeading: String
        let steps: [Step]
        /// The year cycle as a calendar file to subscribe to.
        let calendarHref: String
    }

    let title: String
    let round: Round?

    init(runde: Runde?, today: Dato, t: Catalogue) {
        title = t.text(.startTitle)
        round = runde.map { Self.round($0, today: today, t: t) }
    }

    static func round(_ runde: Runde, today: Dato, t: Catalogue) -> Round {
        let year = ["aar": String(runde.aar)]
        let rows = runde.ordningerSortert.map { ordning, value in
            let parts = value.fordeling
            return BudgetRow(
                ordning: value.navn,
                kortnavn: value.kortnavn,
                budget: value.budsjett.formatted,
                viaBehovsmelding: "\(parts.behovsmeldinger.formatted) (\(value.parametre.andelViaBehovsmeldinger.formatted))",
                laterRound: parts.senereRunde == .zero
                    ? "–" : "\(parts.senereRunde.formatted) (\((Prosent.hundred - value.parametre.andelViaBehovsmeldinger).formatted))"
            )
        }
        let values = runde.ordningerSortert.map(\.1)
        let steps = Arshjul(runde: runde, today: today).steg.map { step in
            let status = (t.text(.stegStatus(step.status)), step.status.rawValue)
            return Step(
                anchor: "steg-\(step.kode.rawValue)",
                dateISO: step.dato.iso,
                date: step.dato.formatted,
                title: t.stegTittel(step.kode, runde),
                text: t.stegTekst(step.kode, runde),
                status: status.0,
                statusClass: status.1,
                isNext: step.status == .neste,
                isDeadline: step.erFrist
            )
        }
        return Round(
            budgetHeading: t.format(.startBudgetHeading, alle: year),
            budgetCaption: t.format(.startBudgetCaption, alle: year),
            budgetRows: rows,
            budgetTotal: values.map(\.budsjett).sum().formatted,
            laterRoundTotal: values.map(\.fordeling.senereRunde).sum().formatted,
            arshjulHeading: t.format(.startArshjulHeading, alle: year),
            steps: steps,
            calendarHref: t.lenke(SiteRoute.kalender(aar: runde.aar).path)
        )
    }
}
