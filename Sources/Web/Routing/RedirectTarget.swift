import Foundation

/// Where a page may send the reader back to after login: a path on this site, nothing else.
enum RedirectTarget {
    /// Only paths on this site: "/x" but not "//evil.example", "https://…", or anything a
    /// browser would clean up into one (`/<tab>/evil.example`, a backslash, a control character):
    /// printable ASCII only, a path that stays on this site also once its escapes are decoded.
    static func safe(_ next: String) -> String? {
        guard next.utf8.count <= 500, next.hasPrefix("/"), !next.hasPrefix(SiteRoute.loggInn.path),
              next.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) && $0 != "\\" }),
              let decoded = next.removingPercentEncoding,
              !decoded.hasPrefix("//"), !decoded.hasPrefix("/\\"),
              decoded.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }),
              let components = URLComponents(string: next), components.scheme == nil, components.host == nil,
              components.path.hasPrefix("/")
        else { return nil }
        return next
    }
}
