import Dispatch
import Synchronization

/// A request's turn on its thread: how long it has read and worked since it last let other
/// tasks run (`AppDatabase.les`).
///
/// A read lets other tasks run after it, so that a page of many reads takes turns with the saves
/// waiting for a core. Doing so after every read put an owner's home back in the queue a dozen
/// times, each time through the executor and often by waking a thread. Within a request, a read
/// now lets others run only when the request has had the core for its `luke` since it last did:
/// server CPU per view alone −9 % for the owner's home, −15 % for the form, −5 % for the
/// Statsforvalter's home. The turn is short because the saves pay for a long one: with 500 µs,
/// 32 owners saving drafts got p99 46 ms instead of 22 (61 ms when the forms sent had no turn
/// and let others run after every read, behind pages that had not let go); with 150 µs, 25 ms.
/// A task without a turn (work in the background) lets others run after every read.
public final class Lesetur: Sendable {
    @TaskLocal public static var gjeldende: Lesetur?

    /// How long a request works before it lets others run.
    public static let standardLuke: UInt64 = 150_000

    private let luke: UInt64
    /// Nanoseconds of a monotonic clock.
    private let klokke: @Sendable () -> UInt64
    /// When the request last let others run (or began).
    private let sist: Atomic<UInt64>

    public init(luke: UInt64 = standardLuke, klokke: @escaping @Sendable () -> UInt64 = { DispatchTime.now().uptimeNanoseconds }) {
        self.luke = luke
        self.klokke = klokke
        sist = Atomic(klokke())
    }

    /// True when the request has had its `luke` since it last let others run; it is then counted
    /// from now.
    func skalSlippe() -> Bool {
        let na = klokke()
        guard na &- sist.load(ordering: .relaxed) >= luke else { return false }
        sist.store(na, ordering: .relaxed)
        return true
    }
}
