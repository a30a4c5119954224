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
    fileprivate struct Nokkel: Hashable {
        let mal: String
        let sprak: Catalogue.Language
        /// What the catalogue's placeholders say (`{partner}` differs by scheme): a text with one
        /// is looked up when the part is rendered, not written into its template.
        let fyll: [String: String]
        let element: AnyHashable
    }

    private let lock = NSLock()
    private var lagret: [Nokkel: String] = [:]
    private var tegn = 0
    private let plasser: Int
    private let maksTegn: Int

    /// When `plasser` parts, or parts of `maksTegn` bytes in all, are kept it starts over (a
    /// form's fields hold what was typed in them).
    init(plasser: Int = 20_000, maksTegn: Int = 32 << 20) {
        self.plasser = plasser
        self.maksTegn = maksTegn
    }

    fileprivate func html(_ nokkel: Nokkel, lag: () throws -> String) rethrows -> String {
        if let kjent = lock.withLock({ lagret[nokkel] }) { return kjent }
        let html = try lag()
        lock.withLock {
            if lagret.count >= plasser || tegn + html.utf8.count > maksTegn {
                lagret.removeAll()
                tegn = 0
            }
            if lagret.updateValue(html, forKey: nokkel) == nil { tegn += html.utf8.count }
        }
        return html
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
        // A catalogue of a test's own may say otherwise in the same language: its parts are not kept.
        let lager = t.erEgen ? lager : nil
        var html = ""
        for element in elementer {
            func lag() throws -> String { try render(template, model: modell(element), t: t) }
            html += try lager?.html(.init(mal: template, sprak: t.language, fyll: t.fyll, element: AnyHashable(nokkel(element))), lag: lag) ?? lag()
        }
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
