/// The button a form was sent with (`name="handling"`), read once. Each value a template
/// gives a button is a case here; anything else is no button at all (nil).
enum Knapp: Hashable, Sendable {
    case lagre
    case send
    case nyttTiltak
    case fjernTiltak(Int)
    case signer
    case returner
    case videresend
    case felles
    case fjernFelles(Int64)
    case foresla
    case vedta
    case nyVersjon
    case kommentar
    case godkjenn

    init?(_ value: String) {
        switch value {
        case "lagre": self = .lagre
        case "send": self = .send
        case "nytt-tiltak": self = .nyttTiltak
        case "signer": self = .signer
        case "returner": self = .returner
        case "videresend": self = .videresend
        case "felles": self = .felles
        case "foresla": self = .foresla
        case "vedta": self = .vedta
        case "ny-versjon": self = .nyVersjon
        case "kommentar": self = .kommentar
        case "godkjenn": self = .godkjenn
        default:
            if value.hasPrefix("fjern-felles-"), let id = Int64(value.dropFirst("fjern-felles-".count)) {
                self = .fjernFelles(id)
            } else if value.hasPrefix("fjern-"), let number = Int(value.dropFirst("fjern-".count)) {
                self = .fjernTiltak(number)
            } else {
                return nil
            }
        }
    }

    /// The value a template gives the button.
    var value: String {
        switch self {
        case .lagre: "lagre"
        case .send: "send"
        case .nyttTiltak: "nytt-tiltak"
        case .fjernTiltak(let number): "fjern-\(number)"
        case .signer: "signer"
        case .returner: "returner"
        case .videresend: "videresend"
        case .felles: "felles"
        case .fjernFelles(let id): "fjern-felles-\(id)"
        case .foresla: "foresla"
        case .vedta: "vedta"
        case .nyVersjon: "ny-versjon"
        case .kommentar: "kommentar"
        case .godkjenn: "godkjenn"
        }
    }
}

extension FormData {
    /// The button the form was sent with; nil when none (or one no template has).
    var knapp: Knapp? { Knapp(self["handling"]) }
}
