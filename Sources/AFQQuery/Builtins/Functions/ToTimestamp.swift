/// `timestamp(x)`: a string holding an ISO 8601 date or instant, or a number of seconds since
/// 1970 (as the AppFlow API sends them), as a timestamp (docs/language.md, "Time").
enum ToTimestamp {
    static let definition = FunctionDefinition(
        name: "timestamp", arity: 1...1, signature: "timestamp(x)",
        summary:
            "an ISO 8601 date or date-time string, or epoch seconds, as a timestamp; an unreadable string is an error",
        examples: [
            HelpExample(
                "connectors | where registeredAt >= timestamp(\"2024-02-01\") | get connectorLabel",
                #"""
                "acme.postgres-lambda"
                "acme-inventory-api"
                """#)
        ],
        resultType: { _ in .timestamp }
    ) { arguments, call throws(RuntimeError) in
        switch arguments[0] {
        case .null: return .null
        case .number(let seconds):
            let instant = Timestamp(secondsSince1970: seconds)
            guard instant.isRepresentable else {
                throw .invalidArgument(
                    function: "timestamp", message: "\(Value.numberText(seconds)) seconds since 1970 is out of range",
                    label: "timestamps run from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z",
                    call.argumentRange(0))
            }
            return .timestamp(instant)
        default:
            return try TimeArgument.instant(arguments, 0, call).map(Value.timestamp) ?? .null
        }
    }
}
