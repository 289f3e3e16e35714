/// The body of an AWS query-protocol request: `Action`, `Version`, then the parameters, as
/// `application/x-www-form-urlencoded` (AWS STS API Reference, "Making Query Requests";
/// HTML Living Standard, "application/x-www-form-urlencoded serializing").
///
/// Every byte but the RFC 3986 unreserved characters is percent-encoded, so an ARN's `:` and
/// `/` travel as `%3A` and `%2F` exactly as the AWS CLI sends them; a space becomes `%20`,
/// which form decoders read as they read `+`.
///
/// Printing a form shows the parameter names only: a web identity token travels in it.
struct QueryForm: Sendable, CustomStringConvertible, CustomReflectable {
    private(set) var fields: [(name: String, value: String)]

    /// - Parameter version: the API version, `2011-06-15` for STS.
    init(action: String, version: String) {
        fields = [(name: "Action", value: action), (name: "Version", value: version)]
    }

    /// Appends a parameter; `nil` values are left out.
    mutating func add(_ name: String, _ value: String?) {
        guard let value else { return }
        fields.append((name: name, value: value))
    }

    /// `Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3A…`.
    var encoded: String {
        fields.map { QueryForm.encode($0.name) + "=" + QueryForm.encode($0.value) }.joined(separator: "&")
    }

    var description: String { "QueryForm(\(fields.map(\.name).joined(separator: ", ")))" }

    var customMirror: Mirror { Mirror(self, children: ["names": fields.map(\.name)], displayStyle: .struct) }

    /// Percent-encodes every UTF-8 byte outside `A–Z a–z 0–9 - _ . ~`, in upper-case hex.
    static func encode(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(hex[Int(byte >> 4)])
                result.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }
}
