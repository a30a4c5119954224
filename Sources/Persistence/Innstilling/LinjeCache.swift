import Domain
import Foundation

/// The decoded lines of whole innstillinger, kept in memory by the version they were read at.
///
/// The innstilling, its forum, its letters, the report pages and the Statsforvalter's home all
/// read whole innstillinger, and decoding thousands of lines from JSON was most of their time.
/// An innstilling's lines are written only by `writeInnstilling`, which gives it a new version
/// (or a new id): so lines kept under an (id, version, time of change) read in the same
/// transaction as the lines are the lines. Nothing has to be told of a change, and a reader of
/// an older snapshot finds the lines of its own version. A page that reads only some
/// behovsmeldinger's lines (an owner's or a partner's home, their letters) takes them from the
/// whole innstilling when it is kept or vedtatt (a vedtatt one never changes again, and every
/// party reads its letters from it); from another it reads them by the index, keeping nothing.
/// When more than `grense` lines are kept it starts over.
final class LinjeCache: @unchecked Sendable {
    struct Versjon: Hashable {
        let id: Int64
        let version: Int
        let endret: String
    }

    private let lock = NSLock()
    private var lagret: [Versjon: [Innstilling.Linje]] = [:]
    private var antall = 0
    let grense: Int

    init(grense: Int = 50_000) {
        self.grense = grense
    }

    /// The lines of `versjon`, as kept or as `les` reads them.
    func linjer(_ versjon: Versjon, les: () throws -> [Innstilling.Linje]) rethrows -> [Innstilling.Linje] {
        if let kjent = kjente(versjon) { return kjent }
        let linjer = try les()
        lock.withLock {
            if antall + linjer.count > grense { (lagret, antall) = ([:], 0) }
            if lagret.updateValue(linjer, forKey: versjon) == nil { antall += linjer.count }
        }
        return linjer
    }

    /// The lines of `versjon` if they are kept; nothing is read.
    func kjente(_ versjon: Versjon) -> [Innstilling.Linje]? {
        lock.withLock { lagret[versjon] }
    }

    /// How many innstillinger are kept (tests).
    var innstillinger: Int { lock.withLock { lagret.count } }
}
