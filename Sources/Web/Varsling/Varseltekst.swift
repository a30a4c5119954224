import Domain
import Foundation
import Persistence

/// What a notice says and where it leads: its subject, its text and the page to open. Written
/// when the e-mail is composed, in the reader's language form.
struct Varseltekst: Equatable {
    let emne: String
    let tekst: String
    /// The page's path (made absolute for e-mail with the site's address).
    let lenke: String

    init(_ slag: Varsel.Slag, _ params: [String: String], t: Catalogue) {
        var values = params
        if let iso = params["dato"], let dato = Dato(iso: iso) { values["dato"] = dato.formatted }
        let id = Int64(params["behovsmelding"] ?? params["partnerskap"] ?? "") ?? 0
        let aar = Int(params["aar"] ?? "") ?? 0
        let ordning = Ordning(kode: params["ordningkode"] ?? "") ?? .rekom
        let slagRapport = Rapport.Slag(rawValue: params["slag"] ?? "") ?? .aar
        let rapport = SiteRoute.rapport(aar: aar, ordning, partnerskap: Int64(params["partnerskap"] ?? "") ?? 0, slagRapport).path
        switch slag {
        case .partnerskapTilSignering, .partnerskapPaminnelse:
            lenke = SiteRoute.partnerskap(id).path
        case .behovsmeldingTilUH, .behovsmeldingReturnert, .behovsmeldingLevert:
            lenke = SiteRoute.behovsmelding(id).path
        case .videresendtFagutvalg:
            lenke = SiteRoute.hjem(.fagutvalg).path
        case .innstillingTilForum:
            lenke = SiteRoute.forumInnstilling(aar: aar, ordning).path
        case .vedtak:
            lenke = SiteRoute.tildelingsbrevListe(aar: aar).path
        case .rapportReturnert, .rapportGodkjent, .rapportPaminnelse:
            lenke = rapport
        case .rekom30TilForum:
            lenke = SiteRoute.forumRekom30(aar: aar).path
        case .rekom30Vedtak:
            lenke = SiteRoute.rekom30Brev(aar: aar, organisasjon: Int64(params["organisasjon"] ?? "") ?? 0).path
        case .nettverksmote:
            lenke = SiteRoute.nettverksmoter(nettverk: Int64(params["nettverk"] ?? "") ?? 0).path
        case .nettverksinvitasjon:
            lenke = SiteRoute.kompetanseplan(nettverk: Int64(params["nettverk"] ?? "") ?? 0).path
        case .frist:
            switch params["hva"] {
            case "nettverk": lenke = SiteRoute.nettverkBehandling(aar: aar, ordning).path
            case "rapport": lenke = rapport
            default: lenke = SiteRoute.behovsmelding(id).path
            }
        }
        emne = t.format(Self.emne(slag), alle: values)
        tekst = t.format(Self.tekst(slag, hva: params["hva"]), alle: values)
    }

    static func emne(_ slag: Varsel.Slag) -> MessageKey {
        switch slag {
        case .partnerskapTilSignering: .vsSubject_partnerskapTilSignering
        case .partnerskapPaminnelse: .vsSubject_partnerskapPaminnelse
        case .behovsmeldingTilUH: .vsSubject_behovsmeldingTilUH
        case .behovsmeldingReturnert: .vsSubject_behovsmeldingReturnert
        case .behovsmeldingLevert: .vsSubject_behovsmeldingLevert
        case .videresendtFagutvalg: .vsSubject_videresendtFagutvalg
        case .innstillingTilForum: .vsSubject_innstillingTilForum
        case .vedtak: .vsSubject_vedtak
        case .rapportReturnert: .vsSubject_rapportReturnert
        case .rapportGodkjent: .vsSubject_rapportGodkjent
        case .rapportPaminnelse: .vsSubject_rapportPaminnelse
        case .rekom30TilForum: .vsSubject_rekom30TilForum
        case .rekom30Vedtak: .vsSubject_rekom30Vedtak
        case .nettverksmote: .vsSubject_nettverksmote
        case .nettverksinvitasjon: .vsSubject_nettverksinvitasjon
        case .frist: .vsSubject_frist
        }
    }

    static func tekst(_ slag: Varsel.Slag, hva: String?) -> MessageKey {
        switch slag {
        case .partnerskapTilSignering: .vsBody_partnerskapTilSignering
        case .partnerskapPaminnelse: .vsBody_partnerskapPaminnelse
        case .behovsmeldingTilUH: .vsBody_behovsmeldingTilUH
        case .behovsmeldingReturnert: .vsBody_behovsmeldingReturnert
        case .behovsmeldingLevert: .vsBody_behovsmeldingLevert
        case .videresendtFagutvalg: .vsBody_videresendtFagutvalg
        case .innstillingTilForum: .vsBody_innstillingTilForum
        case .vedtak: .vsBody_vedtak
        case .rapportReturnert: .vsBody_rapportReturnert
        case .rapportGodkjent: .vsBody_rapportGodkjent
        case .rapportPaminnelse: .vsBody_rapportPaminnelse
        case .rekom30TilForum: .vsBody_rekom30TilForum
        case .rekom30Vedtak: .vsBody_rekom30Vedtak
        case .nettverksmote: .vsBody_nettverksmote
        case .nettverksinvitasjon: .vsBody_nettverksinvitasjon
        case .frist:
            switch hva {
            case "signatur": .vsFrist_signatur
            case "nettverk": .vsFrist_nettverk
            case "rapport": .vsFrist_rapport
            default: .vsFrist_utkast
            }
        }
    }
}

/// The e-mails of notices: one per notice, or a day's notices in one digest.
enum Varselpost {
    /// The e-mail for `varsler` (all of one reader): a single notice as itself, several as a digest.
    static func epost(_ varsler: [VentendeVarsel], site: SiteSettings, now: Date, t: Catalogue) -> Epost? {
        guard let first = varsler.first else { return nil }
        let url = site.absolute
        let texts = varsler.map { Varseltekst($0.slag, $0.params, t: t) }
        let emne: String
        var lines = [t.format(.vsGreeting, ["navn": first.navn]), ""]
        if texts.count == 1, let only = texts.first {
            emne = only.emne
            lines += [only.tekst, "", t.format(.vsOpen, ["lenke": url(only.lenke)])]
        } else {
            emne = t.format(.vsDigestSubject, ["antall": String(texts.count)])
            lines.append(t.text(.vsDigestLead))
            for text in texts {
                lines += ["", "• " + text.emne, "  " + text.tekst, "  " + url(text.lenke)]
            }
        }
        lines += ["", "–", t.format(.vsFooter, ["lenke": url(SiteRoute.varsler.path)])]
        let host = site.publicURL.host(percentEncoded: false) ?? "behovsmelding"
        return Epost(userId: first.userId, til: first.epost, navn: first.navn, emne: emne, tekst: lines.joined(separator: "\n"),
                     messageId: "varsel-\(first.id).\(UUID().uuidString.lowercased())@\(host)",
                     createdAt: now, nesteForsok: now)
    }
}
