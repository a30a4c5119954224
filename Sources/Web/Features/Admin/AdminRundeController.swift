import Domain
import Hummingbird
import Persistence

/// Funding rounds: year, deadlines, and per ordning the budget and every rule parameter.
/// A round's rules cannot change once the first behovsmelding is submitted in it.
struct AdminRundeController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.adminRunder.routerPath) { request, context in try await self.list(request, context) }
        router.get(SiteRoute.adminNyRunde.routerPath) { request, context in try await self.new(request, context) }
        router.post(SiteRoute.adminRunder.routerPath) { request, context in try await self.create(request, context) }
        router.get(SiteRoute.adminRunde(aar: 0).routerPath) { request, context in try await self.edit(request, context) }
        router.post(SiteRoute.adminRunde(aar: 0).routerPath) { request, context in try await self.update(request, context) }
    }

    func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try context.requireAdmin(request)
        let page = AdminRundeListPage(
            runder: try await deps.database.runder(), locked: try await deps.database.lockedRoundYears(),
            today: Dato(instant: deps.clock.now()), t: context.t
        )
        return try deps.renderer.response(page, chrome: deps.chrome(.adminRunder, context))
    }

    /// The new-round form, filled in from what `?mal=` names: the latest round (`forrige`, the
    /// default when there is one: its schemes, rules and budgets) or a template (`Runde.Mal`,
    /// whose budgets the Statsforvalter types).
    func new(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireAdmin(request)
        let runder = try await deps.database.runder()
        var aar = Runde.nesteTildelingsaar(fra: Dato(instant: deps.clock.now()))
        while runder.contains(where: { $0.aar == aar }) { aar += 1 }
        let t = context.t
        let latest = runder.max(by: { $0.aar < $1.aar })
        var valg = Runde.Mal.allCases.map { (kode: $0.rawValue, navn: t.navn($0)) }
        if let latest { valg.insert((kode: Self.forrige, navn: t.format(.adminTemplateForrige, ["aar": String(latest.aar)])), at: 0) }
        let asked = request.parametre["mal"].map(String.init)
        let valgt = valg.first { $0.kode == asked }?.kode ?? valg[0].kode
        let start: Runde
        if valgt == Self.forrige, let latest {
            start = latest.somMal(for: aar)
        } else {
            start = (Runde.Mal(rawValue: valgt) ?? .retningslinjer2021).runde(aar: aar)
        }
        var utkast = Runde.Utkast(start)
        if valgt != Self.forrige {
            for index in utkast.ordninger.indices where utkast.ordninger[index].budsjett == "0" { utkast.ordninger[index].budsjett = "" }
        }
        return try form(context, session, aar: nil, utkast: utkast, errors: [], locked: false, history: [], maler: (valg, valgt), status: .ok)
    }

    /// The new-round form's choice of the latest round as what to start from.
    static let forrige = "forrige"

    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireAdmin(request)
        let utkast = Self.utkast(context.form, aar: context.form["aar"])
        switch utkast.valider() {
        case .failure(let failure):
            return try form(context, session, aar: nil, utkast: utkast, errors: context.t.meldinger(failure), locked: false, history: [], status: .unprocessableContent)
        case .success(let runde):
            do {
                var audit = deps.audit(session)
                audit = audit.with(.opprett)
                try await deps.database.createRunde(runde, audit: audit)
            } catch StorageError.duplicate {
                let errors = [Feltmelding("aar", context.t.format(.adminRoundTaken, ["aar": String(runde.aar)]))]
                return try form(context, session, aar: nil, utkast: utkast, errors: errors, locked: false, history: [], status: .unprocessableContent)
            }
            return deps.redirect(.adminRunde(aar: runde.aar), flash: context.t.format(.adminRoundCreated, ["aar": String(runde.aar)]))
        }
    }

    func edit(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireAdmin(request)
        let runde = try await round(context)
        let locked = try await deps.database.lockedRoundYears().contains(runde.aar)
        return try form(context, session, aar: runde.aar, utkast: Runde.Utkast(runde), errors: [], locked: locked,
                        history: try await history(runde.aar), status: .ok)
    }

    func update(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireAdmin(request)
        let existing = try await round(context)
        let utkast = Self.utkast(context.form, aar: String(existing.aar))
        func refusedAsLocked() async throws -> Response {
            try form(context, session, aar: existing.aar, utkast: Runde.Utkast(existing), errors: [Feltmelding("aar", context.t.tekst(.rundeLaast))],
                     locked: true, history: try await history(existing.aar), status: .conflict)
        }
        // A locked round keeps its rules; its dates may move (the deadline for behovsmeldinger only later).
        if try await deps.database.lockedRoundYears().contains(existing.aar) {
            switch existing.medNyeFrister(utkast) {
            case .failure(let failure):
                var shown = Runde.Utkast(existing)
                shown.datoer = utkast.datoer
                return try form(context, session, aar: existing.aar, utkast: shown, errors: context.t.meldinger(failure), locked: true,
                                history: try await history(existing.aar), status: .unprocessableContent)
            case .success(let moved):
                try await deps.database.updateRundeFrister(moved, audit: deps.audit(session))
                return deps.redirect(.adminRunde(aar: moved.aar), flash: context.t.text(.adminRoundDatesSaved))
            }
        }
        switch utkast.valider() {
        case .failure(let failure):
            return try form(context, session, aar: existing.aar, utkast: utkast, errors: context.t.meldinger(failure), locked: false,
                            history: try await history(existing.aar), status: .unprocessableContent)
        case .success(let runde):
            if let inUse = runde.ordningIBrukFeil(iBruk: try await deps.database.ordningerIBruk(aar: existing.aar)) {
                return try form(context, session, aar: existing.aar, utkast: utkast, errors: [context.t.melding(inUse)], locked: false,
                                history: try await history(existing.aar), status: .unprocessableContent)
            }
            do {
                try await deps.database.updateRunde(runde, audit: deps.audit(session))
            } catch StorageError.locked {
                return try await refusedAsLocked()
            }
            return deps.redirect(.adminRunde(aar: runde.aar), flash: context.t.text(.adminSaved))
        }
    }

    func round(_ context: AppRequestContext) async throws -> Runde {
        guard let text = context.parameters.get("aar"), let aar = Int(text), let runde = try await deps.database.runde(aar: aar) else {
            throw HTTPError(.notFound)
        }
        return runde
    }

    func history(_ aar: Int) async throws -> [AuditEvent] {
        try await deps.database.auditEvents(AuditFilter(objectType: "runde", objectId: String(aar), limit: 50))
    }

    static func utkast(_ form: FormData, aar: String) -> Runde.Utkast {
        var datoer: [String: String] = [:]
        for kode in Runde.Frister.felt { datoer[kode.rawValue] = form[kode.rawValue] }
        // The sections the form sent, in order (a section is there when its code field is).
        var ordninger: [Runde.Utkast.OrdningUtkast] = []
        for nummer in 1...Runde.Utkast.maksOrdninger {
            func f(_ parameter: Rundeparameter) -> String { form[.rundeparameter(nummer, parameter)] }
            func all(_ parameter: Rundeparameter) -> [String] { form.all(Felt.rundeparameter(nummer, parameter).navn) }
            guard !all(.kode).isEmpty else { break }
            ordninger.append(Runde.Utkast.OrdningUtkast(
                med: form.isChecked(Felt.rundeparameter(nummer, .med).navn), kode: f(.kode), navn: f(.navn), kortnavn: f(.kortnavn),
                sektorer: all(.sektorer), malgrupper: all(.malgrupper), nettverk: all(.nettverk), partnertyper: all(.partnertyper),
                rapport: form.isChecked(Felt.rundeparameter(nummer, .rapport).navn),
                budsjett: f(.budsjett), maksTiltak: f(.maksTiltak),
                koordinatorMaksAndel: f(.koordinatorMaksAndel), koordinatorMinKommuner: f(.koordinatorMinKommuner),
                maksVarighetAar: f(.maksVarighetAar), flerarigMaksAndel: f(.flerarigMaksAndel),
                andelViaBehovsmeldinger: f(.andelViaBehovsmeldinger), egenandel: f(.egenandel)
            ))
        }
        return Runde.Utkast(aar: aar, datoer: datoer, ordninger: ordninger)
    }

    func form(
        _ context: AppRequestContext, _ session: ActiveSession, aar: Int?, utkast: Runde.Utkast, errors: [Feltmelding], locked: Bool,
        history: [AuditEvent], maler: (valg: [(kode: String, navn: String)], valgt: String)? = nil, status: HTTPResponse.Status
    ) throws -> Response {
        let page = AdminRundeFormPage(aar: aar, utkast: utkast, errors: errors, locked: locked, history: try deps.auditRader(history, t: context.t), maler: maler,
                                      csrf: session.csrfToken, t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.adminRunder, context), status: status)
    }
}
