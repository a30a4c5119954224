import Domain
import Foundation
import Hummingbird

/// A table as a page shows it and the exports write it: named columns and rows of cells. The
/// page and the CSV/XLSX files are made from the same value, so their numbers cannot differ.
struct Tabell: Sendable, Equatable {
    enum Celle: Sendable, Equatable {
        case tekst(String)
        case kroner(Kroner)
        case prosent(Prosent?)

        /// As the page shows it: `10 886 000`, `84 %`, `–` for a share of nothing.
        var vist: String {
            switch self {
            case .tekst(let text): return text
            case .kroner(let amount): return amount.formattedNumber
            case .prosent(let share): return share?.formatted ?? "–"
            }
        }

        var numerisk: Bool {
            if case .tekst = self { return false }
            return true
        }
    }

    struct Rad: Sendable, Equatable {
        var celler: [Celle]
        /// A sum row (the total), shown and exported in bold.
        var sum: Bool = false
    }

    /// Title of the table, also the sheet's name and the file's name.
    let tittel: String
    /// File name without extension: `fordeling-2027-per-region`.
    let filnavn: String
    let kolonner: [String]
    var rader: [Rad]
}

extension Tabell {
    /// The table as the file `name` asks for: `<filnavn>.csv` or `<filnavn>.xlsx`; nil for any other name.
    func fil(_ name: String) -> Response? {
        let data: Data, type: String
        switch name {
        case filnavn + ".csv": (data, type) = (Csv.data(self), "text/csv; charset=utf-8")
        case filnavn + ".xlsx": (data, type) = (Xlsx.data(self), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        default: return nil
        }
        return Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\"", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
