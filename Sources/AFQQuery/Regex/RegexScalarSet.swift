/// A class of scalars: `[a-z_]`, `[^\s,]`, `\d`, `[[:alpha:]]`. Ranges are kept sorted and
/// merged for a binary search; Unicode classes are asked by property. The answer for every ASCII
/// scalar is worked out once, into two bit masks, so ASCII text never reaches either.
struct RegexScalarSet: Sendable {
    /// Sorted, disjoint, non-adjacent ranges of scalar values.
    private let ranges: [ClosedRange<UInt32>]
    /// `\d`, `\w`, `\s` (or, when `negated`, `\D`, `\W`, `\S`) inside the class.
    private let classes: [(class: RegexPerlClass, negated: Bool)]
    private let negated: Bool
    private let caseInsensitive: Bool
    /// The case foldings of the ranges' scalars, sorted, for `(?i)`; nil when the ranges hold more
    /// than `foldedLimit` scalars, where a scalar's own folding is looked up in the ranges instead
    /// (a class that large holds the lower case of what it holds).
    private let foldedMembers: [UInt32]?
    private let asciiLow: UInt64
    private let asciiHigh: UInt64

    /// Past this many scalars in its ranges a class is not folded scalar by scalar: folding looks
    /// up Unicode properties, and the class is compiled again for each batch of rows.
    static let foldedLimit = 4096

    init(
        ranges: [ClosedRange<UInt32>], classes: [(class: RegexPerlClass, negated: Bool)], negated: Bool,
        caseInsensitive: Bool
    ) {
        let merged = Self.merged(ranges)
        self.ranges = merged
        self.classes = classes
        self.negated = negated
        self.caseInsensitive = caseInsensitive
        var folded: [UInt32]? = nil
        if caseInsensitive {
            let total = merged.reduce(0) { $0 + Int($1.upperBound - $1.lowerBound) + 1 }
            if total <= Self.foldedLimit {
                var members: Set<UInt32> = []
                for range in merged { for value in range { members.insert(RegexCaseFolding.fold(value)) } }
                folded = members.sorted()
            }
        }
        foldedMembers = folded
        var low: UInt64 = 0
        var high: UInt64 = 0
        for value in UInt32(0)..<0x80 {
            guard Self.contains(value, merged, classes, negated, caseInsensitive, folded) else { continue }
            if value < 64 { low |= 1 << UInt64(value) } else { high |= 1 << UInt64(value - 64) }
        }
        asciiLow = low
        asciiHigh = high
    }

    /// A class of one Perl class: `\d` or `\D`, `\w`, `\W`, `\s`, `\S`.
    init(_ perlClass: RegexPerlClass, negated: Bool) {
        self.init(ranges: [], classes: [(perlClass, negated)], negated: false, caseInsensitive: false)
    }

    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        if value < 64 { return asciiLow & (1 << UInt64(value)) != 0 }
        if value < 0x80 { return asciiHigh & (1 << UInt64(value &- 64)) != 0 }
        return Self.contains(value, ranges, classes, negated, caseInsensitive, foldedMembers)
    }

    private static func contains(
        _ value: UInt32, _ ranges: [ClosedRange<UInt32>], _ classes: [(class: RegexPerlClass, negated: Bool)],
        _ negated: Bool, _ caseInsensitive: Bool, _ folded: [UInt32]?
    ) -> Bool {
        var found = inRanges(value, ranges) || classes.contains { $0.class.contains(value) != $0.negated }
        if !found, caseInsensitive {
            let folding = RegexCaseFolding.fold(value)
            if let folded {
                found = binarySearch(folding, folded)
            } else {
                found = inRanges(folding, ranges)
            }
        }
        return found != negated
    }

    private static func inRanges(_ value: UInt32, _ ranges: [ClosedRange<UInt32>]) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < value {
                low = middle + 1
            } else if ranges[middle].lowerBound > value {
                high = middle
            } else {
                return true
            }
        }
        return false
    }

    private static func binarySearch(_ value: UInt32, _ sorted: [UInt32]) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value {
                low = middle + 1
            } else if sorted[middle] > value {
                high = middle
            } else {
                return true
            }
        }
        return false
    }

    /// `ranges` sorted, with overlapping and touching ranges joined.
    private static func merged(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var result: [ClosedRange<UInt32>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound &+ 1 {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// The scalars not in `ranges` (sorted and merged), for `[[:^alpha:]]`.
    static func complement(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in merged(ranges) {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            next = range.upperBound &+ 1
        }
        if next <= 0x10FFFF { result.append(next...0x10FFFF) }
        return result
    }
}
