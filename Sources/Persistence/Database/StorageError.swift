/// Storage failures. `corrupt` is a bug or a hand-edited database; the others are answers
/// the user can act on, and Web shows them next to the field.
public enum StorageError: Error, Equatable, CustomStringConvertible {
    /// A stored value does not map to a domain value.
    case corrupt(String)
    /// A unique value (e-mail, orgnr, year) is already taken.
    case duplicate(field: String)
    /// The object does not exist (any more).
    case notFound
    /// The round's rules are locked: a behovsmelding has been submitted.
    case locked
    /// Someone else saved the object after it was read (its version moved on).
    case conflict
    /// A backup would overwrite an existing file.
    case backupExists(String)

    public var description: String {
        switch self {
        case .corrupt(let what): return "Ugyldig lagret verdi: \(what)"
        case .duplicate(let field): return "Finnes allerede: \(field)"
        case .notFound: return "Finnes ikke"
        case .locked: return "Låst"
        case .conflict: return "Endret av en annen"
        case .backupExists(let path): return "Filen finnes allerede: \(path). Velg et nytt navn, så blir ingen eldre kopi overskrevet."
        }
    }
}
