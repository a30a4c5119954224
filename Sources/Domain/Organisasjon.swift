/// A participating organisation: an owner, a UH or the Statsforvalter.
public struct Organisasjon: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var type: Organisasjonstype
    public var navn: String
    public var orgnr: Organisasjonsnummer
    public var kommunenummer: Kommunenummer?
    public var regionId: Int64?
    /// R11: owners with særlige utfordringer are prioritised.
    public var saerligeUtfordringer: Bool
    /// R11: kommuner in the oppfølgingsordningen get funds only for consistent tiltak.
    public var oppfolgingsordningen: Bool
    /// Demo organisations are fictitious data and are marked as such in the UI.
    public var erDemo: Bool
    /// The written form the organisation has adopted; its letters are written in it.
    public var malform: Malform

    public init(
        id: Int64, type: Organisasjonstype, navn: String, orgnr: Organisasjonsnummer,
        kommunenummer: Kommunenummer? = nil, regionId: Int64? = nil,
        saerligeUtfordringer: Bool = false, oppfolgingsordningen: Bool = false, erDemo: Bool = false,
        malform: Malform = .noytral
    ) {
        self.malform = malform
        self.id = id
        self.type = type
        self.navn = navn
        self.orgnr = orgnr
        self.kommunenummer = kommunenummer
        self.regionId = regionId
        self.saerligeUtfordringer = saerligeUtfordringer
        self.oppfolgingsordningen = oppfolgingsordningen
        self.erDemo = erDemo
    }
}

/// A competence region and its networks (seed 001).
public struct Region: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var navn: String
    public var fylke: String

    public init(id: Int64, navn: String, fylke: String) {
        self.id = id
        self.navn = navn
        self.fylke = fylke
    }
}

public struct Kompetansenettverk: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var regionId: Int64
    public var type: Nettverkstype
    public var navn: String

    public init(id: Int64, regionId: Int64, type: Nettverkstype, navn: String) {
        self.id = id
        self.regionId = regionId
        self.type = type
        self.navn = navn
    }
}
