import Domain
import NIOConcurrencyHelpers

/// The start page as a visitor who is not logged in sees it, kept per language.
///
/// It is the same for every such visitor until the day, the current round or the language
/// changes, and rendering it was three quarters of its time. What it shows is named in `Nokkel`;
/// a page rendered for another key replaces the one kept. A logged-in reader's page (their name,
/// their home, a message) is always rendered anew.
final class AnonymForside: Sendable {
    /// Everything the anonymous start page is made from.
    struct Nokkel: Equatable, Sendable {
        let sprak: Catalogue.Language
        let sprakLenke: String
        let isDemo: Bool
        let today: Dato
        let runde: Runde?
    }

    private let lagret = NIOLockedValueBox<[Catalogue.Language: (nokkel: Nokkel, html: String)]>([:])

    /// The page for `nokkel`, as kept or as `lag` renders it.
    func html(_ nokkel: Nokkel, lag: () throws -> String) rethrows -> String {
        if let kjent = lagret.withLockedValue({ $0[nokkel.sprak] }), kjent.nokkel == nokkel { return kjent.html }
        let html = try lag()
        lagret.withLockedValue { $0[nokkel.sprak] = (nokkel, html) }
        return html
    }
}
