import Foundation

/// One meeting in a network's plan for the year (seed 003's table: når, hva, ansvar, form and
/// sted). The leader keeps the plan; the members see the coming meetings on their home pages.
public struct Nettverksmote: Hashable, Sendable {
    /// Digital or in person.
    public enum Form: String, Hashable, Sendable, CaseIterable {
        case digital
        case fysisk
    }

    /// The form's fields.
    public enum Del: String, Hashable, Sendable, CaseIterable {
        case dato, tid, hva, ansvar, form, sted, referat
    }

    /// 0 for one not stored yet.
    public var id: Int64
    public var nettverkId: Int64
    public var dato: Dato
    /// The time of day as written («09.00–15.00»); may be empty.
    public var tid: String
    public var hva: String
    /// Who is responsible (a person or an organisation).
    public var ansvar: String
    public var form: Form
    /// Where: the place, or for a digital meeting how to join; required in person.
    public var sted: String
    /// The minutes, written after the meeting for every member (seed 001); may be empty.
    public var referat: String

    public init(
        id: Int64 = 0, nettverkId: Int64, dato: Dato, tid: String = "", hva: String, ansvar: String, form: Form, sted: String = "", referat: String = ""
    ) {
        self.id = id
        self.nettverkId = nettverkId
        self.dato = dato
        self.tid = tid
        self.hva = hva
        self.ansvar = ansvar
        self.form = form
        self.sted = sted
        self.referat = referat
    }

    /// The meetings on or after `today`, the earliest first.
    public static func kommende(_ moter: [Nettverksmote], today: Dato) -> [Nettverksmote] {
        moter.filter { $0.dato >= today }.sorted { ($0.dato, $0.id) < ($1.dato, $1.id) }
    }

    /// The meetings before `today`, the latest first.
    public static func tidligere(_ moter: [Nettverksmote], today: Dato) -> [Nettverksmote] {
        moter.filter { $0.dato < today }.sorted { ($0.dato, $0.id) > ($1.dato, $1.id) }
    }
}

extension Nettverksmote {
    /// The meeting form as typed.
    public struct Utkast: Hashable, Sendable {
        public var felt: [Del: String]

        public init(_ felt: [Del: String] = [:]) { self.felt = felt }

        /// The form filled in from a stored meeting.
        public init(_ mote: Nettverksmote) {
            felt = [.dato: mote.dato.iso, .tid: mote.tid, .hva: mote.hva, .ansvar: mote.ansvar, .form: mote.form.rawValue, .sted: mote.sted,
                    .referat: mote.referat]
        }

        public subscript(del: Del) -> String { felt[del] ?? "" }

        /// The meeting, or every problem at once: a date (dd.mm.åååå), what and who, the form,
        /// and a place for a meeting in person.
        public func valider(id: Int64, nettverkId: Int64) -> Result<Nettverksmote, Skjemafeil> {
            var feil: [Feltfeil] = []
            func text(_ del: Del, _ grense: Tekstgrense) -> String {
                let value = Tekstgrense.normalisert(self[del]).trimmingCharacters(in: .whitespacesAndNewlines)
                if let tooLong = grense.sjekk(value, felt: .mote(del), navn: .mote(del)) { feil.append(tooLong) }
                return value
            }
            let typedDate = self[.dato].trimmingCharacters(in: .whitespaces)
            let date = Dato(iso: typedDate) ?? Dato(norsk: typedDate)
            if date == nil { feil.append(Feltfeil(.mote(.dato), typedDate.isEmpty ? .moteUtenDato : .moteUgyldigDato)) }
            let tid = text(.tid, .kort)
            let hva = text(.hva, .middels)
            if hva.isEmpty { feil.append(Feltfeil(.mote(.hva), .moteMangler(.hva))) }
            let ansvar = text(.ansvar, .kort)
            if ansvar.isEmpty { feil.append(Feltfeil(.mote(.ansvar), .moteMangler(.ansvar))) }
            let form = Form(rawValue: self[.form])
            if form == nil { feil.append(Feltfeil(.mote(.form), .moteVelgForm)) }
            let sted = text(.sted, .kort)
            if form == .fysisk, sted.isEmpty { feil.append(Feltfeil(.mote(.sted), .moteUtenSted)) }
            let referat = text(.referat, .lang)
            guard feil.isEmpty, let date, let form else { return .failure(Skjemafeil(feil)) }
            return .success(Nettverksmote(id: id, nettverkId: nettverkId, dato: date, tid: tid, hva: hva, ansvar: ansvar, form: form, sted: sted,
                                          referat: referat))
        }
    }
}
