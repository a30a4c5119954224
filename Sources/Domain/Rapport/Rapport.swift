import Foundation

/// R13: one reporter's report on one grant letter, that is one partnership's money in one
/// scheme and year: the owners together write one, each UH (or other knowledge partner) its
/// own (`rapportorer`). Per tiltak it says what was done, who took part, how it went against
/// the plan, what it gave («utbytte»: the 2026 forskrift asks for outcomes, not only that the
/// process was followed), and the money of its side: granted, used, and why they differ.
public struct Rapport: Hashable, Sendable {
    /// R13: the report on the year, due after it (`Runde.Frister.rapport`), or the shorter
    /// half-year report on the progress so far, due in the autumn (`halvaarsrapport`; seed 003:
    /// «halvårsrapportering fra partnerskapet, start høst 2023»). The same reporters write both.
    public enum Slag: String, Hashable, Sendable, Codable, CaseIterable {
        case aar
        case halvaar

        public func frist(_ frister: Runde.Frister) -> Dato {
            switch self {
            case .aar: frister.rapport
            case .halvaar: frister.halvaarsrapport
            }
        }

        /// The report whose deadline is the year-cycle step `kode`; nil for any other step.
        public init?(frist kode: Arshjul.Stegkode) {
            switch kode {
            case .rapport: self = .aar
            case .halvaarsrapport: self = .halvaar
            default: return nil
            }
        }

        /// What its form asks per tiltak: the half-year report only what is done so far, how
        /// it goes against the plan and the money used so far.
        public var deler: [Felt.Rapportdel] {
            switch self {
            case .aar: Felt.Rapportdel.allCases
            case .halvaar: [.brukt, .hvaErGjort, .motPlan]
            }
        }

        /// Its texts (every part but the money).
        public var tekstdeler: [Felt.Rapportdel] { deler.filter { $0 != .brukt } }

        /// The texts it must have before it is sent (the reason for a deviation only when there is one).
        var pakrevdeTekster: [Felt.Rapportdel] { tekstdeler.filter { $0 != .avvik } }
    }

    /// Where a report is. A report not yet started has no stored value (`Rapportstatus.ikkeStartet`).
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case utkast
        case sendt
        /// The Statsforvalter sent it back with a comment; the reporter corrects and sends again.
        case returnert
        case godkjent

        /// Sent or approved: its money counts as reported.
        public var erRapportert: Bool { self == .sendt || self == .godkjent }
    }

    /// One tiltak of the letter as this reporter reports it.
    public struct Linje: Hashable, Sendable, Codable {
        public var behovsmeldingId: Int64
        public var tiltakNummer: Int
        public var tittel: String
        /// What the letter grants this reporter's side (eier or UH) of the tiltak for the year.
        public var tildelt: Kroner
        /// Used of that; nil until typed.
        public var brukt: Kroner?
        public var hvaErGjort: String
        public var deltakere: String
        public var motPlan: String
        public var utbytte: String
        /// Why the money used differs from the money granted.
        public var avvik: String

        public init(
            behovsmeldingId: Int64, tiltakNummer: Int, tittel: String, tildelt: Kroner, brukt: Kroner? = nil, hvaErGjort: String = "",
            deltakere: String = "", motPlan: String = "", utbytte: String = "", avvik: String = ""
        ) {
            self.behovsmeldingId = behovsmeldingId
            self.tiltakNummer = tiltakNummer
            self.tittel = tittel
            self.tildelt = tildelt
            self.brukt = brukt
            self.hvaErGjort = hvaErGjort
            self.deltakere = deltakere
            self.motPlan = motPlan
            self.utbytte = utbytte
            self.avvik = avvik
        }

        public var navn: Tiltaknavn { Tiltaknavn(nummer: tiltakNummer, tittel: tittel) }
        /// Granted but not used (never below 0).
        public var ubrukt: Kroner { Swift.max(.zero, tildelt - (brukt ?? .zero)) }
    }

    public var aar: Int
    public var slag: Slag
    public var ordning: Ordning
    public var partnerskapId: Int64
    /// The reporter: the first owner for the owners' report, else the UH.
    public var organisasjonId: Int64
    public var side: Felt.Side
    public var linjer: [Linje]
    public var status: Status
    /// The Statsforvalter's comment when it returned the report.
    public var kommentar: String

    public init(
        aar: Int, slag: Slag = .aar, ordning: Ordning, partnerskapId: Int64, organisasjonId: Int64, side: Felt.Side, linjer: [Linje],
        status: Status = .utkast, kommentar: String = ""
    ) {
        self.aar = aar
        self.slag = slag
        self.ordning = ordning
        self.partnerskapId = partnerskapId
        self.organisasjonId = organisasjonId
        self.side = side
        self.linjer = linjer
        self.status = status
        self.kommentar = kommentar
    }

    public var tildelt: Kroner { linjer.map(\.tildelt).sum() }
    public var brukt: Kroner { linjer.compactMap(\.brukt).sum() }
    public var ubrukt: Kroner { linjer.map(\.ubrukt).sum() }

    /// Who must report (R13): the owners together (the first owner stands for them), and each UH.
    public static func rapportorer(_ partnerskap: Partnerskap) -> [(part: Partnerskap.Part, side: Felt.Side)] {
        partnerskap.eiere.prefix(1).map { ($0, Felt.Side.eier) } + partnerskap.uh.map { ($0, Felt.Side.uh) }
    }

    /// The report `rolle` writes for `partnerskap`: the owners' (filed under the first owner) for
    /// any of its owners, its own for each of its knowledge partners; nil for anyone else.
    public static func rapportor(_ rolle: Rolle, i partnerskap: Partnerskap) -> (organisasjonId: Int64, side: Felt.Side)? {
        switch rolle {
        case .eier(let org) where partnerskap.eiere.contains(where: { $0.organisasjonId == org }):
            return partnerskap.eiere.first.map { ($0.organisasjonId, .eier) }
        case .uh(let org) where partnerskap.uh.contains(where: { $0.organisasjonId == org }):
            return (org, .uh)
        default:
            return nil
        }
    }

    /// A new report of `slag` on `brev` for `side`: one line per tiltak the letter funds in its
    /// year, with that side's amount (a new tiltak's first year, or an earlier vedtak's year as decided).
    public static func ny(_ brev: Tildelingsbrev, slag: Slag = .aar, organisasjonId: Int64, side: Felt.Side) -> Rapport {
        func amount(_ belop: Belop) -> Kroner { side == .eier ? belop.eier : belop.uh }
        let nye = brev.tildelt.compactMap { tildelt -> Linje? in
            guard let year = tildelt.perAar.first(where: { $0.aar == brev.aar }) else { return nil }
            return Linje(behovsmeldingId: tildelt.linje.behovsmeldingId, tiltakNummer: tildelt.linje.tiltakNummer,
                         tittel: tildelt.linje.tiltakTittel, tildelt: amount(year.belop))
        }
        let tidligere = brev.videreforte.filter { !$0.erStanset }.map { line in
            Linje(behovsmeldingId: line.forpliktelse.behovsmeldingId, tiltakNummer: line.forpliktelse.tiltak.nummer,
                  tittel: line.forpliktelse.tiltak.tittel, tildelt: amount(line.belop))
        }
        return Rapport(aar: brev.aar, slag: slag, ordning: brev.ordning, partnerskapId: brev.partnerskap.id, organisasjonId: organisasjonId,
                       side: side, linjer: tidligere + nye)
    }

    /// Sent or approved: its money counts as reported.
    public var erRapportert: Bool { status.erRapportert }

    /// The reporter may change it: a draft, or one returned for correction.
    public var kanEndres: Bool { status == .utkast || status == .returnert }

    /// What stops sending: every line's texts and its money, with a reason where used and
    /// granted differ; never more used than granted (the report is about the grant). The
    /// half-year report states the money used so far, with no reason: the year is not over.
    public func validate() -> [Feltfeil] {
        var feil: [Feltfeil] = []
        for (index, linje) in linjer.enumerated() {
            let nr = index + 1
            for del in slag.pakrevdeTekster where linje[del].isBlank {
                feil.append(Feltfeil(.rapport(nr, del), .rapportMangler(linje.navn, del)))
            }
            guard let brukt = linje.brukt else {
                feil.append(Feltfeil(.rapport(nr, .brukt), .rapportManglerBrukt(linje.navn)))
                continue
            }
            if brukt > linje.tildelt {
                feil.append(Feltfeil(.rapport(nr, .brukt), .rapportOverforbruk(linje.navn, brukt: brukt, tildelt: linje.tildelt)))
            } else if slag == .aar, brukt != linje.tildelt, linje.avvik.isBlank {
                feil.append(Feltfeil(.rapport(nr, .avvik), .rapportAvvikUtenBegrunnelse(linje.navn, ubrukt: linje.tildelt - brukt)))
            }
        }
        return feil
    }

    /// Sends a draft or a returned report that is complete.
    public func send() -> Result<Rapport, Skjemafeil> {
        guard kanEndres else { return .failure(Skjemafeil(.status, .rapportStatus(status))) }
        let feil = validate()
        guard feil.isEmpty else { return .failure(Skjemafeil(feil)) }
        var sent = self
        sent.status = .sendt
        return .success(sent)
    }

    /// The Statsforvalter returns a sent report with what must be corrected.
    public func returner(kommentar: String) -> Result<Rapport, Skjemafeil> {
        guard status == .sendt else { return .failure(Skjemafeil(.status, .rapportStatus(status))) }
        let text = kommentar.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return .failure(Skjemafeil(Felt("kommentar"), .rapportReturUtenKommentar)) }
        if let tooLong = Tekstgrense.middels.sjekk(text, felt: Felt("kommentar"), navn: .kommentar) { return .failure(Skjemafeil([tooLong])) }
        var returned = self
        returned.status = .returnert
        returned.kommentar = text
        return .success(returned)
    }

    /// The Statsforvalter approves a sent report.
    public func godkjenn() -> Result<Rapport, Skjemafeil> {
        guard status == .sendt else { return .failure(Skjemafeil(.status, .rapportStatus(status))) }
        var approved = self
        approved.status = .godkjent
        return .success(approved)
    }
}

extension Rapport.Linje {
    public subscript(del: Felt.Rapportdel) -> String {
        switch del {
        case .hvaErGjort: hvaErGjort
        case .deltakere: deltakere
        case .motPlan: motPlan
        case .utbytte: utbytte
        case .avvik: avvik
        case .brukt: brukt?.formattedNumber ?? ""
        }
    }
}

/// A report's state as the follow-up lists it, with «not started» for one with no stored draft.
public enum Rapportstatus: Hashable, Sendable {
    case ikkeStartet
    case lagret(Rapport.Status)

    /// Overdue: the deadline (`frist`, the end of that day in Oslo) has passed and it is not sent.
    public func forSent(frist: Dato, now: Date) -> Bool {
        forSent(fristUte: !frist.erApen(now: now))
    }

    /// Overdue, when whether the deadline has passed is known: a count of a round's reports asks
    /// that once, not for each report.
    public func forSent(fristUte: Bool) -> Bool {
        switch self {
        case .ikkeStartet, .lagret(.utkast), .lagret(.returnert): fristUte
        case .lagret(.sendt), .lagret(.godkjent): false
        }
    }
}

extension Rapport {
    /// The report form as typed: per line `linje[n].brukt`, `.hvaErGjort`, `.deltakere`,
    /// `.motPlan`, `.utbytte` and `.avvik`, in the order of the report's lines.
    public struct Utkast: Hashable, Sendable {
        public var linjer: [[Felt.Rapportdel: String]]

        public init(linjer: [[Felt.Rapportdel: String]]) { self.linjer = linjer }

        /// The form filled in from a stored report.
        public init(_ rapport: Rapport) {
            linjer = rapport.linjer.map { linje in Dictionary(uniqueKeysWithValues: Felt.Rapportdel.allCases.map { ($0, linje[$0]) }) }
        }

        /// `rapport` with what was typed, or every problem at once (amounts and lengths). Empty
        /// fields are allowed in a draft; `Rapport.validate` decides what sending needs.
        public func anvend(pa rapport: Rapport) -> Result<Rapport, Skjemafeil> {
            var feil: [Feltfeil] = []
            var result = rapport
            for index in result.linjer.indices {
                let nr = index + 1
                let typed = index < linjer.count ? linjer[index] : [:]
                var linje = result.linjer[index]
                let amount = (typed[.brukt] ?? "").trimmingCharacters(in: .whitespaces)
                if amount.isEmpty {
                    linje.brukt = nil
                } else {
                    switch Kroner.parse(amount) {
                    case .success(let value): linje.brukt = value
                    case .failure(let problem): feil.append(Feltfeil(.rapport(nr, .brukt), .belop(.rapportBrukt(linje.navn), problem)))
                    }
                }
                func text(_ del: Felt.Rapportdel) -> String {
                    let value = (typed[del] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                    if let tooLong = Tekstgrense.lang.sjekk(value, felt: .rapport(nr, del), navn: .rapport(linje.navn, del)) { feil.append(tooLong) }
                    return value
                }
                linje.hvaErGjort = text(.hvaErGjort)
                linje.deltakere = text(.deltakere)
                linje.motPlan = text(.motPlan)
                linje.utbytte = text(.utbytte)
                linje.avvik = text(.avvik)
                result.linjer[index] = linje
            }
            return feil.isEmpty ? .success(result) : .failure(Skjemafeil(feil))
        }
    }
}

extension Rapport {
    /// The money of one letter as all its reports state it: each side's grant once (with
    /// several UH, each UH's report states the whole UH share), what the sent reports used, and
    /// each side's unused part once every report of that side is sent.
    public static func summer(_ rapporter: [Rapport]) -> (tildelt: Kroner, brukt: Kroner, ubrukt: Kroner) {
        var result = (tildelt: Kroner.zero, brukt: Kroner.zero, ubrukt: Kroner.zero)
        for side in Felt.Side.allCases {
            let own = rapporter.filter { $0.side == side }
            guard let granted = own.first?.tildelt else { continue }
            let used = own.filter(\.erRapportert).map(\.brukt).sum()
            result.tildelt = result.tildelt + granted
            result.brukt = result.brukt + used
            if own.allSatisfy(\.erRapportert) { result.ubrukt = result.ubrukt + Swift.max(.zero, granted - used) }
        }
        return result
    }
}
