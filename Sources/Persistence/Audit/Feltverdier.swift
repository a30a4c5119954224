/// A JSON object of strings (`{"navn":"Bodø kommune","type":"kommune"}`), the form
/// `AuditEvent.json` writes the fields of an audit line and the parameters of a notice in, read
/// by hand. Foundation's `JSONSerialization` builds a dictionary of bridged objects and is cast
/// back to Swift's; reading the before and after of each audit line on the Statsforvalter's home
/// that way was a twentieth of the page.
///
/// Reads only what is plainly such an object: anything else (a number, a nested value, a key
/// given twice, an escaped surrogate) is nil, and `AuditEvent.fields` asks Foundation about it.
enum Feltverdier {
    static func les(_ json: String) -> [String: String]? {
        var json = json
        return json.withUTF8 { les(bytes: $0) }
    }

    private static func les(bytes: UnsafeBufferPointer<UInt8>) -> [String: String]? {
        var leser = Leser(bytes: bytes)
        leser.mellomrom()
        guard leser.ta(UInt8(ascii: "{")) else { return nil }
        var felter: [String: String] = [:]
        leser.mellomrom()
        if !leser.ta(UInt8(ascii: "}")) {
            while true {
                leser.mellomrom()
                guard let navn = leser.tekst() else { return nil }
                leser.mellomrom()
                guard leser.ta(UInt8(ascii: ":")) else { return nil }
                leser.mellomrom()
                guard let verdi = leser.tekst(), felter.updateValue(verdi, forKey: navn) == nil else { return nil }
                leser.mellomrom()
                if leser.ta(UInt8(ascii: ",")) { continue }
                guard leser.ta(UInt8(ascii: "}")) else { return nil }
                break
            }
        }
        leser.mellomrom()
        return leser.slutt ? felter : nil
    }

    private struct Leser {
        let bytes: UnsafeBufferPointer<UInt8>
        var plass = 0

        var slutt: Bool { plass == bytes.count }

        mutating func mellomrom() {
            while plass < bytes.count {
                switch bytes[plass] {
                case 0x20, 0x09, 0x0A, 0x0D: plass += 1
                default: return
                }
            }
        }

        mutating func ta(_ tegn: UInt8) -> Bool {
            guard plass < bytes.count, bytes[plass] == tegn else { return false }
            plass += 1
            return true
        }

        /// A string in quotes; nil for a control character written as it is, an unknown escape
        /// or an escaped surrogate (left to Foundation).
        mutating func tekst() -> String? {
            guard ta(UInt8(ascii: "\"")) else { return nil }
            var ut: [UInt8] = []
            while plass < bytes.count {
                let tegn = bytes[plass]
                plass += 1
                switch tegn {
                case UInt8(ascii: "\""):
                    // The bytes came from a `String`, and escapes add only whole scalars.
                    return String(decoding: ut, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard plass < bytes.count else { return nil }
                    let neste = bytes[plass]
                    plass += 1
                    switch neste {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): ut.append(neste)
                    case UInt8(ascii: "b"): ut.append(0x08)
                    case UInt8(ascii: "f"): ut.append(0x0C)
                    case UInt8(ascii: "n"): ut.append(0x0A)
                    case UInt8(ascii: "r"): ut.append(0x0D)
                    case UInt8(ascii: "t"): ut.append(0x09)
                    case UInt8(ascii: "u"):
                        guard let kode = heks(), !(0xD800...0xDFFF).contains(kode), let skalar = Unicode.Scalar(kode) else { return nil }
                        ut.append(contentsOf: String(Character(skalar)).utf8)
                    default: return nil
                    }
                case 0..<0x20:
                    return nil
                default:
                    ut.append(tegn)
                }
            }
            return nil
        }

        /// Four hexadecimal digits.
        mutating func heks() -> UInt32? {
            guard plass + 4 <= bytes.count else { return nil }
            var kode: UInt32 = 0
            for _ in 0..<4 {
                let tegn = bytes[plass]
                plass += 1
                let siffer: UInt8
                switch tegn {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): siffer = tegn - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): siffer = tegn - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): siffer = tegn - UInt8(ascii: "A") + 10
                default: return nil
                }
                kode = kode << 4 | UInt32(siffer)
            }
            return kode
        }
    }
}
