import Domain
import Foundation

/// Reads «YYYY-MM-DDTHH:MM:SS[.f…]Z», the UTC form `AuditEvent.timestamp` writes, without
/// Foundation's general parser. Anything else, an impossible date among it, is nil.
enum Tidsstempel {
    static func les(_ bytes: String.UTF8View) -> Date? {
        var iterator = bytes.makeIterator()
        func tall(_ siffer: Int) -> Int? {
            var verdi = 0
            for _ in 0..<siffer {
                guard let byte = iterator.next(), byte >= 0x30, byte <= 0x39 else { return nil }
                verdi = verdi * 10 + Int(byte - 0x30)
            }
            return verdi
        }
        func tegn(_ ventet: Character) -> Bool { iterator.next() == ventet.asciiValue }
        guard let aar = tall(4), tegn("-"), let maaned = tall(2), tegn("-"), let dag = tall(2), tegn("T"),
              let time = tall(2), tegn(":"), let minutt = tall(2), tegn(":"), let sekund = tall(2),
              let dato = Dato(year: aar, month: maaned, day: dag), time < 24, minutt < 60, sekund < 60
        else { return nil }
        var brok = 0.0
        var neste = iterator.next()
        if neste == UInt8(ascii: ".") {
            var teller = 0, nevner = 1, siffer = 0
            neste = iterator.next()
            while let byte = neste, byte >= 0x30, byte <= 0x39, siffer < 9 {
                teller = teller * 10 + Int(byte - 0x30)
                nevner *= 10
                siffer += 1
                neste = iterator.next()
            }
            guard siffer > 0 else { return nil }
            brok = Double(teller) / Double(nevner)
        }
        guard neste == UInt8(ascii: "Z"), iterator.next() == nil else { return nil }
        let sekunder = ((dato.dagnummer * 24 + time) * 60 + minutt) * 60 + sekund
        // Counted from 2001 as Date keeps it, the fraction added last: as Foundation reads it, to
        // the last bit except near 2001 itself (an ulp or three, far below the millisecond written).
        return Date(timeIntervalSinceReferenceDate: Double(sekunder - 978_307_200) + brok)
    }
}
