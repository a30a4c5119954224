import Domain
import Hummingbird

/// Every page's address, used both to register routes (`pattern`, with `{id}` placeholders)
/// and to build links (`path`), so the two cannot drift apart.
public enum SiteRoute: Hashable, Sendable {
    case start
    case tilgjengelighet
    case organisasjoner
    case health
    case loggInn
    case loggUt
    case byttRolle
    case settPassord(token: String)
    case fornyOkt
    case kalender(aar: Int)
    case hjem(Rolle.Kind)
    case adminOrganisasjoner
    case adminNyOrganisasjon
    case adminOrganisasjon(Int64)
    case adminRegioner
    case adminRegion(Int64)
    case adminNettverk(Int64)
    case adminBrukere
    case adminNyBruker
    case adminBruker(Int64)
    case adminBrukerRoller(Int64)
    case adminBrukerFjernRolle(Int64, grant: Int64)
    case adminBrukerAktiv(Int64)
    case adminBrukerPassordlenke(Int64)
    case adminRunder
    case adminNyRunde
    case adminRunde(aar: Int)
    case adminLogg
    case nyttPartnerskap
    case opprettPartnerskap
    case partnerskap(Int64)
    case partnerskapEndre(Int64)
    case partnerskapSigner(Int64)
    case partnerskapPaminn(Int64, organisasjon: Int64)
    case partnerskapStartBehovsmelding(Int64, Ordning)
    case behovsmelding(Int64)
    case behovsmeldingUH(Int64)
    case behovsmeldingUtskrift(Int64)
    case behovsmeldingOversikt(Int64)
    /// The Statsforvalter gives the behovsmelding a later deadline (POST).
    case behovsmeldingFrist(Int64)
    case nettverkBehandling(aar: Int, Ordning)
    /// The network leader marks tiltak of different owners as joint, or removes a marking.
    case nettverkFelles(aar: Int, Ordning)
    case fagutvalgVurdering(Int64)
    case innstilling(aar: Int, Ordning)
    /// The Statsforvalter stops a tiltak of an earlier vedtak, freeing its commitment (POST).
    case innstillingStans(aar: Int, Ordning)
    /// The Statsforvalter accepts a partnership's changed amount for a later year (POST).
    case innstillingGodta(aar: Int, Ordning)
    /// The owner answers what a multi-year tiltak needs this year (POST).
    case partnerskapForpliktelse(Int64)
    case forum(aar: Int)
    case forumInnstilling(aar: Int, Ordning)
    case forumEksport(aar: Int, fil: String)
    case tildelingsbrevListe(aar: Int)
    case tildelingsbrev(aar: Int, Ordning, partnerskap: Int64)
    /// The owner's application to the Rekom 30 % round.
    case rekom30Soknad(aar: Int)
    /// The Statsforvalter's ranking and allocation of the Rekom 30 % round.
    case rekom30Fordeling(aar: Int)
    /// The Rekom 30 % allocation as the samarbeidsforum sees and answers it.
    case forumRekom30(aar: Int)
    /// The Rekom 30 % grant letter to one owner.
    case rekom30Brev(aar: Int, organisasjon: Int64)
    /// The report (R13) of the signed-in owner or partner on a grant letter.
    case rapport(aar: Int, Ordning, partnerskap: Int64, Rapport.Slag = .aar)
    /// The Statsforvalter's follow-up of a round's reports (of one kind).
    case rapportOppfolging(aar: Int, Rapport.Slag = .aar)
    /// One reporter's report as the Statsforvalter reads, returns and approves it.
    case rapportBehandling(aar: Int, Ordning, partnerskap: Int64, organisasjon: Int64, Rapport.Slag = .aar)
    /// A table of the report follow-up as CSV or XLSX.
    case rapportEksport(aar: Int, fil: String)
    /// A network's long-term competence plan (the current version, or `?versjon=N`).
    case kompetanseplan(nettverk: Int64)
    /// The network leader's form for the plan's next version.
    case kompetanseplanEndre(nettverk: Int64)
    /// A network's meeting plan (`?endre=N`: the leader's form holds meeting N).
    case nettverksmoter(nettverk: Int64)
    /// The «delingssystem»: search the delivered tiltak of every region (`?q=…&ordning=…&region=…&aar=…`).
    case delingssystem
    /// A network's shared documents; the leader uploads and removes them.
    case nettverksdokumenter(nettverk: Int64)
    /// One shared document's file.
    case nettverksdokument(nettverk: Int64, dokument: Int64)
    /// The leader invites an organisation into the network, or ends an invitation (POST).
    case nettverksmedlemmer(nettverk: Int64)
    /// A person's notices, their choice of e-mail and their private calendar feed.
    case varsler
    /// The private calendar feed: only the holder's own deadlines and meetings (a secret address).
    case kalenderPrivat(token: String)
    /// The outbox: every e-mail written, sent or kept (the Statsforvalter), and one of them.
    case adminEpost
    case adminEpostVis(Int64)

    /// The route pattern as the router wants it.
    public var pattern: String {
        switch self {
        case .start: return "/"
        case .tilgjengelighet: return "/tilgjengelighet"
        case .organisasjoner: return "/organisasjoner"
        case .health: return "/healthz"
        case .loggInn: return "/logg-inn"
        case .loggUt: return "/logg-ut"
        case .byttRolle: return "/rolle"
        case .settPassord: return "/passord/{token}"
        case .fornyOkt: return "/okt/forny"
        case .kalender: return "/runde/{aar}/kalender.ics"
        case .hjem(let kind):
            switch kind {
            case .eier: return "/eier"
            case .uh: return "/uh"
            case .nettverksleder: return "/nettverk"
            case .fagutvalg: return "/fagutvalg"
            case .statsforvalter: return "/statsforvalter"
            case .samarbeidsforum: return "/samarbeidsforum"
            }
        case .adminOrganisasjoner: return "/statsforvalter/organisasjoner"
        case .adminNyOrganisasjon: return "/statsforvalter/organisasjoner/ny"
        case .adminOrganisasjon: return "/statsforvalter/organisasjoner/{id}"
        case .adminRegioner: return "/statsforvalter/regioner"
        case .adminRegion: return "/statsforvalter/regioner/{id}"
        case .adminNettverk: return "/statsforvalter/nettverk/{id}"
        case .adminBrukere: return "/statsforvalter/brukere"
        case .adminNyBruker: return "/statsforvalter/brukere/ny"
        case .adminBruker: return "/statsforvalter/brukere/{id}"
        case .adminBrukerRoller: return "/statsforvalter/brukere/{id}/roller"
        case .adminBrukerFjernRolle: return "/statsforvalter/brukere/{id}/roller/{grant}/fjern"
        case .adminBrukerAktiv: return "/statsforvalter/brukere/{id}/aktiv"
        case .adminBrukerPassordlenke: return "/statsforvalter/brukere/{id}/passordlenke"
        case .adminRunder: return "/statsforvalter/runder"
        case .adminNyRunde: return "/statsforvalter/runder/ny"
        case .adminRunde: return "/statsforvalter/runder/{aar}"
        case .adminLogg: return "/statsforvalter/logg"
        case .nyttPartnerskap: return "/partnerskap/ny"
        case .opprettPartnerskap: return "/partnerskap"
        case .partnerskap: return "/partnerskap/{id}"
        case .partnerskapEndre: return "/partnerskap/{id}/endre"
        case .partnerskapSigner: return "/partnerskap/{id}/signer"
        case .partnerskapPaminn: return "/partnerskap/{id}/paminn/{organisasjon}"
        case .partnerskapStartBehovsmelding: return "/partnerskap/{id}/behovsmelding/{ordning}"
        case .behovsmelding: return "/behovsmelding/{id}"
        case .behovsmeldingUH: return "/behovsmelding/{id}/uh"
        case .behovsmeldingUtskrift: return "/behovsmelding/{id}/utskrift"
        case .behovsmeldingOversikt: return "/behovsmelding/{id}/oversikt"
        case .behovsmeldingFrist: return "/behovsmelding/{id}/frist"
        case .nettverkBehandling: return "/nettverk/{aar}/{ordning}"
        case .nettverkFelles: return "/nettverk/{aar}/{ordning}/felles"
        case .fagutvalgVurdering: return "/fagutvalg/behovsmelding/{id}"
        case .innstilling: return "/statsforvalter/innstilling/{aar}/{ordning}"
        case .innstillingStans: return "/statsforvalter/innstilling/{aar}/{ordning}/stans"
        case .innstillingGodta: return "/statsforvalter/innstilling/{aar}/{ordning}/godta"
        case .partnerskapForpliktelse: return "/partnerskap/{id}/forpliktelse"
        case .forum: return "/samarbeidsforum/{aar}"
        case .forumInnstilling: return "/samarbeidsforum/{aar}/{ordning}"
        case .forumEksport: return "/samarbeidsforum/{aar}/eksport/{fil}"
        case .tildelingsbrevListe: return "/tildelingsbrev/{aar}"
        case .tildelingsbrev: return "/tildelingsbrev/{aar}/{ordning}/{id}"
        case .rekom30Soknad: return "/rekom30/{aar}"
        case .rekom30Fordeling: return "/statsforvalter/rekom30/{aar}"
        case .forumRekom30: return "/samarbeidsforum/{aar}/rekom30/fordeling"
        case .rekom30Brev: return "/tildelingsbrev/{aar}/rekom30/eier/{id}"
        case .rapport(_, _, _, .aar): return "/rapport/{aar}/{ordning}/{id}"
        case .rapport(_, _, _, .halvaar): return "/halvaarsrapport/{aar}/{ordning}/{id}"
        case .rapportOppfolging(_, .aar): return "/statsforvalter/rapporter/{aar}"
        case .rapportOppfolging(_, .halvaar): return "/statsforvalter/halvaarsrapporter/{aar}"
        case .rapportBehandling(_, _, _, _, .aar): return "/statsforvalter/rapporter/{aar}/{ordning}/{id}/{organisasjon}"
        case .rapportBehandling(_, _, _, _, .halvaar): return "/statsforvalter/halvaarsrapporter/{aar}/{ordning}/{id}/{organisasjon}"
        case .rapportEksport: return "/statsforvalter/rapporteksport/{aar}/{fil}"
        case .kompetanseplan: return "/kompetanseplan/{id}"
        case .kompetanseplanEndre: return "/kompetanseplan/{id}/endre"
        case .nettverksmoter: return "/nettverksmoter/{id}"
        case .delingssystem: return "/delingssystem"
        case .nettverksdokumenter: return "/nettverksdokumenter/{id}"
        case .nettverksdokument: return "/nettverksdokumenter/{id}/{dokument}"
        case .nettverksmedlemmer: return "/kompetanseplan/{id}/medlemmer"
        case .varsler: return "/varsler"
        case .kalenderPrivat: return "/kalender/{token}"
        case .adminEpost: return "/statsforvalter/epost"
        case .adminEpostVis: return "/statsforvalter/epost/{id}"
        }
    }

    /// `pattern` with its parameters' values.
    private func fylt(_ values: KeyValuePairs<String, String>) -> String { Plassholdere.fyll(pattern, values) }

    /// The address of this page, for links and redirects.
    public var path: String {
        switch self {
        case .settPassord(let token):
            return fylt(["token": token])
        case .kalenderPrivat(let token):
            return fylt(["token": token + ".ics"])
        case .adminOrganisasjon(let id), .adminRegion(let id), .adminNettverk(let id), .adminBruker(let id),
             .adminBrukerRoller(let id), .adminBrukerAktiv(let id), .adminBrukerPassordlenke(let id),
             .partnerskap(let id), .partnerskapEndre(let id), .partnerskapForpliktelse(let id), .partnerskapSigner(let id), .behovsmelding(let id),
             .behovsmeldingUH(let id), .behovsmeldingUtskrift(let id), .behovsmeldingOversikt(let id), .behovsmeldingFrist(let id), .fagutvalgVurdering(let id),
             .kompetanseplan(let id), .kompetanseplanEndre(let id), .nettverksmoter(let id), .nettverksdokumenter(let id), .adminEpostVis(let id),
             .nettverksmedlemmer(let id):
            return fylt(["id": String(id)])
        case .partnerskapPaminn(let id, let organisasjon):
            return fylt(["id": String(id), "organisasjon": String(organisasjon)])
        case .partnerskapStartBehovsmelding(let id, let ordning):
            return fylt(["id": String(id), "ordning": ordning.kode])
        case .adminBrukerFjernRolle(let id, let grant):
            return fylt(["id": String(id), "grant": String(grant)])
        case .nettverkBehandling(let aar, let ordning), .nettverkFelles(let aar, let ordning), .innstilling(let aar, let ordning),
             .innstillingStans(let aar, let ordning), .innstillingGodta(let aar, let ordning), .forumInnstilling(let aar, let ordning):
            return fylt(["aar": String(aar), "ordning": ordning.kode])
        case .adminRunde(let aar), .forum(let aar), .tildelingsbrevListe(let aar), .kalender(let aar), .rekom30Soknad(let aar), .rekom30Fordeling(let aar),
             .forumRekom30(let aar), .rapportOppfolging(let aar, _):
            return fylt(["aar": String(aar)])
        case .forumEksport(let aar, let fil), .rapportEksport(let aar, let fil):
            return fylt(["aar": String(aar), "fil": fil])
        case .nettverksdokument(let id, let dokument):
            return fylt(["id": String(id), "dokument": String(dokument)])
        case .rekom30Brev(let aar, let id):
            return fylt(["aar": String(aar), "id": String(id)])
        case .rapport(let aar, let ordning, let id, _):
            return fylt(["aar": String(aar), "ordning": ordning.kode, "id": String(id)])
        case .rapportBehandling(let aar, let ordning, let id, let organisasjon, _):
            return fylt(["aar": String(aar), "ordning": ordning.kode, "id": String(id), "organisasjon": String(organisasjon)])
        case .tildelingsbrev(let aar, let ordning, let id):
            return fylt(["aar": String(aar), "ordning": ordning.kode, "id": String(id)])
        default:
            return pattern
        }
    }

    /// The path as the router wants it.
    var routerPath: RouterPath { RouterPath(pattern) }

    /// One value of every case, for tests that must cover every route. `ordinal` switches
    /// over all cases, so a new case does not compile until it is listed here too. A case with
    /// several addresses lists the others in `variants`.
    static let examples: [SiteRoute] = [
        .start, .tilgjengelighet, .organisasjoner, .health, .loggInn, .loggUt, .byttRolle, .settPassord(token: "x"),
        .hjem(.eier), .adminOrganisasjoner, .adminNyOrganisasjon, .adminOrganisasjon(1), .adminRegioner, .adminRegion(1),
        .adminNettverk(1), .adminBrukere, .adminNyBruker, .adminBruker(1), .adminBrukerRoller(1), .adminBrukerFjernRolle(1, grant: 1),
        .adminBrukerAktiv(1), .adminBrukerPassordlenke(1), .adminRunder, .adminNyRunde, .adminRunde(aar: 2027), .adminLogg,
        .nyttPartnerskap, .opprettPartnerskap, .partnerskap(1), .partnerskapEndre(1), .partnerskapSigner(1), .partnerskapPaminn(1, organisasjon: 1),
        .partnerskapStartBehovsmelding(1, .rekom), .behovsmelding(1), .behovsmeldingUH(1), .behovsmeldingUtskrift(1),
        .behovsmeldingOversikt(1), .nettverkBehandling(aar: 2027, .rekom), .fagutvalgVurdering(1),
        .innstilling(aar: 2027, .rekom), .forum(aar: 2027), .forumInnstilling(aar: 2027, .rekom), .forumEksport(aar: 2027, fil: "per-ordning-2027.csv"),
        .tildelingsbrevListe(aar: 2027), .tildelingsbrev(aar: 2027, .rekom, partnerskap: 1), .fornyOkt,
        .kalender(aar: 2027), .behovsmeldingFrist(1), .innstillingStans(aar: 2027, .rekom), .innstillingGodta(aar: 2027, .rekom),
        .partnerskapForpliktelse(1), .rekom30Soknad(aar: 2027), .rekom30Fordeling(aar: 2027),
        .forumRekom30(aar: 2027), .rekom30Brev(aar: 2027, organisasjon: 1),
        .rapport(aar: 2026, .rekom, partnerskap: 1), .rapportOppfolging(aar: 2026), .rapportBehandling(aar: 2026, .rekom, partnerskap: 1, organisasjon: 1),
        .rapportEksport(aar: 2026, fil: "rapporter-2026.csv"), .kompetanseplan(nettverk: 1), .kompetanseplanEndre(nettverk: 1),
        .nettverksmoter(nettverk: 1), .delingssystem, .nettverksdokumenter(nettverk: 1), .nettverksdokument(nettverk: 1, dokument: 1),
        .varsler, .kalenderPrivat(token: "x"), .adminEpost, .adminEpostVis(1), .nettverksmedlemmer(nettverk: 1),
        .nettverkFelles(aar: 2027, .kompetanseloftet),
    ]

    /// The other addresses of the example's case: each role's home, and the half-year reports.
    static let variants: [SiteRoute] = Rolle.Kind.allCases.map { .hjem($0) } + [
        .rapport(aar: 2026, .rekom, partnerskap: 1, .halvaar), .rapportOppfolging(aar: 2026, .halvaar),
        .rapportBehandling(aar: 2026, .rekom, partnerskap: 1, organisasjon: 1, .halvaar),
    ]

    var ordinal: Int {
        switch self {
        case .start: return 0
        case .tilgjengelighet: return 1
        case .organisasjoner: return 2
        case .health: return 3
        case .loggInn: return 4
        case .loggUt: return 5
        case .byttRolle: return 6
        case .settPassord: return 7
        case .hjem: return 8
        case .adminOrganisasjoner: return 9
        case .adminNyOrganisasjon: return 10
        case .adminOrganisasjon: return 11
        case .adminRegioner: return 12
        case .adminRegion: return 13
        case .adminNettverk: return 14
        case .adminBrukere: return 15
        case .adminNyBruker: return 16
        case .adminBruker: return 17
        case .adminBrukerRoller: return 18
        case .adminBrukerFjernRolle: return 19
        case .adminBrukerAktiv: return 20
        case .adminBrukerPassordlenke: return 21
        case .adminRunder: return 22
        case .adminNyRunde: return 23
        case .adminRunde: return 24
        case .adminLogg: return 25
        case .nyttPartnerskap: return 26
        case .opprettPartnerskap: return 27
        case .partnerskap: return 28
        case .partnerskapEndre: return 29
        case .partnerskapSigner: return 30
        case .partnerskapPaminn: return 31
        case .partnerskapStartBehovsmelding: return 32
        case .behovsmelding: return 33
        case .behovsmeldingUH: return 34
        case .behovsmeldingUtskrift: return 35
        case .behovsmeldingOversikt: return 36
        case .nettverkBehandling: return 37
        case .fagutvalgVurdering: return 38
        case .innstilling: return 39
        case .forum: return 40
        case .forumInnstilling: return 41
        case .forumEksport: return 42
        case .tildelingsbrevListe: return 43
        case .tildelingsbrev: return 44
        case .fornyOkt: return 45
        case .kalender: return 46
        case .behovsmeldingFrist: return 47
        case .innstillingStans: return 48
        case .innstillingGodta: return 49
        case .partnerskapForpliktelse: return 50
        case .rekom30Soknad: return 51
        case .rekom30Fordeling: return 52
        case .forumRekom30: return 53
        case .rekom30Brev: return 54
        case .rapport: return 55
        case .rapportOppfolging: return 56
        case .rapportBehandling: return 57
        case .rapportEksport: return 58
        case .kompetanseplan: return 59
        case .kompetanseplanEndre: return 60
        case .nettverksmoter: return 61
        case .delingssystem: return 62
        case .nettverksdokumenter: return 63
        case .nettverksdokument: return 64
        case .varsler: return 65
        case .kalenderPrivat: return 66
        case .adminEpost: return 67
        case .adminEpostVis: return 68
        case .nettverksmedlemmer: return 69
        case .nettverkFelles: return 70
        }
    }

    /// The POSTs that need no session: logging in and out, and setting a password.
    static func isAnonymousPost(_ path: String) -> Bool {
        path == SiteRoute.loggInn.path || path == SiteRoute.loggUt.path || path.hasPrefix(SiteRoute.settPassord(token: "").path)
    }

    /// POSTs whose typed content is kept when the session has ended (every form a person
    /// fills in; not the live summary the page's script posts, nor switching role).
    static func isResumable(_ path: String) -> Bool {
        !isAnonymousPost(path) && path != SiteRoute.byttRolle.path && path != SiteRoute.fornyOkt.path
            && !(path.hasPrefix("/behovsmelding/") && path.hasSuffix("/oversikt"))
    }

    /// `path` as the request log may show it: a route whose address carries a secret (the
    /// one-time password link) shows its pattern instead.
    static func loggbar(_ path: String) -> String {
        let secret = SiteRoute.settPassord(token: "").path
        return path.hasPrefix(secret) ? SiteRoute.settPassord(token: "").pattern : path
    }
}

extension Ordning {
    /// Any code, for building a route's pattern: the pattern names the parameter, not the value.
    static let monster = Ordning(rawValue: "ordning")
}
