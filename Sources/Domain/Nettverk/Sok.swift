/// The «delingssystem»'s matching (seed 003: «se tiltak på tvers av regioner og eiere»): a
/// search finds tiltak whose words begin with every word typed, with æ, ø and å folded (the
/// index folds its text the same way, migration 0017), so «språkløft» finds «Språkløftet» and
/// a keyboard without æøå finds it as «sprakloft».
public enum Sok {
    /// At most this many words of a query count; the rest are ignored.
    public static let maksOrd = 8

    /// `text` with æ → ae, ø → o, å → a in both cases (the rest of the case and diacritic
    /// folding is the index's tokenizer's).
    public static func fold(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "æ", "Æ": result += "ae"
            case "ø", "Ø": result += "o"
            case "å", "Å": result += "a"
            default: result.append(character)
            }
        }
        return result
    }

    /// The small words of bokmål and nynorsk that nearly every tiltak holds, folded: searched
    /// for, they would narrow nothing («og» is in 95 of 100), and ranking every tiltak by them
    /// took a search of «og» alone 40 to 60 ms on the national data.
    public static let smaord: Set<String> = [
        "og", "i", "pa", "av", "for", "til", "med", "en", "ei", "et", "ein", "eit", "a", "som", "er", "de", "dei",
        "den", "det", "om", "fra", "ved", "at", "eller", "seg", "sin", "sitt", "sine",
    ]

    /// The words of a query: runs of letters and digits, folded, at most `maksOrd`, without
    /// words of one character and the small words (`smaord`), which nearly every tiltak holds.
    public static func ord(_ query: String) -> [String] {
        fold(query).split { !$0.isLetter && !$0.isNumber }.map(String.init)
            .filter { $0.count > 1 && !smaord.contains($0.lowercased()) }.prefix(maksOrd).map { $0 }
    }

    /// The full-text expression for `query`: every word as a prefix («"sprakloft"*»), all of
    /// them required; nil when the query has no words to search for (a query of small words
    /// alone is no query). Quoting each word keeps the query's own operators (AND, OR, NEAR, *,
    /// ") out of the expression.
    public static func uttrykk(_ query: String) -> String? {
        let words = ord(query)
        return words.isEmpty ? nil : words.map { "\"\($0)\"*" }.joined(separator: " ")
    }

    /// The expression that finds tiltak like one titled `tittel`: any of its longer words.
    public static func lignende(_ tittel: String) -> String? {
        let words = ord(tittel).filter { $0.count >= 4 }
        return words.isEmpty ? nil : words.map { "\"\($0)\"*" }.joined(separator: " OR ")
    }
}
