import Foundation

/// The numbered `.sql` files of `Migrations/`, in file order. Shipped files never change:
/// a schema change is a new file.
public struct MigrationSet: Sendable {
    public struct File: Sendable, Equatable {
        /// The identifier recorded by GRDB: the file name without `.sql` (`0001_create_core`).
        public let identifier: String
        public let sql: String
    }

    public let files: [File]

    public enum LoadError: Error, CustomStringConvertible {
        case missingDirectory(String)
        case badName(String)
        case empty(String)

        public var description: String {
            switch self {
            case .missingDirectory(let path):
                return "Fant ikke migreringsmappen \(path). Start fra repoets rot eller oppgi --root."
            case .badName(let name):
                return "Migreringsfilen \(name) må hete NNNN_verb_objekt.sql (fire siffer, små bokstaver og _)."
            case .empty(let path):
                return "Migreringsmappen \(path) har ingen .sql-filer."
            }
        }
    }

    /// Reads every `NNNN_name.sql` file in `directory`, sorted by name.
    public static func load(from directory: URL) throws -> MigrationSet {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LoadError.missingDirectory(directory.path)
        }
        let names = try fileManager.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".sql") }
            .sorted()
        guard !names.isEmpty else { throw LoadError.empty(directory.path) }
        let files = try names.map { name in
            guard isValidName(name) else { throw LoadError.badName(name) }
            let sql = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            return File(identifier: String(name.dropLast(4)), sql: sql)
        }
        return MigrationSet(files: files)
    }

    static func isValidName(_ name: String) -> Bool {
        let stem = name.dropLast(4)
        guard stem.count > 5 else { return false }
        let prefix = stem.prefix(4)
        let rest = stem.dropFirst(4)
        return prefix.allSatisfy { $0.isASCII && $0.isNumber }
            && rest.first == "_"
            && rest.dropFirst().allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "_" }
    }
}
