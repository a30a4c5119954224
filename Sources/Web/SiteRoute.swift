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
        case .hjem(let kind): return kind.hjem
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
        }
    }

    /// The address of this page, for links and redirects.
    public var path: String {
        switch self {
        case .settPassord(let token):
            return pattern.replacingOccurrences(of: "{token}", with: token)
        case .adminOrganisasjon(let id), .adminRegion(let id), .adminNettverk(let id), .adminBruker(let id),
             .adminBrukerRoller(let id), .adminBrukerAktiv(let id), .adminBrukerPassordlenke(let id):
            return pattern.replacingOccurrences(of: "{id}", with: String(id))
        case .adminBrukerFjernRolle(let id, let grant):
            return pattern.replacingOccurrences(of: "{id}", with: String(id)).replacingOccurrences(of: "{grant}", with: String(grant))
        case .adminRunde(let aar):
            return pattern.replacingOccurrences(of: "{aar}", with: String(aar))
        default:
            return pattern
        }
    }

    /// The path as the router wants it.
    var routerPath: RouterPath { RouterPath(pattern) }
}
