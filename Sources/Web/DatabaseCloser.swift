import Logging
import Persistence
import ServiceLifecycle

/// Keeps the database open while the server runs and closes it once the graceful shutdown
/// (SIGINT/SIGTERM) has let in-flight requests finish.
struct DatabaseCloser: Service {
    let database: AppDatabase
    let logger: Logger

    func run() async throws {
        try? await gracefulShutdown()
        try database.close()
        logger.info("Databasen er lukket.")
    }
}
