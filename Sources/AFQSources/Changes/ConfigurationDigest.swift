import AFQQuery

/// A configuration reduced to what `changes` compares: the hash of each field path's value, down
/// through records to the first value that is not one (docs/changes.md, "What counts as a
/// change"). About thirty pairs of numbers per connector instead of its whole tree, so one side of
/// a comparison of two large snapshots fits in little memory.
struct ConfigurationDigest: Sendable {
    /// One field path (`authenticationConfig.oAuth2Defaults.oauthScopes`, by its hash) and the
    /// hash of its value.
    struct Leaf: Sendable, Equatable {
        var path: UInt64
        var value: UInt64
    }

    /// In the order the configuration's keys came in.
    var leaves: [Leaf]
    /// The leaves in no order: equal configurations have equal fingerprints, so most pairs are
    /// settled without looking at their leaves.
    var fingerprint: UInt64

    init(leaves: [Leaf]) {
        self.leaves = leaves
        var sum: UInt64 = 0
        for leaf in leaves { sum &+= ChangeHash.combine(leaf.path, leaf.value) }
        fingerprint = sum
    }

    /// The paths whose values differ, a path missing on one side included, by hash.
    func differingPaths(from other: ConfigurationDigest) -> [UInt64] {
        if fingerprint == other.fingerprint { return [] }
        let mine = leaves.sorted { $0.path < $1.path }
        let theirs = other.leaves.sorted { $0.path < $1.path }
        var differing: [UInt64] = []
        var i = 0
        var j = 0
        while i < mine.count || j < theirs.count {
            if j == theirs.count || (i < mine.count && mine[i].path < theirs[j].path) {
                differing.append(mine[i].path)
                i += 1
            } else if i == mine.count || theirs[j].path < mine[i].path {
                differing.append(theirs[j].path)
                j += 1
            } else {
                if mine[i].value != theirs[j].value { differing.append(mine[i].path) }
                i += 1
                j += 1
            }
        }
        return differing
    }
}

/// Builds digests on a worker thread, noting the text of each path it has not seen lately, so the
/// texts of the paths that differ can be named without building a string per field of every row.
struct DigestBuilder {
    /// The hash a path starts from (the configuration itself).
    static let rootPath: UInt64 = 0x636F_6E66_6967
    /// Records nested deeper than this are compared whole rather than field by field: the model's
    /// deepest is four levels, and the walk must stay bounded whatever the data holds.
    static let maxRecordDepth = 32

    /// The hashes of the paths compared as sets (`ConnectorConfiguration.setValuedListPaths`):
    /// about twenty, so a scan beats hashing the hash.
    let setPaths: [UInt64]
    /// Path texts found since the builder was made: each distinct path at least once.
    private(set) var pathTexts: [(UInt64, String)] = []
    /// A small direct-mapped memory of paths already noted, so a path's text is built about once
    /// per batch; a collision only builds a text twice.
    private var noted = [UInt64](repeating: 0, count: 256)
    /// The keys of the records being walked, for the text of a path.
    private var components: [String] = []
    private var leaves: [ConfigurationDigest.Leaf] = []
    /// The hashes of a keys array's keys, by the array's storage: rows of one shape share their
    /// keys array, so each key is hashed about once per shape rather than once per row. The keys
    /// are held, so a remembered address cannot be reused by another array.
    private var keyHashes: [(identity: UInt, keys: [String], hashes: [UInt64])] = Array(
        repeating: (0, [], []), count: 64)

    init(setPaths: Set<UInt64>) {
        self.setPaths = Array(setPaths)
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
        if case .record(let record) = value {
            _ = walk(record, path: DigestBuilder.rootPath, depth: 0)
        } else if !value.isNull {
            leaves.append(.init(path: DigestBuilder.rootPath, value: ChangeHash.of(value)))
        }
        // A copy of exactly the leaves' size: the digest may be held for the whole comparison.
        return ConfigurationDigest(leaves: leaves.withUnsafeBufferPointer { Array($0) })
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
            let member = values[i]
            if case .null = member { continue }
            let memberPath = ChangeHash.combine(path, hashes[i])
            if case .record(let inner) = member, depth + 1 < DigestBuilder.maxRecordDepth {
                components.append(record.keys[i])
                let descended = walk(inner, path: memberPath, depth: depth + 1)
                components.removeLast()
                if descended {
                    added = true
                    continue
                }
            }
            note(memberPath, key: record.keys[i])
            leaves.append(.init(path: memberPath, value: ChangeHash.of(member, asSet: isSet(memberPath))))
            added = true
        }
        return added
    }

    @inline(__always)
    private func isSet(_ path: UInt64) -> Bool {
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

    private mutating func note(_ path: UInt64, key: String) {
        let slot = SlotHash.index(path, slotCountLog2: 8)
        guard noted[slot] != path else { return }
        noted[slot] = path
        pathTexts.append((path, DigestBuilder.pathText(components + [key])))
    }
}
