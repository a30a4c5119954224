import Domain
import Persistence

extension AuditRow {
    /// An audit value as the Statsforvalter reads it. The trail stores values (codes, kroner,
    /// basis points); the fields whose meaning the key gives are worded here.
    static func lesbar(_ key: String, _ value: String, objectType: String, t: Catalogue) -> String {
        guard !value.isEmpty else { return value }
        let last = key.split(separator: ".").last.map(String.init) ?? key
        switch last {
        case "status":
            if objectType == "behovsmelding", let status = Behovsmelding.Status(rawValue: value) { return t.navn(status) }
            if objectType == "innstilling", let status = Innstillingsstatus(rawValue: value) { return t.navn(status) }
        case "budsjett", "totalt", "foreslatt", "koordinator", "eier", "uh":
            if let kroner = Int(value) { return Kroner(kroner).formatted }
        case "koordinatorMaksAndel", "flerarigMaksAndel", "andelViaBehovsmeldinger", "egenandel":
            if let basisPoints = Int(value) { return Prosent(basisPoints: basisPoints).formatted }
        case "ikke_oppfylt":
            return value.split(separator: ",").map { Kriterium(rawValue: String($0)).map(t.navn) ?? String($0) }.joined(separator: ", ")
        default:
            break
        }
        return value
    }
}
