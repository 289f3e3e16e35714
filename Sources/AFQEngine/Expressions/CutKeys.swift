import AFQQuery

/// The keys arrays of records cut down to some of a fixed list of names (`ValueProjector`'s
/// copies, `RecordNarrowing`'s rows): one per order the kept names come in, so that records cut
/// alike share one, as the reader's records of one shape do, and queries find their fields by
/// the keys array's identity (`FieldLookup`). An order is coded four bits a name, its place
/// in `names` plus one.
package struct CutKeys {
    /// Four bits a name in a `UInt64`.
    package static let maximumNames = 15
    let names: [String]
    private var keysByOrder: [UInt64: [String]] = [:]

    package init(names: [String]) {
        precondition(names.count <= CutKeys.maximumNames, "four bits a name")
        self.names = names
    }

    /// The code of an order with the name at `index` in `names` after those coded in `code`.
    @inline(__always)
    package static func appending(_ index: Int, to code: UInt64) -> UInt64 {
        code << 4 | UInt64(index + 1)
    }

    /// The keys array of the order `code`, shared by every record cut to it.
    package mutating func keys(forOrder code: UInt64) -> [String] {
        if let keys = keysByOrder[code] { return keys }
        var keys: [String] = []
        var rest = code
        while rest != 0 {
            keys.append(names[Int(rest & 15) - 1])
            rest >>= 4
        }
        keys.reverse()
        keysByOrder[code] = keys
        return keys
    }
}
