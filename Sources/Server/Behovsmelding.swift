import ArgumentParser
import Foundation
import Web

@main
struct Behovsmelding: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "behovsmelding",
        abstract: "Behovsmelding: kompetansemidler for barnehage og skole.",
        subcommands: [Serve.self, Migrate.self, SeedDemo.self, SeedBench.self, Backup.self],
        defaultSubcommand: Serve.self
    )
}

struct Options: ParsableArguments {
    @Option(help: "SQLite-fil (relativ til --root).") var db = "data/behovsmelding.sqlite"
    @Option(help: "Mappen som har Templates/, Public/ og Migrations/.") var root = "."
    @Option(help: "Kjør som om dagens dato er denne (ÅÅÅÅ-MM-DD), for demo og nettlesertester. Klokkeslettet går som vanlig.")
    var today: String?

    func validate() throws {
        if let today, ShiftedClock(today: today) == nil { throw ValidationError("--today må være en dato som ÅÅÅÅ-MM-DD, for eksempel 2026-11-23.") }
    }

    /// The system clock, or with `--today` the system clock moved to that date.
    func clock() -> any AppClock {
        today.flatMap { ShiftedClock(today: $0) } ?? SystemClock()
    }

    func config(host: String = "127.0.0.1", port: Int = 8080) -> AppConfig {
        AppConfig(host: host, port: port, databasePath: db, root: URL(fileURLWithPath: root).standardizedFileURL)
    }
}
