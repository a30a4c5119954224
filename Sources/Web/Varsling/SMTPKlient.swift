import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import Persistence

/// Where e-mail goes: a mail server (SMTP) or, without one, nowhere: the outbox keeps it.
public protocol Postbud: Sendable {
    /// Delivers `epost`; throws when the server refused it or could not be reached (the
    /// outbox tries again later).
    func send(_ epost: Epost, now: Date) async throws
    /// False when messages are only kept (no server configured).
    var leverer: Bool { get }
}

/// The mail server and the sender, from the environment (`SMTPInnstillinger.fraMiljo`).
public struct SMTPInnstillinger: Sendable, Equatable {
    public enum TLS: String, Sendable { case starttls, ingen }
    public var host: String
    public var port: Int
    public var tls: TLS
    public var bruker: String?
    public var passord: String?
    /// The sender address and the name shown with it.
    public var avsender: String
    public var avsendernavn: String
    /// A PEM file of certificates to trust besides the system's (a test server's own).
    public var sertifikatfil: String?
    /// The whole exchange must end within this long.
    public var tidsfrist: TimeAmount = .seconds(30)

    public init(host: String, port: Int = 587, tls: TLS = .starttls, bruker: String? = nil, passord: String? = nil,
                avsender: String, avsendernavn: String = "Behovsmelding", sertifikatfil: String? = nil) {
        self.host = host
        self.port = port
        self.tls = tls
        self.bruker = bruker
        self.passord = passord
        self.avsender = avsender
        self.avsendernavn = avsendernavn
        self.sertifikatfil = sertifikatfil
    }

    /// `BEHOVSMELDING_SMTP_HOST` (none: no server, messages are kept), `_PORT` (587),
    /// `_TLS` (`starttls`, the default, or `ingen` for a server on this machine), `_USER`,
    /// `_PASSWORD`, `_FROM` (the sender address), `_FROM_NAME`, `_CA_FILE`.
    public static func fraMiljo(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> SMTPInnstillinger? {
        func value(_ name: String) -> String? {
            guard let text = environment["BEHOVSMELDING_SMTP_" + name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        guard let host = value("HOST") else { return nil }
        guard let from = value("FROM"), from.contains("@") else { throw SMTPFeil.oppsett("BEHOVSMELDING_SMTP_FROM må være en e-postadresse") }
        var port = 587
        if let text = value("PORT") {
            guard let number = Int(text), (1...65_535).contains(number) else { throw SMTPFeil.oppsett("BEHOVSMELDING_SMTP_PORT er ikke et portnummer") }
            port = number
        }
        var tls = TLS.starttls
        if let text = value("TLS") {
            guard let choice = TLS(rawValue: text) else { throw SMTPFeil.oppsett("BEHOVSMELDING_SMTP_TLS må være starttls eller ingen") }
            tls = choice
        }
        return SMTPInnstillinger(host: host, port: port, tls: tls, bruker: value("USER"), passord: value("PASSWORD"), avsender: from,
                                 avsendernavn: value("FROM_NAME") ?? "Behovsmelding", sertifikatfil: value("CA_FILE"))
    }
}

public enum SMTPFeil: Error, CustomStringConvertible, Equatable {
    case oppsett(String)
    /// The server answered `kode` where another was expected.
    case svar(kode: Int, tekst: String)
    case brutt
    case ingenTLS

    public var description: String {
        switch self {
        case .oppsett(let text): text
        case .svar(let kode, let tekst): "SMTP \(kode): \(tekst)"
        case .brutt: "Forbindelsen til e-posttjeneren ble brutt eller tok for lang tid."
        case .ingenTLS: "E-posttjeneren tilbyr ikke STARTTLS."
        }
    }
}

/// Keeps every message in the outbox (no server configured): the «Sendt e-post» page shows them.
public struct HoldendePostbud: Postbud {
    public init() {}
    public var leverer: Bool { false }
    public func send(_ epost: Epost, now: Date) async throws {}
}

/// A small SMTP client (RFC 5321) on SwiftNIO: EHLO, STARTTLS (RFC 3207) when configured,
/// AUTH PLAIN (RFC 4616) when a user is set, then one message. One connection per message:
/// notifications are few, and a failed one does not hold others back.
public struct SMTPPostbud: Postbud {
    public let innstillinger: SMTPInnstillinger
    let tlsKontekst: NIOSSLContext?

    public init(_ innstillinger: SMTPInnstillinger) throws {
        self.innstillinger = innstillinger
        if innstillinger.tls == .starttls {
            var configuration = TLSConfiguration.makeClientConfiguration()
            if let file = innstillinger.sertifikatfil {
                configuration.additionalTrustRoots = [.file(file)]
            }
            tlsKontekst = try NIOSSLContext(configuration: configuration)
        } else {
            tlsKontekst = nil
        }
    }

    public var leverer: Bool { true }

    public func send(_ epost: Epost, now: Date) async throws {
        let settings = innstillinger
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(10))
            .connect(host: settings.host, port: settings.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPLinjer()))
                    return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let deadline = channel.channel.eventLoop.scheduleTask(in: settings.tidsfrist) { channel.channel.close(promise: nil) }
        defer { deadline.cancel() }
        let message = Epostmelding.tekst(epost, fra: settings.avsender, fraNavn: settings.avsendernavn, dato: now)
        try await channel.executeThenClose { inbound, outbound in
            var lines = inbound.makeAsyncIterator()
            func reply(_ expected: Int) async throws -> [String] {
                var text: [String] = []
                while let line = try await lines.next() {
                    text.append(String(line.dropFirst(4)))
                    let code = Int(line.prefix(3)) ?? 0
                    // «250-…» continues, «250 …» ends a reply.
                    if line.count < 4 || line[line.index(line.startIndex, offsetBy: 3)] == " " {
                        guard code == expected else { throw SMTPFeil.svar(kode: code, tekst: text.joined(separator: " ")) }
                        return text
                    }
                }
                throw SMTPFeil.brutt
            }
            func command(_ line: String, _ expected: Int) async throws -> [String] {
                try await outbound.write(ByteBuffer(string: line + "\r\n"))
                return try await reply(expected)
            }
            let name = "behovsmelding.localhost"
            _ = try await reply(220)
            var extensions = try await command("EHLO \(name)", 250)
            if let context = tlsKontekst {
                guard extensions.contains(where: { $0.uppercased().hasPrefix("STARTTLS") }) else { throw SMTPFeil.ingenTLS }
                _ = try await command("STARTTLS", 220)
                let handler = try NIOSSLClientHandler(context: context, serverHostname: settings.host.first?.isNumber == true ? nil : settings.host)
                try await channel.channel.pipeline.addHandler(handler, position: .first)
                extensions = try await command("EHLO \(name)", 250)
            }
            if let user = settings.bruker {
                let token = Data(("\0" + user + "\0" + (settings.passord ?? "")).utf8).base64EncodedString()
                _ = try await command("AUTH PLAIN \(token)", 235)
            }
            _ = try await command("MAIL FROM:<\(settings.avsender)>", 250)
            _ = try await command("RCPT TO:<\(epost.til)>", 250)
            _ = try await command("DATA", 354)
            _ = try await command(message + "\r\n.", 250)
            _ = try? await command("QUIT", 221)
        }
    }
}

/// Splits the server's replies into lines (CRLF, or a bare LF from a lenient server).
struct SMTPLinjer: ByteToMessageDecoder {
    typealias InboundOut = String

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let end = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > 4096 { throw SMTPFeil.brutt }
            return .needMoreData
        }
        let length = end - buffer.readerIndex
        var line = buffer.readString(length: length) ?? ""
        buffer.moveReaderIndex(forwardBy: 1)
        if line.hasSuffix("\r") { line.removeLast() }
        context.fireChannelRead(wrapInboundOut(line))
        return .continue
    }
}

/// One message in Internet Message Format (RFC 5322) with MIME (RFC 2045–2047): UTF-8 text,
/// base64 body (no line starts with a dot, and no 8-bit transport is needed), encoded-word
/// headers for the Norwegian letters.
enum Epostmelding {
    static func tekst(_ epost: Epost, fra: String, fraNavn: String, dato: Date) -> String {
        let body = Data(epost.tekst.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n").utf8)
            .base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        let headers = [
            "Date: " + datoTekst(dato),
            "From: " + ord(fraNavn) + " <\(fra)>",
            "To: " + ord(epost.navn) + " <\(epost.til)>",
            "Subject: " + ord(epost.emne),
            "Message-ID: <\(epost.messageId)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "Auto-Submitted: auto-generated",
        ]
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + body
    }

    /// A header text as RFC 2047 encoded words of at most 39 bytes of text (64 characters encoded),
    /// folded between them, so a header line stays under 78 characters;
    /// plain ASCII without specials stays as it is.
    static func ord(_ text: String) -> String {
        let clean = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if clean.allSatisfy({ $0.isASCII && $0 != "=" && $0 != "?" && $0 != "\"" && $0 != "<" && $0 != ">" && $0 != "," }), clean.count < 60 {
            return clean
        }
        var words: [String] = []
        var chunk = ""
        for character in clean {
            if (chunk + String(character)).utf8.count > 39 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?utf-8?B?" + Data($0.utf8).base64EncodedString() + "?=" }.joined(separator: "\r\n ")
    }

    /// RFC 5322 date-time, in UTC.
    static func datoTekst(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
