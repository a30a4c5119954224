import Foundation
import Hummingbird

/// The cookies: the session, the form token of pages shown before login, and the message a
/// redirect leaves for the next page.
enum Cookies {
    static let session = "bm_sesjon"
    static let formToken = "bm_skjema"
    static let flash = "bm_melding"

    /// HttpOnly, SameSite=Lax, whole site; no Max-Age, so it ends with the browser too.
    static func session(_ token: String, _ settings: SessionSettings) -> Cookie {
        Cookie(name: session, value: token, path: "/", secure: settings.secureCookies, httpOnly: true, sameSite: .lax)
    }

    static func formToken(_ token: String, _ settings: SessionSettings) -> Cookie {
        Cookie(name: formToken, value: token, path: "/", secure: settings.secureCookies, httpOnly: true, sameSite: .lax)
    }

    /// The message to show once on the next page («Lagret kl. 09.12»). It travels with the
    /// redirect instead of being written to the session: a save is then one write, not three
    /// (the save, the message, and clearing it when shown). Percent-encoded: a cookie value has
    /// no spaces or letters outside ASCII.
    static func flash(_ message: String, _ settings: SessionSettings) -> Cookie {
        Cookie(name: flash, value: message.addingPercentEncoding(withAllowedCharacters: flashTegn) ?? "", path: "/",
               secure: settings.secureCookies, httpOnly: true, sameSite: .lax)
    }

    /// The message of a flash cookie's value; nil for one that does not decode.
    static func flashText(_ value: String) -> String? {
        value.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 }
    }

    private static let flashTegn = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    /// Tells the browser to forget the cookie `name`.
    static func expired(_ name: String, _ settings: SessionSettings) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: settings.secureCookies, httpOnly: true, sameSite: .lax)
    }
}
