/// A span of program text as UTF-8 byte offsets into the whole program (not one statement), so a
/// query file's diagnostics can name the file's own line and column.
public struct SourceRange: Sendable, Hashable {
    public var lowerBound: Int
    public var upperBound: Int

    public init(_ lowerBound: Int, _ upperBound: Int) {
        self.lowerBound = lowerBound
        self.upperBound = max(lowerBound, upperBound)
    }

    public var isEmpty: Bool { lowerBound == upperBound }

    /// The smallest range covering both.
    public func joined(with other: SourceRange) -> SourceRange {
        SourceRange(min(lowerBound, other.lowerBound), max(upperBound, other.upperBound))
    }
}
