import Foundation
import Hummingbird

/// The two cookies: the session, and the form token of pages shown before login.
enum Cookies {
    static let session = "bm_sesjon"
    static let formToken = "bm_skjema"

    /// HttpOnly, SameSite=Lax, whole site; no Max-Age, so it ends with the browser too.
    static func session(_ token: String, _ settings: SessionSettings) -> Cookie {
        Cookie(name: session, value: token, path: "/", secure: settings.secureCookies, httpOnly: true, sameSite: .lax)
    }

    static func formToken(_ token: String, _ settings: SessionSettings) -> Cookie {
        Cookie(name: formToken, value: token, path: "/", secure: settings.secureCookies, httpOnly: true, sameSite: .lax)
    }

    /// Tells the browser to forget the cookie `name`.
    static func expired(_ name: String, _ settings: SessionSettings) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: settings.secureCookies, httpOnly: true, sameSite: .lax)
    }
}
