/// What the layout needs to know about the request: language, the current section for the
/// menu, and whether the database holds demo data.
public struct Chrome: Sendable {
    public var catalogue: Catalogue
    public var current: SiteRoute?
    public var isDemo: Bool

    public init(catalogue: Catalogue = .bokmal, current: SiteRoute? = nil, isDemo: Bool = false) {
        self.catalogue = catalogue
        self.current = current
        self.isDemo = isDemo
    }
}

/// The layout's model.
struct LayoutModel: Sendable {
    struct NavItem: Sendable {
        let label: String
        let href: String
        let current: Bool
    }

    let lang: String
    let documentTitle: String
    let content: String
    let isDemo: Bool
    let nav: [NavItem]
    let accessibilityHref: String
    let startHref: String
}
