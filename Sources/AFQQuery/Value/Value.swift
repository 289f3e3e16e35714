/// A value of the afq language (docs/language.md, "Values"): a closed enum, never `Any`.
public enum Value: Sendable {
    case null
    case bool(Bool)
    /// Numbers are doubles: integers are exact up to 2^53, as docs/language.md, "Values", promises.
    case number(Double)
    case string(String)
    case timestamp(Timestamp)
    /// A length of time (`90d`, `now() - registeredAt`): docs/language.md, "Time".
    case duration(TimeSpan)
    case list([Value])
    case record(Record)
}

extension Value {
    /// The type's name as `type(x)` reports it (docs/language.md, "Functions").
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .timestamp: return "timestamp"
        case .duration: return "duration"
        case .list: return "list"
        case .record: return "record"
        }
    }

    /// Truthiness used by `where`, `and`, `or`, `not` (docs/language.md, "Values").
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .number(let n): return n != 0
        case .string(let s): return !s.isEmpty
        case .timestamp: return true
        case .duration(let d): return d.milliseconds != 0
        case .list(let l): return !l.isEmpty
        case .record(let r): return !r.isEmpty
        }
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var numberValue: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    public var listValue: [Value]? {
        if case .list(let l) = self { return l }
        return nil
    }

    public var recordValue: Record? {
        if case .record(let r) = self { return r }
        return nil
    }

    /// The value of `key` when this is a record; `null` otherwise (docs/language.md, "Fields and
    /// paths").
    public subscript(key: String) -> Value {
        if case .record(let r) = self { return r[key] ?? .null }
        return .null
    }
}

extension Value: Equatable {
    /// Deep equality (docs/language.md, "Operators"): numbers by value, strings by code points,
    /// records regardless of key order.
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a.hasSameCodePoints(as: b)
        case (.timestamp(let a), .timestamp(let b)): return a == b
        case (.duration(let a), .duration(let b)): return a == b
        case (.list(let a), .list(let b)): return a == b
        case (.record(let a), .record(let b)): return a == b
        default: return false
        }
    }
}

extension Value: Hashable {
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(1); hasher.combine(b)
        // Every NaN hashes alike, as `GroupingKey` finds them equal (its bits may differ).
        case .number(let n): hasher.combine(2); hasher.combine(n.isNaN ? .nan : n)
        case .string(let s): hasher.combine(3); hasher.combine(s)
        case .timestamp(let t): hasher.combine(4); hasher.combine(t)
        case .list(let l): hasher.combine(5); hasher.combine(l)
        case .record(let r): hasher.combine(6); hasher.combine(r)
        case .duration(let d): hasher.combine(7); hasher.combine(d)
        }
    }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(nilLiteral: ()) { self = .null }
    public init(arrayLiteral elements: Value...) { self = .list(elements) }
}
