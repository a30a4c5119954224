import Domain
import Foundation
import Persistence

/// The owner's behovsmelding form: the three criteria, the units, a contact person and up to
/// the round's number of tiltak, with the summary beside it. Shows what the user typed, the
/// format errors of the last save at the top and next to their fields, and the rule
/// violations next to theirs.
struct BehovsmeldingFormPage: Page {
    static let template = "behovsmelding/form"
    /// The criteria, the units and the contact person (`Felter`), rendered once and kept under
    /// their model: what is typed is in it, so a view of an unchanged draft renders none of it.
    static let feltmal = "behovsmelding/skjema-felter"
    /// One tiltak's fields (`TiltakForm`), kept the same way.
    static let tiltakmal = "behovsmelding/skjema-tiltak"

    /// The catalogue for the behovsmelding's scheme (it names the partner as the scheme does).
    let t: Catalogue
    struct YearRow: Sendable, Hashable {
        let legend: String
        let eier: Field
        let uh: Field
    }

    struct TiltakForm: Sendable, Hashable {
        let anchor: String
        let headingId: String
        let heading: String
        let tittel: Field
        let fase: ChoiceGroup
        let hvaSkalGjores: TextArea
        let hvemGjorHva: TextArea
        let deltakere: TextArea
        /// The goal of the network's competence plan it serves; nil when the region's networks have no plan.
        let planmal: SelectField?
        let varighet: SelectField
        let years: [YearRow]
        let koordinator: Field
        let koordinatorBegrunnelse: TextArea
        let coordinatorNote: String
        let removeValue: String
        let removeLabel: String
    }

    struct Felter: Sendable, Hashable {
        let kriterier: [TextArea]
        let enheter: TextArea
        let kontaktperson: Field
        let kommuner: String
    }

    let title: String
    let lead: String
    let partnerskapHref: String
    let partnerskapName: String
    let action: String
    let printHref: String
    let oversiktHref: String
    let csrf: String
    let version: String
    let summary: ErrorSummary?
    let conflict: String?
    let returnComment: String?
    /// The criteria, the units and the contact person (`feltmal`).
    let felter: Gjengitt
    /// Each tiltak's fields (`tiltakmal`).
    let tiltak: Gjengitt
    let hasTiltak: Bool
    let canAddTiltak: Bool
    let tiltakLimit: String
    let oversikt: BehovsmeldingOversikt
    let uhText: String?

    /// - Parameters:
    ///   - errors: format errors of the last save (or refusals of a step); shown at the top too.
    ///   - violations: Domain's rule violations, shown next to their fields.
    init(
        stored: StoredBehovsmelding, utkast: Behovsmelding.Utkast, shown: Behovsmelding, partnerskap: Partnerskap, runde: Runde,
        andre: [Behovsmelding], planer: [(nettverk: String, plan: Kompetanseplan)] = [], errors: [Feltmelding], showViolations: Bool,
        conflict: String?, version: Int, now: Date, csrf: String, renderer: Renderer, t: Catalogue
    ) throws {
        let t = t.forOrdning(runde.ordninger[stored.melding.ordning])
        self.t = t
        let ordning = stored.melding.ordning
        let parametre = runde.ordninger[ordning]?.parametre ?? .retningslinjer2021
        title = t.format(.bmTitle, ["ordning": runde.kortnavn(ordning), "aar": String(stored.melding.rundeAar)])
        lead = runde.navn(ordning)
        partnerskapHref = SiteRoute.partnerskap(partnerskap.id).path
        partnerskapName = partnerskap.navn
        action = SiteRoute.behovsmelding(stored.id).path
        printHref = SiteRoute.behovsmeldingUtskrift(stored.id).path
        oversiktHref = SiteRoute.behovsmeldingOversikt(stored.id).path
        self.csrf = csrf
        self.version = String(version)
        summary = ErrorSummary(errors, t: t)
        self.conflict = conflict
        returnComment = stored.returnComment.map { t.format(.bmReturned, ["kommentar": $0]) }
        let violations = shown.validate(partnerskap: partnerskap, runde: runde, andre: andre, steg: .tilUH, now: now)
        let inline = showViolations ? t.meldinger(violations) : []
        let shownErrors = errors + inline.filter { message in !errors.contains { $0.felt == message.felt } }

        let kriterier = Kriterium.allCases.map { kriterium in
            TextArea(Felt.kriterium(kriterium).navn, label: t.navn(kriterium), value: utkast.kriterier[kriterium] ?? "",
                     hint: t.sporsmal(kriterium), errors: shownErrors, rows: 6)
        }
        let enheter = TextArea("enheter", label: t.text(.bmEnheter), value: utkast.enheter, hint: t.text(.bmEnheterHint), errors: shownErrors,
                               rows: 3, limit: .middels)
        let kontaktperson = Field("kontaktperson", label: t.text(.bmKontaktperson), value: utkast.kontaktperson, hint: t.text(.bmKontaktpersonHint),
                                  errors: shownErrors, autocomplete: "name")
        let kommuneList = partnerskap.eiere.map(\.navn).joined(separator: ", ")
        let kommuner = t.format(.bmKommuner, ["antall": String(partnerskap.kommuner.count), "eiere": kommuneList])
        felter = try renderer.rader(Self.feltmal, [Felter(kriterier: kriterier, enheter: enheter, kontaktperson: kontaktperson, kommuner: kommuner)], t: t)

        let yearCount = parametre.maksVarighetAar
        let phases = Fase.allCases.map { fase in
            (value: fase.rawValue, label: t.navn(fase), hint: Optional(t.text(.faseHint(fase))))
        }
        // The goals on offer: «Mål 2: …», with the network's name when two networks have a plan.
        let offered = planer.flatMap { nettverk, plan in
            plan.mal.enumerated().map { index, goal in
                (value: goal, label: t.format(planer.count > 1 ? .bmPlanGoalOfNetwork : .bmPlanGoal,
                                              ["nr": String(index + 1), "mal": goal, "nettverk": nettverk]))
            }
        }
        let tiltak = utkast.tiltak.enumerated().map { index, item in
            let nummer = index + 1
            func f(_ del: Felt.Tiltaksdel) -> String { Felt.tiltak(nummer, del).navn }
            var rows = item.aarsbelop
            while rows.count < yearCount { rows.append(.init()) }
            let years = rows.enumerated().map { yearIndex, row in
                let year = yearIndex + 1
                return YearRow(
                    legend: t.format(year == 1 ? .bmYearFirst : .bmYearLater, ["nr": String(year), "aar": String(stored.melding.rundeAar + yearIndex)]),
                    eier: Field(Felt.tiltaksbelop(nummer, aar: year, .eier).navn, label: t.text(.bmAmountOwner), value: row.eier,
                                errors: shownErrors, inputmode: "numeric", width: "input-amount"),
                    uh: Field(Felt.tiltaksbelop(nummer, aar: year, .uh).navn, label: t.text(.bmAmountUH), value: row.uh,
                              errors: shownErrors, inputmode: "numeric", width: "input-amount")
                )
            }
            return TiltakForm(
                anchor: "tiltak-\(nummer)", headingId: "tiltak-\(nummer)-overskrift", heading: t.format(.bmTiltakHeading, ["nr": String(nummer)]),
                tittel: Field(f(.tittel), label: t.text(.bmTittel), value: item.tittel, errors: shownErrors),
                fase: ChoiceGroup(f(.fase), legend: t.text(.bmFase), selected: [item.fase], options: phases, errors: shownErrors),
                hvaSkalGjores: TextArea(f(.hvaSkalGjores), label: t.text(.bmHvaSkalGjores), value: item.hvaSkalGjores,
                                        hint: t.text(.bmHvaSkalGjoresHint), errors: shownErrors),
                hvemGjorHva: TextArea(f(.hvemGjorHva), label: t.text(.bmHvemGjorHva), value: item.hvemGjorHva,
                                      hint: t.text(.bmHvemGjorHvaHint), errors: shownErrors),
                deltakere: TextArea(f(.deltakere), label: t.text(.bmDeltakere), value: item.deltakere, hint: t.text(.bmDeltakereHint),
                                    errors: shownErrors, rows: 3, limit: .middels),
                planmal: Self.planmal(f(.planmal), chosen: item.planmal, offered: offered, errors: shownErrors, t: t),
                varighet: SelectField(f(.varighetAar), label: t.text(.bmVarighet), selected: item.varighetAar,
                                      options: (1...yearCount).map { (String($0), t.antall($0, en: .bmYearsOne, flere: .bmYearsMany)) },
                                      hint: t.format(.bmVarighetHint, ["maks": String(yearCount), "andel": parametre.flerarigMaksAndel.formatted]),
                                      errors: shownErrors),
                years: years,
                koordinator: Field(f(.koordinator), label: t.text(.bmKoordinator), value: item.koordinator,
                                   hint: t.format(.bmKoordinatorHint, ["andel": parametre.koordinatorMaksAndel.formatted, "kommuner": String(parametre.koordinatorMinKommuner)]),
                                   errors: shownErrors, inputmode: "numeric", width: "input-amount"),
                koordinatorBegrunnelse: TextArea(f(.koordinatorBegrunnelse), label: t.text(.bmKoordinatorBegrunnelse), value: item.koordinatorBegrunnelse,
                                                 errors: shownErrors, rows: 3, limit: .middels),
                coordinatorNote: t.text(.bmCoordinatorNote),
                removeValue: Knapp.fjernTiltak(nummer).value, removeLabel: t.format(.bmRemoveTiltak, ["nr": String(nummer)])
            )
        }
        self.tiltak = try renderer.rader(Self.tiltakmal, tiltak, t: t)
        hasTiltak = !tiltak.isEmpty
        canAddTiltak = Behovsmelding.Utkast.kanLeggeTilTiltak(antall: utkast.tiltak.count, maks: parametre.maksTiltak)
        tiltakLimit = t.format(.bmTiltakLimit, ["antall": String(utkast.tiltak.count), "maks": String(parametre.maksTiltak)])
        oversikt = BehovsmeldingOversikt(
            melding: shown, partnerskap: partnerskap, runde: runde, violations: violations, steg: .tilUH, partnerskapHref: partnerskapHref, now: now, t: t
        )
        uhText = stored.melding.uhLaererutdanning.isEmpty ? nil : stored.melding.uhLaererutdanning
    }

    /// The choice of a goal of the competence plans; a goal chosen from an earlier version of a
    /// plan stays on offer, marked so.
    static func planmal(
        _ name: String, chosen: String, offered: [(value: String, label: String)], errors: [Feltmelding], t: Catalogue
    ) -> SelectField? {
        let current = chosen.trimmingCharacters(in: .whitespacesAndNewlines)
        var options = offered
        if !current.isEmpty, !offered.contains(where: { $0.value == current }) {
            options.append((current, t.format(.bmPlanGoalEarlier, ["mal": current])))
        }
        guard !options.isEmpty else { return nil }
        return SelectField(name, label: t.text(.bmPlanGoalLabel), selected: current,
                           options: [("", t.text(.bmPlanGoalNone))] + options.map { ($0.value, $0.label) }, hint: t.text(.bmPlanGoalHint), errors: errors)
    }
}
