import CompressNIO
import Hummingbird

/// Compresses text responses with gzip when, and only when, the client accepts it.
/// The body is compressed as it streams: each chunk is flushed with `.sync`, and an empty
/// final chunk with `.finish` ends the gzip stream.
struct GzipMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Bodies smaller than this are sent as they are: compressing them costs more than it saves.
    let minimumSize = 256

    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        for part in header.split(separator: ",") {
            let fields = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let coding = fields.first, coding == "gzip" || coding == "*" else { continue }
            let quality = fields.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) }
            let refused = quality == 0
            if !refused { return true }
        }
        return false
    }

    static func isCompressible(_ contentType: String?) -> Bool {
        guard let type = contentType?.lowercased() else { return false }
        return type.hasPrefix("text/") || type.hasPrefix("application/json") || type.hasPrefix("application/javascript")
            || type.hasPrefix("image/svg+xml") || type.hasPrefix("application/xml")
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        guard request.method != .head,
              Self.acceptsGzip(request.headers[.acceptEncoding]),
              response.headers[.contentEncoding] == nil,
              Self.isCompressible(response.headers[.contentType]),
              response.status != .noContent, response.status != .notModified
        else {
            if Self.isCompressible(response.headers[.contentType]) { response.headers[.vary] = "Accept-Encoding" }
            return response
        }
        if let length = response.body.contentLength, length < minimumSize { return response }
        let body = response.body
        response.body = ResponseBody { writer in
            let compressing = GzipBodyWriter(parent: writer)
            try await body.write(compressing)
        }
        response.headers[.contentEncoding] = "gzip"
        response.headers[.contentLength] = nil
        response.headers[.vary] = "Accept-Encoding"
        // A strong validator of the plain body does not describe the compressed one.
        if let etag = response.headers[.eTag], !etag.hasPrefix("W/") { response.headers[.eTag] = "W/" + etag }
        return response
    }
}

/// Wraps a body writer and gzips what passes through it.
struct GzipBodyWriter: ResponseBodyWriter {
    var parent: any ResponseBodyWriter
    let compressor: NIOCompressor

    init(parent: any ResponseBodyWriter) {
        self.parent = parent
        compressor = CompressionAlgorithm.gzip().compressor
        try? compressor.startStream()
    }

    mutating func write(_ buffer: ByteBuffer) async throws {
        var input = buffer
        let output = try input.compressStream(with: compressor, flush: .sync)
        try await parent.write(output)
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {
        var empty = ByteBuffer()
        let tail = try empty.compressStream(with: compressor, flush: .finish)
        try compressor.finishStream()
        try await parent.write(tail)
        try await parent.finish(trailingHeaders)
    }
}
