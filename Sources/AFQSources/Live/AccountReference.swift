/// An AWS account as afq names it in rows and messages: its id and, where known, its name in
/// the organisation and the profile that reached it.
public struct AccountReference: Sendable, Hashable, CustomStringConvertible {
    /// Twelve digits; nil when neither the credentials nor STS could tell.
    public var id: String?
    /// The account's name in AWS Organizations (`--org`).
    public var name: String?
    /// The profile whose credentials act in it (`--profile a,b`).
    public var profile: String?

    public init(id: String?, name: String? = nil, profile: String? = nil) {
        self.id = id
        self.name = name
        self.profile = profile
    }

    /// `111122223333 (prod-data)`, `111122223333 (profile prod)`, or `profile prod`.
    public var description: String {
        let label = name ?? profile.map { "profile \($0)" }
        switch (id, label) {
        case (let id?, let label?): return "\(id) (\(label))"
        case (let id?, nil): return id
        case (nil, let label?): return label
        case (nil, nil): return "unknown"
        }
    }
}
