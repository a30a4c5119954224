/// Storage failures that are not the user's doing.
public enum StorageError: Error, CustomStringConvertible {
    /// A stored value does not map to a domain value (a bug or a hand-edited database).
    case corrupt(String)

    public var description: String {
        switch self {
        case .corrupt(let what): return "Ugyldig lagret verdi: \(what)"
        }
    }
}
