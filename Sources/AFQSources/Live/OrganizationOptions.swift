/// `--org` and its options: which accounts of the organisation to fetch, and the role to assume
/// in each (docs/live.md, "A whole organisation").
public struct OrganizationOptions: Sendable, Equatable {
    /// The role Organizations creates in the accounts it creates.
    public static let defaultRoleName = "OrganizationAccountAccessRole"

    /// `--role-name`: assumed in every member account as `arn:aws:iam::<id>:role/<name>`.
    public var roleName: String
    /// `--accounts`: only these account ids (nil: every active account).
    public var accounts: [String]?
    /// `--skip-accounts`: never these.
    public var skipAccounts: [String]
    /// `--org-unit`: only accounts under these organisational units or roots, at any depth.
    public var units: [String]

    public init(
        roleName: String = OrganizationOptions.defaultRoleName, accounts: [String]? = nil, skipAccounts: [String] = [],
        units: [String] = []
    ) {
        self.roleName = roleName
        self.accounts = accounts
        self.skipAccounts = skipAccounts
        self.units = units
    }
}
