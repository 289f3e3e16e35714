/// Patterns of `=~` and `!~` known before the query runs, written in it or given as a parameter,
/// are compiled by the checker (docs/language.md, "Regular expressions"): a mistake in one, or a
/// feature afq leaves out, is an error under the pattern before any row is read, not after the
/// first row that reaches it.
extension Checker {
    func checkPattern(_ pattern: Expression) throws(CheckError) {
        let text: String
        switch pattern {
        case .literal(.string(let literal), _):
            text = literal
        case .variable(let name, _):
            guard case .string(let value)? = context.parameters[name] else { return }
            text = value
        default:
            return
        }
        do {
            _ = try RegularExpression(text)
        } catch {
            throw .invalidRegex(error, pattern.range)
        }
    }
}
