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

    func run() async throws {
        var config = options.config(host: host, port: port)
        config.secureCookies = secureCookies
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
