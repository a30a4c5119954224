import Domain
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
    /// Placeholders every text of this catalogue fills in: `{partner}`, what the scheme of the
    /// page calls the partnership's knowledge partner («UH» unless a page says otherwise).
    let fyll: [String: String]

    public init(language: Language, texts: [MessageKey: String], fyll: [String: String] = ["partner": "UH"]) {
        self.language = language
        self.texts = texts
        self.fyll = fyll
    }

    public static let bokmal = Catalogue(language: .bokmal, texts: Catalogue.bokmalTexts)
    public static let nynorsk = Catalogue(language: .nynorsk, texts: Catalogue.nynorskTexts)

    /// The catalogue of `language`.
    public static func of(_ language: Language) -> Catalogue {
        switch language {
        case .bokmal: bokmal
        case .nynorsk: nynorsk
        }
    }

    /// The text for `key`. A test checks that every catalogue has every key; should one be
    /// missing all the same, it shows as `⟦key⟧` so it is seen.
    public func text(_ key: MessageKey) -> String {
        guard let raw = texts[key] else { return "⟦\(key.rawValue)⟧" }
        guard raw.contains("{") else { return raw }
        return fyll.reduce(raw) { result, pair in result.replacingOccurrences(of: "{\(pair.key)}", with: pair.value) }
    }

    /// This catalogue for pages of `ordning`: `{partner}` says what the scheme accepts as
    /// knowledge partner («UH», or «UH/fagskole/nasjonalt senter» under the 2026 forskrift).
    public func forOrdning(_ ordning: OrdningIRunde?) -> Catalogue {
        medPartnere(ordning?.partnertyper ?? [.uh])
    }

    /// This catalogue for pages of every scheme of `runde`: `{partner}` names every kind any of them accepts.
    public func forRunde(_ runde: Runde) -> Catalogue {
        medPartnere(Organisasjonstype.allCases.filter { kind in runde.ordninger.values.contains { $0.tillaterPartner(kind) } })
    }

    private func medPartnere(_ kinds: [Organisasjonstype]) -> Catalogue {
        var fyll = self.fyll
        fyll["partner"] = kinds.isEmpty ? text(.partnerKort_uh) : kinds.map { text(.partnerKort($0)) }.joined(separator: "/")
        return Catalogue(language: language, texts: texts, fyll: fyll)
    }

    /// `path` for a reader who sends no cookie (a calendar program): in nynorsk it says so.
    public func lenke(_ path: String) -> String {
        language == .bokmal ? path : path + "?" + SprakMiddleware.parameter + "=" + language.rawValue
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
    /// `{{t.lang}}` is the catalogue's language code, for a `lang` attribute on a part of a page
    /// written in another form than the page (a letter in its recipient's målform).
    public func child(named name: String) -> Any? {
        if name == "lang" { return language.rawValue }
        return MessageKey(rawValue: name).map(text) ?? "⟦\(name)⟧"
    }

    public var keys: Set<String> { Set(texts.keys.map(\.rawValue)) }
}

extension Catalogue.Language {
    /// The language a document in `malform` is written in (a nøytral form: bokmål).
    public init(_ malform: Malform) { self = malform == .nynorsk ? .nynorsk : .bokmal }

    public var malform: Malform { self == .nynorsk ? .nynorsk : .bokmal }

    /// The other of the two: what the header's link offers.
    var andre: Catalogue.Language { self == .bokmal ? .nynorsk : .bokmal }
}
