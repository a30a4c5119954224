import Domain
import Foundation
import Persistence

/// What a behovsmelding says, read-only: the facts, the criteria answers, the UH's text and each
/// tiltak with its amounts per year. Shared by the reading page and the printable view
/// (`partials/behovsmelding-innhold.mustache`).
struct BehovsmeldingInnhold: Sendable {
    static let template = "partials/behovsmelding-innhold"

    struct Fact: Sendable, Hashable {
        let term: String
        let value: String
    }

    struct Answer: Sendable {
        let heading: String
        let text: String?
    }

    struct TiltakView: Sendable {
        let nummer: Int
        let tittel: String
        let heading: String
        let facts: [Fact]
        let years: [BehovsmeldingOversikt.Row]
        let total: BehovsmeldingOversikt.Row
        /// For a reviewer: the most similar delivered tiltak of other partnerships (the «delingssystem»).
        var similar: Similar?
    }

    struct Similar: Sendable {
        let items: [String]
        let hasItems: Bool
        let searchHref: String
    }

    let facts: [Fact]
    let answers: [Answer]
    let uhAnswer: Answer
    private(set) var tiltak: [TiltakView]
    let hasTiltak: Bool
    let years: [BehovsmeldingOversikt.Row]
    let total: BehovsmeldingOversikt.Row
    let egenandel: String?
    let emptyText: String

    init(melding: Behovsmelding, partnerskap: Partnerskap, runde: Runde?, t: Catalogue) {
        let none = t.text(.bmNotAnswered)
        facts = [
            Fact(term: t.text(.bmFactOrdning), value: runde?.navn(melding.ordning) ?? melding.ordning.kode),
            Fact(term: t.text(.bmFactRound), value: String(melding.rundeAar)),
            Fact(term: t.text(.bmFactStatus), value: t.navn(melding.status)),
            Fact(term: t.text(.bmFactPartnership), value: partnerskap.navn),
            Fact(term: t.text(.bmFactOwners), value: partnerskap.eiere.map(\.navn).joined(separator: ", ")),
            Fact(term: t.text(.bmFactUH), value: partnerskap.uh.map(\.navn).joined(separator: ", ")),
            Fact(term: t.text(.bmEnheter), value: melding.enheter.isEmpty ? none : melding.enheter),
            Fact(term: t.text(.bmKontaktperson), value: melding.kontaktperson.isEmpty ? none : melding.kontaktperson),
        ]
        answers = Kriterium.allCases.map { Answer(heading: t.navn($0), text: melding.kriterier[$0]) }
        uhAnswer = Answer(heading: t.text(.bmUHText), text: melding.uhLaererutdanning.isEmpty ? nil : melding.uhLaererutdanning)
        tiltak = melding.tiltak.map { item in
            var facts = [
                Fact(term: t.text(.bmFase), value: item.fase.map(t.navn) ?? none),
                Fact(term: t.text(.bmHvaSkalGjores), value: item.hvaSkalGjores.isEmpty ? none : item.hvaSkalGjores),
                Fact(term: t.text(.bmHvemGjorHva), value: item.hvemGjorHva.isEmpty ? none : item.hvemGjorHva),
                Fact(term: t.text(.bmDeltakere), value: item.deltakere.isEmpty ? none : item.deltakere),
                Fact(term: t.text(.bmVarighet), value: t.antall(item.varighetAar, en: .bmYearsOne, flere: .bmYearsMany)),
            ]
            if !item.planmal.isEmpty {
                facts.append(Fact(term: t.text(.bmPlanGoalLabel), value: item.planmal))
            }
            if item.koordinator > .zero {
                facts.append(Fact(term: t.text(.bmKoordinator), value: item.koordinator.formatted))
                facts.append(Fact(term: t.text(.bmKoordinatorBegrunnelse), value: item.koordinatorBegrunnelse.isEmpty ? none : item.koordinatorBegrunnelse))
            }
            return TiltakView(
                nummer: item.nummer, tittel: item.tittel, heading: t.omtale(item.navn), facts: facts,
                years: item.aarsbelop.enumerated().map { .init(melding.rundeAar + $0, $1) }, total: .init(label: t.text(.bmTotal), belop: item.totalt)
            )
        }
        hasTiltak = !tiltak.isEmpty
        years = melding.perAar.enumerated().map { .init(melding.rundeAar + $0, $1) }
        total = .init(label: t.text(.bmTotal), belop: melding.totalt)
        egenandel = BehovsmeldingOversikt.egenandel(melding, runde: runde, t: t)
        emptyText = none
    }

    /// Beside each tiltak, the similar ones elsewhere (by tiltak number), with a search for more.
    mutating func medLignende(_ lignende: [Int: [Sokstreff]], runder: Runder, t: Catalogue) {
        for index in tiltak.indices {
            let view = tiltak[index]
            let items = (lignende[view.nummer] ?? []).map { hit in
                t.format(.dsSimilarItem, ["tiltak": t.omtale(hit.tiltak.navn), "partnerskap": hit.partnerskap, "region": hit.region,
                                          "ordning": runder.kortnavn(hit.ordning, aar: hit.aar), "aar": String(hit.aar)])
            }
            tiltak[index].similar = Similar(items: items, hasItems: !items.isEmpty,
                                            searchHref: SiteRoute.delingssystem.path + "?q=" + (view.tittel.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
        }
    }
}

/// One step in a behovsmelding's history, from the audit log.
struct HistoryItem: Sendable {
    let time: String
    let text: String
    let comment: String?

    init(_ event: AuditEvent, t: Catalogue) {
        time = Tidspunkt.oslo(event.at)
        text = t.format(.historikk(event.handling), ["bruker": event.userName ?? t.text(.auditNoUser), "rolle": event.actingRole ?? ""])
        comment = event.handling == .returner ? AuditEvent.fields(event.after)["kommentar"] : nil
    }
}

/// The reading page: the behovsmelding for those who do not edit it now (the UH, the other
/// owners after sending, the Statsforvalter), with the UH's work on it when it is the UH's turn.
struct BehovsmeldingPage: Page {
    static let template = "behovsmelding/show"

    /// The catalogue for the behovsmelding's scheme (it names the partner as the scheme does).
    let t: Catalogue
    let title: String
    let lead: String
    /// nil for a reader who may not open the partnership (a network leader, the fagutvalg).
    let partnerskapHref: String?
    let partnerskapName: String
    let printHref: String
    /// What it says, rendered once for the data it was read with (`AppDependencies.innhold`).
    let innhold: Gjengitt
    let oversikt: BehovsmeldingOversikt
    let notice: String?
    let returnComment: String?
    let summary: ErrorSummary?
    let conflict: String?
    let uhAction: String?
    let csrf: String
    let version: String
    let uhText: TextArea
    let kommentar: TextArea
    let signatures: String?
    let history: [HistoryItem]
    let hasHistory: Bool
    /// The Statsforvalter's form for a later deadline, while not delivered.
    let fristAction: String?
    let fristDato: Field
    let fristBegrunnelse: TextArea

    init(
        stored: StoredBehovsmelding, partnerskap: Partnerskap, runde: Runde, andre: [Behovsmelding], innhold: Gjengitt, rolle: Rolle, uhDraft: String?, kommentar: String,
        frist: (dato: String, begrunnelse: String)? = nil, errors: [Feltmelding], conflict: String?, version: Int, history: [AuditEvent], now: Date, csrf: String, t: Catalogue
    ) {
        let t = t.forOrdning(runde.ordninger[stored.melding.ordning])
        self.t = t
        let melding = stored.melding
        title = t.format(.bmTitle, ["ordning": runde.kortnavn(melding.ordning), "aar": String(melding.rundeAar)])
        lead = runde.navn(melding.ordning)
        let partnerskapHref = Tilgang.kan(rolle, .sePartnerskap(parter: partnerskap.partIds)) ? SiteRoute.partnerskap(partnerskap.id).path : nil
        self.partnerskapHref = partnerskapHref
        partnerskapName = partnerskap.navn
        printHref = SiteRoute.behovsmeldingUtskrift(stored.id).path
        self.innhold = innhold
        var shown = melding
        if let uhDraft { shown.uhLaererutdanning = uhDraft }
        let violations = shown.validate(partnerskap: partnerskap, runde: runde, andre: andre, steg: .levering, now: now)
        oversikt = BehovsmeldingOversikt(
            melding: shown, partnerskap: partnerskap, runde: runde, violations: violations, steg: .levering, partnerskapHref: partnerskapHref, now: now, t: t
        )
        let isUH = Tilgang.kan(rolle, .redigereSomUH(uh: partnerskap.uhIds))
        let isOwner = Tilgang.kan(rolle, .redigereSomEier(eiere: partnerskap.eierIds))
        let uhWorks = isUH && melding.kanBehandlesAvUH(runde: runde, now: now)
        switch melding.status {
        case .utkast: notice = isOwner ? t.text(.bmNoticeOwnerClosed) : t.text(.bmNoticeDraft)
        case .tilUH: notice = uhWorks ? t.text(.bmNoticeUHTurn) : t.text(.bmNoticeWithUH)
        case .levert:
            notice = t.format(.bmNoticeDelivered, ["tid": stored.deliveredAt.map(Tidspunkt.oslo) ?? ""])
        }
        returnComment = melding.status == .utkast ? stored.returnComment.map { t.format(.bmReturned, ["kommentar": $0]) } : nil
        summary = ErrorSummary(errors, t: t)
        self.conflict = conflict
        uhAction = uhWorks ? SiteRoute.behovsmeldingUH(stored.id).path : nil
        self.csrf = csrf
        self.version = String(version)
        uhText = TextArea("uhLaererutdanning", label: t.text(.bmUHText), value: uhDraft ?? melding.uhLaererutdanning, hint: t.text(.bmUHTextHint),
                          errors: errors, rows: 8)
        self.kommentar = TextArea("kommentar", label: t.text(.bmReturnComment), value: kommentar, hint: t.text(.bmReturnCommentHint),
                                  errors: errors, rows: 4, limit: .middels)
        let signed = partnerskap.uh.filter { stored.uhSignert.contains($0.organisasjonId) }.map(\.navn)
        signatures = signed.isEmpty ? nil : t.format(.bmSignedBy, ["uh": signed.joined(separator: ", ")])
        self.history = history.map { HistoryItem($0, t: t) }
        hasHistory = !history.isEmpty
        fristAction = Tilgang.kan(rolle, .forlengeFrist) && melding.status != .levert ? SiteRoute.behovsmeldingFrist(stored.id).path : nil
        fristDato = Field("fristDato", label: t.text(.bmExtendDate), value: frist?.dato ?? melding.fristforlengelse?.dato.iso ?? "", type: "date",
                          hint: t.format(.bmExtendDateHint, ["etter": runde.frister.behovsmelding.formatted, "senest": runde.frister.nettverk.formatted]),
                          errors: errors, width: "w-10")
        fristBegrunnelse = TextArea("fristBegrunnelse", label: t.text(.bmExtendReason), value: frist?.begrunnelse ?? melding.fristforlengelse?.begrunnelse ?? "",
                                    hint: t.text(.bmExtendReasonHint), errors: errors, rows: 3, limit: .middels)
    }
}

/// The printable view (A4): the content and who signed, without the page's controls.
struct BehovsmeldingPrintPage: Page {
    static let template = "behovsmelding/print"

    let t: Catalogue
    let title: String
    let lead: String
    /// What it says, rendered once for the data it was read with (`AppDependencies.innhold`).
    let innhold: Gjengitt
    let signatures: [BehovsmeldingInnhold.Fact]
    let printed: String
    let backHref: String

    init(stored: StoredBehovsmelding, partnerskap: StoredPartnerskap, runde: Runde?, innhold: Gjengitt, now: Date, t: Catalogue) {
        let t = t.forOrdning(runde?.ordninger[stored.melding.ordning])
        self.t = t
        let melding = stored.melding
        title = t.format(.bmTitle, ["ordning": runde?.kortnavn(melding.ordning) ?? melding.ordning.kode, "aar": String(melding.rundeAar)])
        lead = runde?.navn(melding.ordning) ?? melding.ordning.kode
        self.innhold = innhold
        var signatures = partnerskap.partnerskap.parter.map { part in
            BehovsmeldingInnhold.Fact(
                term: t.format(.bmPrintAgreementSigned, ["part": part.navn]),
                value: partnerskap.signedAt[part.organisasjonId].map(Tidspunkt.oslo) ?? t.text(.psNotSigned)
            )
        }
        for uh in partnerskap.partnerskap.uh {
            signatures.append(.init(term: t.format(.bmPrintUHSigned, ["part": uh.navn]),
                                    value: stored.uhSignert.contains(uh.organisasjonId) ? t.text(.bmYes) : t.text(.psNotSigned)))
        }
        if let delivered = stored.deliveredAt {
            signatures.append(.init(term: t.text(.bmPrintDelivered), value: Tidspunkt.oslo(delivered)))
        }
        self.signatures = signatures
        printed = t.format(.bmPrinted, ["tid": Tidspunkt.oslo(now)])
        backHref = SiteRoute.behovsmelding(stored.id).path
    }
}

extension AppDependencies {
    /// Where what behovsmelding `id` says is kept rendered (`innhold`) until the data changes.
    /// Taken before anything it is rendered from is read: what a change forgets is never given
    /// what was read before that change.
    func innholdslager(behovsmelding id: Int64) async throws -> Gjengivelser {
        struct Nokkel: Hashable, Sendable { let id: Int64 }
        return try await database.beholdt(forBehovsmelding: Nokkel(id: id)) { Gjengivelser() }
    }

    /// What `stored` says (`BehovsmeldingInnhold`), with the similar tiltak beside each when
    /// `lignende` is given (the same for every reader who may search), rendered once for `lager`
    /// (`innholdslager`): the reading page, the printable view and the assessment show the same.
    func innhold(_ stored: StoredBehovsmelding, partnerskap: Partnerskap, runde: Runde, lignende: (treff: [Int: [Sokstreff]], runder: Runder)?,
                 lager: Gjengivelser, t: Catalogue) throws -> Gjengitt {
        let t = t.forOrdning(runde.ordninger[stored.melding.ordning])
        return try renderer.rader(BehovsmeldingInnhold.template, [stored.id], lager: lager, t: t, nokkel: { Radnokkel($0, lignende != nil) }) { _ in
            var innhold = BehovsmeldingInnhold(melding: stored.melding, partnerskap: partnerskap, runde: runde, t: t)
            if let lignende { innhold.medLignende(lignende.treff, runder: lignende.runder, t: t) }
            return innhold
        }
    }
}
