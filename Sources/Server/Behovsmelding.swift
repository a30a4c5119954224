import ArgumentParser
import Foundation
import Web

@main
struct Behovsmelding: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "behovsmelding",
        abstract: "Behovsmelding: kompetansemidler for barnehage og skole.",
        subcommands: [Serve.self, Migrate.self, SeedDemo.self],
        defaultSubcommand: Serve.self
    )
}

struct Options: ParsableArguments {
    @Option(help: "SQLite-fil (relativ til --root).") var db = "data/behovsmelding.sqlite"
    @Option(help: "Mappen som har Templates/, Public/ og Migrations/.") var root = "."

    func config(host: String = "127.0.0.1", port: Int = 8080) -> AppConfig {
        AppConfig(host: host, port: port, databasePath: db, root: URL(fileURLWithPath: root).standardizedFileURL)
    }
}
