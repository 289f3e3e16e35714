/// The string arguments of the text functions (docs/language.md, "Functions"): the subject may
/// be null (the function then gives null); the others must be strings.
enum StringArgument {
    /// The subject string, nil for null, an error naming any other type.
    static func subject(_ arguments: [Value], _ call: CallSite) throws(RuntimeError) -> String? {
        switch arguments[0] {
        case .null: return nil
        case .string(let text): return text
        case let other: throw call.argumentError(0, expected: "a string", got: other)
        }
    }

    static func required(_ arguments: [Value], _ position: Int, _ call: CallSite) throws(RuntimeError) -> String {
        guard case .string(let text) = arguments[position] else {
            throw call.argumentError(position, expected: "a string", got: arguments[position])
        }
        return text
    }

    /// A whole number argument (`substring`'s start and length, `round`'s digits).
    static func wholeNumber(
        _ arguments: [Value], _ position: Int, _ call: CallSite, expected: String = "a whole number"
    ) throws(RuntimeError) -> Int {
        guard case .number(let n) = arguments[position], n == n.rounded(), abs(n) < 1e15 else {
            throw call.argumentError(position, expected: expected, got: arguments[position])
        }
        return Int(n)
    }
}
