#if canImport(Glibc)
import Glibc
#endif
import NIOCore
import NIOPosix

/// The event loops give way to the pages: their threads run at a nice value 10 above the
/// server's, the threads that work on the pages (Swift's cooperative pool) at the server's own.
///
/// An event loop sleeps between a few microseconds of work (reading a request, writing a
/// response), and Linux's scheduler lets a thread that has slept take the core from one that has
/// not. Under load the loops' wake-ups interrupt the page work they feed. After the server had
/// been idle for a couple of seconds, the requests no longer moved in turn: with 64 clients on
/// the letter list, 90 % of views within about 55 ms on a server just started and 150 to 230 ms
/// after a pause of two seconds (99 %: 60 against 300 to 400 ms), every time (wrk, alternating
/// runs). Why the pause matters was not found, but the threads' priority decides it: reniced by
/// hand, the page threads first took the tail away and the loops first made it worse. At +10
/// the loops run when a core is free or their share comes due: the letter list's 99 % stayed
/// under about 100 ms after a pause; the Statsforvalter's home served about a tenth more views,
/// the form about a twentieth fewer, the other pages measured as many within the noise. The
/// loops need a few per cent of a core, which +10 leaves them; raising the page threads instead
/// would take a privilege the server lacks.
///
/// A thread inherits the nice value of the thread that starts it. The cooperative pool's threads
/// (one per core) are started before this runs and stay (seen in /proc after 75 s idle and load
/// again: both at 0, the loops at 10; dispatch's overcommit threads set their own). A pool thread
/// started later by a loop would run at +10 like the loops, which is where every thread was
/// before this (and why `TradprioritetTests` reads each value on a thread it names).
public enum Tradprioritet {
    /// How much nicer the event loops are than the server (up to 19, the nicest there is). Only
    /// raised, so it needs no privilege, whatever the server was started with.
    public static let tillegg: Int32 = 10

    /// Makes each loop of `group` `tillegg` nicer than it was. Each loop sets its own thread's:
    /// on Linux the value belongs to a thread, not the process (who = 0 is the caller).
    public static func settHendelsesloekker(_ group: MultiThreadedEventLoopGroup = .singleton) async throws {
        for loop in group.makeIterator() {
            try await loop.submit { sett(min(19, naa() + tillegg)) }.get()
        }
    }

    /// The calling thread's nice value (0 where there is none to read).
    static func naa() -> Int32 {
        #if canImport(Glibc)
        return getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        #else
        return 0
        #endif
    }

    private static func sett(_ verdi: Int32) {
        #if canImport(Glibc)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, verdi)
        #endif
    }
}
