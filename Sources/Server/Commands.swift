import Domain
import ArgumentParser
import Foundation
import Persistence
import Web

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start nettjeneren.")
    @OptionGroup var options: Options
    @Option(help: "Adressen det lyttes på.") var host = "127.0.0.1"
    @Option(help: "Porten det lyttes på.") var port = 8080
    @Flag(help: "Merk informasjonskapsler som Secure (når tjenesten nås over HTTPS).") var secureCookies = false
    @Option(help: "Adressen brukerne når tjenesten på, for eksempel https://behovsmelding.example.no. Alle absolutte lenker bygges fra den.")
    var publicUrl: String?
    @Option(help: "Mellomtjener (reverse proxy) som X-Forwarded-For og Forwarded godtas fra, som adresse eller CIDR (for eksempel 10.0.0.0/8). Kan gis flere ganger, eller kommaseparert.")
    var trustedProxy: [String] = []
    @Option(help: "Sekunder en forbindelse har på å sende hodet av en forespørsel (og mellom to forespørsler) før den lukkes.")
    var headerTimeout: Double = 10
    @Option(help: "Sekunder en forespørsel har på å sende hele innholdet etter hodet.") var bodyTimeout: Double = 60
    @Option(help: "Dager før hver frist i runden at påminnelser sendes til dem som ennå har noe å gjøre (0: ingen påminnelser).")
    var paminnelseDager = Varsel.standardPaminnelsesdager
    @Option(help: "Sekunder mellom hver gang e-postkøen gås gjennom.") var utsendingIntervall: Double = 15

    func validate() throws {
        if let publicUrl {
            guard let url = URL(string: publicUrl), ["http", "https"].contains(url.scheme ?? ""), url.host != nil, url.query == nil else {
                throw ValidationError("--public-url må være en full adresse som https://behovsmelding.example.no.")
            }
        }
        guard Varsel.paminnelsesdagerGrense.contains(paminnelseDager) else {
            throw ValidationError("--paminnelse-dager må være mellom 0 og \(Varsel.paminnelsesdagerGrense.upperBound).")
        }
        guard utsendingIntervall >= 1 else { throw ValidationError("--utsending-intervall må være minst 1 sekund.") }
        do { _ = try SMTPInnstillinger.fraMiljo() } catch { throw ValidationError(String(describing: error)) }
        guard headerTimeout > 0, bodyTimeout > 0 else { throw ValidationError("--header-timeout og --body-timeout må være mer enn 0 sekunder.") }
        for entry in trustedProxies where AddressRange(entry) == nil {
            throw ValidationError("--trusted-proxy: «\(entry)» er ikke en IP-adresse eller et CIDR-område som 10.0.0.0/8.")
        }
    }

    var trustedProxies: [String] { trustedProxy.flatMap { $0.split(separator: ",").map(String.init) } }

    func run() async throws {
        Minne.begrensArenaer()
        try await Tradprioritet.settHendelsesloekker()
        var config = options.config(host: host, port: port)
        config.secureCookies = secureCookies
        config.publicURL = publicUrl.flatMap(URL.init(string:))
        config.trustedProxies = trustedProxies.compactMap(AddressRange.init)
        config.headerTimeout = headerTimeout
        config.bodyTimeout = bodyTimeout
        config.smtp = try SMTPInnstillinger.fraMiljo()
        config.paminnelsesdager = paminnelseDager
        config.utsendingsintervall = utsendingIntervall
        let app = try await buildApplication(config, clock: options.clock())
        try await app.runService()
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Kjør databasemigreringer.")
    @OptionGroup var options: Options

    func run() async throws {
        let database = try openDatabase(options.config())
        print("Databaseskjema: \(try await database.schemaVersion() ?? "tomt")")
        try database.close()
    }
}

struct SeedDemo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "seed-demo", abstract: "Last inn demodata i en tom database.")
    @OptionGroup var options: Options

    func run() async throws {
        let database = try openDatabase(options.config())
        let hash = try await PasswordHasher().hash(AppDatabase.demoPassword)
        switch try await database.seedDemo(now: options.clock().now(), demoPasswordHash: hash) {
        case .seeded(let runde):
            print("Demodata lastet inn: Nordland med tildelingsrunde \(runde).")
            print("Demobrukere (passord \(AppDatabase.demoPassword)): " + AppDatabase.demoLogins.joined(separator: ", "))
        case .alreadyHasData:
            print("Databasen har allerede data; demodata ble ikke lastet inn på nytt.")
            if try await database.isDemo() {
                print("Demobrukere (passord \(AppDatabase.demoPassword)): " + AppDatabase.demoLogins.joined(separator: ", "))
            }
        }
        try database.close()
    }
}

struct SeedBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed-bench",
        abstract: "Last inn et datasett i nasjonal skala (for make bench) i en tom database.",
        discussion: "Samme frø gir samme data. Brukerne har passordet til demoen; se BenchData.innlogginger."
    )
    @OptionGroup var options: Options
    @Option(help: "fylke (om lag 300 behovsmeldinger) eller nasjonal (ti fylker, om lag 3 000).") var storrelse = "nasjonal"
    @Option(help: "Frøet til tilfeldige valg.") var seed: UInt64 = 1

    func validate() throws {
        guard BenchData.Storrelse(rawValue: storrelse) != nil else { throw ValidationError("--storrelse må være fylke eller nasjonal.") }
    }

    func run() async throws {
        let database = try openDatabase(options.config())
        let hash = try await PasswordHasher().hash(AppDatabase.demoPassword)
        let size = BenchData.Storrelse(rawValue: storrelse) ?? .nasjonal
        switch try await database.seedBench(size, seed: seed, now: options.clock().now(), passwordHash: hash) {
        case .seeded(let runde):
            print("Testdata (\(size.rawValue)) lastet inn med tildelingsrunde \(runde). Brukere (passord \(AppDatabase.demoPassword)): "
                  + BenchData.innlogginger.map(\.epost).joined(separator: ", "))
        case .alreadyHasData:
            print("Databasen har allerede data; testdata ble ikke lastet inn.")
        }
        try database.close()
    }
}

struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lag en konsistent kopi av databasen, også mens tjenesten kjører.",
        discussion: "Kopien har ingen økter og ingen engangslenker: etter en gjenoppretting må alle logge inn igjen."
    )
    @OptionGroup var options: Options
    @Option(help: "Filen kopien skrives til. Den må ikke finnes fra før.") var to: String

    func run() async throws {
        let database = try openDatabase(options.config())
        defer { try? database.close() }
        let target = URL(fileURLWithPath: to).standardizedFileURL.path
        try database.backup(to: target)
        print("Sikkerhetskopi skrevet til \(target).")
    }
}
