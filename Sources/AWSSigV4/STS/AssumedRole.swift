/// Temporary credentials from STS AssumeRole or AssumeRoleWithWebIdentity (AWS STS API
/// Reference, "AssumeRole", "Response Elements"), with the assumed role's session ARN.
///
/// `credentials.accountId` is the account of `arn` (`arn:aws:sts::<account>:assumed-role/…`),
/// so callers know which account they act in without calling GetCallerIdentity.
public struct AssumedRole: Sendable, Equatable, CustomStringConvertible {
    /// Expiration set; source `.assumedRole(roleArn:)` or `.webIdentity(roleArn:)`.
    public let credentials: Credentials
    /// `AssumedRoleUser/Arn`, e.g. `arn:aws:sts::444455556666:assumed-role/AppFlowRead/afq-1`.
    public let arn: String
    /// `AssumedRoleUser/AssumedRoleId`, e.g. `AROA…:afq-1`, when the answer has it.
    public let assumedRoleId: String?

    public init(credentials: Credentials, arn: String, assumedRoleId: String?) {
        self.credentials = credentials
        self.arn = arn
        self.assumedRoleId = assumedRoleId
    }

    /// The account the role is in.
    public var accountId: String? { credentials.accountId }

    public var description: String { "AssumedRole(\(arn), \(credentials))" }

    /// The account field of an ARN (`arn:partition:service:region:account:resource`), `nil`
    /// when the ARN has none.
    public static func account(ofARN arn: String) -> String? {
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", !parts[4].isEmpty else { return nil }
        return String(parts[4])
    }
}
