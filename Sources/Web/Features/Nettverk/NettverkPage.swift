import Domain
import Foundation
import Persistence

/// The network leader's page for one ordning: the region's delivered behovsmeldinger in
/// priority order, each with its tiltak; the joint tiltak; the forwarding.
struct NettverkPage: Page {
    static let template = "nettverk/behandling"

    struct TiltakRow: Sendable {
        let id: String
        let value: String
        let label: String
        let detail: String
        let checked: Bool
    }

    struct Row: Sendable {
        let partnerskap: String
        let parter: String
        let sum: String
        /// The priority to type, while the forwarding is open; else only shown (`priorityText`).
        let prioritet: Field?
        let priorityText: String
        let tiltak: [TiltakRow]
        let href: String
    }

    struct Group: Sendable {
        let note: String
        let members: [String]
        let removeValue: String
        let removeLabel: String
    }

    let title: String
    let lead: String
    let homeHref: String
    let status: String
    let isForwarded: Bool
    let editable: Bool
    /// Forwarding opens when the deadline for behovsmeldinger has passed; until then, why not.
    let canForward: Bool
    let forwardOpens: String?
    let action: String
    let csrf: String
    let version: String
    let summary: ErrorSummary?
    let rows: [Row]
    let hasRows: Bool
    let canJoin: Bool
    let note: TextArea
    let savedNote: String?
    let groups: [Group]
    let hasGroups: Bool
    let jointError: String?
    let jointNote: TextArea

    init(
        nettverk: Kompetansenettverk, runde: Runde, videresendingsfrist: Dato, ordning: Ordning, meldinger: [StoredBehovsmelding], partnerskap: [Int64: Partnerskap],
        behandling: StoredNettverkBehandling, order: [Int64], typed: FormData?, errors: [Feltmelding], csrf: String, now: Date, t: Catalogue
    ) {
        title = t.format(.nwTitle, ["ordning": runde.kortnavn(ordning), "aar": String(runde.aar)])
        lead = nettverk.navn
        homeHref = SiteRoute.hjem(.nettverksleder).path
        let editable = behandling.forwardedAt == nil
        isForwarded = !editable
        self.editable = editable
        if case .forTidlig(let frist) = Nettverksbehandling.videresending(antallLeverte: meldinger.count, frist: videresendingsfrist, now: now) {
            canForward = false
            forwardOpens = t.format(.nwForwardOpens, ["dato": frist.formatted])
        } else {
            canForward = true
            forwardOpens = nil
        }
        if let at = behandling.forwardedAt {
            status = t.format(.nwStatusForwarded, ["tid": Tidspunkt.oslo(at), "hvem": behandling.forwardedBy ?? "–"])
        } else {
            status = t.format(.nwStatusOpen, ["dato": runde.frister.nettverk.formatted])
        }
        action = SiteRoute.nettverkBehandling(aar: runde.aar, ordning).path
        self.csrf = csrf
        version = String(behandling.version)
        summary = ErrorSummary(errors, t: t)
        let byId = Dictionary(uniqueKeysWithValues: meldinger.map { ($0.id, $0) })
        let checked = Set(typed?.all("felles") ?? [])
        rows = order.enumerated().compactMap { index, id in
            guard let stored = byId[id], let ps = partnerskap[stored.melding.partnerskapId] else { return nil }
            let melding = stored.melding
            let name = "prioritet.\(id)"
            return Row(
                partnerskap: ps.navn, parter: (ps.eiere + ps.uh).map(\.navn).joined(separator: ", "),
                sum: melding.forsteAar.sum.formatted,
                // A number typed, not chosen: a select of every place on each row grew with the square
                // of the region's behovsmeldinger (38 rows were 1 444 options and 138 kB).
                prioritet: editable ? Field(name, label: t.format(.nwPriorityLabel, ["navn": ps.navn]), value: typed?[name] ?? String(index + 1),
                                            errors: errors, inputmode: "numeric", width: "w-3") : nil,
                priorityText: String(index + 1),
                tiltak: melding.tiltak.map { item in
                    let value = "\(id)-\(item.nummer)"
                    return TiltakRow(id: "felt-felles-\(value)", value: value, label: t.omtale(item.navn),
                                     detail: "\(item.fase.map(t.navn) ?? "–") · \(item.forsteAar.sum.formatted)", checked: checked.contains(value))
                },
                href: SiteRoute.behovsmelding(id).path
            )
        }
        hasRows = !rows.isEmpty
        canJoin = editable && Set(meldinger.map(\.melding.partnerskapId)).count >= 2
        note = TextArea("note", label: t.text(.nwNote), value: typed?["note"] ?? behandling.note, hint: t.text(.nwNoteHint), errors: errors,
                        rows: 3, limit: .middels)
        savedNote = behandling.note.isEmpty ? nil : behandling.note
        groups = behandling.felles.map { group in
            Group(
                note: group.note,
                members: group.medlemmer.compactMap { key in
                    guard let stored = byId[key.behovsmeldingId], let item = stored.melding.tiltak.first(where: { $0.nummer == key.nummer }) else { return nil }
                    return "\(t.omtale(item.navn)) – \(partnerskap[stored.melding.partnerskapId]?.navn ?? "–")"
                },
                removeValue: Knapp.fjernFelles(group.id).value, removeLabel: t.text(.nwJointRemove)
            )
        }
        hasGroups = !groups.isEmpty
        jointError = errors.melding(for: "felles")
        jointNote = TextArea("fellesNote", label: t.text(.nwJointNote), value: typed?["fellesNote"] ?? "", hint: t.text(.nwJointNoteHint),
                             errors: errors, rows: 3, limit: .middels)
    }
}
