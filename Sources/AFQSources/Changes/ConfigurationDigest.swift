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
