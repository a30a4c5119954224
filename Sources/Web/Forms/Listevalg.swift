import Domain
import Hummingbird

/// A list's choice by scheme, region and one thing more (a state, an outcome), as a form above
/// it that asks for the list's address again, and which of its rows are shown. `partials/listefilter`.
struct Listefilter: Sendable, Hashable {
    /// Its form, which a page shows rendered (`skjema`).
    static let mal = "partials/listefilter"

    let action: String
    /// Only when the list holds more than one scheme.
    let ordning: SelectField?
    let region: SelectField
    let valg: SelectField
    /// Which rows of how many; nil when none.
    let showing: String?
    /// The list without a choice; nil when none is made.
    let resetHref: String?

    /// `ordninger` and `regions` are those of the list's rows; `valg` the third choice; `side`
    /// the page shown of what is chosen.
    init<Element>(path: String, ordninger: [(Ordning, String)], ordning: Ordning?, regions: [Region], regionId: Int64?, valg: SelectField,
                  side: Sideutsnitt<Element>, erAlle: Bool, t: Catalogue) {
        let all = ("", t.text(.dsAll))
        action = path
        self.ordning = ordninger.count > 1
            ? SelectField("ordning", label: t.text(.fuListOrdning), selected: ordning?.kode ?? "", options: [all] + ordninger.map { ($0.0.kode, $0.1) })
            : nil
        region = SelectField("region", label: t.text(.fuListColRegion), selected: regionId.map(String.init) ?? "",
                             options: [all] + regions.sorted { $0.navn < $1.navn }.map { (String($0.id), $0.navn) })
        self.valg = valg
        showing = side.antall == 0 ? nil
            : t.format(.fuListShowing, ["fra": Kroner.groupDigits(side.fra), "til": Kroner.groupDigits(side.til), "antall": Kroner.groupDigits(side.antall)])
        resetHref = erAlle ? nil : path
    }
}

extension Renderer {
    /// The form of `filter` (`Listefilter.mal`), nothing without one; kept under the whole
    /// choice, whose selects are most of what a list's page looks up besides its rows.
    func skjema(_ filter: Listefilter?, t: Catalogue) throws -> Gjengitt {
        try rader(Listefilter.mal, filter.map { [$0] } ?? [], t: t)
    }
}

/// Previous and next page of a list that is shown a page at a time; nil when it has one page.
struct Sidevelger: Sendable {
    let label: String
    let text: String
    let previous: String?
    let next: String?

    init?(nummer: Int, sider: Int, href: (Int) -> String, t: Catalogue) {
        guard sider > 1 else { return nil }
        label = t.text(.pagerLabel)
        text = t.format(.pagerPage, ["side": String(nummer), "sider": String(sider)])
        previous = nummer > 1 ? href(nummer - 1) : nil
        next = nummer < sider ? href(nummer + 1) : nil
    }
}

/// A list's third choice as an address and its form name it (`?tilstand=venter`, `?utfall=tildelt`).
protocol Adressevalg: RawRepresentable, Hashable, Sendable where RawValue == String {
    static var parameter: String { get }
}

extension Vurderingsliste.Tilstand: Adressevalg { static let parameter = "tilstand" }
extension Brevliste.Utfall: Adressevalg { static let parameter = "utfall" }
extension Rapportliste.Tilstand: Adressevalg { static let parameter = "tilstand" }

extension Listeutvalg where Valg: Adressevalg {
    /// The selection and page `request`'s address names (`query`).
    init(_ request: Request) {
        let query = request.parametre
        self.init { query[Substring($0)].map(String.init) ?? "" }
    }

    /// The selection and page a form sent from the list carries in its fields (`felter`).
    init(_ form: FormData) {
        self.init { form[$0] }
    }

    private init(verdi: (String) -> String) {
        self.init(ordning: verdi("ordning"), region: verdi("region"), valg: verdi(Valg.parameter), side: verdi("side"))
    }

    private var deler: [(navn: String, verdi: String?)] {
        [("ordning", ordning?.kode), ("region", regionId.map(String.init)), (Valg.parameter, valg?.rawValue)]
    }

    /// The selection as an address's query, on page `side` (left out on the first).
    func query(side: Int = 1) -> String {
        Adresse.sporring(deler, side: side)
    }

    /// The selection and page `side` as the hidden fields of a form that comes back to the list
    /// (`init(_: FormData)`), those with a value.
    func felter(side: Int) -> [Skjultfelt] {
        Adresse.felter(deler, side: side)
    }
}

/// Addresses of lists chosen by parameters.
enum Adresse {
    /// `?navn=verdi&…` of `felter(deler, side:)`; nothing when none. The values are codes and
    /// numbers, which need no escaping.
    static func sporring(_ deler: [(navn: String, verdi: String?)], side: Int) -> String {
        let parts = felter(deler, side: side).map { "\($0.navn)=\($0.verdi)" }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }

    /// The parameters that have a value, in their order, then `side` when past the first.
    static func felter(_ deler: [(navn: String, verdi: String?)], side: Int) -> [Skjultfelt] {
        (deler + [("side", side > 1 ? String(side) : nil)]).compactMap { del in del.verdi.map { Skjultfelt(navn: del.navn, verdi: $0) } }
    }
}
