import Foundation

/// A samarbeidsforum member's answer to a foreløpig innstilling: a comment, or the approval
/// (with an optional comment). Each member approves once.
public enum Forumsvar {
    public enum Art: String, Hashable, Sendable, CaseIterable {
        case kommentar
        case godkjent
    }

    /// The text to store, trimmed; refused with a message at the `kommentar` field when a
    /// comment is empty or too long, or when the member has approved already.
    public static func sjekk(_ art: Art, tekst: String, harGodkjent: Bool) -> Result<String, Skjemafeil> {
        let text = tekst.trimmingCharacters(in: .whitespacesAndNewlines)
        var feil: [Feltfeil] = []
        if art == .kommentar, text.isEmpty {
            feil.append(Feltfeil(Felt("kommentar"), .kommentarTom))
        }
        if art == .godkjent, harGodkjent {
            feil.append(Feltfeil(Felt("kommentar"), .alleredeGodkjent))
        }
        if let tooLong = Tekstgrense.middels.sjekk(text, felt: Felt("kommentar"), navn: .kommentar) { feil.append(tooLong) }
        return feil.isEmpty ? .success(text) : .failure(Skjemafeil(feil))
    }
}
