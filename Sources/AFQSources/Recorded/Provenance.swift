import AFQQuery

/// Where rows come from, as the keys `region`, `accountId` and `accountName` beside a response's
/// rows say it (docs/recording.md, "What afq reads": Provenance; `RecordedShape` names the members
/// that hold rows).
struct Provenance {
    var region: String?
    var account: String?
    var accountName: String?

    init(region: String? = nil, account: String? = nil, accountName: String? = nil) {
        self.region = region
        self.account = account
        self.accountName = accountName
    }

    /// The provenance keys of `object`, a response, an array element or a recording line; each must
    /// be a string when present (account IDs may start with 0).
    init(of object: Record, path: [JSONPathComponent]) throws(ShapeFailure) {
        region = try Provenance.string(AFQRecording.Key.region, in: object, path: path)
        account = try Provenance.string(AFQRecording.Key.accountId, in: object, path: path)
        accountName = try Provenance.string(AFQRecording.Key.accountName, in: object, path: path)
    }

    private static func string(_ key: String, in object: Record, path: [JSONPathComponent]) throws(ShapeFailure)
        -> String?
    {
        switch object[key] ?? .null {
        case .null: return nil
        case .string(let text): return text
        case let other:
            throw ShapeFailure(.wrongType, "`\(key)` must be a string, found \(other.article)", at: path + [.key(key)])
        }
    }

    /// These values, with the gaps filled from `other`.
    func filled(from other: Provenance) -> Provenance {
        Provenance(
            region: region ?? other.region, account: account ?? other.account,
            accountName: accountName ?? other.accountName)
    }
}
