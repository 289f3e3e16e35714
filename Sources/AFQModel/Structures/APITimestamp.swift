import AFQQuery

/// A timestamp as AppFlow and the AWS CLI write it, decoded into an absolute instant.
///
/// On the wire a timestamp is a number of seconds since the epoch, integral or fractional; the AWS
/// CLI prints ISO 8601 in the local offset of the machine that ran it
/// (`2021-02-03T01:47:58.123000-08:00`); hand-edited recordings may quote the number. All of these
/// are accepted. Encoding writes the wire form, epoch seconds (appflow-api §3.3).
public struct APITimestamp: Codable, Hashable, Sendable, CustomStringConvertible {
    public var timestamp: Timestamp

    public init(_ timestamp: Timestamp) {
        self.timestamp = timestamp
    }

    public init(secondsSince1970: Double) {
        self.timestamp = Timestamp(secondsSince1970: secondsSince1970)
    }

    /// Reads the text forms: a decimal number of epoch seconds, or ISO 8601 with `Z`, an offset or
    /// no zone (UTC). Nil for anything else, including non-finite numbers.
    public init?(text: String) {
        let trimmed = text.trimmingWhitespace()
        if let seconds = Double(trimmed), seconds.isFinite, trimmed.allSatisfy(\.isNumberSyntax) {
            self.init(secondsSince1970: seconds)
        } else if let timestamp = Timestamp(iso8601: trimmed) {
            self.init(timestamp)
        } else {
            return nil
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            guard let parsed = APITimestamp(text: text) else {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: "expected epoch seconds or an ISO 8601 date-time, found \"\(text)\"")
            }
            self = parsed
            return
        }
        let seconds = try container.decode(Double.self)
        guard seconds.isFinite else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "timestamp is not finite")
        }
        self.init(secondsSince1970: seconds)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(timestamp.secondsSince1970)
    }

    /// ISO 8601 UTC, as afq prints timestamps (afq-language §8).
    public var description: String { timestamp.iso8601 }
}

extension Character {
    /// Characters of a plain decimal number; rules out `nan`, `inf` and hex, which `Double(_:)` accepts.
    fileprivate var isNumberSyntax: Bool {
        isASCII && (isNumber || self == "." || self == "-" || self == "+" || self == "e" || self == "E")
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
