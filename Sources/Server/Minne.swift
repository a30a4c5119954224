#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// glibc gives threads that allocate at once arenas of their own, up to eight per core, and
/// memory freed in one arena is not reused by another: under load the server's resident memory
/// grew by a quarter over what two arenas need (on the national dataset, a burst of innstilling
/// pages and 64 clients: peak RSS 258 MB, 200 MB with two). Two are enough for the event loops
/// and the cooperative pool of a small server. `MALLOC_ARENA_MAX` in the environment, set by
/// whoever runs the server, wins.
enum Minne {
    static func begrensArenaer() {
        #if canImport(Glibc)
        guard ProcessInfo.processInfo.environment["MALLOC_ARENA_MAX"] == nil,
              let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        // mallopt(M_ARENA_MAX, 2); <malloc.h> is not in Swift's Glibc module, so it is looked up.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let mArenaMax: Int32 = -8
        _ = unsafeBitCast(symbol, to: Mallopt.self)(mArenaMax, 2)
        #endif
    }
}
