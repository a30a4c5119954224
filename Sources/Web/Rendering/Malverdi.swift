@_spi(Reflection) import Swift
import Mustache
import NIOPosix

/// A page model as a template reads it: by property name, through an index of the names built
/// once per type.
///
/// swift-mustache finds `{{name}}` in a plain struct with `Mirror`, reflecting every property of
/// the struct (resolving each one's type at run time) on every lookup, and again for each outer
/// model a name is not found in. That was most of the time of a page (`make bench`). This
/// reflects a model once, when it is wrapped, and asks a per-type table for the position of a
/// name; a name the type does not have costs one dictionary lookup. What a template sees is the same
/// properties, optionals unwrapped, lists as lists, everything else as swift-mustache sees it, but
/// for one thing: an empty optional is found where it is (`child(named:)`).
///
/// It is a struct around the class that keeps the model (`Lager`): swift-mustache asks each
/// object it searches whether it is a `MustacheCustomRepresentation` before it asks for a
/// `MustacheParent`, and the runtime says no to a class about twice as slowly as to a struct.
struct Malverdi: MustacheParent {
    private let lager: Lager

    /// The property `name`, wrapped; nil when the model has none. A property without a value
    /// (an empty optional) is `Tomt`: a template finds it here, as the Mustache specification
    /// says, instead of searching on through every outer model up to the page (swift-mustache
    /// searches on past a nil). A field's `{{#error}}` or `{{#hint}}` with none was such a search
    /// for every field of a form, through every section around it.
    func child(named name: String) -> Any? { lager.child(named: name) }

    private final class Lager {
        /// The model's properties in their order, reflected once when it is wrapped (a `Mirror`
        /// made for each lookup, indexed through its type-erased children, was a third of a small
        /// page), each as the template gets it once it has been asked for: a list that a row's
        /// template walks three times (the innstilling's years) is wrapped once, and so are its
        /// elements. One list, not the values and the wrapped values side by side: a page makes
        /// a model for each row, and each list is one more to allocate and free.
        var plasser: [Plass]
        let felter: [String: Int]

        init(verdi: Any, felter: [String: Int], felt: [Felt]?) {
            if let felt {
                plasser = Malverdi.les(verdi, som: Swift.type(of: verdi), felt)
            } else {
                plasser = Mirror(reflecting: verdi).children.map { .ulest($0.value) }
            }
            self.felter = felter
        }

        func child(named name: String) -> Any? {
            guard let plass = felter[name] else { return nil }
            switch plasser[plass] {
            case .pakket(let verdi):
                return verdi
            case .ulest(let verdi):
                let pakket = Malverdi.pakk(verdi) ?? Tomt()
                plasser[plass] = .pakket(pakket)
                return pakket
            }
        }
    }

    /// A property of a model: as the model holds it until a template asks for it, then wrapped.
    private enum Plass {
        case ulest(Any)
        case pakket(Any)
    }

    /// `value` as a template should get it: a struct or class as a `Malverdi`, an optional
    /// unwrapped (nil when empty), an array with its elements wrapped, anything else as it is.
    static func pakk(_ value: Any) -> Any? {
        pakk(value, som: art(av: value))
    }

    /// `value`, which is of kind `art`, as a template should get it.
    private static func pakk(_ value: Any, som art: Art) -> Any? {
        switch art {
        case .somDenEr:
            return value
        case .tekst:
            return (value as? String).map(Tekst.init) ?? value
        case .valgfri:
            return (value as? any Valgfri)?.innhold.flatMap(pakk)
        case .liste:
            guard let liste = value as? any Sequence else { return value }
            return elementer(liste)
        case .modell(let felter, let felt):
            return Malverdi(lager: Lager(verdi: value, felter: felter, felt: felt))
        }
    }

    /// The elements of a list, each wrapped; an optional element stays as it is: swift-mustache
    /// finds nothing in it, not even when it has a value. (Opened as the sequence it is, not
    /// through a `Mirror`, which looks up each element's type by its mangled name.)
    private static func elementer<Liste: Sequence>(_ liste: Liste) -> [Any] {
        liste.map { element -> Any in
            let art = art(av: element)
            if case .valgfri = art { return element }
            return pakk(element, som: art) ?? element
        }
    }

    private enum Art {
        case somDenEr, tekst, valgfri, liste
        /// A struct or class: the position of each property by name, and for a plain struct
        /// where each property lies in it and of what type.
        case modell([String: Int], [Felt]?)
    }

    /// A stored property of a struct: where in the struct it lies, and its type.
    private struct Felt {
        let offset: Int
        let type: Any.Type
    }

    /// The stored properties of struct type `type` in their order (the order `Mirror` gives),
    /// found once per type from its metadata; nil when the runtime cannot describe them all, or
    /// when one is of a kind other than a struct, enum, optional, tuple or class (an `Any` or
    /// `any P` property, read generically, would come out boxed twice, which `Mirror` does not do).
    private static func felt(av type: Any.Type) -> [Felt]? {
        var felt: [Felt] = []
        let alle = _forEachField(of: type) { _, offset, type, kind in
            guard [.struct, .enum, .optional, .tuple, .class].contains(kind) else { return false }
            felt.append(Felt(offset: offset, type: type))
            return true
        }
        return alle ? felt : nil
    }

    /// The properties of struct `verdi`, each read where its type's metadata says it lies (a
    /// `Mirror` looks up each property's type by its mangled name for every value, which was
    /// most of the time of wrapping a model). A value that opens to another type than the
    /// struct's own (an `Any` or `any P` around it, as a `Mirror` gives a property of that
    /// type) is read through its `Mirror`.
    private static func les(_ verdi: Any, som type: Any.Type, _ felt: [Felt]) -> [Plass] {
        func fra<Modell>(_ modell: Modell) -> [Plass] {
            guard Modell.self == type else { return Mirror(reflecting: modell).children.map { .ulest($0.value) } }
            return withUnsafeBytes(of: modell) { bytes in
                felt.map { felt in
                    func verdi<Verdi>(_: Verdi.Type) -> Any { bytes.load(fromByteOffset: felt.offset, as: Verdi.self) }
                    return .ulest(_openExistential(felt.type, do: verdi))
                }
            }
        }
        return _openExistential(verdi, do: fra)
    }

    /// What each type is, found once on each thread: types are few, lookups are many, and one
    /// table behind a lock was waited for by the threads rendering pages at the same time.
    private static let arter = ThreadSpecificVariable<Arter>()

    /// One thread's table of the types it has met: only that thread reads or writes it.
    private final class Arter: @unchecked Sendable {
        var kjente: [ObjectIdentifier: Art] = [:]
    }

    private static func art(av value: Any) -> Art {
        let type = ObjectIdentifier(Swift.type(of: value))
        let arter = Self.arter.currentValue ?? {
            let nye = Arter()
            Self.arter.currentValue = nye
            return nye
        }()
        if let art = arter.kjente[type] { return art }
        let art = finnArt(av: value)
        arter.kjente[type] = art
        return art
    }

    private static func finnArt(av value: Any) -> Art {
        // What swift-mustache treats by a protocol of its own keeps that treatment (an array is
        // a `MustacheTransformable` too; the templates use no transforms).
        if value is MustacheParent || value is MustacheLambda || value is MustacheCustomRenderable || value is MustacheTemplate {
            return .somDenEr
        }
        // Its type, not `is`: an optional holding a text is a `String` to `is`.
        if Swift.type(of: value) == String.self { return .tekst }
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
            // A class, or a struct that reflects itself its own way, is read through its `Mirror`.
            let plain = mirror.displayStyle == .struct && !(value is CustomReflectable)
            let felt = plain ? felt(av: Swift.type(of: value)) : nil
            return .modell(felter, felt?.count == mirror.children.count ? felt : nil)
        default:
            return .somDenEr
        }
    }
}

/// A text as a template gets it: swift-mustache prints a `MustacheCustomRenderable` by its
/// text after three type checks; a `String` it checks against five protocols and then describes.
/// In a section it is the same as the `String`: shown, also when empty.
///
/// A section over a text puts it on the stack that names are looked up in (`{{#hint}}…{{id}}…`).
/// It has no names of its own: as a `MustacheParent` it says so at once, where swift-mustache
/// would otherwise make a `Mirror` of it for every name looked up through it.
struct Tekst: MustacheCustomRenderable, MustacheParent {
    let renderText: String
    var isNull: Bool { false }
    func child(named name: String) -> Any? { nil }
}

/// A property without a value, as a template sees it: nothing to show, a section not shown,
/// an inverted section shown.
struct Tomt: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

/// An optional's value, if it has one, without a `Mirror`.
private protocol Valgfri {
    var innhold: Any? { get }
}

extension Optional: Valgfri {
    var innhold: Any? { self.map { $0 as Any } }
}
