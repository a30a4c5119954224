import Mustache
import NIOConcurrencyHelpers

/// A page model as a template reads it: by property name, through an index of the names built
/// once per type.
///
/// swift-mustache finds `{{name}}` in a plain struct with `Mirror`, reflecting every property of
/// the struct (resolving each one's type at run time) on every lookup, and again for each outer
/// model a name is not found in. That was most of the time of a page (`make bench`). This
/// reflects a model once, when it is wrapped, and asks a per-type table for the position of a
/// name; a name the type does not have costs one dictionary lookup. What a template sees is unchanged: the same
/// properties, optionals unwrapped, lists as lists, everything else as swift-mustache sees it.
struct Malverdi: MustacheParent {
    /// The model's properties in their order, reflected once when it is wrapped: a `Mirror` made
    /// for each lookup, indexed through its type-erased children, was a third of a small page.
    private let barn: [Any]
    private let felter: [String: Int]

    private init(verdi: Any, felter: [String: Int]) {
        barn = Mirror(reflecting: verdi).children.map(\.value)
        self.felter = felter
    }

    func child(named name: String) -> Any? {
        guard let plass = felter[name] else { return nil }
        return Self.pakk(barn[plass])
    }

    /// `value` as a template should get it: a struct or class as a `Malverdi`, an optional
    /// unwrapped (nil when empty), an array with its elements wrapped, anything else as it is.
    static func pakk(_ value: Any) -> Any? {
        switch art(av: value) {
        case .somDenEr:
            return value
        case .valgfri:
            return Mirror(reflecting: value).children.first.flatMap { pakk($0.value) }
        case .liste:
            // An optional element stays as it is: swift-mustache finds nothing in it, not even when it has a value.
            return Mirror(reflecting: value).children.map { element -> Any in
                if case .valgfri = art(av: element.value) { return element.value }
                return pakk(element.value) ?? element.value
            }
        case .modell(let felter):
            return Malverdi(verdi: value, felter: felter)
        }
    }

    private enum Art {
        case somDenEr, valgfri, liste
        case modell([String: Int])
    }

    /// What each type is, found once: types are few, lookups are many.
    private static let arter = NIOLockedValueBox<[ObjectIdentifier: Art]>([:])

    private static func art(av value: Any) -> Art {
        let type = ObjectIdentifier(Swift.type(of: value))
        if let art = arter.withLockedValue({ $0[type] }) { return art }
        let art = finnArt(av: value)
        arter.withLockedValue { $0[type] = art }
        return art
    }

    private static func finnArt(av value: Any) -> Art {
        // What swift-mustache treats by a protocol of its own keeps that treatment (an array is
        // a `MustacheTransformable` too; the templates use no transforms).
        if value is MustacheParent || value is MustacheLambda || value is MustacheCustomRenderable || value is MustacheTemplate {
            return .somDenEr
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return .valgfri
        case .collection where value is any MustacheSequence:
            return .liste
        case .struct, .class:
            var felter: [String: Int] = [:]
            for (plass, barn) in mirror.children.enumerated() {
                // The first of two equal names wins, as swift-mustache's search finds it first.
                if let navn = barn.label, felter[navn] == nil { felter[navn] = plass }
            }
            return .modell(felter)
        default:
            return .somDenEr
        }
    }
}
