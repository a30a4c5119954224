import Logging
import Persistence
import ServiceLifecycle

/// Keeps the query planner's counts of rows current while the server runs: at start, then
/// once a day (`AppDatabase.oppdaterPlanstatistikk`). A failure is logged, never fatal.
struct Planstatistikk: Service {
    let database: AppDatabase
    let logger: Logger
    static let intervall = Duration.seconds(24 * 60 * 60)

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    try await database.oppdaterPlanstatistikk()
                } catch {
                    logger.error("Statistikken for spørringsplanleggeren ble ikke oppdatert: \(error)")
                }
                try await Task.sleep(for: Self.intervall)
            }
        }
    }
}
