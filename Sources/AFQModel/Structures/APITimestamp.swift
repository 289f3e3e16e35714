import AFQQuery

/// A timestamp as AppFlow and the AWS CLI write it, decoded into an absolute instant; the model
/// type that makes a member a `timestamp` in the schema.
///
/// On the wire a timestamp is a number of seconds since the epoch, integral or fractional (Amazon
/// AppFlow API Reference, ConnectorConfiguration: `registeredAt`); the AWS CLI prints ISO 8601 in
/// the local offset of the machine that ran it (`2021-02-03T01:47:58.123000-08:00`); hand-edited
/// recordings may quote the number. All of these are accepted (docs/recording.md, "What afq
/// reads"). Encoding writes the wire form, epoch seconds.
public struct APITimestamp: Codable, Hashable, Sendable, CustomStringConvertible {
    public var timestamp: Timestamp

    public init(_ timestamp: Timestamp) {
        self.timestamp = timestamp
    }

    public init(secondsSince1970: Double) {
        self.timestamp = Timestamp(secondsSince1970: secondsSince1970)
    }

    /// Reads the text forms: a decimal number of epoch seconds (`"1612345678.5"`), else ISO 8601
    /// with any offset. Nil for anything else, including non-finite numbers, text around a
    /// timestamp, and instants outside years 0001 to 9999 (`Timestamp.isRepresentable`). The one
    /// rule for which texts are timestamps: the reader converts recorded text at the schema's
    /// timestamp paths with it too (AFQSources' `TimestampPaths`), byte by byte because it may run
    /// for every row.
    public init?(text: String) {
        guard case .timestamp(let timestamp) = APITimestamp.reading(text) else { return nil }
        self = timestamp
    }

    /// What a text says as a timestamp, telling a well-formed instant afq cannot write
    /// (`1e20`, year 0000) from text that is no timestamp at all, so a warning can say which.
    public enum Reading: Sendable, Hashable {
        case timestamp(APITimestamp)
        case outOfRange
        case notATimestamp
    }

    public static func reading(_ text: String) -> Reading {
        let instant: Timestamp
        if !text.isEmpty, text.utf8.allSatisfy(APITimestamp.isNumberByte) {
            // Only number syntax: rules out `nan`, `inf` and hex, which `Double(_:)` accepts.
            guard let seconds = Double(text) else { return .notATimestamp }
            instant = Timestamp(secondsSince1970: seconds)
        } else if let parsed = Timestamp(iso8601Syntax: text) {
            instant = parsed
        } else {
            return .notATimestamp
        }
        return instant.isRepresentable ? .timestamp(APITimestamp(instant)) : .outOfRange
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "e")
            || byte == UInt8(ascii: "E")
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
        guard Timestamp(secondsSince1970: seconds).isRepresentable else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "timestamp \(seconds) is outside years 0001 to 9999")
        }
        self.init(secondsSince1970: seconds)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(timestamp.secondsSince1970)
    }

    /// ISO 8601 UTC, as afq prints timestamps (docs/language.md, "Output").
    public var description: String { timestamp.iso8601 }
}
