/// afq's own recording format (docs/recording.md): JSON Lines, one API call per line:
///
/// ```
/// {"afqRecording": 1, "region": "us-east-1", "accountId": "123456789012",
///  "operation": "DescribeConnectors", "request": {"maxResults": 100},
///  "time": "2025-05-04T12:00:00Z", "response": {"connectorConfigurations": {...}}}
/// ```
///
/// A failed call has `error` (`{"code": ..., "message": ...}`) instead of `response`. Credentials,
/// signatures and session tokens are never written; `nextToken` values stay opaque strings.
public enum AFQRecording {
    /// The format version this afq writes and reads, the value of `afqRecording`.
    public static let version = 1

    /// The members of a recording line, in the order afq writes them.
    public enum Key {
        public static let version = "afqRecording"
        public static let region = "region"
        public static let accountId = "accountId"
        public static let accountName = "accountName"
        public static let operation = "operation"
        public static let request = "request"
        public static let time = "time"
        public static let response = "response"
        public static let error = "error"
    }

    /// Operations whose responses feed the `connectors` source; lines for other operations are
    /// skipped, reserved for later sources (`profiles`, `flows`, `entities`).
    public static let connectorOperations: Set<String> = ["DescribeConnectors", "DescribeConnector", "ListConnectors"]
}
