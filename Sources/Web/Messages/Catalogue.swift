import Domain
import Mustache
import NIOConcurrencyHelpers

/// The message catalogue: every text a page shows comes from here. Templates read it as
/// `{{t.key}}`; page models use `text(_:)` and `format(_:_:)`. A nynorsk catalogue is a
/// second dictionary with the same keys, not a second set of templates.
public struct Catalogue: Sendable, MustacheParent {
    public enum Language: String, Sendable, CaseIterable {
        case bokmal = "nb"
        case nynorsk = "nn"
    }

    public let language: Language
    /// The texts as written, with their `{placeholders}`.
    let texts: [MessageKey: String]
    /// Placeholders every text of this catalogue fills in: `{partner}`, what the scheme of the
    /// page calls the partnership's knowledge partner («UH» unless a page says otherwise).
    let fyll: [String: String]
    /// The texts with `fyll` filled in, once: a page reads hundreds.
    private let utfylt: [MessageKey: String]
    /// One of the application's own catalogues (`bokmal`, `nynorsk` and their variants), whose
    /// variants are kept; a catalogue a test makes is not.
    private let delt: Bool

    public init(language: Language, texts: [MessageKey: String], fyll: [String: String] = ["partner": "UH"]) {
        self.init(language: language, texts: texts, fyll: fyll, delt: false)
    }

    private init(language: Language, texts: [MessageKey: String], fyll: [String: String], delt: Bool) {
        self.language = language
        self.texts = texts
        self.fyll = fyll
        self.delt = delt
        utfylt = texts.mapValues { Plassholdere.fyll($0, fyll) }
    }

    /// One of the application's own catalogues or their variants, whose texts are the language's.
    var erEgen: Bool { delt }

    /// The texts of this catalogue that have no placeholder, by key name: the same in every
    /// variant (`forOrdning`), so `Renderer` writes them into the templates once. A text of more
    /// than one line is left out too: written into a partial that is indented, its later lines
    /// would be indented, which a printed value's are not.
    var fasteTekster: [String: String] {
        Dictionary(uniqueKeysWithValues: texts.filter { !$0.value.contains("{") && !$0.value.contains("\n") }.map { ($0.key.rawValue, $0.value) })
    }

    public static let bokmal = Catalogue(language: .bokmal, texts: Catalogue.bokmalTexts, fyll: ["partner": "UH"], delt: true)
    public static let nynorsk = Catalogue(language: .nynorsk, texts: Catalogue.nynorskTexts, fyll: ["partner": "UH"], delt: true)

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
        utfylt[key] ?? "⟦\(key.rawValue)⟧"
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
        guard fyll != self.fyll else { return self }
        guard delt else { return Catalogue(language: language, texts: texts, fyll: fyll) }
        // The same few variants serve every page, so each is filled in once.
        let key = CatalogueVariant(language: language, fyll: fyll)
        if let known = Self.varianter.withLockedValue({ $0[key] }) { return known }
        let catalogue = Catalogue(language: language, texts: texts, fyll: fyll, delt: true)
        Self.varianter.withLockedValue { $0[key] = catalogue }
        return catalogue
    }

    private struct CatalogueVariant: Hashable {
        let language: Language
        let fyll: [String: String]
    }

    private static let varianter = NIOLockedValueBox<[CatalogueVariant: Catalogue]>([:])

    /// `path` for a reader who sends no cookie (a calendar program): in nynorsk it says so.
    public func lenke(_ path: String) -> String {
        language == .bokmal ? path : path + "?" + SprakMiddleware.parameter + "=" + language.rawValue
    }

    /// The text for `key` with `{name}` placeholders filled in, from values named in place (no
    /// dictionary made and hashed for each text a page formats).
    public func format(_ key: MessageKey, _ values: KeyValuePairs<String, String>) -> String {
        Plassholdere.fyll(text(key), values)
    }

    /// The same, from values gathered in a dictionary.
    public func format(_ key: MessageKey, alle values: [String: String]) -> String {
        Plassholdere.fyll(text(key), values)
    }

    /// A count in words that agree with it: `en` for one («1 tildelingsrunde»), else `flere`, each
    /// with `{antall}` the count, digits grouped («1 234 aktive brukere»).
    public func antall(_ antall: Int, en: MessageKey, flere: MessageKey) -> String {
        format(antall == 1 ? en : flere, ["antall": Kroner.groupDigits(antall)])
    }

    /// `{{t.key}}` in a template; a name that is no key shows as `⟦name⟧`.
    /// `{{t.lang}}` is the catalogue's language code, for a `lang` attribute on a part of a page
    /// written in another form than the page (a letter in its recipient's målform).
    public func child(named name: String) -> Any? {
        if name == "lang" { return Tekst(renderText: language.rawValue) }
        return Tekst(renderText: Self.keyByName[name].map(text) ?? "⟦\(name)⟧")
    }

    /// `MessageKey(rawValue:)` compares the name with the keys one by one; templates ask often.
    private static let keyByName = Dictionary(uniqueKeysWithValues: MessageKey.allCases.map { ($0.rawValue, $0) })

    public var keys: Set<String> { Set(texts.keys.map(\.rawValue)) }
}

extension Catalogue.Language {
    /// The language a document in `malform` is written in (a nøytral form: bokmål).
    public init(_ malform: Malform) { self = malform == .nynorsk ? .nynorsk : .bokmal }

    public var malform: Malform { self == .nynorsk ? .nynorsk : .bokmal }

    /// The other of the two: what the header's link offers.
    var andre: Catalogue.Language { self == .bokmal ? .nynorsk : .bokmal }
}
