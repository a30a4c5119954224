import Foundation
@testable import Domain

/// Shared, complete inputs; each test breaks one thing.
enum Fixture {
    static let runde = Runde.standard(aar: 2027, budsjett: [
        .rekom: Kroner(10_886_000), .dekom: Kroner(12_070_000), .kompetanseloftet: Kroner(8_296_000),
    ])
    /// 23 November 2026, 12:00 in Oslo: before the deadline.
    static let now = Date(timeIntervalSince1970: 1_795_431_600)

    static let bodo = Partnerskap.Part(organisasjonId: 1, navn: "Bodø kommune", kommunenummer: "1804")
    static let fauske = Partnerskap.Part(organisasjonId: 25, navn: "Fauske kommune", kommunenummer: "1841")
    static let nord = Partnerskap.Part(organisasjonId: 45, navn: "Nord universitet")

    static func partnerskap(eiere: [Partnerskap.Part] = [bodo, fauske], signed: Bool = true) -> Partnerskap {
        let parts = eiere + [nord]
        return Partnerskap(
            id: 7, navn: "Salten-partnerskapet", eiere: eiere, uh: [nord],
            avtale: .init(hvem: "Bodø koordinerer, Nord leder fagdagene.", hva: "Språkmiljø i barnehagen, fase 2 og 3.", naar: "Januar 2027–juni 2028"),
            signert: signed ? Set(parts.map(\.organisasjonId)) : []
        )
    }

    static func tiltak(_ nummer: Int, fase: Fase = .gjennomforing, years: [Belop]? = nil) -> Tiltak {
        let amounts = years ?? [Belop(eier: Kroner(300_000), uh: Kroner(200_000))]
        return Tiltak(
            nummer: nummer, tittel: "Språkløftet \(nummer)", fase: fase,
            hvaSkalGjores: "Fagdager og veiledning i hver avdeling.", hvemGjorHva: "Eier organiserer, UH veileder.",
            deltakere: "Alle ansatte i 12 barnehager", varighetAar: amounts.count, aarsbelop: amounts
        )
    }

    static func behovsmelding(tiltak: [Tiltak] = [tiltak(1), tiltak(2)], ordning: Ordning = .rekom) -> Behovsmelding {
        Behovsmelding(
            id: 100, partnerskapId: 7, ordning: ordning, rundeAar: 2027,
            kriterier: [
                .forankring: "Hver barnehage har kartlagt behov med ansatte, ledere og UH.",
                .kollektiveProsesser: "Hele personalgruppen deltar i felles refleksjon.",
                .partnerskap: "Eier og UH planlegger og gjennomfører alle tiltak sammen.",
            ],
            uhLaererutdanning: "Erfaringene brukes i barnehagelærerutdanningen.",
            enheter: "12 barnehager i Bodø og Fauske", kontaktperson: "Kari Nordmann", tiltak: tiltak
        )
    }
}

extension OrdningIRunde {
    /// A scheme of the 2021 guidelines' template with `budsjett`.
    static func seed(_ ordning: Ordning, budsjett: Kroner) -> OrdningIRunde {
        Runde.Mal.retningslinjer2021.ordninger[ordning]!.med(budsjett: budsjett)
    }
}
