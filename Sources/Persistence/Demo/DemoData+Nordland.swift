import Domain
import Foundation
import GRDB

/// The rest of Nordland at seed 003's scale: one regional partnership in each of the seven
/// regions, of the kommuner no other demo partnership has, with a delivered behovsmelding per
/// ordning (Salten's Kompetanseløftet is left to the demo partnerships there), forwarded by the
/// networks and assessed by the fagutvalg. Together with the hand-written partnerships the
/// round's requests are exactly seed 003's «Innkomne behovsmeldinger» (first year): 14 825 160
/// (Rekom), 17 816 072 (Dekom) and 17 530 348 (Kompetanseløftet), 50 171 580 in all, of which
/// eier 21 367 898 and UH 28 803 682, against 31 252 000 kr. So every ordning is oversubscribed
/// and the innstilling has real cuts to make.
///
/// The fagutvalg ranks these after the hand-written ones (priority 3–5), so the demo's own
/// walk-through (Salten, Ofoten) keeps its full amounts and the cuts fall on the regions.
extension DemoData {
    /// Seed 003's requests per ordning, and the eier part of the total.
    static let seed003Sokt: [Ordning: Kroner] = [
        .rekom: Kroner(14_825_160), .dekom: Kroner(17_816_072), .kompetanseloftet: Kroner(17_530_348),
    ]
    static let seed003Eier = Kroner(21_367_898)

    /// A region's partnership: its UH, its weight in the region's share of the money, and its ordninger.
    struct Regionsplan {
        let region: String
        let uh: [String]
        let vekt: Int
        let ordninger: [Ordning]
    }

    static let regionsplaner: [Regionsplan] = [
        Regionsplan(region: "Salten", uh: ["Nord universitet"], vekt: 5, ordninger: [.rekom, .dekom]),
        Regionsplan(region: "Indre Helgeland", uh: ["Nord universitet"], vekt: 5, ordninger: Runde.Mal.retningslinjer2021.koder),
        Regionsplan(region: "Sør-Helgeland", uh: ["Nord universitet"], vekt: 2, ordninger: Runde.Mal.retningslinjer2021.koder),
        Regionsplan(region: "Ytre Helgeland", uh: ["Nord universitet", "DMMH – Dronning Mauds Minne Høgskole for barnehagelærerutdanning"], vekt: 3,
                    ordninger: Runde.Mal.retningslinjer2021.koder),
        Regionsplan(region: "Vesterålen", uh: ["UiT Norges arktiske universitet"], vekt: 4, ordninger: Runde.Mal.retningslinjer2021.koder),
        Regionsplan(region: "Lofoten", uh: ["UiT Norges arktiske universitet", "DMMH – Dronning Mauds Minne Høgskole for barnehagelærerutdanning"], vekt: 3,
                    ordninger: Runde.Mal.retningslinjer2021.koder),
        Regionsplan(region: "Ofoten", uh: ["UiT Norges arktiske universitet"], vekt: 2, ordninger: Runde.Mal.retningslinjer2021.koder),
    ]

    /// Kommuner already in a hand-written partnership (or a demo user's own), left out of the regional ones.
    static let egnePartnerskap: Set<String> = ["Bodø", "Fauske", "Narvik", "Vågan", "Beiarn"]

    /// (title, what is done, who does what, participants) per ordning.
    static let tiltakskatalog: [Ordning: [(String, String, String, String)]] = [
        .rekom: [
            ("Språkmiljø for alle barn", "Samlinger om språkmiljø og veiledning i hver avdeling mellom samlingene.",
             "Eier frigjør tid og leder nettverket; UH holder samlingene og veileder.", "Alle ansatte i barnehagene"),
            ("Lek og læring i hverdagen", "Utprøving av lekende arbeidsmåter med refleksjon i personalmøtene.",
             "Styrerne leder arbeidet; UH veileder og bidrar med faglig påfyll.", "Pedagogiske ledere og fagarbeidere"),
            ("Trygt og godt barnehagemiljø", "Kartlegging og arbeid med barnehagemiljøet, med felles fagdager.",
             "Eier organiserer; UH leder fagdagene og analyserer kartleggingen.", "Alle ansatte i barnehagene"),
            ("Realfag i barnehagen", "Nettverk om matematikk og naturfag i lek, med utprøving mellom samlingene.",
             "Barnehagene prøver ut; UH leder nettverket.", "Pedagogiske ledere"),
            ("Overgang barnehage–skole", "Felles samlinger for barnehage og skole om god overgang.",
             "Eier samordner; UH leder samlingene.", "Barnehagelærere og lærere på 1. trinn"),
            ("Ledelse av utviklingsarbeid", "Ledersamlinger og veiledning av styrere i å lede endring.",
             "Eier leder; UH underviser og veileder.", "Styrere og pedagogiske ledere"),
        ],
        .dekom: [
            ("Lesing i alle fag", "Lærende nettverk på tvers av skolene, to samlinger per semester.",
             "Skoleeier leder nettverkene; UH holder samlingene og veileder lærerteamene.", "Lærere på alle trinn"),
            ("Vurdering for læring", "Lærerteam prøver ut og drøfter vurderingspraksis mellom samlingene.",
             "Rektorene leder arbeidet; UH veileder.", "Lærere på 5.–10. trinn"),
            ("Læringsmiljø og relasjoner", "Skolebasert arbeid med læringsmiljø, med kartlegging og tiltak.",
             "Skoleeier organiserer; UH leder fagdagene.", "Alle ansatte i skolene"),
            ("Profesjonsfellesskap i skolen", "Utvikling av lærende team med veiledning av teamledere.",
             "Rektorene leder; UH veileder teamlederne.", "Teamledere og lærere"),
            ("Matematikk og tallforståelse", "Nettverk for matematikklærere med utprøving i egne klasser.",
             "Skoleeier leder; UH holder samlingene.", "Matematikklærere på 1.–7. trinn"),
            ("Tilpasset opplæring i praksis", "Kollektiv utprøving av tilpasset opplæring, med observasjon og veiledning.",
             "Skolene prøver ut; UH observerer og veileder.", "Lærere og assistenter"),
        ],
        .kompetanseloftet: [
            ("PPT tettere på", "PPT deltar i barnehagenes og skolenes arbeid med tidlig innsats.",
             "Eier og PPT organiserer; UH veileder.", "PPT, barnehager og skoler"),
            ("Inkluderende fellesskap", "Fagdager og veiledning om inkluderende praksis for hele personalet.",
             "Eier organiserer; PPT og UH leder fagdagene sammen.", "Barnehager, skoler og PPT"),
            ("Laget rundt barnet", "Samarbeid mellom barnehage, skole, PPT og helsetjenesten om barn som trenger mer.",
             "Eier samordner; UH leder samlingene.", "Ledere, PPT og helsesykepleiere"),
            ("Systemrettet arbeid i PPT", "Kompetanseheving i PPT om systemrettet arbeid og organisasjonsutvikling.",
             "PPT-leder leder arbeidet; UH underviser.", "Alle ansatte i PPT"),
            ("Spesialpedagogikk i ordinær opplæring", "Utprøving og veiledning om tilrettelegging i klasserommet.",
             "Skolene prøver ut; PPT og UH veileder.", "Lærere og spesialpedagoger"),
        ],
    ]

    /// Each regional partnership's behovsmeldinger, with amounts that add up to seed 003's
    /// figures once the hand-written partnerships' requests (`allerede`) are counted.
    static func regionalePartnerskap(allerede sokt: [Ordning: Belop]) -> [DemoPartnerskap] {
        let owners = Dictionary(grouping: kommuner.filter { !egnePartnerskap.contains($0.1) }, by: \.2)
        var plans: [String: [(Ordning, Bool, [Tiltak])]] = [:]
        var lastTiltak: (region: String, ordning: Ordning, index: Int)?
        for (ordningIndex, ordning) in Runde.Mal.retningslinjer2021.koder.enumerated() {
            let regions = regionsplaner.filter { $0.ordninger.contains(ordning) }
            let rest = (seed003Sokt[ordning] ?? .zero) - (sokt[ordning]?.sum ?? .zero)
            let regionShares = fordel(rest, vekter: regions.map(\.vekt))
            let catalogue = tiltakskatalog[ordning] ?? []
            for (regionIndex, (plan, share)) in zip(regions, regionShares).enumerated() {
                let count = 3 + (regionIndex + ordningIndex) % 3
                let weights = (0..<count).map { [5, 4, 3, 4, 2][$0] }
                let amounts = fordel(share, vekter: weights)
                let kommuneCount = owners[plan.region]?.count ?? 1
                let items = amounts.enumerated().map { index, amount -> Tiltak in
                    let (title, hva, hvem, deltakere) = catalogue[(regionIndex + index) % catalogue.count]
                    let eier = (amount.percent(Prosent(40)).value / 1_000) * 1_000
                    let first = Belop(eier: Kroner(eier), uh: amount - Kroner(eier))
                    // Every third tiltak runs over two years (Dekom's and Kompetanseløftet's
                    // largest over three), the later years at 70 % of the first. Rekom's largest
                    // run one year, so its multi-year requests stay within R7's cap.
                    let multiYear = (regionIndex + index + ordningIndex) % 3 == 0 && (ordning != .rekom || index > 0)
                    let years = multiYear ? (ordning != .rekom && index == 0 ? 3 : 2) : 1
                    let later = Belop(eier: first.eier.percent(Prosent(70)), uh: first.uh.percent(Prosent(70)))
                    let fase: Fase = index == count - 1 && regionIndex % 2 == 0 ? .planlegging : .gjennomforing
                    let koordinator = index == 0 && kommuneCount >= 2 ? Kroner((first.eier.value / 20 / 1_000) * 1_000) : .zero
                    return tiltak(index + 1, title, fase, hva, hvem, deltakere, [(first.eier.value, first.uh.value)] + Array(repeating: (later.eier.value, later.uh.value), count: years - 1),
                                  koordinator: koordinator.value,
                                  begrunnelse: koordinator > .zero ? "Flere kommuner i regionen må samordnes; koordinatoren planlegger samlingene og følger opp hver kommune." : "")
                }
                plans[plan.region, default: []].append((ordning, true, items))
                lastTiltak = (plan.region, ordning, items.count - 1)
            }
        }
        // The eier part of the total is seed 003's: the last tiltak takes the difference.
        let eierNow = Runde.Mal.retningslinjer2021.koder.map { sokt[$0]?.eier ?? .zero }.sum()
            + plans.values.flatMap { $0 }.flatMap(\.2).map { $0.aarsbelop[0].eier }.sum()
        if let last = lastTiltak, var list = plans[last.region], let entry = list.firstIndex(where: { $0.0 == last.ordning }) {
            var items = list[entry].2
            var tiltak = items[last.index]
            let year = tiltak.aarsbelop[0]
            let eier = year.eier + (seed003Eier - eierNow)
            tiltak.aarsbelop[0] = Belop(eier: eier, uh: year.sum - eier)
            items[last.index] = tiltak
            list[entry].2 = items
            plans[last.region] = list
        }
        return regionsplaner.map { plan in
            let names = (owners[plan.region] ?? []).map { "\($0.1) kommune" }
            return DemoPartnerskap(
                navn: "Regionalt partnerskap \(plan.region)", region: plan.region, eiere: names, uh: plan.uh,
                avtale: .init(
                    hvem: "\(names.first ?? "Vertskommunen") koordinerer og kaller inn til nettverksmøtene. \(plan.uh.joined(separator: " og ")) planlegger og leder samlingene og veileder.",
                    hva: "Kompetanseutvikling i barnehager og skoler i \(plan.region), ut fra behovene kommunene har meldt i kompetansenettverket.",
                    naar: "Fra januar 2027 til juni 2029, med evaluering i nettverket hvert år i juni."
                ),
                signedBy: names + plan.uh, meldinger: plans[plan.region] ?? []
            )
        }
    }

    /// `total` split by `vekter` in whole thousands, the last part taking what is left.
    static func fordel(_ total: Kroner, vekter: [Int]) -> [Kroner] {
        let sum = vekter.reduce(0, +)
        var parts = vekter.dropLast().map { Kroner(total.value * $0 / sum / 1_000 * 1_000) }
        parts.append(total - parts.sum())
        return parts
    }

    /// How the fagutvalg assesses a regional behovsmelding: after the hand-written ones
    /// (priority 3–5), and two of them with a criterion not met.
    static func regionalVurdering(region: String, ordning: Ordning) -> (prioritet: Int, ikkeOppfylt: Kriterium?) {
        let regionIndex = regionsplaner.firstIndex { $0.region == region } ?? 0
        let ordningIndex = Runde.Mal.retningslinjer2021.koder.firstIndex(of: ordning) ?? 0
        let unmet: Kriterium? = switch (region, ordning) {
        case ("Sør-Helgeland", .dekom): .partnerskap
        case ("Vesterålen", .kompetanseloftet): .forankring
        default: nil
        }
        return (3 + (regionIndex + ordningIndex) % 3, unmet)
    }
}
