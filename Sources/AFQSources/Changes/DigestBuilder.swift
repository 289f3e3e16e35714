import AFQQuery

/// Builds digests (`ConfigurationDigest`) on a worker thread, from a configuration's value or
/// straight from its JSON bytes (`DigestBuilder+Bytes.swift`), noting the text of each path it
/// has not seen lately, so the texts of the paths that differ can be named without building a
/// string per field of every row.
struct DigestBuilder {
    /// The hash a path starts from (the configuration itself).
    static let rootPath: UInt64 = 0x636F_6E66_6967
    /// Records nested deeper than this are compared whole rather than field by field: the model's
    /// deepest is four levels, and the walk must stay bounded whatever the data holds.
    static let maxRecordDepth = 32

    /// A key of the path being walked: a `String` of a built value, or the key's bytes in the
    /// input a digest is being made from (valid only while that digest is made).
    enum PathKey {
        case text(String)
        case bytes(UnsafeBufferPointer<UInt8>)

        var text: String {
            switch self {
            case .text(let text): return text
            case .bytes(let bytes): return String(decoding: bytes, as: UTF8.self)
            }
        }
    }

    /// The hashes of the paths compared as sets (`ConnectorConfiguration.setValuedListPaths`):
    /// about twenty, so a scan beats hashing the hash.
    let setPaths: [UInt64]
    /// A bit per set path (by its low six bits), so most paths are known not to be one at a glance.
    let setPathBits: UInt64
    /// The top-level members where the schema expects timestamps, by the `KeyHash` of their
    /// names: a digest made from bytes builds these members and converts them as loading does.
    let timestampMembers: [(keyHash: UInt64, name: String, paths: TimestampPaths)]
    /// Path texts found since the builder was made: each distinct path at least once.
    private(set) var pathTexts: [(UInt64, String)] = []
    /// A small direct-mapped memory of paths already noted, so a path's text is built about once
    /// per batch; a collision only builds a text twice.
    private var noted = [UInt64](repeating: 0, count: 256)
    /// The keys of the records being walked, for the text of a path.
    var components: [PathKey] = []
    var leaves: [ConfigurationDigest.Leaf] = []
    /// The `KeyHash`es of the keys of the objects being stepped over from bytes, innermost last,
    /// to find a key that repeats (`DigestBuilder+Bytes.swift`).
    var objectKeyHashes: [UInt64] = []
    /// The element hashes of the set-valued lists being hashed from bytes, innermost last.
    var setElementHashes: [UInt64] = []
    /// The digests made from bytes in this batch, by the hash of the bytes (`ChangeHash.of(row:type:)`):
    /// an inventory repeats each AWS-managed connector's configuration, byte for byte, in every
    /// account and region, and a repeat is then not walked again.
    var digests: [UInt64: ConfigurationDigest] = [:]
    /// At most this many (a whole document is one batch, however large).
    static let rememberedDigests = 4096
    /// The hashes of a keys array's keys, by the array's storage: rows of one shape share their
    /// keys array, so each key is hashed about once per shape rather than once per row. The keys
    /// are held, so a remembered address cannot be reused by another array.
    private var keyHashes: [(identity: UInt, keys: [String], hashes: [UInt64])] = Array(
        repeating: (0, [], []), count: 64)

    /// `timestamps`: where the rows digested from bytes hold timestamps (the reading's own).
    init(setPaths: Set<UInt64>, timestamps: TimestampPaths = TimestampPaths()) {
        self.setPaths = Array(setPaths)
        setPathBits = setPaths.reduce(0) { $0 | 1 << ($1 & 63) }
        timestampMembers = timestamps.children.map { child in
            (KeyHash.of(child.name.utf8), child.name, child.paths)
        }
    }

    /// The hash of a path given as its keys.
    static func pathHash(_ keys: [String]) -> UInt64 {
        keys.reduce(rootPath) { ChangeHash.combine($0, ChangeHash.of($1)) }
    }

    /// The text `changes` shows for a path: its keys joined by dots.
    static func pathText(_ keys: [String]) -> String {
        keys.joined(separator: ".")
    }

    mutating func digest(of value: Value) -> ConfigurationDigest {
        leaves.removeAll(keepingCapacity: true)
        components.removeAll(keepingCapacity: true)
        if case .record(let record) = value {
            _ = walk(record, path: DigestBuilder.rootPath, depth: 0)
        } else if !value.isNull {
            leaves.append(.init(path: DigestBuilder.rootPath, value: ChangeHash.of(value)))
        }
        return finishedDigest()
    }

    /// The leaves gathered, as a digest: a copy of exactly their size, as the digest may be held
    /// for the whole comparison.
    func finishedDigest() -> ConfigurationDigest {
        ConfigurationDigest(leaves: leaves.withUnsafeBufferPointer { Array($0) })
    }

    /// Adds the leaves below `record`; false when it has none (no member that is not null), so
    /// the caller counts the record itself as one.
    private mutating func walk(_ record: Record, path: UInt64, depth: Int) -> Bool {
        let hashes = hashes(of: record.keys)
        let values = record.values
        var added = false
        var i = 0
        while i < values.count {
            defer { i += 1 }
            let memberPath = ChangeHash.combine(path, hashes[i])
            if add(values[i], key: .text(record.keys[i]), path: memberPath, depth: depth) { added = true }
        }
        return added
    }

    /// Adds the leaves of one member of a record at `depth` whose path is `path`: none for `null`,
    /// those below a record that has some, else the member itself as one. False when it added none.
    mutating func add(_ member: Value, key: PathKey, path: UInt64, depth: Int) -> Bool {
        if case .null = member { return false }
        if case .record(let inner) = member, depth + 1 < DigestBuilder.maxRecordDepth {
            components.append(key)
            let descended = walk(inner, path: path, depth: depth + 1)
            components.removeLast()
            if descended { return true }
        }
        addLeaf(path: path, key: key, value: ChangeHash.of(member, asSet: isSet(path)))
        return true
    }

    /// One leaf, its path's text noted.
    @inline(__always)
    mutating func addLeaf(path: UInt64, key: PathKey, value: UInt64) {
        note(path, key: key)
        leaves.append(.init(path: path, value: value))
    }

    @inline(__always)
    func isSet(_ path: UInt64) -> Bool {
        guard setPathBits & 1 << (path & 63) != 0 else { return false }
        for candidate in setPaths where candidate == path { return true }
        return false
    }

    private mutating func hashes(of keys: [String]) -> [UInt64] {
        let identity = keys.storageIdentity
        let slot = SlotHash.index(UInt64(identity), slotCountLog2: 6)
        if keyHashes[slot].identity == identity, keyHashes[slot].hashes.count == keys.count {
            return keyHashes[slot].hashes
        }
        let hashes = keys.map(ChangeHash.of)
        keyHashes[slot] = (identity, keys, hashes)
        return hashes
    }

    /// Notes the text of `path` (the components walked, then `key`) unless it was noted lately.
    mutating func note(_ path: UInt64, key: PathKey) {
        let slot = SlotHash.index(path, slotCountLog2: 8)
        guard noted[slot] != path else { return }
        noted[slot] = path
        pathTexts.append((path, DigestBuilder.pathText(components.map(\.text) + [key.text])))
    }
}
