/// A secret value (secret access key, session token, bearer token) that never prints itself.
///
/// `description`, `debugDescription`, string interpolation, `dump` and `Mirror` all show
/// `<redacted>`; the value is reachable only through `reveal()`, so every place that really
/// needs it is easy to find. No secret is ever printed (docs/live.md, "Secrets").
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let value: String

    public init(_ value: String) {
        self.value = value
    }

    /// The secret itself: for the signer and for headers sent to credential endpoints, never
    /// for output.
    public func reveal() -> String { value }

    public var isEmpty: Bool { value.isEmpty }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
