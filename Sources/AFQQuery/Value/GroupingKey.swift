/// A value as `group by`, `distinct` and `distinct(x)` tell values apart: deep equality as `==`
/// has it, except that not-a-number equals not-a-number, at any depth. Under `==` (the operator,
/// as IEEE 754 has it) NaN equals nothing, itself included, so keying on plain values made one
/// group per NaN row (docs/language.md, "Values").
package struct GroupingKey: Hashable {
    let value: Value

    package init(_ value: Value) {
        self.value = value
    }

    /// `Value`'s hash already gives every NaN the same hash.
    package func hash(into hasher: inout Hasher) {
        value.hash(into: &hasher)
    }

    package static func == (lhs: GroupingKey, rhs: GroupingKey) -> Bool {
        lhs.value == rhs.value || sameKey(lhs.value, rhs.value)
    }

    /// `==` with NaN equal to NaN.
    private static func sameKey(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)):
            return x == y || (x.isNaN && y.isNaN)
        case (.list(let x), .list(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { sameKey($0, $1) }
        case (.record(let x), .record(let y)):
            guard x.count == y.count else { return false }
            for (key, value) in x.fields {
                guard let other = y[key], sameKey(value, other) else { return false }
            }
            return true
        default:
            return a == b
        }
    }
}
