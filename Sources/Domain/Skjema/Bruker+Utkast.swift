import Foundation

extension Bruker {
    /// Name and e-mail as typed into the Statsforvalter's user form.
    public struct Utkast: Hashable, Sendable {
        public var navn: String
        public var epost: String

        public init(navn: String = "", epost: String = "") {
            self.navn = navn
            self.epost = epost
        }

        /// The trimmed name and the lower-cased e-mail, or every problem at once.
        public func valider() -> Result<(navn: String, epost: String), Skjemafeil> {
            var feil: [Feltfeil] = []
            let name = navn.trimmingCharacters(in: .whitespacesAndNewlines)
            if name.isEmpty {
                feil.append(Feltfeil(Felt("navn"), .brukerUtenNavn))
            } else if !Tekstgrense.kort.tillater(name) {
                feil.append(Feltfeil(Felt("navn"), .navnForLangt(maks: Tekstgrense.kort.maks)))
            }
            let email = Bruker.normalisertEpost(epost)
            if email.isEmpty {
                feil.append(Feltfeil(Felt("epost"), .brukerUtenEpost))
            } else if !Bruker.erGyldigEpost(email) {
                feil.append(Feltfeil(Felt("epost"), .ugyldigEpost))
            }
            guard feil.isEmpty else { return .failure(Skjemafeil(feil)) }
            return .success((name, email))
        }
    }

    /// E-mail as stored and compared: trimmed and lower-cased.
    public static func normalisertEpost(_ input: String) -> String {
        input.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// A plain shape check: one @, something before it, a dot in the domain, no spaces.
    public static func erGyldigEpost(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard Tekstgrense.lengde(email) <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].count >= 3 else { return false }
        let domain = parts[1]
        return !email.contains(where: \.isWhitespace) && domain.contains(".")
            && !domain.hasPrefix(".") && !domain.hasSuffix(".") && !domain.contains("..")
    }
}

/// What a new password must satisfy. bcrypt reads at most 72 bytes, so longer passwords
/// are refused rather than silently cut.
public enum Passordregel {
    public static let minsteLengde = 10
    public static let lengsteBytes = 72

    public static func valider(passord: String, gjenta: String) -> [Feltfeil] {
        if passord.count < minsteLengde {
            return [Feltfeil(Felt("passord"), .passordForKort(minst: minsteLengde))]
        }
        if passord.utf8.count > lengsteBytes {
            return [Feltfeil(Felt("passord"), .passordForLangt(bytes: lengsteBytes))]
        }
        if passord != gjenta {
            return [Feltfeil(Felt("gjenta"), .passordUlike)]
        }
        return []
    }
}
