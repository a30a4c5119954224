/// A funding round: the allocation year, its deadlines and, per ordning, the budget and
/// the rule parameters. Every rule reads its numbers from here, never from a literal.
public struct Runde: Hashable, Sendable, Codable {
    /// The allocation year ("tildeling 2027").
    public var aar: Int
    public var frister: Frister
    public var ordninger: [Ordning: OrdningIRunde]

    public init(aar: Int, frister: Frister, ordninger: [Ordning: OrdningIRunde]) {
        self.aar = aar
        self.frister = frister
        self.ordninger = ordninger
    }

    /// The schemes of this round in the order the Statsforvalter gave them.
    public var ordningerSortert: [(Ordning, OrdningIRunde)] {
        ordninger.sorted { ($0.value.rekkefolge, $0.key) < ($1.value.rekkefolge, $1.key) }.map { ($0.key, $0.value) }
    }

    /// The round's dates (all Europe/Oslo calendar dates).
    public struct Frister: Hashable, Sendable, Codable {
        /// The round opens for partnership agreements and behovsmeldinger.
        public var apner: Dato
        /// R9: behovsmeldinger reach the kompetansenettverk by the end of this day.
        public var behovsmelding: Dato
        /// The networks forward their prioritised behovsmeldinger by this day.
        public var nettverk: Dato
        /// The fagutvalg finish their assessments by this day.
        public var fagutvalg: Dato
        /// Vedtak and tildelingsbrev by this day (1 April).
        public var tildelingsbrev: Dato
        /// R10: the Rekom 30 % application round opens, closes, and is allocated after.
        public var rekom30Apner: Dato
        public var rekom30Frist: Dato
        public var rekom30FordelesEtter: Dato
        /// R13 (seed 003, «halvårsrapportering fra partnerskapet, start høst 2023»): the
        /// partnerships report on the year's progress so far by this day in the autumn.
        public var halvaarsrapport: Dato
        /// R13: partnerships report by this day.
        public var rapport: Dato

        public init(
            apner: Dato, behovsmelding: Dato, nettverk: Dato, fagutvalg: Dato, tildelingsbrev: Dato,
            rekom30Apner: Dato, rekom30Frist: Dato, rekom30FordelesEtter: Dato, halvaarsrapport: Dato, rapport: Dato
        ) {
            self.apner = apner
            self.behovsmelding = behovsmelding
            self.nettverk = nettverk
            self.fagutvalg = fagutvalg
            self.tildelingsbrev = tildelingsbrev
            self.rekom30Apner = rekom30Apner
            self.rekom30Frist = rekom30Frist
            self.rekom30FordelesEtter = rekom30FordelesEtter
            self.halvaarsrapport = halvaarsrapport
            self.rapport = rapport
        }
    }
}

/// A scheme as one round has it: what it is, who it is for, who receives and assesses it,
/// which partners count, its budget and its rule parameters.
public struct OrdningIRunde: Hashable, Sendable, Codable {
    /// Full name, as the guidelines or the forskrift call it.
    public var navn: String
    /// Short name for tables, links and messages ("Rekom").
    public var kortnavn: String
    /// The fagutvalg that assess its behovsmeldinger.
    public var sektorer: [Sektor]
    /// Whom the competence development is for.
    public var malgrupper: [Malgruppe]
    /// The kinds of kompetansenettverk that receive and prioritise its behovsmeldinger.
    public var nettverk: [Nettverkstype]
    /// The kinds of organisation that count as the partnership's knowledge partner (UH,
    /// fagskole, nasjonalt senter).
    public var partnertyper: [Organisasjonstype]
    /// R13: partnerships report on the use of the funds by the round's report deadline.
    public var rapport: Bool
    /// Where the scheme comes in the round's lists (1 first).
    public var rekkefolge: Int
    /// The year's funds for the ordning ("Midler").
    public var budsjett: Kroner
    public var parametre: Regelparametre

    public init(
        navn: String, kortnavn: String, sektorer: [Sektor], malgrupper: [Malgruppe], nettverk: [Nettverkstype],
        partnertyper: [Organisasjonstype], rapport: Bool = true, rekkefolge: Int, budsjett: Kroner, parametre: Regelparametre
    ) {
        self.navn = navn
        self.kortnavn = kortnavn
        self.sektorer = sektorer
        self.malgrupper = malgrupper
        self.nettverk = nettverk
        self.partnertyper = partnertyper
        self.rapport = rapport
        self.rekkefolge = rekkefolge
        self.budsjett = budsjett
        self.parametre = parametre
    }

    /// A copy with another budget (a new round made from a template or the year before).
    public func med(budsjett: Kroner) -> OrdningIRunde {
        var copy = self
        copy.budsjett = budsjett
        return copy
    }

    /// Whether an organisation of `type` may be the partnership's knowledge partner.
    public func tillaterPartner(_ type: Organisasjonstype) -> Bool { partnertyper.contains(type) }

    /// R10: the part allocated through behovsmeldinger (Rekom 70 %) and the rest
    /// (Rekom 30 % round). For ordninger without a split, the rest is 0.
    public var fordeling: (behovsmeldinger: Kroner, senereRunde: Kroner) {
        let parts = budsjett.split(first: parametre.andelViaBehovsmeldinger)
        return (parts.first, parts.rest)
    }
}

/// The rule parameters of one ordning in one round (`docs/domain.md`: R3, R6, R7, R10, R12).
public struct Regelparametre: Hashable, Sendable, Codable {
    /// R3: at most this many tiltak per behovsmelding.
    public var maksTiltak: Int
    /// R6: the coordinator may take at most this share of a tiltak's total.
    public var koordinatorMaksAndel: Prosent
    /// R6: a coordinator needs at least this many kommuner in the partnership.
    public var koordinatorMinKommuner: Int
    /// R7: a tiltak lasts at most this many years.
    public var maksVarighetAar: Int
    /// R7: at most this share of the ordning's funds may go to multi-year tiltak.
    public var flerarigMaksAndel: Prosent
    /// R10: the share allocated through behovsmeldinger (Rekom 70 %, others 100 %).
    public var andelViaBehovsmeldinger: Prosent
    /// R12: the owners' own share (egenandel) of the grant (Dekom 30 %, others 0 %).
    public var egenandel: Prosent

    public init(
        maksTiltak: Int, koordinatorMaksAndel: Prosent, koordinatorMinKommuner: Int,
        maksVarighetAar: Int, flerarigMaksAndel: Prosent, andelViaBehovsmeldinger: Prosent, egenandel: Prosent
    ) {
        self.maksTiltak = maksTiltak
        self.koordinatorMaksAndel = koordinatorMaksAndel
        self.koordinatorMinKommuner = koordinatorMinKommuner
        self.maksVarighetAar = maksVarighetAar
        self.flerarigMaksAndel = flerarigMaksAndel
        self.andelViaBehovsmeldinger = andelViaBehovsmeldinger
        self.egenandel = egenandel
    }
}
