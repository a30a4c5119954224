import Foundation

/// The innstilling table as typed. Field names: `linje[<id>].aar[<år>].eier|uh` (år 1 = the
/// round's year), `linje[<id>].foreslattKoordinator`, `linje[<id>].begrunnelse`. Only the
/// fields sent change a line, so a form that shows part of the table leaves the rest alone.
extension Innstilling {
    public struct Utkast: Sendable {
        public var felter: [String: String]

        public init(felter: [(String, String)]) {
            self.felter = Dictionary(felter, uniquingKeysWith: { first, _ in first })
        }

        public static func aarFelt(_ id: Int64, aar: Int, _ side: String) -> String { "linje[\(id)].aar[\(aar)].\(side)" }
        public static func koordinatorFelt(_ id: Int64) -> String { "linje[\(id)].foreslattKoordinator" }
        public static func begrunnelseFelt(_ id: Int64) -> String { "linje[\(id)].begrunnelse" }

        /// The innstilling with the typed proposals in place, or every format problem at once.
        /// Rule breaches are not format problems: `check` reports them after the save.
        public func anvend(pa innstilling: Innstilling) -> Result<Innstilling, Skjemafeil> {
            var feil: [Feltfeil] = []
            var next = innstilling
            func amount(_ field: String, _ label: String, _ old: Kroner) -> Kroner {
                guard let text = felter[field] else { return old }
                if text.isBlank { return .zero }
                switch Kroner.parse(text) {
                case .success(let value): return value
                case .failure(let problem):
                    feil.append(Feltfeil(field, "\(label): \(problem.melding)"))
                    return old
                }
            }
            for index in next.linjer.indices {
                var line = next.linjer[index]
                for year in line.foreslatt.indices {
                    let nr = year + 1
                    line.foreslatt[year] = Belop(
                        eier: amount(Self.aarFelt(line.id, aar: nr, "eier"), "Foreslått til eier år \(nr) for \(line.omtale)", line.foreslatt[year].eier),
                        uh: amount(Self.aarFelt(line.id, aar: nr, "uh"), "Foreslått til UH år \(nr) for \(line.omtale)", line.foreslatt[year].uh)
                    )
                }
                line.foreslattKoordinator = amount(Self.koordinatorFelt(line.id), "Foreslått til koordinator for \(line.omtale)", line.foreslattKoordinator)
                if let reason = felter[Self.begrunnelseFelt(line.id)] {
                    let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
                    if let tooLong = Tekstgrense.middels.sjekk(trimmed, felt: Self.begrunnelseFelt(line.id), navn: "Begrunnelsen for \(line.omtale)") {
                        feil.append(tooLong)
                    } else {
                        line.begrunnelse = trimmed
                    }
                }
                next.linjer[index] = line
            }
            return feil.isEmpty ? .success(next) : .failure(Skjemafeil(feil))
        }
    }
}
