import Domain
import Foundation
import Persistence

/// The network leader's page for one ordning: the region's delivered behovsmeldinger in
/// priority order, each with its tiltak; the joint tiltak as marked (`NettverkFellesPage`
/// marks them); the forwarding.
struct NettverkPage: Page {
    static let template = "nettverk/behandling"
    /// One behovsmelding's row (`Row`).
    static let radmal = "nettverk/behandling-rad"

    struct TiltakRow: Sendable {
        let label: String
        let detail: String
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
    /// The rows in priority order (`Row`, `radmal`).
    let rows: Gjengitt
    let hasRows: Bool
    let note: TextArea
    let savedNote: String?
    let groups: [Fellesgruppe]
    let hasGroups: Bool
    /// The page that marks joint tiltak, while there is something to mark.
    let jointHref: String?

    /// A row shows its behovsmelding, its place and whether it may be moved; shown as saved (not
    /// as typed, nor with an error) it is rendered once for the kept behovsmeldinger (`loaded.gjengitt`).
    init(_ loaded: NettverkController.Loaded, typed: FormData?, errors: [Feltmelding], csrf: String, now: Date, renderer: Renderer, t: Catalogue) throws {
        let behandling = loaded.behandling
        title = t.format(.nwTitle, ["ordning": loaded.runde.kortnavn(loaded.ordning), "aar": String(loaded.runde.aar)])
        lead = loaded.nettverk.navn
        homeHref = SiteRoute.hjem(.nettverksleder).path
        let editable = loaded.editable
        self.editable = editable
        isForwarded = !editable
        if case .forTidlig(let frist) = Nettverksbehandling.videresending(antallLeverte: loaded.meldinger.count, frist: loaded.videresendingsfrist, now: now) {
            canForward = false
            forwardOpens = t.format(.nwForwardOpens, ["dato": frist.formatted])
        } else {
            canForward = true
            forwardOpens = nil
        }
        status = loaded.status(t)
        action = SiteRoute.nettverkBehandling(aar: loaded.runde.aar, loaded.ordning).path
        self.csrf = csrf
        version = String(behandling.version)
        summary = ErrorSummary(errors, t: t)
        let rekkefolge = loaded.rekkefolge
        rows = try renderer.rader(Self.radmal, rekkefolge.indices, lager: typed == nil && errors.isEmpty ? loaded.gjengitt : nil, t: t,
                                  nokkel: { Radnokkel(Radnokkel(rekkefolge[$0].melding.id, $0), editable) }) { index in
            let rad = rekkefolge[index]
            let id = rad.melding.id
            let name = "prioritet.\(id)"
            return Row(
                partnerskap: rad.partnerskap.navn, parter: (rad.partnerskap.eiere + rad.partnerskap.uh).map(\.navn).joined(separator: ", "),
                sum: rad.melding.melding.forsteAar.sum.formatted,
                // A number typed, not chosen: a select of every place on each row grew with the square
                // of the region's behovsmeldinger (38 rows were 1 444 options and 138 kB).
                prioritet: editable ? Field(name, label: t.format(.nwPriorityLabel, ["navn": rad.partnerskap.navn]), value: typed?[name] ?? String(index + 1),
                                            errors: errors, inputmode: "numeric", width: "w-3") : nil,
                priorityText: String(index + 1),
                tiltak: rad.melding.melding.tiltak.map { TiltakRow(label: t.omtale($0.navn), detail: NettverkController.Loaded.detalj($0, t)) },
                href: SiteRoute.behovsmelding(id).path
            )
        }
        hasRows = !rekkefolge.isEmpty
        note = TextArea("note", label: t.text(.nwNote), value: typed?["note"] ?? behandling.note, hint: t.text(.nwNoteHint), errors: errors,
                        rows: 3, limit: .middels)
        savedNote = behandling.note.isEmpty ? nil : behandling.note
        groups = loaded.grupper(t)
        hasGroups = !groups.isEmpty
        jointHref = loaded.kanMerkeFelles ? SiteRoute.nettverkFelles(aar: loaded.runde.aar, loaded.ordning).path : nil
    }
}

/// The network leader's marking of joint tiltak for one ordning: the groups marked so far, and
/// every delivered tiltak of the region to choose from, by partnership. A page of its own: on
/// the priority page the region's tiltak were listed a second time as checkboxes, in a form of
/// their own whose button dropped the priorities typed above it.
struct NettverkFellesPage: Page {
    static let template = "nettverk/felles"

    struct TiltakRow: Sendable {
        let id: String
        let value: String
        let label: String
        let detail: String
        let checked: Bool
    }

    struct Row: Sendable {
        let partnerskap: String
        let tiltak: [TiltakRow]
    }

    let title: String
    let lead: String
    let backHref: String
    let status: String
    let isForwarded: Bool
    let editable: Bool
    let action: String
    let csrf: String
    let version: String
    let summary: ErrorSummary?
    let groups: [Fellesgruppe]
    let hasGroups: Bool
    let canJoin: Bool
    /// Why nothing can be marked while the set is open: fewer than two partnerships delivered.
    let needsTwo: Bool
    let rows: [Row]
    let jointError: String?
    let jointNote: TextArea

    init(_ loaded: NettverkController.Loaded, typed: FormData?, errors: [Feltmelding], csrf: String, t: Catalogue) {
        title = t.format(.nwJointTitle, ["ordning": loaded.runde.kortnavn(loaded.ordning), "aar": String(loaded.runde.aar)])
        lead = loaded.nettverk.navn
        backHref = SiteRoute.nettverkBehandling(aar: loaded.runde.aar, loaded.ordning).path
        editable = loaded.editable
        isForwarded = !editable
        status = loaded.status(t)
        action = SiteRoute.nettverkFelles(aar: loaded.runde.aar, loaded.ordning).path
        self.csrf = csrf
        version = String(loaded.behandling.version)
        summary = ErrorSummary(errors, t: t)
        groups = loaded.grupper(t)
        hasGroups = !groups.isEmpty
        canJoin = loaded.kanMerkeFelles
        needsTwo = editable && !canJoin
        let checked = Set(typed?.all("felles") ?? [])
        rows = canJoin ? loaded.rekkefolge.map { rad in
            Row(partnerskap: rad.partnerskap.navn, tiltak: rad.melding.melding.tiltak.map { item in
                let value = "\(rad.melding.id)-\(item.nummer)"
                return TiltakRow(id: "felt-felles-\(value)", value: value, label: t.omtale(item.navn),
                                 detail: NettverkController.Loaded.detalj(item, t), checked: checked.contains(value))
            })
        } : []
        jointError = errors.melding(for: "felles")
        jointNote = TextArea("fellesNote", label: t.text(.nwJointNote), value: typed?["fellesNote"] ?? "", hint: t.text(.nwJointNoteHint),
                             errors: errors, rows: 3, limit: .middels)
    }
}

/// A group of tiltak marked as joint, as both network pages show it.
struct Fellesgruppe: Sendable {
    let note: String
    let members: [String]
    /// The button that removes the marking, while the set is open; `removeAbout` names its
    /// tiltak to a screen reader, which otherwise hears the same button once per group.
    let removeValue: String
    let removeLabel: String
    let removeAbout: String
}

/// What both network pages show the same way.
extension NettverkController.Loaded {
    /// Open until the set is forwarded.
    var editable: Bool { behandling.forwardedAt == nil }

    /// Joint tiltak can be marked while the set is open and more than one partnership delivered.
    var kanMerkeFelles: Bool { editable && Set(meldinger.map(\.melding.partnerskapId)).count >= 2 }

    /// The current order: the saved priority, then the rest by partnership name.
    var rekkefolgeIds: [Int64] {
        let saved = behandling.prioritet.filter { id in meldinger.contains { $0.id == id } }
        let rest = meldinger.filter { !saved.contains($0.id) }
            .sorted { (partnerskap[$0.melding.partnerskapId]?.navn ?? "", $0.id) < (partnerskap[$1.melding.partnerskapId]?.navn ?? "", $1.id) }
        return saved + rest.map(\.id)
    }

    /// Each behovsmelding with its partnership, in the current order.
    var rekkefolge: [(melding: StoredBehovsmelding, partnerskap: Partnerskap)] {
        let byId = Dictionary(uniqueKeysWithValues: meldinger.map { ($0.id, $0) })
        return rekkefolgeIds.compactMap { id in
            guard let stored = byId[id], let ps = partnerskap[stored.melding.partnerskapId] else { return nil }
            return (stored, ps)
        }
    }

    func status(_ t: Catalogue) -> String {
        if let at = behandling.forwardedAt {
            return t.format(.nwStatusForwarded, ["tid": Tidspunkt.oslo(at), "hvem": behandling.forwardedBy ?? "–"])
        }
        return t.format(.nwStatusOpen, ["dato": runde.frister.nettverk.formatted])
    }

    /// The groups marked, each member named with its partnership.
    func grupper(_ t: Catalogue) -> [Fellesgruppe] {
        behandling.felles.map { group in
            let members = group.medlemmer.compactMap { key -> String? in
                guard let stored = meldinger.first(where: { $0.id == key.behovsmeldingId }),
                      let item = stored.melding.tiltak.first(where: { $0.nummer == key.nummer }) else { return nil }
                return "\(t.omtale(item.navn)) – \(partnerskap[stored.melding.partnerskapId]?.navn ?? "–")"
            }
            return Fellesgruppe(note: group.note, members: members, removeValue: Knapp.fjernFelles(group.id).value,
                                removeLabel: t.text(.nwJointRemove), removeAbout: members.joined(separator: "; "))
        }
    }

    /// A tiltak's phase and first year's sum.
    static func detalj(_ tiltak: Tiltak, _ t: Catalogue) -> String {
        "\(tiltak.fase.map(t.navn) ?? "–") · \(tiltak.forsteAar.sum.formatted)"
    }
}
