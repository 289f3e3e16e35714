/// A problem to show the user: what went wrong, where, and what to do (docs/language.md, "Errors").
public struct Diagnostic: Error, Sendable, Equatable {
    public var message: String
    /// Where in the program; nil for problems with no position in the query text.
    public var range: SourceRange?
    /// Printed after the carets: `did you mean `connectorName`?`.
    public var label: String?
    /// Extra `= help:` lines.
    public var notes: [String]

    /// The texts are made safe to print (`VisibleText.message`): a name or value from the input
    /// may hold control characters or run for megabytes.
    public init(_ message: String, at range: SourceRange?, label: String? = nil, notes: [String] = []) {
        self.message = VisibleText.message(message)
        self.range = range
        self.label = label.map(VisibleText.message)
        self.notes = notes.map(VisibleText.message)
    }
}

/// Every phase's error type turns into a diagnostic, so one renderer draws them all.
public protocol DiagnosticConvertible: Error {
    var diagnostic: Diagnostic { get }
}

extension Diagnostic: DiagnosticConvertible {
    public var diagnostic: Diagnostic { self }
}
