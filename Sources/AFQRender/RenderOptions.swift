/// Where the output goes, as far as rendering cares: the shell decides these from the terminal and
/// the environment, so that rendering stays a pure function of its inputs.
public struct RenderOptions: Sendable {
    /// The terminal's width in columns; nil when the output is not a terminal, and then tables are
    /// plain and never truncated (docs/language.md, "Output").
    public var terminalWidth: Int?
    /// Whether to use ANSI colour: only ever true on a terminal without `NO_COLOR`
    /// (docs/language.md, "Output"). When false the output holds no escape codes at all.
    public var color: Bool

    /// Columns a table never cuts on a terminal (`.schema` keeps field names whole): when they
    /// cannot fit whole, the rows print vertically.
    public var wholeColumns: Set<String>

    public init(terminalWidth: Int? = nil, color: Bool = false, wholeColumns: Set<String> = []) {
        self.terminalWidth = terminalWidth
        self.color = color
        self.wholeColumns = wholeColumns
    }
}
