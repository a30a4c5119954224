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
    let texts: [MessageKey: String]

    public init(language: Language, texts: [MessageKey: String]) {
        self.language = language
        self.texts = texts
    }

    public static let bokmal = Catalogue(language: .bokmal, texts: Catalogue.bokmalTexts)

    /// The text for `key`. A test checks that every catalogue has every key; should one be
    /// missing all the same, it shows as `⟦key⟧` so it is seen.
    public func text(_ key: MessageKey) -> String {
        texts[key] ?? "⟦\(key.rawValue)⟧"
    }

    /// The text for `key` with `{name}` placeholders filled in.
    public func format(_ key: MessageKey, _ values: [String: String]) -> String {
        var result = text(key)
        for (name, value) in values {
            result = result.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return result
    }

    /// `{{t.key}}` in a template; a name that is no key shows as `⟦name⟧`.
    public func child(named name: String) -> Any? { MessageKey(rawValue: name).map(text) ?? "⟦\(name)⟧" }

    public var keys: Set<String> { Set(texts.keys.map(\.rawValue)) }
}
