import AFQQuery

/// The 64-bit hashes `changes` compares configurations by (docs/changes.md, "What counts as a
/// change"), so neither side's rows are held to be compared: values hash equal when the language
/// calls them equal (numbers by value, strings by code points, records whatever their key order),
/// with a `null` member the same as a missing one, as the AppFlow API Reference treats them.
///
/// Two different values share a hash with a chance of about 2⁻⁶⁴ per comparison, which is far
/// below any other way `changes` could be wrong.
enum ChangeHash {
    /// The deepest value hashed member by member; deeper values (which the JSON reader never
    /// builds: it stops at 512 levels) hash as one marker, so the walk is bounded whatever it is
    /// given.
    static let maxDepth = 512

    /// SplitMix64's finaliser: every input bit moves about half the output bits.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An order-dependent combination: `combine(a, b) != combine(b, a)`.
    @inline(__always)
    static func combine(_ seed: UInt64, _ value: UInt64) -> UInt64 {
        mix(seed &* 0x1000_0000_01B3 ^ value)
    }

    /// A string by its UTF-8 bytes, eight at a time (`withUTF8` reads short, inline strings in
    /// place too, where `utf8.withContiguousStorageIfAvailable` would have them copied to an array).
    static func of(_ text: String) -> UInt64 {
        var text = text
        return mix(text.withUTF8 { KeyHash.of($0) })
    }

    static let nullTag: UInt64 = 0x6E75_6C6C
    static let falseTag: UInt64 = 0x6661_6C73
    static let trueTag: UInt64 = 0x7472_7565
    static let numberTag: UInt64 = 0x6E75_6D62
    static let stringTag: UInt64 = 0x7374_7269
    static let timestampTag: UInt64 = 0x7469_6D65
    static let durationTag: UInt64 = 0x6475_7261
    static let listTag: UInt64 = 0x6C69_7374
    static let setTag: UInt64 = 0x7365_7473
    static let recordTag: UInt64 = 0x7265_636F
    static let tooDeepTag: UInt64 = 0x6465_6570

    /// A value's hash; `asSet` hashes a list by its distinct elements in no order.
    static func of(_ value: Value, asSet: Bool = false, depth: Int = 0) -> UInt64 {
        guard depth < maxDepth else { return tooDeepTag }
        switch value {
        case .null: return nullTag
        case .bool(let b): return b ? trueTag : falseTag
        case .number(let n): return combine(numberTag, number(n))
        case .string(let s): return combine(stringTag, of(s))
        case .timestamp(let t): return combine(timestampTag, number(t.secondsSince1970))
        case .duration(let d): return combine(durationTag, UInt64(bitPattern: d.milliseconds))
        case .list(let items):
            if asSet {
                // Sorted in a buffer on the stack (these lists are short): no allocation per list.
                return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: items.count) { buffer in
                    var hashes = buffer
                    for (i, item) in items.enumerated() {
                        hashes.initializeElement(at: i, to: of(item, depth: depth + 1))
                    }
                    return setHash(sorting: &hashes)
                }
            }
            var hash = listTag
            for item in items { hash = combine(hash, of(item, depth: depth + 1)) }
            return combine(hash, UInt64(items.count))
        case .record(let record):
            // Member order does not count, nor do null members: a sum of each member's hash.
            var sum: UInt64 = 0
            for (key, member) in record.fields {
                if case .null = member { continue }
                sum &+= combine(of(key), of(member, depth: depth + 1))
            }
            return combine(recordTag, sum)
        }
    }

    /// A row's bytes as read, and the `connectorType` reading may have given it from a map key
    /// (`DigestBuilder.addTypeFromMapKey`): rows whose hashes agree have equal digests, so a row
    /// the same on both sides, byte for byte, is not walked twice (docs/performance.md, "changes").
    static func of(row bytesHash: UInt64, type: Value) -> UInt64 {
        combine(bytesHash, of(type))
    }

    /// `range` of `raw`, byte for byte.
    static func of(bytes raw: UnsafeRawBufferPointer, _ range: Range<Int>) -> UInt64 {
        guard let base = raw.baseAddress, range.lowerBound >= 0, range.upperBound <= raw.count else { return 0 }
        // Two lanes of sixteen bytes, which the processor works on at once.
        var hash: UInt64 = 0x726F_7762_7974_6573 ^ UInt64(range.count)
        var other: UInt64 = 0x6279_7465_7372_6F77
        var i = range.lowerBound
        while i &+ 16 <= range.upperBound {
            hash = (hash ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            other = (other ^ base.loadUnaligned(fromByteOffset: i &+ 8, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 29
            other ^= other >> 31
            i &+= 16
        }
        hash = combine(hash, other)
        while i &+ 8 <= range.upperBound {
            hash = (hash ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            i &+= 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < range.upperBound {
            tail |= UInt64(base.load(fromByteOffset: i, as: UInt8.self)) << shift
            shift &+= 8
            i &+= 1
        }
        return mix(hash ^ tail)
    }

    /// A set-valued list's hash from its elements' hashes, which it sorts: its distinct elements
    /// in no order.
    static func setHash<Hashes: MutableCollection & RandomAccessCollection>(sorting hashes: inout Hashes) -> UInt64
    where Hashes.Element == UInt64 {
        // Sorted by insertion, quickest for the dozen or so elements these lists hold.
        if hashes.count > 32 {
            hashes.sort()
        } else if hashes.count > 1 {
            var i = hashes.index(after: hashes.startIndex)
            while i < hashes.endIndex {
                let element = hashes[i]
                var j = i
                while j > hashes.startIndex {
                    let before = hashes.index(before: j)
                    guard hashes[before] > element else { break }
                    hashes[j] = hashes[before]
                    j = before
                }
                hashes[j] = element
                i = hashes.index(after: i)
            }
        }
        var hash = setTag
        var previous: UInt64? = nil
        for element in hashes where element != previous {
            hash = combine(hash, element)
            previous = element
        }
        return hash
    }

    /// A record without members, or whose members are all null.
    static let emptyRecord = combine(recordTag, 0)

    /// A number by value: `-0` as `0`, every NaN alike (docs/language.md, "Values").
    @inline(__always)
    static func number(_ n: Double) -> UInt64 {
        if n == 0 { return 0 }
        if n.isNaN { return Double.nan.bitPattern }
        return n.bitPattern
    }
}
