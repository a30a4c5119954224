import Hummingbird
import NIOConcurrencyHelpers
import Persistence

/// At most `plasser` page views (GET and HEAD) are worked on at once; the others wait their
/// turn, in the order they came. Static files and the health check pass by, and so does every
/// form sent (a save, a login): it must not wait behind other people's pages.
///
/// Two cores render two pages at a time whatever the number of requests in flight, but each
/// request in flight holds what it has read: 64 clients on the Statsforvalter's home, the letter
/// list or an export each held a whole round's letters and reports, and the peak RSS passed
/// 300 MB (`make bench`). Waiting here costs nothing but a suspended task. The response is
/// written after the place is given back, so a slow client holds no place. Every request, a
/// form sent too, lets others run between its reads by its turn on the core (`Lesetur`).
struct AdgangMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let adgang: Adgang

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let sidevisning = (request.method == .get || request.method == .head) && !SessionMiddleware.isStatic(request.uri.path)
        if sidevisning { try await adgang.vent() }
        defer { if sidevisning { adgang.slipp() } }
        // The turn begins when the request may work, not while it waits for a place.
        return try await Lesetur.$gjeldende.withValue(Lesetur()) { try await next(request, context) }
    }
}

/// A counting semaphore for async tasks, first come first served. A waiting task that is
/// cancelled leaves the queue.
final class Adgang: Sendable {
    private struct Tilstand {
        var ledige: Int
        var neste = 0
        var ventende: [(nummer: Int, fortsett: CheckedContinuation<Void, any Error>)] = []
        var forst = 0
    }

    private let tilstand: NIOLockedValueBox<Tilstand>
    let plasser: Int

    init(plasser: Int) {
        precondition(plasser > 0)
        self.plasser = plasser
        tilstand = NIOLockedValueBox(Tilstand(ledige: plasser))
    }

    /// Takes a place, waiting for one if none is free.
    func vent() async throws {
        let nummer: Int? = tilstand.withLockedValue { tilstand in
            if tilstand.ledige > 0, tilstand.ventende.count == tilstand.forst {
                tilstand.ledige -= 1
                return nil
            }
            tilstand.neste += 1
            return tilstand.neste
        }
        guard let nummer else { return }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (fortsett: CheckedContinuation<Void, any Error>) in
                tilstand.withLockedValue { $0.ventende.append((nummer, fortsett)) }
                // A place freed between the first look and now.
                if let klar = tilstand.withLockedValue({ Self.nesteKlar(&$0) }) { klar.resume() }
            }
        } onCancel: {
            let fjernet: CheckedContinuation<Void, any Error>? = tilstand.withLockedValue { tilstand in
                guard let plass = tilstand.ventende[tilstand.forst...].firstIndex(where: { $0.nummer == nummer }) else { return nil }
                return tilstand.ventende.remove(at: plass).fortsett
            }
            fjernet?.resume(throwing: CancellationError())
        }
    }

    /// Gives the place back: to the first who waits, or free.
    func slipp() {
        let klar: CheckedContinuation<Void, any Error>? = tilstand.withLockedValue { tilstand in
            tilstand.ledige += 1
            return Self.nesteKlar(&tilstand)
        }
        klar?.resume()
    }

    /// The first waiting task, given a free place, if there are both.
    private static func nesteKlar(_ tilstand: inout Tilstand) -> CheckedContinuation<Void, any Error>? {
        guard tilstand.ledige > 0, tilstand.forst < tilstand.ventende.count else { return nil }
        tilstand.ledige -= 1
        let fortsett = tilstand.ventende[tilstand.forst].fortsett
        tilstand.forst += 1
        if tilstand.forst > 64, tilstand.forst * 2 > tilstand.ventende.count {
            tilstand.ventende.removeFirst(tilstand.forst)
            tilstand.forst = 0
        }
        return fortsett
    }

    /// Places taken now (tests).
    var opptatt: Int { tilstand.withLockedValue { plasser - $0.ledige } }

    /// Tasks waiting now (tests).
    var ventende: Int { tilstand.withLockedValue { $0.ventende.count - $0.forst } }
}
