/// The SigV4 canonical request and the pieces that go into it (IAM User Guide, "Create a signed
/// AWS API request", step 1: "Create a canonical request").
struct CanonicalRequest {
    /// Lower-case, sorted names joined with `;`.
    let signedHeaders: String
    /// The six lines joined with `\n`.
    let text: String

    /// - Parameters:
    ///   - headers: the headers that will be sent, `host` included.
    init(
        method: String, url: RequestURL, headers: [(name: String, value: String)], selection: SignedHeaderSelection,
        body: [UInt8]
    ) {
        var values: [String: [String]] = [:]
        for header in headers {
            let name = header.name.lowercased()
            guard selection.includes(name) else { continue }
            values[name, default: []].append(CanonicalRequest.normalize(header.value))
        }
        let names = values.keys.sorted()
        // CanonicalHeaders: `name:value\n` per header; repeated headers are joined with commas.
        let canonicalHeaders = names.map { "\($0):\(values[$0, default: []].joined(separator: ","))\n" }.joined()
        signedHeaders = names.joined(separator: ";")
        text = [
            method.uppercased(),
            CanonicalRequest.canonicalURI(url.path),
            CanonicalRequest.canonicalQuery(url.query),
            canonicalHeaders,
            signedHeaders,
            Hex.sha256(body),
        ].joined(separator: "\n")
    }

    /// Trimmed, with inner runs of whitespace collapsed to one space (CanonicalHeaders).
    static func normalize(_ value: String) -> String {
        value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).joined(
            separator: " ")
    }

    /// Each path segment URI-encoded again, as botocore does for every service but S3: an
    /// already percent-encoded `%20` becomes `%2520` (CanonicalUri). No dot-segment removal.
    static func canonicalURI(_ path: String) -> String {
        guard !path.isEmpty else { return "/" }
        return path.split(separator: "/", omittingEmptySubsequences: false).map { uriEncode(Array($0.utf8)) }.joined(
            separator: "/")
    }

    /// Parameters percent-decoded (a `+` stays a plus), then URI-encoded and sorted by name then value; `""` without a
    /// query (AppFlow has none; CanonicalQueryString).
    static func canonicalQuery(_ query: String?) -> String {
        guard let query, !query.isEmpty else { return "" }
        let pairs = query.split(separator: "&").map { pair -> (String, String) in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = uriEncode(percentDecode(parts[0]))
            let value = parts.count > 1 ? uriEncode(percentDecode(parts[1])) : ""
            return (name, value)
        }
        return pairs.sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }.map { "\($0.0)=\($0.1)" }.joined(
            separator: "&")
    }

    /// RFC 3986 encoding: everything but `A–Z a–z 0–9 - _ . ~` as `%XX` (upper-case hex).
    static func uriEncode(_ bytes: [UInt8]) -> String {
        var out = ""
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + Hex.encode([byte]).uppercased()
            }
        }
        return out
    }

    static func percentDecode(_ text: Substring) -> [UInt8] {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
