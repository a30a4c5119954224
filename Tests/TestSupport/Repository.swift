import Domain
import Foundation

/// Locations in the repository, found from this file's path so tests never depend on the
/// working directory.
public enum Repository {
    /// The folder holding Package.swift.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            let parent = url.deletingLastPathComponent()
            precondition(parent.path != url.path, "Package.swift not found above \(#filePath)")
            url = parent
        }
        return url
    }()

    public static var migrations: URL { root.appendingPathComponent("Migrations") }
    public static var templates: URL { root.appendingPathComponent("Templates") }
    public static var publicFiles: URL { root.appendingPathComponent("Public") }

    /// Fixed instant for tests: 23 November 2026, 12:00 Oslo time.
    public static let fixedNow = Date(timeIntervalSince1970: 1_795_431_600)
}

/// Compares `actual` with the snapshot file `name` next to the calling test file
/// (`Snapshots/<name>`). With RECORD_SNAPSHOTS=1 the file is written instead and the test
/// fails, so a recording is never mistaken for a pass.
public func assertSnapshot(_ actual: String, named name: String, file: String = #filePath) -> String? {
    let url = URL(fileURLWithPath: file).deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return "Snapshot \(name) written; run again without RECORD_SNAPSHOTS."
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        return "Snapshot \(name) is missing; record it with RECORD_SNAPSHOTS=1."
    }
    if expected == actual { return nil }
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
    let want = line < a.count ? String(a[line]) : "<end>"
    let got = line < b.count ? String(b[line]) : "<end>"
    return "Snapshot \(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)"
}

extension String {
    /// This text as a page shows it: a space inside an amount, a count or a share ("10 886 000 kr",
    /// "2 001 tegn", "30 %") or after a date's day ("15. desember") is the no-break space the
    /// application writes there (`Kroner.mellomrom`). Tests write what they expect with ordinary
    /// spaces and read it through this.
    public var vist: String {
        replacingOccurrences(of: Self.vistMellomrom, with: String(Kroner.mellomrom), options: .regularExpression)
    }

    /// The ordinary spaces `vist` replaces, the months as `Dato.formatted` names them.
    private static let vistMellomrom =
        #"(?<=\d) (?=\d{3}(?!\d)|kr\b|%)|(?<=\d\.) (?=("# + Dato.monthNames.joined(separator: "|") + #")\b)"#
}
