import AFQQuery

/// One API call as afq records it (docs/recording.md): where, what was asked, when, and the
/// body that came back (or the error). Only bodies: never a header, credential or signature.
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
        case response(Value)
        case error(code: String, message: String, status: Int?)
    }

    /// The recording line: one compact JSON object.
    public var jsonLine: String {
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
            line.appendUnchecked(AFQRecording.Key.response, body)
        case .error(let code, let message, let status):
            var error: Record = ["code": .string(code), "message": .string(message)]
            if let status { error["status"] = .number(Double(status)) }
            line.appendUnchecked(AFQRecording.Key.error, .record(error))
        }
        return JSONText.compact(.record(line))
    }
}
