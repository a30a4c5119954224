/// The accessibility statement (tilgjengelighetserklæring). Its text lives in the catalogue.
struct AboutAccessibilityPage: Page {
    static let template = "about/accessibility"
    let title: String

    init(t: Catalogue) {
        title = t.text(.a11yTitle)
    }
}
