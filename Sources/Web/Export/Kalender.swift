import Domain
import Foundation

/// The round's year cycle as an iCalendar file (RFC 5545) that Outlook, Google Calendar and
/// Apple's calendar subscribe to: one all-day event per step, on its date in Norway.
enum Kalender {
    /// The file for `runde`'s steps. `host` makes each event's UID unique to this site, so a
    /// calendar that subscribes twice updates the same events; `now` stamps them.
    static func ics(_ runde: Runde, host: String, now: Date, t: Catalogue) -> String {
        let today = Dato(instant: now)
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Behovsmelding//Arshjul//NO",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + text(t.format(.calendarName, ["aar": String(runde.aar)])),
            "X-WR-TIMEZONE:Europe/Oslo",
        ]
        let stamp = utc(now)
        for step in Arshjul(runde: runde, today: today).steg {
            let title = t.stegTittel(step.kode, runde)
            lines += [
                "BEGIN:VEVENT",
                "UID:\(runde.aar)-\(step.kode.rawValue)@\(host)",
                "DTSTAMP:\(stamp)",
                "DTSTART;VALUE=DATE:\(compact(step.dato))",
                "DTEND;VALUE=DATE:\(compact(nextDay(step.dato)))",
                "SUMMARY:" + text(step.erFrist ? t.format(.calendarDeadline, ["steg": title]) : title),
                "DESCRIPTION:" + text(t.stegTekst(step.kode, runde)),
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT escaping (RFC 5545 3.3.11).
    static func text(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Lines longer than 75 octets are folded: CRLF and a space, never inside a character.
    static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.append(character)
            octets += size
        }
        return out
    }

    static func compact(_ dato: Dato) -> String { String(format: "%04d%02d%02d", dato.year, dato.month, dato.day) }

    static func nextDay(_ dato: Dato) -> Dato {
        if let next = Dato(year: dato.year, month: dato.month, day: dato.day + 1) { return next }
        if let next = Dato(year: dato.year, month: dato.month + 1, day: 1) { return next }
        return Dato(year: dato.year + 1, month: 1, day: 1)!
    }

    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
