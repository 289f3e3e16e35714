/// The total order of `sort by` (docs/language.md, "Stages"): null after everything, then
/// boolean < number < duration < timestamp < string < list < record; within a type the natural
/// order.
extension Value {
    /// Negative, zero or positive as `a` sorts before, with or after `b` in ascending order.
    public static func sortOrder(_ a: Value, _ b: Value) -> Int {
        switch (a, b) {
        case (.null, .null): return 0
        case (.null, _): return 1
        case (_, .null): return -1
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
        case (.number(let x), .number(let y)):
            if x < y { return -1 }
            if x > y { return 1 }
            if x == y { return 0 }
            // Not-a-number sorts after every other number and alike with itself, as in PostgreSQL,
            // so the order stays total (docs/language.md, "Values").
            return x.isNaN ? (y.isNaN ? 0 : 1) : -1
        case (.timestamp(let x), .timestamp(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.duration(let x), .duration(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.string(let x), .string(let y)): return compareCodePoints(x, y)
        case (.list(let x), .list(let y)):
            for (l, r) in zip(x, y) {
                let order = sortOrder(l, r)
                if order != 0 { return order }
            }
            return x.count < y.count ? -1 : (x.count > y.count ? 1 : 0)
        case (.record(let x), .record(let y)):
            for ((lk, lv), (rk, rv)) in zip(x.fields, y.fields) {
                let keyOrder = compareCodePoints(lk, rk)
                if keyOrder != 0 { return keyOrder }
                let valueOrder = sortOrder(lv, rv)
                if valueOrder != 0 { return valueOrder }
            }
            return x.count < y.count ? -1 : (x.count > y.count ? 1 : 0)
        default:
            return a.typeRank < b.typeRank ? -1 : 1
        }
    }

    private var typeRank: Int {
        switch self {
        case .bool: return 0
        case .number: return 1
        // Durations rank between numbers and timestamps: added after both, they keep every
        // earlier order as it was.
        case .duration: return 2
        case .timestamp: return 3
        case .string: return 4
        case .list: return 5
        case .record: return 6
        case .null: return 7
        }
    }

    /// Strings order by Unicode code points, case-sensitive (docs/language.md, "Stages").
    static func compareCodePoints(_ x: String, _ y: String) -> Int {
        var i = x.unicodeScalars.makeIterator()
        var j = y.unicodeScalars.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let a?, let b?):
                if a != b { return a.value < b.value ? -1 : 1 }
            }
        }
    }
}
