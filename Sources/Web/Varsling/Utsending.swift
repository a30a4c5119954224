import Domain
import Foundation
import Logging
import Persistence
import ServiceLifecycle

/// The delivery worker: it runs inside the server, and every pass it looks for deadlines to
/// remind of, puts waiting notices into e-mails (one each, or a morning digest, as each person
/// chose) and sends the e-mails that are due, trying a failed one again later. Everything it
/// knows is in the database, so after a restart it carries on where it stopped.
public struct Utsending: Service {
    let database: AppDatabase
    let postbud: any Postbud
    let clock: any AppClock
    /// The site's address, the base of the links in the e-mails.
    let site: SiteSettings
    /// Reminders go out this many days before a deadline (0: none).
    let paminnelsesdager: Int
    let intervall: Duration
    let logger: Logger

    public init(database: AppDatabase, postbud: any Postbud, clock: any AppClock, site: SiteSettings, paminnelsesdager: Int = Varsel.standardPaminnelsesdager,
                intervall: Duration = .seconds(15), logger: Logger = Logger(label: "utsending")) {
        self.database = database
        self.postbud = postbud
        self.clock = clock
        self.site = site
        self.paminnelsesdager = paminnelsesdager
        self.intervall = intervall
        self.logger = logger
    }

    /// Reminders are looked for at most this often (they are days apart; the queries read the round).
    static let paminnelsesintervall: TimeInterval = 3600

    /// Runs until the graceful shutdown; then it ends between two passes (a pass under way is
    /// cancelled, and what it had not marked is done after the restart).
    public func run() async throws {
        // Cancellation is how the shutdown reaches it: an ordinary end, not an error (which
        // would make the server exit with a failure).
        try? await cancelWhenGracefulShutdown {
            var remindedAt: Date?
            while !Task.isCancelled {
                do {
                    let now = clock.now()
                    if remindedAt.map({ now.timeIntervalSince($0) >= Self.paminnelsesintervall }) ?? true {
                        try await paminn(now: now)
                        remindedAt = now
                    }
                    try await komponer(now: now)
                    try await send(now: now)
                } catch is CancellationError {
                    return
                } catch {
                    logger.error("Utsending av e-post feilet: \(error)")
                }
                try await Task.sleep(for: intervall)
            }
        }
        logger.info("Utsendingen av e-post er stoppet.")
    }

    /// One whole pass: reminders, composing, sending (the loop looks for reminders hourly).
    public func kjor(now: Date) async throws {
        try await paminn(now: now)
        try await komponer(now: now)
        try await send(now: now)
    }

    /// Writes the reminders of every round's deadlines that are near. A reminder already written
    /// is not written again (its event key), so running this again writes nothing new.
    func paminn(now: Date) async throws {
        let today = Dato(instant: now)
        for runde in try await database.runder() {
            let frister = Varsel.fristerAPaminne(runde, dager: paminnelsesdager, today: today)
            guard !frister.isEmpty else { continue }
            for steg in frister where steg.kode == .behovsmelding || steg.kode == .nettverk {
                try await database.varsleFrist(steg, runde: runde, now: now)
            }
            let slag = frister.compactMap { Rapport.Slag(frist: $0.kode) }
            guard !slag.isEmpty else { continue }
            for grunnlag in try await Rapportgrunnlag.load(database, runde: runde, slag, t: .bokmal) {
                for expected in grunnlag.forventet where !expected.stored.rapport.erRapportert {
                    let brev = expected.brev
                    let orgs = expected.side == .eier ? brev.partnerskap.eiere.map(\.organisasjonId) : [expected.organisasjonId]
                    let key = "\(runde.aar):\(grunnlag.slag.rawValue):\(brev.ordning.rawValue):\(brev.partnerskap.id):\(expected.organisasjonId)"
                    try await database.varsle(.frist, hendelse: key, til: [.organisasjoner(orgs)], params: [
                        "hva": "rapport", "aar": String(runde.aar), "dato": grunnlag.frist.iso, "slag": grunnlag.slag.rawValue,
                        "ordningkode": brev.ordning.rawValue, "ordning": runde.ordninger[brev.ordning]?.kortnavn ?? brev.ordning.rawValue,
                        "partnerskap": String(brev.partnerskap.id), "navn": brev.partnerskap.navn,
                    ], now: now)
                }
            }
        }
    }

    /// Puts each waiting notice where its reader's choice sends it: its own e-mail, the next
    /// morning's digest (once that time has come), or no e-mail.
    func komponer(now: Date) async throws {
        let waiting = try await database.ventendeVarsler()
        var utenEpost: [Int64] = []
        for (_, varsler) in Dictionary(grouping: waiting, by: \.userId).sorted(by: { $0.key < $1.key }) {
            var digest: [VentendeVarsel] = []
            for varsel in varsler {
                switch varsel.valg.vei(for: varsel.slag) {
                case .ingen: utenEpost.append(varsel.id)
                case .enkelt: try await lag([varsel], now: now)
                case .samlet: digest.append(varsel)
                }
            }
            if let oldest = digest.map(\.createdAt).min(), now >= Varsel.nesteSamling(etter: oldest) {
                try await lag(digest, now: now)
            }
        }
        try await database.utenEpost(varsler: utenEpost)
    }

    func lag(_ varsler: [VentendeVarsel], now: Date) async throws {
        guard let epost = Varselpost.epost(varsler, site: site, now: now, t: .of(Catalogue.Language(varsler.first?.sprak ?? .bokmal))) else { return }
        do {
            try await database.lagEpost(epost, varsler: varsler.map(\.id))
        } catch StorageError.conflict {
            // Another pass took them in between; they are in its e-mail.
        }
    }

    /// Sends the e-mails that are due. Without a server, they are kept for the «Sendt e-post» page.
    /// A batch at a time until none is due (a failed one waits at least a minute, so this ends);
    /// a server that cannot be reached ends the pass, so one that is down does not cost a
    /// timeout per e-mail.
    func send(now: Date) async throws {
        while case let batch = try await database.forfalteEposter(now: now), !batch.isEmpty {
            guard try await send(batch, now: now) else { return }
        }
    }

    /// False when the server could not take mail at all.
    func send(_ batch: [Epost], now: Date) async throws -> Bool {
        for epost in batch {
            guard postbud.leverer else {
                try await database.markerEpost(id: epost.id, .holdt, now: now)
                continue
            }
            do {
                try await postbud.send(epost, now: now)
                try await database.markerEpost(id: epost.id, .sendt, now: now)
            } catch {
                let next = now.addingTimeInterval(Varsel.ventetid(etterFeiledeForsok: epost.forsok + 1))
                logger.warning("E-post \(epost.id) ble ikke sendt (forsøk \(epost.forsok + 1)): \(error)")
                try await database.markerEpost(id: epost.id, .venter, now: now, feil: String(describing: error).prefix(500).description, nesteForsok: next)
                // The server refused this message for good (5xx, e.g. an unknown recipient): go on with the rest.
                if case SMTPFeil.svar(let kode, _) = error, (500..<600).contains(kode) { continue }
                return false
            }
        }
        return true
    }
}
