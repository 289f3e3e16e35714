/// A compiled pattern: instructions from `RegexCompiler`, the classes they name, and what is known
/// of every match before running them (to skip ahead in the text).
struct RegexProgram: Sendable {
    var instructions: [RegexInstruction] = []
    var sets: [RegexScalarSet] = []
    /// Where matching starts.
    var start = 0
    /// Every match starts at the start of the text (`^…` without `(?m)`, `\A…`): threads are
    /// started there only, and the search ends once none is left.
    var anchoredAtStart = false
    /// UTF-8 bytes every match starts with (a literal prefix, case-sensitive): while no thread
    /// is alive the search jumps to the next place they occur.
    var prefix: [UInt8] = []
}
