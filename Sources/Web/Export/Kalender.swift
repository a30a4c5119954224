import Domain
import Foundation

/// The round's year cycle as an iCalendar file (RFC 5545) that Outlook, Google Calendar and
/// Apple's calendar subscribe to: one all-day event per step, on its date in Norway.
enum Kalender {
    /// One all-day event.
    struct Hendelse: Equatable {
        let uid: String
        let dato: Dato
        let tittel: String
        let beskrivelse: String
        /// The year-cycle step it is, when it is one (a private feed keeps its holder's steps).
        var steg: Arshjul.Stegkode?
    }

    /// The file for `runde`'s steps. `host` makes each event's UID unique to this site, so a
    /// calendar that subscribes twice updates the same events; `now` stamps them.
    static func ics(_ runde: Runde, host: String, now: Date, t: Catalogue) -> String {
        ics(navn: t.format(.calendarName, ["aar": String(runde.aar)]), hendelser: hendelser(runde, host: host, today: Dato(instant: now), t: t), now: now)
    }

    /// The steps of `runde` as events, deadlines marked as such.
    static func hendelser(_ runde: Runde, host: String, today: Dato, t: Catalogue) -> [Hendelse] {
        Arshjul(runde: runde, today: today).steg.map { step in
            let title = t.stegTittel(step.kode, runde)
            return Hendelse(uid: "\(runde.aar)-\(step.kode.rawValue)@\(host)", dato: step.dato,
                            tittel: step.erFrist ? t.format(.calendarDeadline, ["steg": title]) : title,
                            beskrivelse: t.stegTekst(step.kode, runde), steg: step.kode)
        }
    }

    /// A network meeting as an event on its day (its time is free text, so it says it).
    static func hendelse(_ mote: Nettverksmote, nettverk: String, host: String, t: Catalogue) -> Hendelse {
        let form = t.text(mote.form == .digital ? .nmDigital : .nmPhysical)
        let details = [mote.tid, form, mote.sted, t.format(.calendarMeetingResponsible, ["ansvar": mote.ansvar])].filter { !$0.isEmpty }
        return Hendelse(uid: "nettverksmote-\(mote.id)@\(host)", dato: mote.dato,
                        tittel: t.format(.calendarMeeting, ["nettverk": nettverk, "hva": mote.hva]),
                        beskrivelse: details.joined(separator: "\n"))
    }

    /// A calendar named `navn` with `hendelser`, stamped `now`.
    static func ics(navn: String, hendelser: [Hendelse], now: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Behovsmelding//Arshjul//NO",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + text(navn),
            "X-WR-TIMEZONE:Europe/Oslo",
        ]
        let stamp = utc(now)
        for event in hendelser {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + event.uid,
                "DTSTAMP:\(stamp)",
                "DTSTART;VALUE=DATE:\(compact(event.dato))",
                "DTEND;VALUE=DATE:\(compact(nextDay(event.dato)))",
                "SUMMARY:" + text(event.tittel),
                "DESCRIPTION:" + text(event.beskrivelse),
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
