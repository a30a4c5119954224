import Foundation

/// A kompetansenettverk's long-term competence plan (seed 001: «langsiktig
/// kompetanseutviklingsplan»), built on the owners' analysis of their needs. It must say the
/// goals, the competence measures, the ways of working and cooperating (how information
/// flows), how the competence funds are used, and the time frames. The network leader writes
/// it with the members and the UH; each publication is a new version, and earlier versions
/// stay readable.
public struct Kompetanseplan: Hashable, Sendable {
    /// The parts of the plan, in the order the plan gives them.
    public enum Del: String, Hashable, Sendable, CaseIterable {
        /// The owners' analysis of needs that the plan builds on.
        case grunnlag
        /// The goals, one per line; a tiltak can say which one it serves.
        case mal
        case kompetansetiltak
        /// Ways of working and cooperating, and how information reaches every member.
        case arbeidsmater
        /// How the competence funds are used.
        case midler
        case tidsrammer
    }

    /// At most this many goals: a plan with more has no priorities.
    public static let maksMal = 12

    public var nettverkId: Int64
    /// 1 for the first publication.
    public var versjon: Int
    public var tekster: [Del: String]
    /// What changed from the version before (empty for the first).
    public var endring: String

    public init(nettverkId: Int64, versjon: Int, tekster: [Del: String], endring: String = "") {
        self.nettverkId = nettverkId
        self.versjon = versjon
        self.tekster = tekster
        self.endring = endring
    }

    public subscript(del: Del) -> String { tekster[del] ?? "" }

    /// The goals in order, one per non-empty line of `mal`, numbered from 1 by their place.
    public var mal: [String] { Self.linjer(self[.mal]) }

    static func linjer(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

extension Kompetanseplan {
    /// The plan form as typed: the six parts and what changed.
    public struct Utkast: Hashable, Sendable {
        public var tekster: [Del: String]
        public var endring: String

        public init(tekster: [Del: String], endring: String = "") {
            self.tekster = tekster
            self.endring = endring
        }

        /// The form filled in from a published version, to change it (what changed starts empty).
        public init(_ plan: Kompetanseplan?) {
            tekster = plan?.tekster ?? [:]
            endring = ""
        }

        /// The next version of the network's plan after `forrige` (0: none yet), or every
        /// problem at once: every part is needed, at least one goal and at most `maksMal`, and
        /// from the second version on a word on what changed.
        public func publiser(nettverkId: Int64, forrige: Int) -> Result<Kompetanseplan, Skjemafeil> {
            var feil: [Feltfeil] = []
            var clean: [Del: String] = [:]
            for del in Del.allCases {
                let value = Tekstgrense.normalisert(tekster[del] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                clean[del] = value
                let felt = Felt.kompetanseplan(del)
                if value.isEmpty {
                    feil.append(Feltfeil(felt, .kompetanseplanMangler(del)))
                } else if let tooLong = Tekstgrense.lang.sjekk(value, felt: felt, navn: .kompetanseplan(del)) {
                    feil.append(tooLong)
                }
            }
            let goals = Kompetanseplan.linjer(clean[.mal] ?? "")
            if goals.count > Kompetanseplan.maksMal {
                feil.append(Feltfeil(.kompetanseplan(.mal), .kompetanseplanForMangeMal(antall: goals.count, maks: Kompetanseplan.maksMal)))
            }
            let change = Tekstgrense.normalisert(endring).trimmingCharacters(in: .whitespacesAndNewlines)
            if forrige > 0, change.isEmpty {
                feil.append(Feltfeil(Felt.kompetanseplanEndring, .kompetanseplanUtenEndring))
            } else if let tooLong = Tekstgrense.middels.sjekk(change, felt: Felt.kompetanseplanEndring, navn: .kompetanseplanEndring) {
                feil.append(tooLong)
            }
            guard feil.isEmpty else { return .failure(Skjemafeil(feil)) }
            return .success(Kompetanseplan(nettverkId: nettverkId, versjon: forrige + 1, tekster: clean, endring: change))
        }
    }
}

/// What a member organisation is in a kompetansenettverk (seed 001: the barnehagemyndighet of
/// each kommune, the public and private owners, and the chosen UH as «samarbeidspartner»).
public enum Nettverksrolle: String, Hashable, Sendable, CaseIterable {
    /// A kommune in a barnehage network: the local barnehage authority and an owner.
    case barnehagemyndighet
    /// A kommune or fylkeskommune in a skole network.
    case offentligEier
    case privatEier
    /// A knowledge partner of the region's partnerships.
    case samarbeidspartner
    /// Invited by the leader (seed 001: «inviterte andre»), with the role the leader gave.
    case invitert

    /// The role of an organisation of `type` in a network of `nettverk`; nil for one that is
    /// no member (the Statsforvalter).
    public init?(_ type: Organisasjonstype, i nettverk: Nettverkstype) {
        switch type {
        case .kommune: self = nettverk == .barnehage ? .barnehagemyndighet : .offentligEier
        case .fylkeskommune: self = .offentligEier
        case .privatEier: self = .privatEier
        case .uh, .fagskole, .nasjonaltSenter: self = .samarbeidspartner
        case .statsforvalter: return nil
        }
    }
}

/// An organisation the leader has invited into the network (seed 001: «inviterte andre»):
/// one that is not a member by its place in the region, with its role in words.
public struct Nettverksinvitasjon: Hashable, Sendable {
    public var nettverkId: Int64
    public var organisasjonId: Int64
    public var rolle: String

    public init(nettverkId: Int64, organisasjonId: Int64, rolle: String) {
        self.nettverkId = nettverkId
        self.organisasjonId = organisasjonId
        self.rolle = rolle
    }

    public enum Del: String, CaseIterable, Hashable, Sendable {
        case organisasjon
        case rolle
    }

    /// The invitation form as typed.
    public struct Utkast: Hashable, Sendable {
        public var organisasjon: String
        public var rolle: String

        public init(organisasjon: String = "", rolle: String = "") {
            self.organisasjon = organisasjon
            self.rolle = rolle
        }

        /// The invitation, or every problem at once: an organisation of the register that is
        /// no member yet and no Statsforvalter (`kandidater`: those that may be invited), and
        /// its role (at most 200 characters).
        public func valider(nettverkId: Int64, kandidater: Set<Int64>) -> Result<Nettverksinvitasjon, Skjemafeil> {
            var feil: [Feltfeil] = []
            let id = Int64(organisasjon.trimmingCharacters(in: .whitespaces))
            if id == nil || !kandidater.contains(id!) {
                feil.append(Feltfeil(.invitasjon(.organisasjon), organisasjon.isEmpty ? .invitasjonVelgOrganisasjon : .invitasjonIkkeKandidat))
            }
            let role = Tekstgrense.normalisert(rolle).trimmingCharacters(in: .whitespacesAndNewlines)
            if role.isEmpty { feil.append(Feltfeil(.invitasjon(.rolle), .invitasjonUtenRolle)) }
            if let tooLong = Tekstgrense.kort.sjekk(role, felt: .invitasjon(.rolle), navn: .invitasjonRolle) { feil.append(tooLong) }
            guard feil.isEmpty, let id else { return .failure(Skjemafeil(feil)) }
            return .success(Nettverksinvitasjon(nettverkId: nettverkId, organisasjonId: id, rolle: role))
        }
    }
}
