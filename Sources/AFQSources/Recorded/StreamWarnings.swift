/// Puts the warnings of a streamed pass together as `RecordedDataBuilder` reports them for a
/// whole document: the first `locatedWarningLimit` of each input with their line and column
/// (pieces count lines from their own start), then how many more there were.
struct StreamWarnings {
    private var warnings: [DataWarning] = []
    private var currentInput = -1
    private var currentName = ""
    private var lineBase = 0
    private var located = 0
    private var total = 0

    /// Takes a piece's result, in input order. Its error's line is made to count from the start
    /// of the input, like everything else.
    mutating func add<Output>(_ result: inout StreamReading.PieceResult<Output>) {
        if result.inputIndex != currentInput {
            finishInput()
            currentInput = result.inputIndex
            currentName = result.name
            lineBase = 0
        }
        for var warning in result.warnings where located < RecordedDataBuilder.locatedWarningLimit {
            warning.line = warning.line.map { $0 + lineBase }
            warnings.append(warning)
            located += 1
        }
        total += result.warningCount
        if var location = result.error?.location {
            location.line += lineBase
            result.error?.location = location
        }
        lineBase += result.lineCount
    }

    private mutating func finishInput() {
        let rest = total - located
        if rest > 0 {
            warnings.append(DataWarning("\(rest) more warning\(rest == 1 ? "" : "s") like these", file: currentName))
        }
        located = 0
        total = 0
    }

    /// Every warning of the pass, in input order.
    mutating func finish() -> [DataWarning] {
        finishInput()
        return warnings
    }
}
