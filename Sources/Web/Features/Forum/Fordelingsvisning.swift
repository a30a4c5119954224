import Domain

/// The allocation tables as `Tabell` values, for the pages and the exports alike.
enum Fordelingsvisning {
    /// Budget, allocatable part and the Rekom 30 % part only where a row has them; then
    /// requested and proposed (eier, UH, sum), the share of the request, and each later year's
    /// commitment with its share.
    static func tabell(_ rows: [Fordelingsrad], tittel: String, filnavn: String, forsteKolonne: String, aar: Int, t: Catalogue) -> Tabell {
        let budget = rows.contains { $0.budsjett != nil }
        let later = rows.contains { $0.senereRunde != nil }
        let laterGiven = rows.contains { $0.senereRundeFordelt != nil }
        let bound = rows.contains { ($0.bundet ?? .zero) > .zero }
        let years = rows.map(\.forpliktelser.count).max() ?? 0
        var columns = [forsteKolonne]
        if budget { columns += [t.text(.foColBudget), t.text(.foColAllocatable)] }
        if bound { columns += [t.text(.foColBound), t.text(.foColFree)] }
        if later { columns.append(t.text(.foColLater)) }
        columns += [t.text(.foColRequestedEier), t.text(.foColRequestedUH), t.text(.foColRequested),
                    t.text(.foColProposedEier), t.text(.foColProposedUH), t.text(.foColProposed), t.text(.foColShare)]
        if budget { columns.append(t.text(.foColLeft)) }
        if laterGiven { columns += [t.text(.foColLaterGiven), t.text(.foColLaterLeft)] }
        for index in 0..<years {
            let year = String(aar + index + 1)
            columns.append(t.format(.foColCommitment, ["aar": year]))
            // A commitment's share is of the year's allocatable money, which only an ordning has.
            if budget { columns.append(t.format(.foColCommitmentShare, ["aar": year])) }
        }
        let body = rows.map { row -> Tabell.Rad in
            var cells: [Tabell.Celle] = [.tekst(row.erTotal ? t.text(.bmTotal) : row.navn)]
            if budget { cells += [row.budsjett.map(Tabell.Celle.kroner) ?? .tekst(""), row.tildelbart.map(Tabell.Celle.kroner) ?? .tekst("")] }
            if bound { cells += [row.bundet.map(Tabell.Celle.kroner) ?? .tekst(""), row.fritt.map(Tabell.Celle.kroner) ?? .tekst("")] }
            if later { cells.append(row.senereRunde.map(Tabell.Celle.kroner) ?? .tekst("")) }
            cells += [.kroner(row.sokt.eier), .kroner(row.sokt.uh), .kroner(row.sokt.sum),
                      .kroner(row.foreslatt.eier), .kroner(row.foreslatt.uh), .kroner(row.foreslatt.sum), .prosent(row.andelAvSokt)]
            if budget { cells.append(row.igjen.map(Tabell.Celle.kroner) ?? .tekst("")) }
            if laterGiven {
                cells += [row.senereRundeFordelt.map(Tabell.Celle.kroner) ?? .tekst(""), row.senereRundeIgjen.map(Tabell.Celle.kroner) ?? .tekst("")]
            }
            for year in 0..<years {
                cells.append(.kroner(year < row.forpliktelser.count ? row.forpliktelser[year] : .zero))
                if budget { cells.append(.prosent(row.forpliktelsesandel(year))) }
            }
            // The total's own mark, not its place: counting the rows before it filtered every row
            // of the table for each row (a partnership table's hundreds, a fifth of the forum's tables).
            return Tabell.Rad(celler: cells, sum: row.erTotal)
        }
        return Tabell(tittel: tittel, filnavn: filnavn, kolonner: columns, rader: body)
    }

    /// «Midler etter vedtaksår»: a row per decision year (this round's named as its
    /// innstilling), a column per payout year, the total last.
    static func etterVedtaksaar(_ tabell: Vedtaksaartabell, runde: Int, tittel: String, filnavn: String, t: Catalogue) -> Tabell {
        let columns = [t.text(.foColDecided)] + tabell.aar.map { t.format(.foColPaidIn, ["aar": String($0)]) }
        let rows = tabell.rader.map { rad -> Tabell.Rad in
            let name = switch rad.vedtaksaar {
            case nil: t.text(.bmTotal)
            case runde: t.format(.foRowThisRound, ["aar": String(runde)])
            case let year?: t.format(.foRowDecided, ["aar": String(year)])
            }
            return Tabell.Rad(celler: [.tekst(name)] + rad.belop.map(Tabell.Celle.kroner), sum: rad.vedtaksaar == nil)
        }
        return Tabell(tittel: tittel, filnavn: filnavn, kolonner: columns, rader: rows)
    }

    /// The rows without their total: Fordelingstabell puts the total last when there is more than one row.
    static func utenTotal(_ rows: [Fordelingsrad]) -> [Fordelingsrad] {
        rows.filter { !$0.erTotal }
    }

    /// Every line of an innstilling: requested and proposed per year, coordinator, the reason
    /// (or why it cannot get funds), and the total.
    static func innstilling(_ innstilling: Innstilling, tittel: String, filnavn: String, t: Catalogue) -> Tabell {
        let years = innstilling.linjer.map(\.sokt.count).max() ?? 1
        var columns = [t.text(.inColTiltak), t.text(.inColRegion), t.text(.inColPriority)]
        for index in 0..<years {
            let year = String(innstilling.aar + index)
            columns += [t.format(.foColRequestedEierYear, ["aar": year]), t.format(.foColRequestedUHYear, ["aar": year]),
                        t.format(.foColProposedEierYear, ["aar": year]), t.format(.foColProposedUHYear, ["aar": year])]
        }
        columns += [t.text(.foColCoordinator), t.text(.inColReason)]
        let lines = innstilling.kvalifiserte.sorted(by: Innstilling.Linje.iRegionsrekkefolge)
            + innstilling.ikkeKvalifiserte.sorted(by: Innstilling.Linje.iRegionsrekkefolge)
        func amounts(_ values: [Belop], _ index: Int) -> Belop { index < values.count ? values[index] : .zero }
        var body = lines.map { line -> Tabell.Rad in
            var cells: [Tabell.Celle] = [.tekst(t.omtale(line.navn)), .tekst(line.regionNavn), .tekst(line.prioritet.map(String.init) ?? "")]
            for index in 0..<years {
                let sokt = amounts(line.sokt, index), proposed = amounts(line.foreslatt, index)
                cells += [.kroner(sokt.eier), .kroner(sokt.uh), .kroner(proposed.eier), .kroner(proposed.uh)]
            }
            cells += [.kroner(line.foreslattKoordinator), .tekst(Innstilling.grunnTilAvslag(line).map(t.tekst) ?? t.begrunnelse(line))]
            return Tabell.Rad(celler: cells)
        }
        var total: [Tabell.Celle] = [.tekst(t.text(.foTotal)), .tekst(""), .tekst("")]
        for index in 0..<years {
            let sokt = lines.map { amounts($0.sokt, index) }.sum(), proposed = lines.map { amounts($0.foreslatt, index) }.sum()
            total += [.kroner(sokt.eier), .kroner(sokt.uh), .kroner(proposed.eier), .kroner(proposed.uh)]
        }
        total += [.kroner(lines.map(\.foreslattKoordinator).sum()), .tekst("")]
        body.append(Tabell.Rad(celler: total, sum: true))
        return Tabell(tittel: tittel, filnavn: filnavn, kolonner: columns, rader: body)
    }

    /// The round's year of earlier vedtak's multi-year tiltak, decided with the innstilling
    /// (`forpliktelser`: those `avgjoresIRunde(aar)`): what was promised, the partnership's
    /// answer (or the stop), and what the year gets; the total last.
    static func tidligereVedtak(_ forpliktelser: [Forpliktelse], aar: Int, tittel: String, filnavn: String, t: Catalogue) -> Tabell {
        let items = forpliktelser
            .sorted { ($0.vedtaksaar, $0.partnerskap, $0.behovsmeldingId, $0.tiltak.nummer) < ($1.vedtaksaar, $1.partnerskap, $1.behovsmeldingId, $1.tiltak.nummer) }
        let year = ["aar": String(aar)]
        let columns = [t.text(.inColTiltak), t.text(.foColPartnerskap), t.text(.inBoundDecided), t.format(.foColPromised, alle: year), t.text(.inBoundAnswer),
                       t.format(.foColProposedEierYear, alle: year), t.format(.foColProposedUHYear, alle: year), t.format(.foColProposedYear, alle: year)]
        func decided(_ item: Forpliktelse) -> Belop { item.gjelder ? item.gjeldende : .zero }
        var body = items.map { item -> Tabell.Rad in
            let answer = item.gjelder ? InnstillingPage.svarTekst(item, t: t)
                : t.format(.foStoppedAnswer, ["aar": String(aar), "begrunnelse": item.stansbegrunnelse ?? ""])
            let now = decided(item)
            return Tabell.Rad(celler: [.tekst(t.omtale(item.tiltak)), .tekst(item.partnerskap), .tekst(String(item.vedtaksaar)), .kroner(item.belop.sum),
                                       .tekst(answer), .kroner(now.eier), .kroner(now.uh), .kroner(now.sum)])
        }
        let total = items.map(decided).sum()
        body.append(Tabell.Rad(celler: [.tekst(t.text(.foTotal)), .tekst(""), .tekst(""), .kroner(items.map(\.belop.sum).sum()), .tekst(""),
                                        .kroner(total.eier), .kroner(total.uh), .kroner(total.sum)], sum: true))
        return Tabell(tittel: tittel, filnavn: filnavn, kolonner: columns, rader: body)
    }
}

/// A table as the `partials/tabell` template draws it, with its export links and chart.
struct TabellVisning: Sendable {
    static let template = "partials/tabell"

    struct Kolonne: Sendable {
        let navn: String
        let num: Bool
    }

    struct Celle: Sendable {
        let tekst: String
        let num: Bool
    }

    struct Rad: Sendable {
        let forste: String
        let celler: [Celle]
        let sum: Bool
    }

    let id: String
    let tittel: String
    let forste: Kolonne
    let kolonner: [Kolonne]
    let rader: [Rad]
    let csv: String
    let xlsx: String
    let diagram: Stolpediagram?

    init(_ tabell: Tabell, id: String, eksport: String, diagram: Stolpediagram?) {
        self.id = id
        tittel = tabell.tittel
        // A column is numeric when any of its cells is a number.
        let numeric = tabell.kolonner.indices.map { column in tabell.rader.contains { column < $0.celler.count && $0.celler[column].numerisk } }
        let columns = zip(tabell.kolonner, numeric).map { Kolonne(navn: $0, num: $1) }
        forste = columns.first ?? Kolonne(navn: "", num: false)
        kolonner = Array(columns.dropFirst())
        rader = tabell.rader.map { rad in
            Rad(forste: rad.celler.first?.vist ?? "", celler: rad.celler.dropFirst().enumerated().map { index, cell in
                Celle(tekst: cell.vist, num: numeric[index + 1])
            }, sum: rad.sum)
        }
        csv = eksport + "/" + tabell.filnavn + ".csv"
        xlsx = eksport + "/" + tabell.filnavn + ".xlsx"
        self.diagram = diagram
    }
}

/// A horizontal bar chart drawn on the server as SVG: one group of bars per row, one bar per
/// series, scaled to the largest value, with the amount at the end of each bar.
struct Stolpediagram: Sendable {
    struct Serie: Sendable {
        let navn: String
        let klasse: String
    }

    struct Stolpe: Sendable {
        let klasse: String
        let y: Int
        let bredde: Int
        let tekstX: Int
        let tekstY: Int
        let tekst: String
    }

    struct Gruppe: Sendable {
        let navn: String
        let navnY: Int
        let stolper: [Stolpe]
    }

    struct Forklaring: Sendable {
        let navn: String
        let klasse: String
        let x: Int
        let tekstX: Int
    }

    let id: String
    let tittel: String
    let beskrivelse: String
    let hoyde: Int
    let viewBox: String
    let grupper: [Gruppe]
    let forklaring: [Forklaring]

    static let bredde = 520
    static let lengste = 360
    static let stolpe = 16

    /// `rows`: a name and one value per series (nil where the row has none).
    init(id: String, tittel: String, beskrivelse: String, serier: [Serie], rows: [(navn: String, verdier: [Kroner?])]) {
        self.id = id
        self.tittel = tittel
        self.beskrivelse = beskrivelse
        let largest = max(1, rows.flatMap { $0.verdier.compactMap { $0?.value } }.max() ?? 1)
        var x = 0
        forklaring = serier.map { serie in
            defer { x += 24 + serie.navn.count * 8 + 16 }
            return Forklaring(navn: serie.navn, klasse: serie.klasse, x: x, tekstX: x + 20)
        }
        var y = 36
        grupper = rows.map { row in
            let top = y
            var barY = top + 22
            let bars = zip(serier, row.verdier).compactMap { serie, value -> Stolpe? in
                guard let value else { return nil }
                defer { barY += Self.stolpe + 4 }
                let width = max(value.value > 0 ? 1 : 0, value.value * Self.lengste / largest)
                return Stolpe(klasse: serie.klasse, y: barY, bredde: width, tekstX: width + 6, tekstY: barY + 13, tekst: value.formatted)
            }
            y = barY + 14
            return Gruppe(navn: row.navn, navnY: top + 14, stolper: bars)
        }
        hoyde = y
        viewBox = "0 0 \(Self.bredde) \(y)"
    }
}
