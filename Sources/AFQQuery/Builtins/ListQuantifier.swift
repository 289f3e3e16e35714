/// `any(list, condition)` and `all(list, condition)` (docs/language.md, "Functions"): the
/// condition is evaluated once per element with `$x` bound to it, so it cannot be an ordinary
/// function of values; the checker types `$x` as the list's element type and both evaluators
/// run the loop themselves. A null list has no elements (so `any` is false and `all` true), and
/// a value that is not a list counts as a list of one, as `expand` treats it.
public enum ListQuantifier: Sendable {
    case any, all

    /// The variable the condition reads each element as.
    public static let elementVariable = "x"

    /// The elements a value stands for.
    package static func elements(of value: Value) -> [Value] {
        switch value {
        case .null: return []
        case .list(let elements): return elements
        default: return [value]
        }
    }

    /// The answer, asking `test` about elements in order until one decides it.
    package func answer(over elements: [Value], _ test: (Value) throws(RuntimeError) -> Bool) throws(RuntimeError)
        -> Bool
    {
        for element in elements {
            let passes = try test(element)
            if self == .any, passes { return true }
            if self == .all, !passes { return false }
        }
        return self == .all
    }
}
