/// A member account as AWS Organizations lists it (ListAccounts, ListAccountsForParent).
public struct OrganizationAccount: Sendable, Equatable {
    public var id: String
    public var name: String?
    /// `ACTIVE`, `SUSPENDED` or `PENDING_CLOSURE`; only active accounts can be reached.
    public var status: String

    public init(id: String, name: String?, status: String) {
        self.id = id
        self.name = name
        self.status = status
    }

    public var isActive: Bool { status == "ACTIVE" }
}
