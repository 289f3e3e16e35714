import AFQQuery

/// A supplier that can say on which line of its input each row starts, so `changes` can point at
/// the rows it cannot pair (docs/changes.md, "Bad input").
public protocol RowLocating: Sendable {
    /// The rows of the input named `file` (as `$source.file` names it), in order, each with the
    /// line it starts on; empty when no input has that name.
    func locatedRows(inFile file: String) throws -> [(row: Row, line: Int)]
    /// The size of the inputs in bytes, so the smaller side of a comparison is the one held.
    var byteCount: Int { get }
}
