import AFQQuery

/// What the completer may know about the session: the rows' shape, the parameters, and the
/// values present in the loaded data (for fields with no enum in the model).
public protocol CompletionSource {
    var completionSchema: Schema { get }
    var parameterNames: [String] { get }
    /// Distinct string values at a path of the loaded rows, for `connectorOwner == "<TAB>`.
    func observedValues(at path: [String]) -> [String]
    /// The rows' shape for a pipeline starting with `source` (`connectors`, `changes`).
    func completionSchema(forSource source: String) -> Schema
}

extension CompletionSource {
    public func completionSchema(forSource source: String) -> Schema { completionSchema }
}
