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

        /// The innstilling with the typed proposals in place, or every format problem at once.
        /// Rule breaches are not format problems: `check` reports them after the save.
        public func anvend(pa innstilling: Innstilling) -> Result<Innstilling, Skjemafeil> {
            var feil: [Feltfeil] = []
            var next = innstilling
            func amount(_ field: Felt, _ navn: Belopsnavn, _ old: Kroner) -> Kroner {
                guard let text = felter[field.navn] else { return old }
                if text.isBlank { return .zero }
                switch Kroner.parse(text) {
                case .success(let value): return value
                case .failure(let problem):
                    feil.append(Feltfeil(field, .belop(navn, problem)))
                    return old
                }
            }
            // The expected budgets of the later years the lines reach; an empty field removes one.
            let laterYears = (next.linjer.map(\.sokt.count).max() ?? 1) - 1
            for year in (next.aar + 1)..<(next.aar + 1 + Swift.max(0, laterYears)) {
                guard let text = felter[Felt.forventet(year).navn] else { continue }
                if text.isBlank {
                    next.forventet[year] = nil
                    continue
                }
                switch Kroner.parse(text) {
                case .success(let value): next.forventet[year] = value
                case .failure(let problem): feil.append(Feltfeil(.forventet(year), .belop(.forventet(aar: year), problem)))
                }
            }
            for index in next.linjer.indices {
                var line = next.linjer[index]
                for year in line.foreslatt.indices {
                    let nr = year + 1
                    line.foreslatt[year] = Belop(
                        eier: amount(.linjebelop(line.id, aar: nr, .eier), .foreslatt(line.navn, aar: nr, .eier), line.foreslatt[year].eier),
                        uh: amount(.linjebelop(line.id, aar: nr, .uh), .foreslatt(line.navn, aar: nr, .uh), line.foreslatt[year].uh)
                    )
                }
                line.foreslattKoordinator = amount(.linjeKoordinator(line.id), .foreslattKoordinator(line.navn), line.foreslattKoordinator)
                if let reason = felter[Felt.linjeBegrunnelse(line.id).navn] {
                    let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
                    if let tooLong = Tekstgrense.middels.sjekk(trimmed, felt: .linjeBegrunnelse(line.id), navn: .linjeBegrunnelse(line.navn)) {
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
