import Foundation

/// A notice to one person that something waits for them (`docs/domain.md`, «Notifications»).
/// It is written with the change that causes it; e-mail is one way it reaches them.
public enum Varsel {
    /// What happened, or which deadline comes. The raw value is stored.
    public enum Slag: String, CaseIterable, Hashable, Sendable {
        /// A partnership agreement waits for this party's signature.
        case partnerskapTilSignering = "partnerskap_til_signering"
        /// Another party asks this one to sign.
        case partnerskapPaminnelse = "partnerskap_paminnelse"
        /// A behovsmelding waits for the UH's text and signature.
        case behovsmeldingTilUH = "behovsmelding_til_uh"
        /// The UH returned the behovsmelding to the owners.
        case behovsmeldingReturnert = "behovsmelding_returnert"
        /// Delivered to the network: to the owners and to the network's leader.
        case behovsmeldingLevert = "behovsmelding_levert"
        /// The network forwarded its behovsmeldinger to the fagutvalg.
        case videresendtFagutvalg = "videresendt_fagutvalg"
        /// The innstilling is sent to the forum.
        case innstillingTilForum = "innstilling_til_forum"
        /// The vedtak is recorded and the grant letters can be read.
        case vedtak
        /// A report was returned for changes, or approved.
        case rapportReturnert = "rapport_returnert"
        case rapportGodkjent = "rapport_godkjent"
        /// The Statsforvalter reminds of a report.
        case rapportPaminnelse = "rapport_paminnelse"
        /// The later round (Rekom 30 %): the allocation is sent to the forum, and decided (to
        /// each owner that applied).
        case rekom30TilForum = "rekom30_til_forum"
        case rekom30Vedtak = "rekom30_vedtak"
        /// The network's leader added or moved a meeting.
        case nettverksmote
        /// The network's leader invited the organisation into the network.
        case nettverksinvitasjon
        /// A deadline of the round comes, and this person still has something to do.
        case frist

        /// Reminders reach those who chose «only reminders»; the rest do not.
        public var erPaminnelse: Bool {
            switch self {
            case .partnerskapPaminnelse, .rapportPaminnelse, .frist: true
            default: false
            }
        }
    }

    /// How a person wants to hear (their choice on «Varsler»).
    public enum Valg: String, CaseIterable, Hashable, Sendable {
        /// One e-mail for each notice, as it happens.
        case straks
        /// The day's notices in one e-mail in the morning; reminders still come at once.
        case daglig
        /// Only reminders of deadlines; the rest shows on the home page.
        case paminnelser
        /// No e-mail at all; the home page still shows the work.
        case av

        public static let standard = Valg.straks

        /// What becomes of a notice of `slag` for a person who chose this.
        public func vei(for slag: Slag) -> Vei {
            switch self {
            case .straks: .enkelt
            case .daglig: slag.erPaminnelse ? .enkelt : .samlet
            case .paminnelser: slag.erPaminnelse ? .enkelt : .ingen
            case .av: .ingen
            }
        }
    }

    /// The way a notice goes: its own e-mail, the next daily digest, or no e-mail.
    public enum Vei: Hashable, Sendable { case enkelt, samlet, ingen }

    /// The digest goes out at this hour, Oslo time.
    public static let samletime = 7

    /// The first digest time (07:00 in Oslo) at or after `instant`.
    public static func nesteSamling(etter instant: Date) -> Date {
        let calendar = Calendar.oslo
        let day = calendar.startOfDay(for: instant)
        let today = calendar.date(bySettingHour: samletime, minute: 0, second: 0, of: day) ?? day
        if today >= instant { return today }
        let tomorrow = calendar.date(byAdding: .day, value: 1, to: day) ?? day.addingTimeInterval(86_400)
        return calendar.date(bySettingHour: samletime, minute: 0, second: 0, of: tomorrow) ?? tomorrow
    }

    /// How long to wait before attempt `forsok + 1` after `forsok` failed ones: one minute,
    /// doubling, at most an hour. A message is never given up; the page shows the failure.
    public static func ventetid(etterFeiledeForsok forsok: Int) -> TimeInterval {
        let minutes = 1 << min(max(forsok - 1, 0), 6)
        return TimeInterval(min(minutes, 60) * 60)
    }

    /// The default number of days before a deadline that reminders go out.
    public static let standardPaminnelsesdager = 7
    public static let paminnelsesdagerGrense = 0...60

    /// The deadlines of `runde` (steps, with their dates) that reminders go out for on
    /// `today`: those from `dager` days ahead up to and including the day itself. `dager` 0
    /// turns reminders off.
    public static func fristerAPaminne(_ runde: Runde, dager: Int, today: Dato) -> [Arshjul.Steg] {
        guard dager > 0 else { return [] }
        return Arshjul(runde: runde, today: today).steg.filter { step in
            guard step.erFrist, paminnes.contains(step.kode) else { return false }
            let left = today.days(until: step.dato)
            return left >= 0 && left <= dager
        }
    }

    /// The deadlines where someone may still be behind: the owners' draft, the UH's signature,
    /// the network's forwarding and the reports.
    public static let paminnes: Set<Arshjul.Stegkode> = [.behovsmelding, .nettverk, .halvaarsrapport, .rapport]
}
