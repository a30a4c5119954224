#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// glibc gives threads that allocate at once arenas of their own, up to eight per core, and
/// memory freed in one arena is not reused by another: under load the server's resident memory
/// grew by a quarter over what few arenas need (when this was written, on the national dataset,
/// a burst of innstilling pages and 64 clients: peak RSS 258 MB with glibc's default, 200 MB with two).
///
/// Four, not two: the event loops, the cooperative pool and the threads that parse forms all
/// allocate, and two arenas were a lock they queued for. With 64 clients, in four runs of each
/// taken in turn, the Statsforvalter's home went from a median of 1 320 to 1 660 views a second
/// and the owner's home from 1 190 to 1 230, and with two the runs spread more (the owner's
/// home 910–1 400). Eight or sixteen were no faster than four. Peak RSS after bursts of the
/// innstilling, the forum's tables and the heaviest homes: 156 MB with two, 163 MB with four,
/// 167 MB with sixteen.
/// `MALLOC_ARENA_MAX` in the environment, set by whoever runs the server, wins.
enum Minne {
    static let arenaer: Int32 = 4

    static func begrensArenaer() {
        #if canImport(Glibc)
        guard ProcessInfo.processInfo.environment["MALLOC_ARENA_MAX"] == nil,
              let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        // mallopt(M_ARENA_MAX, arenaer); <malloc.h> is not in Swift's Glibc module, so it is looked up.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let mArenaMax: Int32 = -8
        _ = unsafeBitCast(symbol, to: Mallopt.self)(mArenaMax, arenaer)
        #endif
    }
}
