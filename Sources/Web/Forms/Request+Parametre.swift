import Hummingbird
import HummingbirdCore

extension Request {
    /// The query's parameters as a browser's form sends them with `method="get"`
    /// (`application/x-www-form-urlencoded`, where a space is «+»), decoded and normalised as a
    /// posted form's fields are (`FormData`). Hummingbird's `uri.queryParameters` decodes only
    /// `%XX`: «Fauske kommune» typed into a search field arrived as «Fauske+kommune», found
    /// nothing, and came back into the field with its plus signs. Every page reads its query here.
    var parametre: FlatDictionary<Substring, Substring> {
        FlatDictionary(FormData(urlEncoded: uri.query ?? "").fields.map { (key: Substring($0.0), value: Substring($0.1)) })
    }
}
