/// Who a set of credentials is, as STS GetCallerIdentity answers (AWS STS API Reference,
/// "GetCallerIdentity"): works with any valid credentials, needs no permission.
public struct CallerIdentity: Sendable, Equatable, CustomStringConvertible {
    /// The 12-digit account id.
    public let account: String
    /// e.g. `arn:aws:iam::123456789012:user/alice` or an `assumed-role` session ARN.
    public let arn: String
    /// e.g. `AIDA…` for a user, `AROA…:session` for a role session.
    public let userId: String

    public init(account: String, arn: String, userId: String) {
        self.account = account
        self.arn = arn
        self.userId = userId
    }

    public var description: String { "CallerIdentity(\(arn), account \(account))" }
}
