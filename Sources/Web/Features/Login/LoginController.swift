import Domain
import Foundation
import Hummingbird
import Persistence

/// Login, logout, switching the acting role, and setting a password through a one-time link.
struct LoginController {
    let deps: AppDependencies

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteRoute.loggInn.routerPath) { request, context in try await self.showLogin(request, context) }
        router.post(SiteRoute.loggInn.routerPath) { _, context in try await self.login(context) }
        router.post(SiteRoute.loggUt.routerPath) { _, context in try await self.logout(context) }
        router.post(SiteRoute.byttRolle.routerPath) { request, context in try await self.switchRole(request, context) }
        router.post(SiteRoute.fornyOkt.routerPath) { request, context in try await self.renew(request, context) }
        router.get(SiteRoute.settPassord(token: "").routerPath) { request, context in try await self.showPassword(request, context) }
        router.post(SiteRoute.settPassord(token: "").routerPath) { _, context in try await self.setPassword(context) }
    }

    // MARK: Login

    func showLogin(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let query = request.parametre
        let next = RedirectTarget.safe(query["neste"].map(String.init) ?? "")
        if let session = context.session {
            return .redirect(to: next ?? session.homeHref, type: .normal)
        }
        var notice: MessageKey?
        if query["utlogget"] != nil { notice = .loginLoggedOut }
        if query["passord"] != nil { notice = .loginPasswordSet }
        if context.sessionExpired || query["utlopt"] != nil { notice = .loginExpired }
        return try loginPage(context, email: "", next: next, errors: [], summaryOnly: [], notice: notice, status: .ok)
    }

    func login(_ context: AppRequestContext) async throws -> Response {
        let form = context.form
        let email = Bruker.normalisertEpost(form["epost"])
        let password = form["passord"]
        let next = RedirectTarget.safe(form["neste"])
        let resume = TypedForm(form)
        let t = context.t
        var missing: [Feltmelding] = []
        if email.isEmpty { missing.append(Feltmelding("epost", t.text(.loginMissingEmail))) }
        if password.isEmpty { missing.append(Feltmelding("passord", t.text(.loginMissingPassword))) }
        guard missing.isEmpty else {
            return try loginPage(context, email: form["epost"], next: next, errors: missing, summaryOnly: [], notice: nil, resume: resume, status: .unprocessableContent)
        }

        let now = deps.clock.now()
        let failures = try await deps.database.recentFailures(
            epost: email, address: context.remoteAddress, since: now.addingTimeInterval(-deps.loginGuard.vindu)
        )
        let waits = [failures.account, failures.address].compactMap { deps.loginGuard.ventetid(feil: $0, now: now) }
        if let wait = waits.max() {
            try await deps.database.record(AuditEvent(
                at: now, action: .innloggingStoppet, objectType: "innlogging",
                after: AuditEvent.json(["epost": email, "adresse": context.remoteAddress])
            ))
            let message = t.format(.loginThrottled, ["tid": Self.duration(wait)])
            return try loginPage(context, email: form["epost"], next: next, errors: [], summaryOnly: [Feltmelding("epost", message)], notice: nil, resume: resume, status: .tooManyRequests)
        }

        let credentials = try await deps.database.credentials(epost: email)
        let matches = try await deps.passwordHasher.verify(password, hash: credentials?.passwordHash ?? deps.unknownUserHash)
        guard let credentials, matches, credentials.passwordHash != nil, credentials.bruker.aktiv else {
            try await deps.database.recordLoginAttempt(epost: email, address: context.remoteAddress, succeeded: false, at: now)
            try await deps.database.record(AuditEvent(
                at: now, action: .innloggingFeilet, objectType: "innlogging", objectId: credentials.map { String($0.bruker.id) },
                after: AuditEvent.json(["epost": email, "adresse": context.remoteAddress])
            ))
            return try loginPage(
                context, email: form["epost"], next: next, errors: [], summaryOnly: [Feltmelding("epost", t.text(.loginWrong))],
                notice: nil, resume: resume, status: .unprocessableContent
            )
        }

        let bruker = credentials.bruker
        try await deps.database.recordLoginAttempt(epost: email, address: context.remoteAddress, succeeded: true, at: now)
        let token = SecureToken.make()
        let tokenHash = SecureToken.hash(token)
        let csrfToken = SecureToken.make()
        let first = bruker.forsteTildeling
        try await deps.database.createSession(
            tokenHash: tokenHash, userId: bruker.id, roleGrantId: first?.id, csrfToken: csrfToken,
            now: now, expires: now.addingTimeInterval(deps.sessions.lifetime), replacing: context.session?.tokenHash
        )
        try await deps.database.record(AuditEvent(
            at: now, userId: bruker.id, userName: bruker.navn, action: .loggInn, objectType: "bruker", objectId: String(bruker.id),
            after: AuditEvent.json(["adresse": context.remoteAddress])
        ))
        let home = first.map { SiteRoute.hjem($0.rolle.kind).path } ?? SiteRoute.start.path
        var response: Response
        if let resume {
            // What was typed before the session ended, ready to be saved with one click.
            let page = ResumePage(path: resume.path, typed: resume.typed, csrf: csrfToken, homeHref: home, t: t)
            var chrome = deps.chrome(nil, context)
            if let stored = try await deps.database.sessionUser(tokenHash: tokenHash) {
                chrome.user = ChromeUser(ActiveSession(tokenHash: tokenHash, stored: stored), idleTimeout: deps.sessions.idleTimeout, t: context.t)
            }
            response = try deps.renderer.response(page, chrome: chrome, status: .ok)
        } else {
            response = Response.redirect(to: next ?? home, type: .normal)
        }
        response.setCookie(Cookies.session(token, deps.sessions))
        return response
    }

    func loginPage(
        _ context: AppRequestContext, email: String, next: String?, errors: [Feltmelding], summaryOnly: [Feltmelding], notice: MessageKey?,
        resume: TypedForm? = nil, status: HTTPResponse.Status
    ) throws -> Response {
        let (formToken, headers) = anonymousFormToken(context)
        let t = context.t
        let page = LoginPage(
            email: email, next: next, csrf: formToken, errors: errors, summaryOnly: summaryOnly,
            notice: notice.map(t.text), demoLogins: deps.isDemo ? AppDatabase.demoLogins : nil, resume: resume, t: t
        )
        return try deps.renderer.response(page, chrome: deps.chrome(.loggInn, context), status: status, headers: headers)
    }

    /// The form token of a page shown before login, with the header that sets its cookie when
    /// the browser has none yet.
    func anonymousFormToken(_ context: AppRequestContext) -> (String, HTTPFields) {
        if let session = context.session { return (session.csrfToken, [:]) }
        if let token = context.anonymousFormToken { return (token, [:]) }
        let token = SecureToken.make()
        return (token, [.setCookie: Cookies.formToken(token, deps.sessions).description])
    }

    /// "30 sekunder", "2 minutter".
    static func duration(_ seconds: TimeInterval) -> String {
        if seconds < 90 { return "\(Int(seconds)) sekunder" }
        let minutes = Int((seconds / 60).rounded(.up))
        return minutes == 1 ? "1 minutt" : "\(minutes) minutter"
    }

    // MARK: Logout and role

    func logout(_ context: AppRequestContext) async throws -> Response {
        var response = Response.redirect(to: SiteRoute.loggInn.path + "?utlogget=1", type: .normal)
        response.setCookie(Cookies.expired(Cookies.session, deps.sessions))
        guard let session = context.session else { return response }
        try await deps.database.deleteSession(tokenHash: session.tokenHash)
        try await deps.database.record(session.audit(deps.clock.now()).on(.loggUt, "bruker", String(session.bruker.id)))
        return response
    }

    func switchRole(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireSession(request)
        guard let id = Int64(context.form["tildeling"]), let grant = session.bruker.tildelinger.first(where: { $0.id == id }) else {
            throw HTTPError(.forbidden)
        }
        try await deps.database.setSessionRole(tokenHash: session.tokenHash, roleGrantId: grant.id)
        try await deps.database.record(session.audit(deps.clock.now()).on(
            .byttRolle, "bruker", String(session.bruker.id),
            before: AuditEvent.json(["rolle": session.tildeling.map { session.label($0, t: .bokmal) } ?? ""]),
            after: AuditEvent.json(["rolle": session.label(grant, t: .bokmal)])
        ))
        return .redirect(to: SiteRoute.hjem(grant.rolle.kind).path, type: .normal)
    }

    /// «Forbli innlogget»: the page's script asks before the idle timeout; the session counts
    /// as active from now.
    func renew(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireSession(request)
        try await deps.database.touchSession(tokenHash: session.tokenHash, now: deps.clock.now())
        return Response(status: .noContent, headers: [.cacheControl: "no-store"])
    }

    // MARK: One-time password link

    func showPassword(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        guard let bruker = try await deps.database.passwordTokenUser(tokenHash: SecureToken.hash(token), now: deps.clock.now()) else {
            throw HTTPError(.notFound)
        }
        return try passwordPage(context, token: token, bruker: bruker, errors: [], status: .ok)
    }

    func setPassword(_ context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        let hash = SecureToken.hash(token)
        let now = deps.clock.now()
        guard let bruker = try await deps.database.passwordTokenUser(tokenHash: hash, now: now) else { throw HTTPError(.notFound) }
        let password = context.form["passord"]
        let errors = context.t.meldinger(Passordregel.valider(passord: password, gjenta: context.form["gjenta"]))
        guard errors.isEmpty else { return try passwordPage(context, token: token, bruker: bruker, errors: errors, status: .unprocessableContent) }
        let passwordHash = try await deps.passwordHasher.hash(password)
        guard try await deps.database.setPassword(
            tokenHash: hash, passwordHash: passwordHash, now: now, audit: AuditEvent(at: now)
        ) != nil else { throw HTTPError(.notFound) }
        var response = Response.redirect(to: SiteRoute.loggInn.path + "?passord=satt", type: .normal)
        if context.session?.bruker.id == bruker.id { response.setCookie(Cookies.expired(Cookies.session, deps.sessions)) }
        return response
    }

    func passwordPage(_ context: AppRequestContext, token: String, bruker: Bruker, errors: [Feltmelding], status: HTTPResponse.Status) throws -> Response {
        let (formToken, headers) = anonymousFormToken(context)
        let page = PasswordPage(bruker: bruker, action: SiteRoute.settPassord(token: token).path, csrf: formToken, errors: errors, t: context.t)
        return try deps.renderer.response(page, chrome: deps.chrome(nil, context), status: status, headers: headers)
    }
}
