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
    private var lagret: [Versjon: Kept] = [:]
    private var antall = 0
    /// Each version's expected amounts by year (`Innstilling.forventet`), decoded from JSON once.
    private var forventet: [Versjon: [Int: Kroner]] = [:]
    let grense: Int

    /// An innstilling's lines, and where each behovsmelding's lie among them: an owner's home
    /// finds its own few lines without walking the country's.
    private struct Kept {
        let linjer: [Innstilling.Linje]
        let plasser: [Int64: [Int]]

        init(_ linjer: [Innstilling.Linje]) {
            self.linjer = linjer
            var plasser: [Int64: [Int]] = [:]
            for (plass, linje) in linjer.enumerated() { plasser[linje.behovsmeldingId, default: []].append(plass) }
            self.plasser = plasser
        }

        /// The lines on `behovsmeldinger`, in their order.
        func linjer(pa behovsmeldinger: Set<Int64>) -> [Innstilling.Linje] {
            behovsmeldinger.flatMap { plasser[$0] ?? [] }.sorted().map { linjer[$0] }
        }
    }

    init(grense: Int = 50_000) {
        self.grense = grense
    }

    /// The lines of `versjon`, as kept or as `les` reads them.
    func linjer(_ versjon: Versjon, les: () throws -> [Innstilling.Linje]) rethrows -> [Innstilling.Linje] {
        try kept(versjon, les: les).linjer
    }

    /// The lines of `versjon` on `behovsmeldinger`, in their order, from the whole innstilling
    /// as kept or as `les` reads it.
    func linjer(_ versjon: Versjon, pa behovsmeldinger: Set<Int64>, les: () throws -> [Innstilling.Linje]) rethrows -> [Innstilling.Linje] {
        try kept(versjon, les: les).linjer(pa: behovsmeldinger)
    }

    /// The lines of `versjon` on `behovsmeldinger` if it is kept; nothing is read.
    func kjente(_ versjon: Versjon, pa behovsmeldinger: Set<Int64>) -> [Innstilling.Linje]? {
        lock.withLock { lagret[versjon] }?.linjer(pa: behovsmeldinger)
    }

    private func kept(_ versjon: Versjon, les: () throws -> [Innstilling.Linje]) rethrows -> Kept {
        if let kjent = lock.withLock({ lagret[versjon] }) { return kjent }
        let kept = Kept(try les())
        lock.withLock {
            if antall + kept.linjer.count > grense { (lagret, antall) = ([:], 0) }
            if lagret.updateValue(kept, forKey: versjon) == nil { antall += kept.linjer.count }
        }
        return kept
    }

    /// The expected amounts of `versjon`, as kept or as `les` decodes them. Bounded on their own,
    /// not by the lines' `grense`: past 500 versions they start over.
    func forventet(_ versjon: Versjon, les: () throws -> [Int: Kroner]) rethrows -> [Int: Kroner] {
        if let kjent = lock.withLock({ forventet[versjon] }) { return kjent }
        let lest = try les()
        lock.withLock {
            if forventet.count >= 500 { forventet = [:] }
            forventet[versjon] = lest
        }
        return lest
    }

    /// How many innstillinger are kept (tests).
    var innstillinger: Int { lock.withLock { lagret.count } }
}
