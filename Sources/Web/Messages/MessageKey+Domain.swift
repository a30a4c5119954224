import Domain
import Persistence

/// The messages that belong to a domain value: each a switch over the value, so a new case
/// does not compile until it has its text.
extension MessageKey {
    static func stegTittel(_ kode: Arshjul.Stegkode) -> MessageKey {
        switch kode {
        case .apner: .steg_apner_title
        case .behovsmelding: .steg_behovsmelding_title
        case .nettverk: .steg_nettverk_title
        case .fagutvalg: .steg_fagutvalg_title
        case .tildelingsbrev: .steg_tildelingsbrev_title
        case .rekom30Apner: .steg_rekom30Apner_title
        case .rekom30Frist: .steg_rekom30Frist_title
        case .rekom30FordelesEtter: .steg_rekom30FordelesEtter_title
        case .halvaarsrapport: .steg_halvaarsrapport_title
        case .rapport: .steg_rapport_title
        }
    }

    static func stegTekst(_ kode: Arshjul.Stegkode) -> MessageKey {
        switch kode {
        case .apner: .steg_apner_text
        case .behovsmelding: .steg_behovsmelding_text
        case .nettverk: .steg_nettverk_text
        case .fagutvalg: .steg_fagutvalg_text
        case .tildelingsbrev: .steg_tildelingsbrev_text
        case .rekom30Apner: .steg_rekom30Apner_text
        case .rekom30Frist: .steg_rekom30Frist_text
        case .rekom30FordelesEtter: .steg_rekom30FordelesEtter_text
        case .halvaarsrapport: .steg_halvaarsrapport_text
        case .rapport: .steg_rapport_text
        }
    }

    static func stegStatus(_ status: Arshjul.Steg.Status) -> MessageKey {
        switch status {
        case .passert: .statusPassert
        case .neste: .statusNeste
        case .kommende: .statusKommende
        }
    }

    static func hjemIngress(_ kind: Rolle.Kind) -> MessageKey {
        switch kind {
        case .eier: .homeLead_eier
        case .uh: .homeLead_uh
        case .nettverksleder: .homeLead_nettverksleder
        case .fagutvalg: .homeLead_fagutvalg
        case .statsforvalter: .homeLead_statsforvalter
        case .samarbeidsforum: .homeLead_samarbeidsforum
        }
    }

    static func hjemOppgave(_ kind: Rolle.Kind) -> MessageKey {
        switch kind {
        case .eier: .homeTask_eier
        case .uh: .homeTask_uh
        case .nettverksleder: .homeTask_nettverksleder
        case .fagutvalg: .homeTask_fagutvalg
        case .statsforvalter: .homeTask_statsforvalter
        case .samarbeidsforum: .homeTask_samarbeidsforum
        }
    }

    static func hjemLenkeoverskrift(_ kind: Rolle.Kind) -> MessageKey {
        switch kind {
        case .eier: .homeLinksHeading_eier
        case .uh: .homeLinksHeading_uh
        case .nettverksleder: .homeLinksHeading_nettverksleder
        case .fagutvalg: .homeLinksHeading_fagutvalg
        case .statsforvalter: .homeLinksHeading_statsforvalter
        case .samarbeidsforum: .homeLinksHeading_samarbeidsforum
        }
    }

    static func faseHint(_ fase: Fase) -> MessageKey {
        switch fase {
        case .vurdering: .bmFaseHint_vurdering
        case .planlegging: .bmFaseHint_planlegging
        case .gjennomforing: .bmFaseHint_gjennomforing
        }
    }

    static func klar(_ steg: Behovsmelding.Steg) -> MessageKey {
        switch steg {
        case .tilUH: .bmReady_tilUH
        case .levering: .bmReady_levering
        }
    }

    /// The hint under each field of the partnership agreement.
    static func avtaleHint(_ del: Avtaledel) -> MessageKey {
        switch del {
        case .hvem: .psHint_avtaleHvem
        case .hva: .psHint_avtaleHva
        case .naar: .psHint_avtaleNaar
        }
    }

    /// An error page's heading and text for a status it has its own text for (`ErrorPage.knownCodes`).
    static func feilside(_ code: Int, skjema: Bool) -> (tittel: MessageKey, tekst: MessageKey) {
        switch (code, skjema) {
        case (403, true): (.error403CsrfTitle, .error403CsrfText)
        case (403, _): (.error403Title, .error403Text)
        case (404, _): (.error404Title, .error404Text)
        case (405, _): (.error405Title, .error405Text)
        case (413, _): (.error413Title, .error413Text)
        case (500, _): (.error500Title, .error500Text)
        default: (.error400Title, .error400Text)
        }
    }

    /// A step in a behovsmelding's history (the audit trail's actions on it).
    static func historikk(_ handling: AuditAction?) -> MessageKey {
        switch handling {
        case .opprett: .bmAction_opprett
        case .send: .bmAction_send
        case .uhLagre: .bmAction_uh_lagre
        case .uhSigner: .bmAction_uh_signer
        case .lever: .bmAction_lever
        case .returner: .bmAction_returner
        case .seedDemo: .bmAction_seedDemo
        case .vurder: .bmAction_vurder
        case .forlengFrist: .bmAction_forlengFrist
        default: .bmAction_lagre
        }
    }

    // The names of Domain's values.

    static func navn(_ value: Kriterium) -> MessageKey {
        switch value {
        case .forankring: .kriterium_forankring
        case .kollektiveProsesser: .kriterium_kollektiveProsesser
        case .partnerskap: .kriterium_partnerskap
        }
    }

    static func sporsmal(_ value: Kriterium) -> MessageKey {
        switch value {
        case .forankring: .kriteriumSporsmal_forankring
        case .kollektiveProsesser: .kriteriumSporsmal_kollektiveProsesser
        case .partnerskap: .kriteriumSporsmal_partnerskap
        }
    }

    static func navn(_ value: Fase) -> MessageKey {
        switch value {
        case .vurdering: .fase_vurdering
        case .planlegging: .fase_planlegging
        case .gjennomforing: .fase_gjennomforing
        }
    }

    static func navn(_ value: Rekom30Kandidat.Formal) -> MessageKey {
        switch value {
        case .ablu: .r30Formal_ablu
        case .fagbrev: .r30Formal_fagbrev
        case .assistenter: .r30Formal_assistenter
        case .veiledning: .r30Formal_veiledning
        case .tilrettelegging: .r30Formal_tilrettelegging
        }
    }

    /// A purpose's short name, for charts.
    static func kortnavn(_ value: Rekom30Kandidat.Formal) -> MessageKey {
        switch value {
        case .ablu: .r30FormalKort_ablu
        case .fagbrev: .r30FormalKort_fagbrev
        case .assistenter: .r30FormalKort_assistenter
        case .veiledning: .r30FormalKort_veiledning
        case .tilrettelegging: .r30FormalKort_tilrettelegging
        }
    }

    static func navn(_ value: Behovsmelding.Status) -> MessageKey {
        switch value {
        case .utkast: .bmStatus_utkast
        case .tilUH: .bmStatus_tilUH
        case .levert: .bmStatus_levert
        }
    }

    static func navn(_ value: Innstillingsstatus) -> MessageKey {
        switch value {
        case .utkast: .inStatus_utkast
        case .forelopig: .inStatus_forelopig
        case .vedtatt: .inStatus_vedtatt
        }
    }

    static func navn(_ value: Organisasjonstype) -> MessageKey {
        switch value {
        case .kommune: .orgType_kommune
        case .fylkeskommune: .orgType_fylkeskommune
        case .privatEier: .orgType_privatEier
        case .uh: .orgType_uh
        case .fagskole: .orgType_fagskole
        case .nasjonaltSenter: .orgType_nasjonaltSenter
        case .statsforvalter: .orgType_statsforvalter
        }
    }

    /// A knowledge partner's kind as texts name the partner («UH», «fagskole»); other kinds by their name.
    static func partnerKort(_ value: Organisasjonstype) -> MessageKey {
        switch value {
        case .uh: .partnerKort_uh
        case .fagskole: .partnerKort_fagskole
        case .nasjonaltSenter: .partnerKort_nasjonaltSenter
        case .kommune, .fylkeskommune, .privatEier, .statsforvalter: navn(value)
        }
    }

    static func tbOutcome(_ value: Brevliste.Utfall) -> MessageKey {
        switch value {
        case .tildelt: .tbOutcome_tildelt
        case .ingenMidler: .tbOutcome_ingenMidler
        }
    }

    /// A choice of the report follow-up: overdue, or a report's state by its own name.
    static func rpfState(_ value: Rapportliste.Tilstand) -> MessageKey {
        switch value {
        case .forsinket: .rpfOverdue
        case .ikkeStartet: .rpStatus_ikkeStartet
        case .utkast: .rpStatus_utkast
        case .sendt: .rpStatus_sendt
        case .returnert: .rpStatus_returnert
        case .godkjent: .rpStatus_godkjent
        }
    }

    static func fuListState(_ value: Vurderingsliste.Tilstand) -> MessageKey {
        switch value {
        case .venter: .fuListState_venter
        case .oppfylt: .fuListState_oppfylt
        case .ikkeOppfylt: .fuListState_ikkeOppfylt
        case .inhabil: .fuListState_inhabil
        }
    }

    static func inFilterState(_ value: Innstilling.Utvalg.Tilstand) -> MessageKey {
        switch value {
        case .fullt: .inState_fullt
        case .redusert: .inState_redusert
        case .ingen: .inState_ingen
        case .brudd: .inState_brudd
        }
    }

    static func navn(_ value: Malform) -> MessageKey {
        switch value {
        case .bokmal: .malform_bokmal
        case .nynorsk: .malform_nynorsk
        case .noytral: .malform_noytral
        }
    }

    static func navn(_ value: Malgruppe) -> MessageKey {
        switch value {
        case .barnehage: .malgruppe_barnehage
        case .grunnskole: .malgruppe_grunnskole
        case .sfo: .malgruppe_sfo
        case .ppt: .malgruppe_ppt
        case .kulturskole: .malgruppe_kulturskole
        case .videregaende: .malgruppe_videregaende
        }
    }

    static func navn(_ value: Runde.Mal) -> MessageKey {
        switch value {
        case .retningslinjer2021: .adminTemplate_retningslinjer2021
        case .forskrift2026: .adminTemplate_forskrift2026
        }
    }

    static func navn(_ value: Rolle.Kind) -> MessageKey {
        switch value {
        case .eier: .rolle_eier
        case .uh: .rolle_uh
        case .nettverksleder: .rolle_nettverksleder
        case .fagutvalg: .rolle_fagutvalg
        case .statsforvalter: .rolle_statsforvalter
        case .samarbeidsforum: .rolle_samarbeidsforum
        }
    }

    static func navn(_ value: Sektor) -> MessageKey {
        switch value {
        case .barnehage: .sektor_barnehage
        case .grunnskole: .sektor_grunnskole
        case .videregaende: .sektor_videregaende
        }
    }

    static func navn(_ value: Nettverkstype) -> MessageKey {
        switch value {
        case .barnehage: .nettverkstype_barnehage
        case .skole: .nettverkstype_skole
        }
    }
}
