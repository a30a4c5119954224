/// A person who logs in, with the roles they may act as.
public struct Bruker: Hashable, Sendable, Identifiable {
    public struct Tildeling: Hashable, Sendable, Identifiable {
        public var id: Int64
        public var rolle: Rolle
        public init(id: Int64, rolle: Rolle) {
            self.id = id
            self.rolle = rolle
        }
    }

    public var id: Int64
    public var navn: String
    /// The login, stored lower-case.
    public var epost: String
    public var aktiv: Bool
    public var erDemo: Bool
    public var tildelinger: [Tildeling]
    /// The screen language the user last chose (bokmål or nynorsk); nil until they choose.
    public var sprak: Malform?

    public init(id: Int64, navn: String, epost: String, aktiv: Bool = true, erDemo: Bool = false, tildelinger: [Tildeling] = [], sprak: Malform? = nil) {
        self.sprak = sprak
        self.id = id
        self.navn = navn
        self.epost = epost
        self.aktiv = aktiv
        self.erDemo = erDemo
        self.tildelinger = tildelinger
    }

    /// The grant a fresh login acts as: the first one.
    public var forsteTildeling: Tildeling? { tildelinger.first }
}
