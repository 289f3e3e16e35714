import AFQQuery

extension Value {
    /// `a list`, `an object`, `null`: for "found …" in the messages about values of the wrong
    /// type (`RecordedDataBuilder`, `Provenance`).
    var article: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .timestamp: return "a timestamp"
        case .duration: return "a duration"
        case .list: return "a list"
        case .record: return "an object"
        }
    }
}
