import Foundation

/// HTML one of our templates made, which a page shows as it is (`{{{html}}}`). Only the renderer
/// makes one (`Renderer.rader`), so what a page shows unescaped was escaped by its own template.
struct Gjengitt: Sendable {
    let html: String

    fileprivate init(_ html: String) { self.html = html }
}

/// Parts of pages rendered once and kept: with a value that is kept between changes of the data
/// (a kept round's reports), and forgotten with it; or, under the whole model a part shows (an
/// audit line, a menu item, a field), by the application (`Renderer.etterModell`). A row looked
/// up the same dozen names on every view, at about 2 µs a name in swift-mustache, and a list of
/// fifty rows was most of its page. What is kept here may depend only on the value it is kept
/// with and on the key it is kept under: nothing of the user, the session (a form token) or the
/// clock but what the key names.
final class Gjengivelser: @unchecked Sendable {
    /// What a part is made with besides its element: its template and its catalogue, and the
    /// type of the elements' keys. Asked once for a list's parts: hashing it for each row (the
    /// variant's texts with it) was a twentieth of a follow-up's view.
    fileprivate struct Mal: Hashable {
        let mal: String
        let sprak: Catalogue.Language
        /// What the catalogue's placeholders say (`{partner}` differs by scheme): a text with one
        /// is looked up when the part is rendered, not written into its template.
        let fyll: [String: String]
        let nokkeltype: ObjectIdentifier
    }

    /// The parts made with one `Mal`, by their keys, of their own type: an `AnyHashable` key was
    /// compared through the runtime's casts, most of a kept list's lookups.
    private final class Deler<Nokkel: Hashable> {
        var html: [Nokkel: String] = [:]
    }

    private let lock = NSLock()
    private var lagret: [Mal: AnyObject] = [:]
    private var antall = 0
    private var tegn = 0
    private let plasser: Int
    private let maksTegn: Int

    /// When `plasser` parts, or parts of `maksTegn` bytes in all, are kept it starts over (a
    /// form's fields hold what was typed in them).
    init(plasser: Int = 20_000, maksTegn: Int = 32 << 20) {
        self.plasser = plasser
        self.maksTegn = maksTegn
    }

    /// The part of each of `nokler` made with `mal`, as kept or made by `lag` (given its place).
    fileprivate func html<Nokkel: Hashable>(_ mal: Mal, _ nokler: [Nokkel], lag: (Int) throws -> String) rethrows -> [String] {
        var deler: [String?] = lock.withLock {
            let kjente = (lagret[mal] as? Deler<Nokkel>)?.html ?? [:]
            return nokler.map { kjente[$0] }
        }
        // What was made, in the list's order, once each.
        var nye: [Nokkel: String] = [:]
        var rekkefolge: [Nokkel] = []
        for plass in deler.indices where deler[plass] == nil {
            let nokkel = nokler[plass]
            if nye[nokkel] == nil {
                nye[nokkel] = try lag(plass)
                rekkefolge.append(nokkel)
            }
            deler[plass] = nye[nokkel]
        }
        if !rekkefolge.isEmpty {
            lock.withLock {
                for nokkel in rekkefolge {
                    let html = nye[nokkel] ?? ""
                    if antall >= plasser || tegn + html.utf8.count > maksTegn {
                        lagret.removeAll()
                        (antall, tegn) = (0, 0)
                    }
                    let kept = lagret[mal] as? Deler<Nokkel> ?? Deler()
                    lagret[mal] = kept
                    if kept.html.updateValue(html, forKey: nokkel) == nil {
                        antall += 1
                        tegn += html.utf8.count
                    }
                }
            }
        }
        return deler.map { $0 ?? "" }
    }
}

extension Renderer {
    /// `template` rendered with the model of each of `elementer`, one after another, each kept
    /// in `lager` under the template, the catalogue (its language and variant) and its `nokkel`
    /// (which must name everything its model is made from besides the value `lager` is kept
    /// with). Without `lager` (rows made from more than a kept value) each is rendered on every
    /// view. Only the application's own catalogues' parts are kept.
    func rader<Element, Nokkel: Hashable>(_ template: String, _ elementer: some Sequence<Element>, lager: Gjengivelser?, t: Catalogue,
                                          nokkel: (Element) -> Nokkel, modell: (Element) -> Any) throws -> Gjengitt {
        let elementer = Array(elementer)
        func lag(_ plass: Int) throws -> String { try render(template, model: modell(elementer[plass]), t: t) }
        // A catalogue of a test's own may say otherwise in the same language: its parts are not kept.
        guard let lager = t.erEgen ? lager : nil else { return Gjengitt(try elementer.indices.map(lag).joined()) }
        let mal = Gjengivelser.Mal(mal: template, sprak: t.language, fyll: t.fyll, nokkeltype: ObjectIdentifier(Nokkel.self))
        let html = try lager.html(mal, elementer.map(nokkel), lag: lag).joined()
        return Gjengitt(html)
    }

    /// `template` rendered with each of `modeller`, each kept under itself for the application's
    /// life: for a model that holds everything its part shows (the template's texts aside).
    func rader<Modell: Hashable>(_ template: String, _ modeller: some Sequence<Modell>, t: Catalogue) throws -> Gjengitt {
        try rader(template, modeller, lager: etterModell, t: t, nokkel: { $0 }) { $0 }
    }
}

/// A row's key of two parts (what it shows, and a state of the view it shows): a list of
/// `AnyHashable`s was a twentieth of a follow-up's view to hash and compare.
struct Radnokkel<A: Hashable, B: Hashable>: Hashable {
    let a: A
    let b: B

    init(_ a: A, _ b: B) {
        self.a = a
        self.b = b
    }
}
