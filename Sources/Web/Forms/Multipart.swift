import Domain
import Foundation
import Hummingbird
import MultipartKit

/// A `multipart/form-data` body (a form with a file), read with MultipartKit: its text fields
/// as a `FormData`, its files by field name.
enum Multipart {
    struct Parsed: Sendable {
        let form: FormData
        let files: [String: Nettverksdokument.Fil]
    }

    /// The boundary of a `multipart/form-data` content type; nil for any other.
    static func boundary(_ contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data"),
              let value = parameter("boundary", of: contentType), !value.isEmpty, value.count <= 70 else { return nil }
        return value
    }

    /// The value of parameter `name` of a header value such as `form-data; name="fil";
    /// filename="a.pdf"` (quotes removed); nil when it has none.
    static func parameter(_ name: String, of header: String) -> String? {
        for parameter in header.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == name {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    /// The parts of `body`; a malformed body or more than `maxFields` parts is a bad request.
    static func parse(_ body: ByteBuffer, boundary: String, maxFields: Int) throws -> Parsed {
        let parser = MultipartParser(boundary: boundary)
        var parts: [MultipartPart] = []
        var headers = HTTPHeaders()
        var current = ByteBuffer()
        parser.onHeader = { name, value in headers.add(name: name, value: value) }
        parser.onBody = { chunk in current.writeBuffer(&chunk) }
        parser.onPartComplete = {
            parts.append(MultipartPart(headers: headers, body: current))
            headers = HTTPHeaders()
            current = ByteBuffer()
        }
        do {
            try parser.execute(body)
        } catch {
            throw HTTPError(.badRequest)
        }
        guard parts.count <= maxFields else { throw HTTPError(.contentTooLarge) }
        var fields: [(String, String)] = []
        var files: [String: Nettverksdokument.Fil] = [:]
        for part in parts {
            guard let name = part.name else { continue }
            let bytes = Array(part.body.readableBytesView)
            if let filename = part.headers.first(name: "Content-Disposition").flatMap({ Self.parameter("filename", of: $0) }) {
                // A file input left empty sends a part with an empty name and no bytes.
                if !filename.isEmpty || !bytes.isEmpty { files[name] = Nettverksdokument.Fil(navn: filename, innhold: bytes) }
            } else {
                fields.append((name, String(decoding: bytes, as: UTF8.self)))
            }
        }
        return Parsed(form: FormData(fields: fields), files: files)
    }
}
