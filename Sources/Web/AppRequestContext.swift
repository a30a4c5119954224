import Hummingbird

/// The request context of every route. Later areas add the session and the acting user.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// Forms are small; anything larger is refused with 413 before it is read.
    public var maxUploadSize: Int { 1_000_000 }
}
