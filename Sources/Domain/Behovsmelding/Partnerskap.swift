/// A partnership of one or more owners with one or more UH (R2, R8).
public struct Partnerskap: Hashable, Sendable, Codable {
    /// A party of the partnership.
    public struct Part: Hashable, Sendable, Codable {
        public var organisasjonId: Int64
        public var navn: String
        public var kommunenummer: String?
        /// The kind of organisation, when known: a scheme accepts some kinds as knowledge partner.
        public var type: Organisasjonstype?

        public init(organisasjonId: Int64, navn: String, kommunenummer: String? = nil, type: Organisasjonstype? = nil) {
            self.organisasjonId = organisasjonId
            self.navn = navn
            self.kommunenummer = kommunenummer
            self.type = type
        }

        /// An organisation of the register as a party.
        public init(_ organisasjon: Organisasjon) {
            self.init(organisasjonId: organisasjon.id, navn: organisasjon.navn, kommunenummer: organisasjon.kommunenummer?.digits,
                      type: organisasjon.type)
        }
    }

    /// R8: the written agreement: who does what, what it is about, when.
    public struct Avtale: Hashable, Sendable, Codable {
        public var hvem: String
        public var hva: String
        public var naar: String

        public init(hvem: String = "", hva: String = "", naar: String = "") {
            self.hvem = hvem
            self.hva = hva
            self.naar = naar
        }

        public subscript(del: Avtaledel) -> String {
            switch del {
            case .hvem: hvem
            case .hva: hva
            case .naar: naar
            }
        }
    }

    public var id: Int64
    public var navn: String
    public var eiere: [Part]
    public var uh: [Part]
    public var avtale: Avtale
    /// The region whose kompetansenettverk receives the partnership's behovsmeldinger.
    public var regionId: Int64?
    /// Organisation ids of the parties that have signed the current agreement text.
    public var signert: Set<Int64>

    public init(id: Int64, navn: String, eiere: [Part], uh: [Part], avtale: Avtale, regionId: Int64? = nil, signert: Set<Int64> = []) {
        self.id = id
        self.navn = navn
        self.eiere = eiere
        self.uh = uh
        self.avtale = avtale
        self.regionId = regionId
        self.signert = signert
    }

    public var parter: [Part] { eiere + uh }

    /// The kommuner the owners belong to (R6 counts these).
    public var kommuner: Set<String> { Set(eiere.compactMap(\.kommunenummer)) }

    /// Parties that still have to sign.
    public var mangler: [Part] { parter.filter { !signert.contains($0.organisasjonId) } }

    public var erSignertAvAlle: Bool { !parter.isEmpty && mangler.isEmpty }

    /// R8: a change to the agreement text clears every signature.
    public func medAvtale(_ ny: Avtale) -> Partnerskap {
        var copy = self
        if ny != avtale { copy.signert = [] }
        copy.avtale = ny
        return copy
    }

    /// The partnership changed as `ny` says (name, region, parties, agreement). A change to
    /// the agreement or to who is in it clears every signature (R8): they agreed to something else.
    public func endret(til ny: Partnerskap) -> (partnerskap: Partnerskap, signaturerFjernet: Bool) {
        var copy = medAvtale(ny.avtale)
        copy.navn = ny.navn
        copy.regionId = ny.regionId
        if ny.eiere.map(\.organisasjonId) != eiere.map(\.organisasjonId) || ny.uh.map(\.organisasjonId) != uh.map(\.organisasjonId) {
            copy.signert = []
        }
        copy.eiere = ny.eiere
        copy.uh = ny.uh
        copy.signert.formIntersection(copy.parter.map(\.organisasjonId))
        return (copy, !signert.isEmpty && copy.signert.isEmpty)
    }

    /// Why the partnership cannot change now: a behovsmelding of it is with the UH or delivered,
    /// and what was signed and sent must stay as it was. Nil when it can change.
    public static func endringsfeil(statuser: [Behovsmelding.Status]) -> Feltfeil? {
        guard statuser.contains(where: { $0 != .utkast }) else { return nil }
        return Feltfeil(.status, .partnerskapLaast)
    }
}
