import Foundation
import HTTPTypes
import Hummingbird

/// Sets the request's client address: the connection's peer, or, when the peer is a trusted
/// proxy, the address the proxies say they forwarded for. Login throttling and the audit
/// trail use it; without a trusted proxy every request behind one would share its address.
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let trustedProxies: [AddressRange]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard !trustedProxies.isEmpty else { return try await next(request, context) }
        var context = context
        context.remoteAddress = Self.client(
            peer: context.remoteAddress,
            forwardedFor: request.headers[values: .xForwardedFor],
            forwarded: request.headers[values: .forwarded],
            trusted: trustedProxies
        )
        return try await next(request, context)
    }

    /// The client behind a chain of proxies: walking the forwarded addresses from the nearest
    /// hop back, the first one that is not a trusted proxy. Only a trusted peer's headers are
    /// read at all; `Forwarded` (RFC 7239) wins over `X-Forwarded-For` when both are sent.
    static func client(peer: String, forwardedFor: [String], forwarded: [String], trusted: [AddressRange]) -> String {
        func isTrusted(_ address: String) -> Bool { trusted.contains { $0.contains(address) } }
        guard isTrusted(peer) else { return peer }
        var hops = forwarded.flatMap { $0.split(separator: ",") }.compactMap { element -> String? in
            for pair in element.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, parts[0].lowercased() == "for" else { continue }
                return address(parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
            }
            return nil
        }
        if hops.isEmpty {
            hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { address($0.trimmingCharacters(in: .whitespaces)) }
        }
        var client = peer
        for hop in hops.reversed() {
            guard AddressRange.bytes(hop) != nil else { break }
            client = hop
            if !isTrusted(hop) { break }
        }
        return client
    }

    /// `203.0.113.7`, `[2001:db8::1]:443` or `198.51.100.2:8080` without brackets and port.
    static func address(_ text: String) -> String {
        if text.hasPrefix("["), let end = text.firstIndex(of: "]") {
            return String(text[text.index(after: text.startIndex)..<end])
        }
        let colons = text.filter { $0 == ":" }.count
        if colons == 1, let colon = text.firstIndex(of: ":") { return String(text[..<colon]) }
        return text
    }
}

extension HTTPField.Name {
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
    static let forwarded = HTTPField.Name("Forwarded")!
}
