import Domain
import Foundation

/// The summary beside the behovsmelding: amounts per year, the eier/UH split, the coordinator
/// share, the egenandel (R12), the deadline, and what still blocks the next step, each
/// linking to its field. Everything here is what Domain computed, formatted.
struct BehovsmeldingOversikt: Sendable {
    /// Rendered inside the form page, and alone for the live update while typing.
    static let template = "partials/behovsmelding-oversikt"

    /// One line of an amounts table; the column headers say "kr", so the cells do not.
    struct Row: Sendable {
        let label: String
        let eier: String
        let uh: String
        let sum: String

        init(label: String, belop: Belop) {
            self.label = label
            eier = belop.eier.formattedNumber
            uh = belop.uh.formattedNumber
            sum = belop.sum.formattedNumber
        }

        init(_ year: Int, _ belop: Belop) { self.init(label: String(year), belop: belop) }
    }

    struct Problem: Sendable {
        /// Where the problem can be fixed; nil when that is a page the reader may not open.
        let href: String?
        let message: String
    }

    let status: String
    let years: [Row]
    let total: Row
    let coordinator: String
    let egenandel: String?
    let deadline: String
    /// The later deadline the Statsforvalter gave, with the reason.
    let extended: String?
    let blockers: [Problem]
    let hasBlockers: Bool
    let blockersHeading: String
    let warnings: [Problem]
    let hasWarnings: Bool
    let ready: String?
    /// Set while some typed value cannot be read: the amounts are then the last saved ones.
    let pending: String?

    /// - Parameters:
    ///   - violations: Domain's `validate` of `melding` for `steg`, computed once by the page.
    ///   - formatErrors: typed values that cannot be read (the live update while typing); they
    ///     block first, and `melding` is then the saved version.
    init(
        melding: Behovsmelding, partnerskap: Partnerskap, runde: Runde, violations: [Violation], formatErrors: [Feltfeil] = [],
        steg: Behovsmelding.Steg, partnerskapHref: String?, now: Date, t: Catalogue
    ) {
        status = t.navn(melding.status)
        years = melding.perAar.enumerated().map { index, belop in
            Row(melding.rundeAar + index, belop)
        }
        let totalt = melding.totalt
        total = Row(label: t.text(.bmTotal), belop: totalt)
        let coordinatorTotal = melding.koordinator
        if coordinatorTotal == .zero {
            coordinator = t.text(.bmNoCoordinator)
        } else {
            coordinator = t.format(.bmCoordinatorShare, [
                "belop": coordinatorTotal.formatted, "andel": coordinatorTotal.share(of: totalt.sum)?.formatted ?? "–",
            ])
        }
        egenandel = Self.egenandel(melding, runde: runde, t: t)
        let today = Dato(instant: now)
        let deadlineDate = melding.frist(runde)
        if melding.erForSent(runde, now: now) {
            deadline = t.format(.bmDeadlineMissed, ["dato": deadlineDate.formatted])
        } else {
            deadline = deadlineDate.erApen(now: now)
                ? t.format(.bmDeadlineOpen, ["dato": deadlineDate.formatted, "igjen": RoleHomePage.daysLeft(today.days(until: deadlineDate), t: t)])
                : t.format(.bmDeadlinePassed, ["dato": deadlineDate.formatted])
        }
        extended = melding.fristforlengelse.map { t.format(.bmExtendedNote, ["dato": $0.dato.formatted, "begrunnelse": $0.begrunnelse]) }

        func problem(_ feil: Feltfeil) -> Problem { Problem(href: Self.href(feil.felt, partnerskapHref: partnerskapHref), message: t.tekst(feil.grunn)) }
        blockers = (formatErrors + violations.filter(\.blokkerer).map(\.feltfeil)).map(problem)
        pending = formatErrors.isEmpty ? nil : t.text(.bmSummaryPending)
        warnings = violations.filter { !$0.blokkerer }.map(\.feltfeil).map(problem)
        hasBlockers = !blockers.isEmpty
        hasWarnings = !warnings.isEmpty
        blockersHeading = t.antall(blockers.count, en: .bmBlockersOne, flere: .bmBlockersMany)
        ready = blockers.isEmpty && melding.status == .utkast ? t.text(.klar(steg)) : nil
    }

    /// R12: the owners' own share, where the ordning has one.
    static func egenandel(_ melding: Behovsmelding, runde: Runde?, t: Catalogue) -> String? {
        guard let parametre = runde?.ordninger[melding.ordning]?.parametre, parametre.egenandel != .zero else { return nil }
        return t.format(.bmEgenandel, [
            "andel": parametre.egenandel.formatted, "aar": String(melding.rundeAar), "belop": melding.egenandel(parametre).formatted,
        ])
    }

    /// Where a summary link about `felt` goes: the field on this page, the agreement on the
    /// partnership page, or the status box for the deadline and the step.
    static func href(_ felt: Felt, partnerskapHref: String?) -> String? {
        if felt.sted == .avtale { return partnerskapHref }
        switch felt {
        case .frist, .ordning, .status: return "#status"
        case .tiltakListe: return "#tiltak-liste"
        case .uhLaererutdanning: return "#uh-tekst"
        default: return "#felt-" + felt.navn
        }
    }
}
