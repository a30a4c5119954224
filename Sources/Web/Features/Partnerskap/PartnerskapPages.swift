import Domain
import Foundation
import Persistence

/// The owner's form for a new partnership or a change to one: name, region, parties and the
/// written agreement (R8).
struct PartnerskapFormPage: Page {
    static let template = "partnerskap/form"

    let title: String
    let lead: String
    let action: String
    let cancelHref: String
    let csrf: String
    let version: String?
    let summary: ErrorSummary?
    let notice: String?
    let ownOrganisation: String
    let navn: Field
    let region: SelectField
    let eiere: ChoiceGroup
    let uh: ChoiceGroup
    let avtale: [TextArea]
    let submitLabel: String

    init(
        editing id: Int64?, utkast: Partnerskap.Utkast, own: Organisasjon, owners: [Organisasjon], universities: [Organisasjon],
        regions: [Region], version: Int?, errors: [Feltmelding], notice: String?, csrf: String, t: Catalogue
    ) {
        title = t.text(id == nil ? .psNewTitle : .psEditTitle)
        lead = t.text(id == nil ? .psNewLead : .psEditLead)
        action = id.map { SiteRoute.partnerskapEndre($0).path } ?? SiteRoute.opprettPartnerskap.path
        cancelHref = id.map { SiteRoute.partnerskap($0).path } ?? SiteRoute.hjem(.eier).path
        self.csrf = csrf
        self.version = version.map(String.init)
        summary = ErrorSummary(errors, t: t)
        self.notice = notice
        ownOrganisation = own.navn
        navn = Field("navn", label: t.text(.psName), value: utkast.navn, hint: t.text(.psNameHint), errors: errors)
        region = SelectField(
            "regionId", label: t.text(.psRegion), selected: utkast.regionId,
            options: [("", t.text(.psChooseRegion))] + regions.map { (String($0.id), $0.navn) }, hint: t.text(.psRegionHint), errors: errors
        )
        eiere = ChoiceGroup(
            "eiere", legend: t.text(.psOtherOwners), selected: Set(utkast.andreEiere),
            options: owners.filter { $0.id != own.id }.map { (String($0.id), $0.navn, nil) }, hint: t.format(.psOtherOwnersHint, ["egen": own.navn]),
            errors: errors
        )
        uh = ChoiceGroup(
            "uh", legend: t.text(.psUH), selected: Set(utkast.uh), options: universities.map { (String($0.id), $0.navn, $0.type == .uh ? nil : t.navn($0.type)) },
            hint: t.text(.psUHHint), errors: errors
        )
        avtale = Avtaledel.allCases.map { del in
            TextArea(Felt.avtale(del).navn, label: t.avtaledel(del), value: utkast.avtale[del], hint: t.text(.avtaleHint(del)), errors: errors, rows: 5)
        }
        submitLabel = t.text(id == nil ? .psCreate : .psSave)
    }
}

/// A partnership as its parties and the Statsforvalter see it: who is in it and who has
/// signed, the agreement, its behovsmeldinger, and what the reader can do.
struct PartnerskapPage: Page {
    static let template = "partnerskap/show"

    struct Party: Sendable {
        let name: String
        let side: String
        let signed: String
        let isSigned: Bool
        let reminded: String?
        let remindAction: String?
    }

    struct Section: Sendable {
        let heading: String
        let text: String?
    }

    struct MeldingRow: Sendable {
        let ordning: String
        let round: String
        let status: String
        let href: String?
        let linkLabel: String?
        let startAction: String?
        let note: String?
    }

    let title: String
    let region: String
    let homeHref: String
    let csrf: String
    let version: String
    let parties: [Party]
    let agreement: [Section]
    let signAction: String?
    let signBlockers: [String]
    let hasSignBlockers: Bool
    let ownSignature: String?
    let editHref: String?
    let editBlocked: String?
    let meldinger: [MeldingRow]
    let hasMeldinger: Bool
    /// The multi-year tiltak earlier vedtak promised money for this round's year, each with
    /// the partnership's answer and (for an owner) the form to give it.
    let commitments: [Commitment]
    let hasCommitments: Bool
    let commitmentsHeading: String
    let commitmentsLead: String
    let summary: ErrorSummary?

    struct Commitment: Sendable {
        let tiltak: String
        let ordning: String
        let decided: String
        let promised: String
        let answer: String
        let action: String?
        let felter: TiltakIVedtakFelter
        let eier: Field
        let uh: Field
        let begrunnelse: Field
    }

    /// The name a field of one commitment's form is known by in messages.
    static func svarFelt(_ key: TiltakIVedtak, _ field: String) -> String {
        "\(field)-\(key.vedtaksaar)-\(key.ordning.rawValue)-\(key.behovsmeldingId)-\(key.tiltakNummer)"
    }
    /// The object's audit lines (`AppDependencies.auditRader`).
    let auditRows: Gjengitt
    let hasHistory: Bool

    init(
        stored: StoredPartnerskap, rolle: Rolle, regionName: String, runde: Runde?, runder: Runder, meldinger: [StoredBehovsmelding],
        forpliktelser: [Forpliktelse] = [], svarApent: Set<Ordning> = [], svar typed: FormData? = nil, errors: [Feltmelding] = [],
        history: Gjengitt, now: Date, csrf: String, t: Catalogue
    ) {
        let partnerskap = stored.partnerskap
        title = partnerskap.navn
        region = regionName
        homeHref = SiteRoute.hjem(rolle.kind).path
        self.csrf = csrf
        version = String(stored.version)
        let own = rolle.organisasjonId
        let isOwner = Tilgang.kan(rolle, .redigereSomEier(eiere: partnerskap.eierIds))
        let sides = partnerskap.eiere.map { ($0, t.text(.psSideOwner)) } + partnerskap.uh.map { part in
            // A knowledge partner that is not a UH is named by its kind (Fagskole).
            (part, part.type.flatMap { $0 == .uh ? nil : t.navn($0) } ?? t.text(.psSideUH))
        }
        parties = sides.map { part, side in
                let signedAt = stored.signedAt[part.organisasjonId]
                return Party(
                    name: part.navn, side: side,
                    signed: signedAt.map { t.format(.psSignedAt, ["tid": Tidspunkt.oslo($0)]) } ?? t.text(.psNotSigned),
                    isSigned: signedAt != nil,
                    reminded: stored.remindedAt[part.organisasjonId].map { t.format(.psRemindedAt, ["tid": Tidspunkt.oslo($0)]) },
                    remindAction: isOwner && signedAt == nil && part.organisasjonId != own
                        ? SiteRoute.partnerskapPaminn(partnerskap.id, organisasjon: part.organisasjonId).path : nil
                )
            }
        agreement = Avtaledel.allCases.map { del in
            Section(heading: t.avtaledel(del), text: partnerskap.avtale[del].isEmpty ? nil : partnerskap.avtale[del])
        }
        let isParty = own.map { id in partnerskap.parter.contains { $0.organisasjonId == id } } ?? false
        let hasSigned = own.map { partnerskap.signert.contains($0) } ?? false
        signBlockers = isParty && !hasSigned ? partnerskap.signeringsfeil.map { t.tekst($0.grunn) } : []
        hasSignBlockers = !signBlockers.isEmpty
        signAction = isParty && !hasSigned && signBlockers.isEmpty ? SiteRoute.partnerskapSigner(partnerskap.id).path : nil
        ownSignature = own.flatMap { stored.signedAt[$0] }.map { t.format(.psOwnSigned, ["tid": Tidspunkt.oslo($0)]) }
        let blocked = Partnerskap.endringsfeil(statuser: meldinger.map(\.melding.status))
        editHref = isOwner && blocked == nil ? SiteRoute.partnerskapEndre(partnerskap.id).path : nil
        editBlocked = isOwner ? blocked.map { t.tekst($0.grunn) } : nil

        var rows: [MeldingRow] = meldinger.map { stored in
            MeldingRow(
                ordning: runder.navn(stored.melding.ordning, aar: stored.melding.rundeAar), round: String(stored.melding.rundeAar),
                status: t.navn(stored.melding.status), href: SiteRoute.behovsmelding(stored.id).path,
                linkLabel: t.format(.psOpenMelding, ["ordning": runder.kortnavn(stored.melding.ordning, aar: stored.melding.rundeAar)]),
                startAction: nil, note: nil
            )
        }
        if let runde {
            for (ordning, iRunde) in runde.ordningerSortert where !meldinger.contains(where: { $0.melding.ordning == ordning && $0.melding.rundeAar == runde.aar }) {
                let refusal = runde.startfeil(ordning, now: now)
                rows.append(MeldingRow(
                    ordning: iRunde.navn, round: String(runde.aar), status: t.text(.psNotStarted), href: nil, linkLabel: nil,
                    startAction: isOwner && refusal == nil ? SiteRoute.partnerskapStartBehovsmelding(partnerskap.id, ordning).path : nil,
                    note: isOwner ? refusal.map(t.tekst) : nil
                ))
            }
        }
        self.meldinger = rows
        hasMeldinger = !rows.isEmpty
        let year = runde.map { String($0.aar) } ?? ""
        commitmentsHeading = t.format(.psCommitmentsHeading, ["aar": year])
        commitmentsLead = t.format(.psCommitmentsLead, ["aar": year])
        summary = ErrorSummary(errors, t: t)
        commitments = forpliktelser.map { line in
            let key = line.tiltakIVedtak
            let own = typed?.gjelder(key) ?? false
            func value(_ name: String, _ stored: String) -> String { own ? typed?[name] ?? stored : stored }
            let shown = line.svar?.belop ?? line.belop
            return Commitment(
                tiltak: t.omtale(line.tiltak), ordning: runder.kortnavn(key.ordning, aar: key.vedtaksaar), decided: String(key.vedtaksaar),
                promised: t.format(.inSplit, ["eier": line.belop.eier.formatted, "uh": line.belop.uh.formatted]),
                answer: InnstillingPage.svarTekst(line, t: t),
                action: isOwner && svarApent.contains(key.ordning) ? SiteRoute.partnerskapForpliktelse(partnerskap.id).path : nil,
                felter: TiltakIVedtakFelter(key),
                eier: Field("svar.eier", key: Self.svarFelt(key, "svar.eier"), label: t.text(.psAnswerEier), value: value("svar.eier", shown.eier.formattedNumber),
                            errors: errors, inputmode: "numeric", width: "input-amount"),
                uh: Field("svar.uh", key: Self.svarFelt(key, "svar.uh"), label: t.text(.psAnswerUH), value: value("svar.uh", shown.uh.formattedNumber),
                          errors: errors, inputmode: "numeric", width: "input-amount"),
                begrunnelse: Field("svar.begrunnelse", key: Self.svarFelt(key, "svar.begrunnelse"), label: t.text(.psAnswerReason),
                                   value: value("svar.begrunnelse", line.svar?.begrunnelse ?? ""), hint: t.text(.psAnswerReasonHint), errors: errors)
            )
        }
        hasCommitments = !commitments.isEmpty
        auditRows = history
        hasHistory = !history.html.isEmpty
    }
}
