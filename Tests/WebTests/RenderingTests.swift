import Foundation
import Mustache
import PropertyBased
import Testing
import TestSupport
@testable import Web

/// The two things `Renderer` does in place of swift-mustache's own, for speed: finding a
/// model's properties (`Malverdi`) and escaping HTML (`HtmlEscaping`). Each must give the same
/// page as swift-mustache would, but for one thing on purpose: a property without a value is
/// found where it is, as the Mustache specification says (`emptyHidesOuter`). The page
/// snapshots check that on every page, these on purpose-made models and every string.
@Suite struct RenderingTests {
    final class Holder {
        let name = "klasse"
        let tall = 3
    }

    struct Inner {
        let name: String
        let note: String?
        let tags: [String]
    }

    struct Model {
        let title: String
        let count: Int
        let visible: Bool
        let hidden: Bool
        let inner: Inner
        let maybe: Inner?
        let missing: Inner?
        let rows: [Inner]
        let empty: [Inner]
        let optionalRows: [Inner?]
        let holder: Holder
        let anything: Any
        let title2: String
    }

    static var model: Model {
        Model(
        title: "Tittel <b>&</b> «sitat» \"dobbel\" 'enkel'", count: 0, visible: true, hidden: false,
        inner: Inner(name: "indre", note: nil, tags: ["a", "b<"]),
        maybe: Inner(name: "kanskje", note: "merknad", tags: []), missing: nil,
        rows: [Inner(name: "én", note: "x", tags: ["1"]), Inner(name: "to", note: nil, tags: [])], empty: [],
        optionalRows: [Inner(name: "tre", note: nil, tags: []), nil], holder: Holder(),
        anything: Inner(name: "som Any", note: "y", tags: ["z"]), title2: "andre")
    }

    static let template = """
        {{title}}|{{{title}}}|{{count}}|{{#visible}}V{{/visible}}{{^hidden}}H{{/hidden}}
        {{inner.name}}/{{inner.note}}/{{#inner.note}}N{{/inner.note}}{{^inner.note}}ingen{{/inner.note}}
        {{#inner.tags}}[{{.}}]{{/inner.tags}}{{^inner.tags}}tom{{/inner.tags}}
        {{#maybe}}{{name}}:{{note}}:{{title2}}{{/maybe}}{{^missing}}mangler{{/missing}}{{missing.name}}
        {{#rows}}<{{name}} {{note}} {{title}} {{#tags}}({{.}}){{/tags}}>{{/rows}}
        {{^empty}}ingen rader{{/empty}}{{#empty}}rader{{/empty}}
        {{#optionalRows}}{{name}};{{/optionalRows}}
        {{holder.name}}{{holder.tall}}{{#holder}}{{name}}{{title2}}{{/holder}}
        {{anything.name}}{{#anything}}{{note}}{{#tags}}{{.}}{{/tags}}{{/anything}}
        {{nothing}}{{inner.nothing}}{{#nothing}}x{{/nothing}}{{^nothing}}y{{/nothing}}
        """

    @Test("a model reads the same through Malverdi as through swift-mustache's reflection")
    func sameAsMirror() throws {
        let template = try MustacheTemplate(string: Self.template)
        let plain = template.render(Self.model)
        let fast = template.render(Malverdi.pakk(Self.model) as Any)
        #expect(fast == plain)
        #expect(plain.contains("klasse3") && plain.contains("ingen rader") && plain.contains("<én x"))
    }

    struct Ytre {
        let hint: String
        let felt: Felt
        let tomt: Felt?
    }

    struct Felt {
        let hint: String?
    }

    @Test("a property without a value is found where it is: it hides an outer one of the same name (the Mustache specification)")
    func emptyHidesOuter() throws {
        let template = try MustacheTemplate(string: "{{#felt}}[{{hint}}]{{#hint}}H{{/hint}}{{^hint}}ingen{{/hint}}{{/felt}}|{{#tomt}}T{{/tomt}}{{^tomt}}ikke{{/tomt}}{{tomt.hint}}")
        let model = Ytre(hint: "ytre", felt: Felt(hint: nil), tomt: nil)
        #expect(template.render(Malverdi.pakk(model) as Any) == "[]ingen|ikke")
        // swift-mustache searches on past an empty optional, and a field got the page's hint.
        #expect(template.render(model) == "[ytre]H|ikke")
        #expect(template.render(Malverdi.pakk(Ytre(hint: "ytre", felt: Felt(hint: "eget"), tomt: Felt(hint: "t"))) as Any) == "[eget]H|Tt")
    }

    struct Tekster {
        let tom: String
        let full: String
        let liste: [String]
        let valgfri: String?
    }

    @Test("a text reads as swift-mustache reads a String: escaped, raw, in a list, and an empty one still shows its section")
    func tekstSomString() throws {
        let template = try MustacheTemplate(string: "{{#tom}}T{{/tom}}{{^tom}}ikke{{/tom}}|{{full}}|{{{full}}}|{{#full}}[{{.}}]{{/full}}|{{#liste}}({{.}}){{/liste}}|{{valgfri}}")
        let model = Tekster(tom: "", full: "a<b", liste: ["x&", ""], valgfri: "v")
        #expect(template.render(Malverdi.pakk(model) as Any) == template.render(model))
        #expect(template.render(Malverdi.pakk(model) as Any) == "T|a&lt;b|a<b|[a&lt;b]|(x&amp;)()|v")
        #expect(Malverdi.pakk(model).flatMap { ($0 as? MustacheParent)?.child(named: "full") } is Tekst)
    }

    /// Shapes of struct the layout-reading path (`_forEachField`) must read as `Mirror` does:
    /// generic, with an enum, a double, a dictionary, a tuple, a set, an optional of an optional
    /// (empty, or with a value: `.some(nil)` is the one case where swift-mustache itself shows
    /// «nil» and a wrapped model nothing, as before this path), a class inside, one that
    /// gives its own `Mirror`, and a struct behind `any Sendable`. (`Model` above has a property
    /// of type `Any`.)
    enum Kind: String { case en, to }
    struct Boks<Innhold> { let innhold: Innhold; let merke: String }
    struct Egen: CustomReflectable {
        let skjult = "skjult"
        var customMirror: Mirror { Mirror(self, children: ["synlig": "vist"]) }
    }
    struct Former {
        let kind: Kind
        let tall: Double
        let oppslag: [String: Int]
        let par: (Int, String)
        let sett: Set<Int>
        let dobbel: String??
        let boks: Boks<Inner>
        let bokser: [Boks<Int>]
        let holder: Holder
        let egen: Egen
        let noe: any Sendable
        let siste: Bool
    }

    @Test("structs of every shape read the same through Malverdi as through swift-mustache's reflection")
    func shapesSameAsMirror() throws {
        let template = try MustacheTemplate(string: """
            {{kind}}|{{tall}}|{{oppslag.a}}|{{par}}|{{#sett}}{{.}}{{/sett}}|{{dobbel}}|{{#dobbel}}D{{/dobbel}}
            {{boks.innhold.name}}{{boks.merke}}{{#boks.innhold.tags}}<{{.}}>{{/boks.innhold.tags}}
            {{#bokser}}{{innhold}}{{merke}}{{siste}};{{/bokser}}{{holder.tall}}|{{egen.synlig}}{{egen.skjult}}|{{noe.name}}{{#noe}}{{note}}{{/noe}}|{{#siste}}S{{/siste}}
            """)
        for model in [
            Former(kind: .to, tall: 2.5, oppslag: ["a": 1], par: (1, "x"), sett: [3], dobbel: .some("d"),
                   boks: Boks(innhold: Inner(name: "n", note: nil, tags: ["t", "u"]), merke: "m"),
                   bokser: [Boks(innhold: 1, merke: "a"), Boks(innhold: 2, merke: "b")], holder: Holder(), egen: Egen(),
                   noe: Inner(name: "noe", note: "n", tags: []), siste: true),
            Former(kind: .en, tall: 0, oppslag: [:], par: (0, ""), sett: [], dobbel: nil,
                   boks: Boks(innhold: Inner(name: "", note: "m", tags: []), merke: ""), bokser: [], holder: Holder(), egen: Egen(),
                   noe: 7, siste: false),
        ] {
            #expect(template.render(Malverdi.pakk(model) as Any) == template.render(model))
        }
    }

    @Test("the page's `t` is the model's own catalogue when it has one, else the page's")
    func catalogue() throws {
        struct WithOwn { let t: Catalogue }
        struct WithoutOwn { let x = 1 }
        let nynorsk = RenderScope(t: .bokmal, model: WithOwn(t: .nynorsk))
        #expect((nynorsk.child(named: "t") as? Catalogue)?.language == .nynorsk)
        let bokmal = RenderScope(t: .bokmal, model: WithoutOwn())
        #expect((bokmal.child(named: "t") as? Catalogue)?.language == .bokmal)
        #expect(bokmal.child(named: "x") as? Int == 1)
        #expect(bokmal.child(named: "y") == nil)
    }

    @Test("a text without placeholders is written into a template escaped; the rest stay tags", arguments: [
        ("<p>{{t.a}}</p>", "<p>Søk &amp; «finn» &lt;her&gt;</p>"),
        ("{{t.a}}{{t.a}} {{t.b}}", "Søk &amp; «finn» &lt;her&gt;Søk &amp; «finn» &lt;her&gt; {{t.b}}"),
        ("{{t.ukjent}} {{t.lang}} {{{t.a}}} {{#t.a}}x{{/t.a}} {{x.a}}", "{{t.ukjent}} {{t.lang}} {{{t.a}}} {{#t.a}}x{{/t.a}} {{x.a}}"),
        ("{{t.a", "{{t.a"),
    ])
    func medTekster(source: String, expected: String) {
        #expect(Renderer.medTekster(source, ["a": "Søk & «finn» <her>"]) == expected)
    }

    @Test("the texts written into templates are those without a placeholder, by key name, and the same in every variant of a catalogue")
    func fasteTekster() throws {
        #expect(Catalogue.bokmal.fasteTekster[MessageKey.navHome.rawValue] == Catalogue.bokmal.text(.navHome))
        for (navn, text) in Catalogue.bokmal.fasteTekster { #expect(!text.contains("{") && !text.contains("\n"), "\(navn)") }
        #expect(Catalogue(language: .bokmal, texts: [.navHome: "To\nlinjer"]).fasteTekster.isEmpty, "a text of two lines is looked up")
        let medPartner = try #require(MessageKey.allCases.first { Catalogue.bokmal.texts[$0]?.contains("{partner}") == true })
        #expect(Catalogue.bokmal.fasteTekster[medPartner.rawValue] == nil)
        #expect(Catalogue.nynorsk.fasteTekster[MessageKey.navHome.rawValue] == Catalogue.nynorsk.text(.navHome))
        #expect(Catalogue(language: .bokmal, texts: Catalogue.bokmalTexts, fyll: ["partner": "UH/fagskole"]).fasteTekster == Catalogue.bokmal.fasteTekster)
    }

    static let htmlTemplate = try! MustacheTemplate(string: "{{x}}")

    @Test("HTML escaping gives what swift-mustache's does, for every string of these characters", arguments: [
        "", "plain", "<script>alert('x')</script>", "a & b \"c\" 'd' <e>", "æøå ÆØÅ «» – 🇳🇴", "&amp;", "<<>>&&",
    ])
    func escapeTable(_ text: String) {
        #expect(HtmlEscaping.escape(text) == Self.htmlTemplate.render(["x": text]))
    }

    @Test("HTML escaping gives what swift-mustache's does, for random strings")
    func escapeProperty() async {
        let alphabet: [String] = ["a", "Z", " ", "<", ">", "&", "\"", "'", "æ", "Ø", "«", "–", "🇳🇴", "\n", ";", "#"]
        await propertyCheck(count: 500, input: Gen.element(of: alphabet).array(of: 0...40)) { characters in
            let text = characters.compactMap { $0 }.joined()
            #expect(HtmlEscaping.escape(text) == Self.htmlTemplate.render(["x": text]))
        }
    }

    @Test("a quote with a combining mark after it is escaped too (swift-mustache, by whole characters, would not)")
    func combining() {
        #expect(HtmlEscaping.escape("\"\u{301}<\u{301}") == "&quot;\u{301}&lt;\u{301}")
    }

    @Test("placeholders are filled in one pass", arguments: [
        ("Hei {navn}!", ["navn": "Bodø"], "Hei Bodø!"),
        ("{a}{b}{a}", ["a": "1", "b": "2"], "121"),
        ("ingen", ["a": "1"], "ingen"),
        ("{ukjent} og {a}", ["a": "1"], "{ukjent} og 1"),
        ("{a {a}", ["a": "1"], "{a 1"),
        ("åpen {", ["a": "1"], "åpen {"),
        ("{a}", ["a": "{b}", "b": "2"], "{b}"),
        ("«{ø}» – {a}", ["ø": "Øst", "a": "🇳🇴"], "«Øst» – 🇳🇴"),
    ])
    func fyllInn(_ text: String, _ values: [String: String], _ expected: String) {
        #expect(Plassholdere.fyll(text, values) == expected)
        // The same values named in place, as a route's are, in either order.
        let pairs = values.sorted { $0.key < $1.key }
        for ordered in [pairs, pairs.reversed()] {
            let named: KeyValuePairs<String, String> = switch ordered.count {
            case 1: [ordered[0].key: ordered[0].value]
            default: [ordered[0].key: ordered[0].value, ordered[1].key: ordered[1].value]
            }
            #expect(Plassholdere.fyll(text, named) == expected)
        }
    }

    @Test("placeholders in random texts are filled as a walk over the text's characters fills them")
    func fyllProperty() async {
        let alphabet: [String] = ["{", "}", "a", "b", "ab", " ", "ø", "🇳🇴", "e\u{301}", "{a}", "{b}", "{ø}"]
        let values = ["a": "1", "b": "{a}", "ø": "Øst"]
        /// `{name}` found character by character, the longest-known way: what `fyll` must give.
        func reference(_ text: String) -> String {
            var result = ""
            var rest = text[...]
            while let start = rest.firstIndex(of: "{") {
                result += rest[..<start]
                let nameStart = rest.index(after: start)
                if let end = rest[nameStart...].firstIndex(of: "}"), let value = values[String(rest[nameStart..<end])] {
                    result += value
                    rest = rest[rest.index(after: end)...]
                } else {
                    result += "{"
                    rest = rest[nameStart...]
                }
            }
            return result + rest
        }
        await propertyCheck(count: 500, input: Gen.element(of: alphabet).array(of: 0...30)) { parts in
            let text = parts.compactMap { $0 }.joined()
            #expect(Plassholdere.fyll(text, values) == reference(text))
            #expect(Plassholdere.fyll(text, ["a": "1", "b": "{a}", "ø": "Øst"] as KeyValuePairs) == reference(text))
        }
    }

    @Test("the request log's time in milliseconds with one decimal, rounded", arguments: [
        (Duration.zero, "0.0"), (.microseconds(49), "0.0"), (.microseconds(50), "0.1"), (.microseconds(12_345), "12.3"),
        (.microseconds(12_351), "12.4"), (.milliseconds(999), "999.0"), (.seconds(2) + .microseconds(1_960), "2002.0"),
    ])
    func logTime(_ duration: Duration, _ expected: String) {
        #expect(RequestLogMiddleware<AppRequestContext>.milliseconds(duration) == expected)
    }

    @Test("pages and their partials are escaped by HtmlEscaping: a '<' with a combining mark is escaped in both")
    func escapingIsOurs() async throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("bm-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: Repository.templates, to: copy)
        try "{{#rows}}\n[{{x}}]\n{{/rows}}\n{{> probe-partial}}\n".write(to: copy.appendingPathComponent("probe.mustache"), atomically: true, encoding: .utf8)
        try "({{x}})".write(to: copy.appendingPathComponent("probe-partial.mustache"), atomically: true, encoding: .utf8)
        struct Row { let x: String }
        struct Probe { let x: String; let rows: [Row] }
        let renderer = try await Renderer(templatesDirectory: copy)
        let body = try renderer.render("probe", model: Probe(x: "<\u{301}", rows: [Row(x: "'\u{301}")]), t: .bokmal)
        #expect(body == "[&#39;\u{301}]\n(&lt;\u{301})", "the standalone pragma line leaves the template's lines as written")
    }
}
