/// Greedy word wrapping for `--help`, which is kept within 80 columns (every line shorter than 80,
/// so terminals of 80 columns do not wrap it again).
enum TextWrapping {
    /// `text`'s words in lines of at most `width` characters; a word longer than `width` has a line
    /// of its own. Linear in the text's length.
    static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// `label` at `indent`, then `text` wrapped in a column starting at `column`: on the label's line
    /// when the label leaves two spaces before the column, else from the next line.
    static func entry(label: String, text: String, indent: Int, column: Int, lineWidth: Int) -> String {
        let wrapped = lines(text, width: lineWidth - column)
        let leader = String(repeating: " ", count: indent) + label
        let hanging = String(repeating: " ", count: column)
        var out = ""
        var rest = wrapped[...]
        if leader.count + 2 <= column, let first = rest.first {
            out += leader + String(repeating: " ", count: column - leader.count) + first + "\n"
            rest = rest.dropFirst()
        } else {
            out += leader + "\n"
        }
        for line in rest { out += hanging + line + "\n" }
        return out
    }
}
