/// An ordered record: keys keep the order of the data they were read from (docs/recording.md,
/// "What afq reads").
///
/// Connector configurations have about thirty keys, so a linear scan over parallel arrays beats
/// hashing; equality ignores key order, as deep equality in jq and Nushell does.
public struct Record: Sendable {
    public private(set) var keys: [String]
    public private(set) var values: [Value]

    public init() {
        keys = []
        values = []
    }

    public init(_ pairs: [(String, Value)]) {
        keys = []
        values = []
        var builder = RecordBuilder(reservingCapacity: pairs.count)
        for (key, value) in pairs { builder.set(key, value) }
        self = builder.record
    }

    public mutating func reserveCapacity(_ capacity: Int) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// The pairs in order.
    public var fields: Zip2Sequence<[String], [Value]> { zip(keys, values) }

    /// Keys match by code points (`hasSameCodePoints`), which compares lengths first: String's
    /// `==` on two different buffers calls into a general comparison even when lengths differ,
    /// which made key lookup the largest cost of in-memory queries (measured: docs/performance.md,
    /// "What makes afq fast").
    public func index(of key: String) -> Int? {
        var i = 0
        while i < keys.count {
            if keys[i].hasSameCodePoints(as: key) { return i }
            i += 1
        }
        return nil
    }

    /// Reading a missing key gives nil; assigning nil removes the key; assigning a new key appends it.
    public subscript(key: String) -> Value? {
        get {
            guard let i = index(of: key) else { return nil }
            return values[i]
        }
        set {
            if let i = index(of: key) {
                if let newValue {
                    values[i] = newValue
                } else {
                    keys.remove(at: i)
                    values.remove(at: i)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// A record of distinct `keys` and their `values`, for builders that know the keys are
    /// distinct; the JSON reader passes one keys array to every record of the same shape.
    public init(uncheckedKeys keys: [String], values: [Value]) {
        precondition(keys.count == values.count, "one value per key")
        self.keys = keys
        self.values = values
    }

    /// Appends without looking for an existing key: for builders that know keys are distinct.
    public mutating func appendUnchecked(_ key: String, _ value: Value) {
        keys.append(key)
        values.append(value)
    }

    /// Replaces the value at a position found earlier with `index(of:)`: for changing one field
    /// again and again (`expand`), or for changing it in place, without searching the keys each
    /// time.
    public mutating func replaceValue(at index: Int, with value: Value) {
        values[index] = value
    }
}

extension Record: Equatable {
    public static func == (lhs: Record, rhs: Record) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if lhs.keys.elementsEqual(rhs.keys, by: { $0.hasSameCodePoints(as: $1) }) { return lhs.values == rhs.values }
        for (key, value) in lhs.fields {
            guard let other = rhs[key], other == value else { return false }
        }
        return true
    }
}

extension Record: Hashable {
    /// Order-independent, to agree with `==`.
    public func hash(into hasher: inout Hasher) {
        var combined = 0
        for (key, value) in fields {
            var pair = Hasher()
            pair.combine(key)
            pair.combine(value)
            combined ^= pair.finalize()
        }
        hasher.combine(count)
        hasher.combine(combined)
    }
}

extension Record: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements)
    }
}
