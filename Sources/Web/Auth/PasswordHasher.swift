import HummingbirdBcrypt
import NIOPosix

/// bcrypt, run on the thread pool so a hash (≈ 200 ms at cost 12) never blocks the event loop.
public struct PasswordHasher: Sendable {
    /// Cost 12 in production; tests use a lower cost to stay fast.
    public let cost: UInt8

    public init(cost: UInt8 = 12) { self.cost = cost }

    public func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}
