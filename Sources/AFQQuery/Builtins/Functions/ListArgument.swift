/// The list argument of the list functions (docs/language.md, "Functions"): nil for null, an
/// error naming any other type that is not a list.
enum ListArgument {
    static func elements(_ arguments: [Value], _ call: CallSite) throws(RuntimeError) -> [Value]? {
        switch arguments[0] {
        case .null: return nil
        case .list(let elements): return elements
        case let other: throw call.argumentError(0, expected: "a list", got: other)
        }
    }

    /// The element type of a list type, for the checker; `any` when it is not known to be a list.
    static func elementType(_ types: [SchemaType]) -> SchemaType {
        if case .list(let element) = types.first { return element }
        return .any
    }
}
