import Foundation

/// A document a network's leader shares with the members (seed 001: the leader «sørger for at
/// all informasjon/data/referat videreformidles til alle deltakerne»): a PDF with a title, and
/// who may read it.
public struct Nettverksdokument: Hashable, Sendable {
    /// Who may read it, besides the leader and the Statsforvalter.
    public enum Lesere: String, Hashable, Sendable, CaseIterable {
        /// Every reader of the network's work: its members and the fagutvalg.
        case alle
        /// The member organisations only (drafts, internal notes).
        case medlemmer
    }

    /// The largest file taken: 5 MB.
    public static let maksBytes = 5 * 1024 * 1024

    public var id: Int64
    public var nettverkId: Int64
    public var tittel: String
    /// The file's name as shown and offered on download («referat-januar.pdf»).
    public var filnavn: String
    public var bytes: Int
    public var lesere: Lesere

    public init(id: Int64 = 0, nettverkId: Int64, tittel: String, filnavn: String, bytes: Int, lesere: Lesere) {
        self.id = id
        self.nettverkId = nettverkId
        self.tittel = tittel
        self.filnavn = filnavn
        self.bytes = bytes
        self.lesere = lesere
    }

    /// True when `innhold` is a PDF (it begins «%PDF-»), whatever its name or declared type says.
    public static func erPDF(_ innhold: some Collection<UInt8>) -> Bool {
        innhold.starts(with: Array("%PDF-".utf8))
    }

    /// `navn` as a safe file name: its last path component, only letters, digits, «-», «_»,
    /// «.» and spaces, at most 100 characters, ending in «.pdf».
    public static func filnavn(_ navn: String) -> String {
        let last = navn.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var kept = String(last.filter { $0.isLetter || $0.isNumber || "-_. ".contains($0) }.prefix(100))
            .trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        if kept.isEmpty { kept = "dokument" }
        return kept.lowercased().hasSuffix(".pdf") ? kept : kept + ".pdf"
    }

    /// A file as uploaded: its name on the sender's machine and its bytes.
    public struct Fil: Hashable, Sendable {
        public var navn: String
        public var innhold: [UInt8]

        public init(navn: String, innhold: [UInt8]) {
            self.navn = navn
            self.innhold = innhold
        }
    }

    /// The upload form: the title, who may read it, and the file as sent (nil: none chosen).
    public struct Utkast: Hashable, Sendable {
        public var tittel: String
        public var lesere: String
        public var fil: Fil?

        public init(tittel: String, lesere: String, fil: Fil?) {
            self.tittel = tittel
            self.lesere = lesere
            self.fil = fil
        }

        /// The document, or every problem at once: a title, who may read it, and a PDF file of
        /// at most `maksBytes`.
        public func valider(nettverkId: Int64) -> Result<Nettverksdokument, Skjemafeil> {
            var feil: [Feltfeil] = []
            let title = Tekstgrense.normalisert(tittel).trimmingCharacters(in: .whitespacesAndNewlines)
            if title.isEmpty {
                feil.append(Feltfeil(.dokument(.tittel), .dokumentUtenTittel))
            } else if let tooLong = Tekstgrense.kort.sjekk(title, felt: .dokument(.tittel), navn: .dokumentTittel) {
                feil.append(tooLong)
            }
            let readers = Lesere(rawValue: lesere)
            if readers == nil { feil.append(Feltfeil(.dokument(.lesere), .dokumentVelgLesere)) }
            if let fil, !fil.innhold.isEmpty {
                if fil.innhold.count > Nettverksdokument.maksBytes {
                    feil.append(Feltfeil(.dokument(.fil), .dokumentForStort(bytes: fil.innhold.count, maks: Nettverksdokument.maksBytes)))
                } else if !Nettverksdokument.erPDF(fil.innhold) {
                    feil.append(Feltfeil(.dokument(.fil), .dokumentIkkePDF))
                }
            } else {
                feil.append(Feltfeil(.dokument(.fil), .dokumentUtenFil))
            }
            guard feil.isEmpty, let readers, let fil else { return .failure(Skjemafeil(feil)) }
            return .success(Nettverksdokument(nettverkId: nettverkId, tittel: title, filnavn: Nettverksdokument.filnavn(fil.navn), bytes: fil.innhold.count,
                                              lesere: readers))
        }
    }

    /// The upload form's fields.
    public enum Del: String, Sendable {
        case tittel, lesere, fil
    }
}
