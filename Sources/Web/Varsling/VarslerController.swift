import Domain
import Foundation
import Hummingbird
import Persistence

/// A person's notices: how they want e-mail, what they were told lately, and their private
/// calendar feed (a secret address with only their own deadlines and meetings). Every user
/// reaches their own page; the Statsforvalter also reads the outbox.
struct VarslerController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.varsler.routerPath) { request, context in try await self.show(request, context) }
        router.post(SiteRoute.varsler.routerPath) { request, context in try await self.save(request, context) }
        router.get(SiteRoute.kalenderPrivat(token: "").routerPath) { _, context in try await self.feed(context) }
        router.get(SiteRoute.adminEpost.routerPath) { request, context in try await self.outbox(request, context) }
        router.get(SiteRoute.adminEpostVis(0).routerPath) { request, context in try await self.message(request, context) }
    }

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await render(context, session: try context.requireSession(request), nyAdresse: nil)
    }

    /// `lagre` stores the choice; `kalender` makes (or renews) the feed's secret address and
    /// shows it this once (only its hash is kept).
    func save(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireSession(request)
        let form = context.form
        let now = deps.clock.now()
        switch form["handling"] {
        case "lagre":
            // The choice is radio buttons: anything else was not sent by the page.
            guard let valg = Varsel.Valg(rawValue: form["valg"]) else { throw HTTPError(.badRequest) }
            try await deps.database.settVarselvalg(userId: session.bruker.id, valg, now: now, audit: deps.audit(session))
            return deps.redirect(.varsler, flash: context.t.text(.vsSaved))
        case "kalender":
            let token = SecureToken.make()
            try await deps.database.settKalendernokkel(userId: session.bruker.id, tokenHash: SecureToken.hash(token), now: now, audit: deps.audit(session))
            return try await render(context, session: session, nyAdresse: deps.site.absolute(SiteRoute.kalenderPrivat(token: token).path))
        default:
            throw HTTPError(.badRequest)
        }
    }

    func render(_ context: AppRequestContext, session: ActiveSession, nyAdresse: String?) async throws -> Response {
        let database = deps.database
        let valg = try await database.varselvalg(userId: session.bruker.id)
        let varsler = try await database.varsler(userId: session.bruker.id)
        let harKalender = try await database.harKalendernokkel(userId: session.bruker.id)
        let runde = try await database.gjeldendeRunde(today: Dato(instant: deps.clock.now()))
        let page = VarslerPage(
            session: session, valg: valg, varsler: varsler, harKalender: harKalender, nyAdresse: nyAdresse,
            offentlig: runde.map { (aar: $0.aar, url: deps.site.absolute(context.t.lenke(SiteRoute.kalender(aar: $0.aar).path))) }, t: context.t
        )
        var chrome = deps.chrome(.varsler, context)
        if nyAdresse != nil { chrome.flash = context.t.text(.vsCalCreated) }
        return try deps.renderer.response(page, chrome: chrome)
    }

    /// The private feed: the steps of every round that the holder's roles take part in, and the
    /// meetings of the networks they lead or belong to. An unknown or renewed address is 404.
    func feed(_ context: AppRequestContext) async throws -> Response {
        let token = context.parameters.get("token") ?? ""
        guard token.hasSuffix(".ics"), let bruker = try await deps.database.kalenderbruker(tokenHash: SecureToken.hash(String(token.dropLast(4)))) else {
            throw HTTPError(.notFound)
        }
        let roller = bruker.tildelinger.map(\.rolle)
        var nettverk = Set(roller.compactMap(\.nettverkId))
        for org in Set(roller.compactMap(\.organisasjonId)) {
            nettverk.formUnion(try await deps.database.nettverk(medlem: org))
        }
        var moter: [Nettverksmote] = []
        for id in nettverk.sorted() { moter += try await deps.database.nettverksmoter(nettverkId: id) }
        let names = Dictionary(try await deps.database.nettverk().map { ($0.id, $0.navn) }, uniquingKeysWith: { first, _ in first })
        let now = deps.clock.now()
        let host = deps.site.publicURL.host(percentEncoded: false) ?? "behovsmelding"
        // A calendar program sends no cookie: the holder's chosen language, unless the address says `?lang=`.
        let t = context.sprakValgt == nil ? Catalogue.of(bruker.sprak.map(Catalogue.Language.init) ?? context.sprak) : context.t
        var events: [Kalender.Hendelse] = []
        let wanted = roller.reduce(into: Set<Arshjul.Stegkode>()) { $0.formUnion(Arshjul.stegkoder(for: $1.kind)) }
        for runde in try await deps.database.runder() {
            events += Kalender.hendelser(runde, host: host, today: Dato(instant: now), t: t).filter { $0.steg.map(wanted.contains) ?? false }
        }
        events += moter.map { Kalender.hendelse($0, nettverk: names[$0.nettverkId] ?? "", host: host, t: t) }
        let body = Kalender.ics(navn: t.format(.calendarPrivateName, ["navn": bruker.navn]), hendelser: events, now: now)
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/calendar; charset=utf-8",
                .contentDisposition: "inline; filename=\"behovsmelding.ics\"",
                .cacheControl: "private, max-age=900",
            ],
            body: .init(byteBuffer: ByteBuffer(string: body))
        )
    }

    static let perSide = 50

    func outbox(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try context.require(request, .administrere)
        let side = max(Int(request.parametre["side"].map(String.init) ?? "") ?? 1, 1)
        var result = try await deps.database.eposter(limit: Self.perSide, offset: (side - 1) * Self.perSide)
        // A page past the end (the outbox was emptied, an old link) shows the last one.
        let sidetall = Sidetall(side: side, antall: result.antall, storrelse: Self.perSide)
        if sidetall.nummer != side {
            result = try await deps.database.eposter(limit: Self.perSide, offset: (sidetall.nummer - 1) * Self.perSide)
        }
        let page = EpostlistePage(eposter: result.eposter, antall: result.antall, sidetall: sidetall, perSide: Self.perSide, leverer: deps.leverer,
                                  now: deps.clock.now(), t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.adminEpost, context))
    }

    func message(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try context.require(request, .administrere)
        guard let epost = try await deps.database.epost(id: try context.id()) else { throw HTTPError(.notFound) }
        let page = EpostPage(epost: epost, now: deps.clock.now(), t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(.adminEpost, context))
    }
}
