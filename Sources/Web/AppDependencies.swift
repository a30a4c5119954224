import Persistence

/// What the controllers share: storage, templates, the clock, and whether this is a demo.
public struct AppDependencies: Sendable {
    public let database: AppDatabase
    public let renderer: Renderer
    public let clock: any AppClock
    public let isDemo: Bool

    public init(database: AppDatabase, renderer: Renderer, clock: any AppClock, isDemo: Bool) {
        self.database = database
        self.renderer = renderer
        self.clock = clock
        self.isDemo = isDemo
    }

    /// The layout settings for a page in `section`.
    func chrome(_ section: SiteRoute? = nil) -> Chrome {
        Chrome(catalogue: .bokmal, current: section, isDemo: isDemo)
    }
}
