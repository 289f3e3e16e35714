import AFQQuery

/// One API call as afq records it (docs/recording.md): where, what was asked, when, and the
/// body that came back (or the error). Only bodies: never a header, credential or signature.
///
/// The response is kept as the bytes received, not as a parsed value: an organisation's
/// thousands of responses would otherwise be held as trees many times their size until the
/// fetch ends, and the recording keeps the body exactly as the service sent it.
public struct RecordingEntry: Sendable {
    public var region: String
    public var accountId: String?
    /// The account's name in the organisation, where afq listed it (`--org`).
    public var accountName: String?
    public var operation: AppFlowOperation
    public var request: Record
    public var time: Timestamp
    public var outcome: Outcome

    public enum Outcome: Sendable {
        /// The response body: valid JSON (it was parsed), on one line.
        case response(JSONLine)
        case error(code: String, message: String, status: Int?)
    }

    /// The recording line: one compact JSON object, without its line end.
    public var jsonLine: [UInt8] {
        var line = Record()
        line.appendUnchecked(AFQRecording.Key.version, .number(Double(AFQRecording.version)))
        line.appendUnchecked(AFQRecording.Key.region, .string(region))
        if let accountId { line.appendUnchecked(AFQRecording.Key.accountId, .string(accountId)) }
        if let accountName { line.appendUnchecked(AFQRecording.Key.accountName, .string(accountName)) }
        line.appendUnchecked(AFQRecording.Key.operation, .string(operation.rawValue))
        line.appendUnchecked(AFQRecording.Key.request, .record(request))
        line.appendUnchecked(AFQRecording.Key.time, .string(time.iso8601))
        switch outcome {
        case .response(let body):
            // `{…}` without its closing brace, then `,"response":BODY}`, in a buffer of the exact
            // size (responses are most of a fetch's memory).
            let head = JSONText.compact(.record(line)).utf8.dropLast()
            let member = ",\"\(AFQRecording.Key.response)\":".utf8
            var bytes: [UInt8] = []
            bytes.reserveCapacity(head.count + member.count + body.bytes.count + 1)
            bytes += head
            bytes += member
            bytes += body.bytes
            bytes.append(UInt8(ascii: "}"))
            return bytes
        case .error(let code, let message, let status):
            var error: Record = ["code": .string(code), "message": .string(message)]
            if let status { error["status"] = .number(Double(status)) }
            line.appendUnchecked(AFQRecording.Key.error, .record(error))
            return Array(JSONText.compact(.record(line)).utf8)
        }
    }
}

/// A JSON text that fits on one line of a JSON Lines file.
public struct JSONLine: Sendable {
    public let bytes: [UInt8]

    /// `bytes` must be valid JSON (the caller parsed it). Line ends in valid JSON can only be
    /// whitespace between tokens (inside strings they are escaped), so they become spaces.
    public init(validJSON bytes: [UInt8]) {
        if bytes.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            self.bytes = bytes.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
        } else {
            self.bytes = bytes
        }
    }
}
