/// One row of a source with where it came from, which the language shows as `$source`
/// (docs/language.md, "Variables"): rows themselves hold only what the API returned.
public struct Row: Sendable {
    public var value: Value
    public var source: RowSource

    public init(_ value: Value, source: RowSource = RowSource()) {
        self.value = value
        self.source = source
    }
}

/// Provenance of a row: `$source.region`, `$source.account`, `$source.accountName`,
/// `$source.file`; nil where not known.
public struct RowSource: Sendable, Hashable {
    public var region: String?
    public var account: String?
    /// The account's name in its AWS organisation, where the data says it.
    public var accountName: String?
    public var file: String?

    public init(region: String? = nil, account: String? = nil, accountName: String? = nil, file: String? = nil) {
        self.region = region
        self.account = account
        self.accountName = accountName
        self.file = file
    }

    /// The record `$source` evaluates to; unknown members read as null.
    public var value: Value {
        .record([
            "region": region.map(Value.string) ?? .null,
            "account": account.map(Value.string) ?? .null,
            "accountName": accountName.map(Value.string) ?? .null,
            "file": file.map(Value.string) ?? .null,
        ])
    }
}

extension RowSource {
    /// The same strings in the same storage (the same inline text, or one shared buffer): then
    /// the same text, without comparing it.
    package func isStoredIdentically(to other: RowSource) -> Bool {
        func bits(_ text: String?) -> (UInt64, UInt64) {
            text?.storageBits ?? (0, 0)
        }
        return bits(region) == bits(other.region) && bits(account) == bits(other.account)
            && bits(accountName) == bits(other.accountName) && bits(file) == bits(other.file)
            && (region == nil) == (other.region == nil) && (account == nil) == (other.account == nil)
            && (accountName == nil) == (other.accountName == nil) && (file == nil) == (other.file == nil)
    }
}
