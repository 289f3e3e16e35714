import AFQQuery

/// One connector of one side of a comparison, as `changes` keeps it: its identity, the digest of
/// its configuration, and only the part of the configuration the query reads.
struct ChangeEntry: Sendable {
    var identity: ConnectorIdentity?
    /// Nil until it is needed, for a row of the held side read from bytes (`location`), or for a
    /// streamed row the same, byte for byte, as its held counterpart (whose digest it is).
    var digest: ConfigurationDigest?
    /// The hash of the bytes the row was read from (`ChangeHash.of(row:type:)`); nil when it
    /// was not read from bytes.
    var bytesHash: UInt64?
    /// Where the row's bytes are in its side's inputs, to digest it once needed.
    var location: RowLocation?
    /// Where the held side's table has this connector, when the worker that read the row looked.
    var heldPlace: Int?
    /// The configuration's top-level keys the query reads from `before` or `after`; `null` when it
    /// reads neither.
    var kept: Value
    var source: RowSource
    var connectorType: String?
    var connectorLabel: String?
    /// The row's place in its side's reading order, which orders the result.
    var ordinal: Int

    init(
        _ row: Row, identity: ConnectorIdentity?, digest: ConfigurationDigest?, bytesHash: UInt64? = nil,
        keeping demand: FieldDemand?, ordinal: Int
    ) {
        self.identity = identity
        self.digest = digest
        self.bytesHash = bytesHash
        kept = ChangeEntry.kept(row.value, demand: demand)
        source = row.source
        connectorType = row.value["connectorType"].stringValue
        connectorLabel = row.value["connectorLabel"].stringValue
        self.ordinal = ordinal
    }

    /// The part of a configuration kept for the result: all of it, the demanded top-level keys,
    /// or nothing.
    static func kept(_ value: Value, demand: FieldDemand?) -> Value {
        guard let demand else { return .null }
        guard let keys = demand.keys, case .record(let record) = value else { return value }
        var kept = Record()
        for (key, member) in record.fields where keys.contains(key) { kept.appendUnchecked(key, member) }
        return .record(kept)
    }
}

extension ChangeEntry {
    /// What tells a copy of a connector in one snapshot from another copy.
    struct Copy {
        var bytesHash: UInt64?
        var fingerprint: UInt64?
        var file: String?
    }

    var copy: Copy { Copy(bytesHash: bytesHash, fingerprint: digest?.fingerprint, file: source.file) }
}

extension ChangeEntry.Copy {
    /// Whether two copies have the same configuration: the same bytes, or equal digests; nil when
    /// that needs a digest not made yet.
    func isSame(as other: ChangeEntry.Copy) -> Bool? {
        if let mine = bytesHash, let theirs = other.bytesHash, mine == theirs { return true }
        if let mine = fingerprint, let theirs = other.fingerprint { return mine == theirs }
        return nil
    }
}

/// The entries of one batch of rows, and the texts of the paths the batch met.
struct ChangeEntryBatch: Sendable {
    var entries: [ChangeEntry]
    var pathTexts: [(UInt64, String)]
}
