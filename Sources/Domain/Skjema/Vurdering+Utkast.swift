import Foundation

/// The fagutvalg's assessment form as typed. Field names: `kriterier.<kriterium>` ("ja"/"nei"),
/// `kriterier.<kriterium>.begrunnelse`, `prioritet`, `kommentar`, `samsvar`, `anbefalt.<tiltak nr>`.
extension Vurdering {
    public struct Utkast: Hashable, Sendable {
        public var oppfylt: [Kriterium: String]
        public var begrunnelse: [Kriterium: String]
        public var prioritet: String
        public var kommentar: String
        public var samsvar: Bool
        public var anbefalt: [Int: String]

        public init(
            oppfylt: [Kriterium: String] = [:], begrunnelse: [Kriterium: String] = [:], prioritet: String = "", kommentar: String = "",
            samsvar: Bool = false, anbefalt: [Int: String] = [:]
        ) {
            self.oppfylt = oppfylt
            self.begrunnelse = begrunnelse
            self.prioritet = prioritet
            self.kommentar = kommentar
            self.samsvar = samsvar
            self.anbefalt = anbefalt
        }

        /// The form filled in from a saved assessment.
        public init(_ vurdering: Vurdering) {
            var oppfylt: [Kriterium: String] = [:]
            var begrunnelse: [Kriterium: String] = [:]
            for (kriterium, svar) in vurdering.kriterier {
                oppfylt[kriterium] = svar.oppfylt ? "ja" : "nei"
                begrunnelse[kriterium] = svar.begrunnelse
            }
            self.init(oppfylt: oppfylt, begrunnelse: begrunnelse, prioritet: vurdering.prioritet.map(String.init) ?? "",
                      kommentar: vurdering.kommentar, samsvar: vurdering.iSamsvarMedOppfolging,
                      anbefalt: vurdering.anbefalt.mapValues(\.formatted))
        }

        /// The assessment, or every problem at once: choices, lengths, amounts, and the rules of
        /// `Vurdering.validate` (each criterion marked, a reason where not met, priority 1–5).
        public func anvend(tiltak: [Tiltak]) -> Result<Vurdering, Skjemafeil> {
            var feil: [Feltfeil] = []
            var kriterier: [Kriterium: Vurdering.Svar] = [:]
            for kriterium in Kriterium.allCases {
                let reason = (begrunnelse[kriterium] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                if let tooLong = Tekstgrense.middels.sjekk(reason, felt: .vurderingBegrunnelse(kriterium), navn: .vurderingBegrunnelse(kriterium)) {
                    feil.append(tooLong)
                }
                switch oppfylt[kriterium] ?? "" {
                case "ja": kriterier[kriterium] = .init(oppfylt: true, begrunnelse: reason)
                case "nei": kriterier[kriterium] = .init(oppfylt: false, begrunnelse: reason)
                default: break
                }
            }
            let priorityText = prioritet.trimmingCharacters(in: .whitespaces)
            var priority: Int?
            if !priorityText.isEmpty {
                if let value = Int(priorityText) { priority = value } else {
                    feil.append(Feltfeil(Felt("prioritet"), .velgVurderingsprioritet(Vurdering.prioriteter)))
                }
            }
            let comment = kommentar.trimmingCharacters(in: .whitespacesAndNewlines)
            if let tooLong = Tekstgrense.lang.sjekk(comment, felt: Felt("kommentar"), navn: .kommentar) { feil.append(tooLong) }
            var amounts: [Int: Kroner] = [:]
            for item in tiltak {
                let text = anbefalt[item.nummer] ?? ""
                guard !text.isBlank else { continue }
                switch Kroner.parse(text) {
                case .success(let value): amounts[item.nummer] = value
                case .failure(let problem): feil.append(Feltfeil(.anbefalt(item.nummer), .belop(.anbefalt(item.navn), problem)))
                }
            }
            let vurdering = Vurdering(kriterier: kriterier, prioritet: priority, kommentar: comment, iSamsvarMedOppfolging: samsvar, anbefalt: amounts)
            feil += vurdering.validate().map(\.feltfeil)
            return feil.isEmpty ? .success(vurdering) : .failure(Skjemafeil(feil))
        }
    }
}
