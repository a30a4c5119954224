import ArgumentParser
import Foundation
import Web

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start nettjeneren.")
    @OptionGroup var options: Options
    @Option(help: "Adressen det lyttes på.") var host = "127.0.0.1"
    @Option(help: "Porten det lyttes på.") var port = 8080

    func run() async throws {
        let app = try await buildApplication(options.config(host: host, port: port))
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
        switch try await database.seedDemo(now: Date()) {
        case .seeded(let runde): print("Demodata lastet inn: Nordland med tildelingsrunde \(runde).")
        case .alreadyHasData: print("Databasen har allerede data; demodata ble ikke lastet inn.")
        }
        try database.close()
    }
}
