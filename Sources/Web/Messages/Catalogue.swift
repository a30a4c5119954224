import Mustache

/// The message catalogue: every text a page shows comes from here. Templates read it as
/// `{{t.key}}`; page models use `text(_:)` and `format(_:_:)`. A nynorsk catalogue is a
/// second dictionary with the same keys, not a second set of templates.
public struct Catalogue: Sendable, MustacheParent {
    public enum Language: String, Sendable, CaseIterable {
        case bokmal = "nb"
        case nynorsk = "nn"
    }

    public let language: Language
    let texts: [String: String]

    public init(language: Language, texts: [String: String]) {
        self.language = language
        self.texts = texts
    }

    public static let bokmal = Catalogue(language: .bokmal, texts: Catalogue.bokmalTexts)

    /// The text for `key`. A missing key shows as `⟦key⟧` so it is seen, and a test
    /// checks that every key the templates use exists.
    public func text(_ key: String) -> String {
        texts[key] ?? "⟦\(key)⟧"
    }

    /// The text for `key` with `{name}` placeholders filled in.
    public func format(_ key: String, _ values: [String: String]) -> String {
        var result = text(key)
        for (name, value) in values {
            result = result.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return result
    }

    public func child(named name: String) -> Any? { text(name) }

    public var keys: Set<String> { Set(texts.keys) }
}
