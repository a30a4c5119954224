/// What someone wants to do, with what the decision depends on.
public enum Handling: Hashable, Sendable {
    /// Open a role's home page.
    case seHjem(Rolle.Kind)
    /// Statsforvalter administration: organisations, regions, networks, users, rounds, audit.
    case administrere
    /// Create a partnership as this owner organisation.
    case opprettePartnerskap(eierId: Int64)
    /// See a partnership or behovsmelding the parties of which are these organisations.
    case sePartnerskap(parter: Set<Int64>)
    /// Change a partnership or write a behovsmelding: owners of it only.
    case redigereSomEier(eiere: Set<Int64>)
    /// Sign a partnership agreement: any party.
    case signere(parter: Set<Int64>)
    /// UH work on a behovsmelding (teacher-education text, co-sign, return).
    case redigereSomUH(uh: Set<Int64>)
    /// See delivered behovsmeldinger of this network; prioritise and forward them.
    case behandleINettverk(nettverkId: Int64)
    /// Read a delivered behovsmelding as a reviewer: the leaders of these networks (those of its
    /// region that receive its ordning) and the fagutvalg of these sectors (once forwarded).
    case seLevertBehovsmelding(nettverk: Set<Int64>, sektorer: Set<Sektor>)
    /// Assess behovsmeldinger of an ordning of these sectors (all sectors: the fagutvalg's pages).
    case vurdere(sektorer: Set<Sektor>)
    /// Draft the innstilling, record the vedtak.
    case lageInnstilling
    /// R9: give one behovsmelding a later deadline (the Statsforvalter).
    case forlengeFrist
    /// Read the allocation tables of a foreløpig innstilling, comment, approve.
    case seInnstilling
    /// Comment on and approve a foreløpig innstilling: forum members only.
    case svarePaInnstilling
    /// The list of a round's grant letters: the Statsforvalter all, owners and UH their own.
    case seTildelingsbrevliste
    /// A grant letter to a partnership with these parties.
    case seTildelingsbrev(parter: Set<Int64>)
    /// Apply to the Rekom 30 % round as this owner (a kommune or a private barnehage owner).
    case sokeRekom30(eierId: Int64)
    /// Write a report (R13) on a grant letter to a partnership with these parties: its owners
    /// (together) and each of its knowledge partners.
    case rapportere(parter: Set<Int64>)
    /// Follow up the reports: read, return for correction, approve.
    case folgeOppRapporter
    /// The network's own work: publish its long-term competence plan, keep its meeting plan.
    /// Its leader.
    case ledeNettverk(nettverkId: Int64)
    /// Read a network's competence plan and meeting plan: its leader, its member organisations
    /// (the owners of its region and the knowledge partners of the region's partnerships), the
    /// fagutvalg and the Statsforvalter.
    case seNettverksarbeid(nettverkId: Int64, medlemmer: Set<Int64>)
    /// Read a network's shared document: as `seNettverksarbeid`, but one for the members only
    /// is not for the fagutvalg.
    case seNettverksdokument(nettverkId: Int64, medlemmer: Set<Int64>, lesere: Nettverksdokument.Lesere)
    /// Search the delivered tiltak of every region and round, and see the similar ones beside a
    /// tiltak (seed 003's «delingssystem»): the roles that review delivered behovsmeldinger.
    case sokeITiltak
}

/// The one place that decides who may do what. Every handler asks it.
public enum Tilgang {
    public static func kan(_ rolle: Rolle, _ handling: Handling) -> Bool {
        switch (handling, rolle) {
        case (.seHjem(let kind), _):
            return rolle.kind == kind
        case (.administrere, .statsforvalter), (.lageInnstilling, .statsforvalter), (.forlengeFrist, .statsforvalter),
             (.folgeOppRapporter, .statsforvalter):
            return true
        case (.opprettePartnerskap(let eierId), .eier(let org)), (.sokeRekom30(let eierId), .eier(let org)):
            return eierId == org
        case (.sePartnerskap(let parter), .eier(let org)), (.sePartnerskap(let parter), .uh(let org)):
            return parter.contains(org)
        case (.sePartnerskap, .statsforvalter):
            return true
        case (.redigereSomEier(let eiere), .eier(let org)):
            return eiere.contains(org)
        case (.signere(let parter), .eier(let org)), (.signere(let parter), .uh(let org)):
            return parter.contains(org)
        case (.redigereSomUH(let uh), .uh(let org)):
            return uh.contains(org)
        case (.behandleINettverk(let id), .nettverksleder(let leads)):
            return id == leads
        case (.seLevertBehovsmelding(let nettverk, _), .nettverksleder(let leads)):
            return nettverk.contains(leads)
        case (.seLevertBehovsmelding(_, let sektorer), .fagutvalg(let member)):
            return sektorer.contains(member)
        case (.vurdere(let sektorer), .fagutvalg(let member)):
            return sektorer.contains(member)
        case (.seInnstilling, .samarbeidsforum), (.seInnstilling, .statsforvalter), (.svarePaInnstilling, .samarbeidsforum):
            return true
        case (.seTildelingsbrevliste, .statsforvalter), (.seTildelingsbrevliste, .eier), (.seTildelingsbrevliste, .uh),
             (.seTildelingsbrev, .statsforvalter):
            return true
        case (.seTildelingsbrev(let parter), .eier(let org)), (.seTildelingsbrev(let parter), .uh(let org)),
             (.rapportere(let parter), .eier(let org)), (.rapportere(let parter), .uh(let org)),
             (.seNettverksarbeid(_, let parter), .eier(let org)), (.seNettverksarbeid(_, let parter), .uh(let org)):
            return parter.contains(org)
        case (.ledeNettverk(let id), .nettverksleder(let leads)), (.seNettverksarbeid(let id, _), .nettverksleder(let leads)):
            return id == leads
        case (.seNettverksdokument(let id, let medlemmer, let lesere), _):
            return lesere == .medlemmer && rolle.kind == .fagutvalg ? false : kan(rolle, .seNettverksarbeid(nettverkId: id, medlemmer: medlemmer))
        case (.seNettverksarbeid, .fagutvalg), (.seNettverksarbeid, .statsforvalter),
             (.sokeITiltak, .nettverksleder), (.sokeITiltak, .fagutvalg), (.sokeITiltak, .statsforvalter):
            return true
        default:
            return false
        }
    }
}
