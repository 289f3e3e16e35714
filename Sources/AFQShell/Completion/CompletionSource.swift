import AFQQuery

/// What the completer may know about the session: the rows' shape, the parameters, and the
/// values present in the loaded data (for fields with no enum in the model).
public protocol CompletionSource {
    var completionSchema: Schema { get }
    var parameterNames: [String] { get }
    /// Distinct string values at a path of the loaded rows, for `connectorOwner == "<TAB>`.
    func observedValues(at path: [String]) -> [String]
}
