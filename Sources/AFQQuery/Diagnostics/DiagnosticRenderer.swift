/// Draws a diagnostic in the caret format the user sees (docs/language.md, "Errors"):
///
/// ```
/// error: unknown field `conectorName`
///  --> query:1:20
///   |
/// 1 | connectors | where conectorName == "Slack"
///   |                    ^^^^^^^^^^^^ did you mean `connectorName`?
/// ```
public struct DiagnosticRenderer: Sendable {
    public var useColor: Bool

    public init(useColor: Bool = false) {
        self.useColor = useColor
    }

    public func render(_ diagnostic: Diagnostic, in source: SourceFile) -> String {
        var out = paint("error", "1;31") + paint(": " + diagnostic.message, "1") + "\n"
        guard let range = diagnostic.range else {
            for note in diagnostic.notes { out += "  = help: \(note)\n" }
            return out
        }
        let start = source.location(of: range.lowerBound)
        let end = source.location(of: range.upperBound)
        var lineText = source.line(start.line)
        if lineText.hasSuffix("\r") { lineText.removeLast() }
        let gutter = String(repeating: " ", count: String(start.line).count)
        // A range running past its first line is underlined to that line's end.
        let length = end.line == start.line ? end.column - start.column : lineText.count - start.column + 1
        let excerpt = SourceExcerpt(line: lineText, column: start.column, length: length)
        out += "\(gutter)\(paint("-->", "34")) \(VisibleText.visible(source.name)):\(start.line):\(start.column)\n"
        out += "\(gutter) \(paint("|", "34"))\n"
        out += "\(paint(String(start.line), "34")) \(paint("|", "34")) \(excerpt.text)\n"
        var caretLine = excerpt.indent + paint(String(repeating: "^", count: excerpt.width), "1;31")
        if let label = diagnostic.label { caretLine += " " + paint(label, "1;31") }
        out += "\(gutter) \(paint("|", "34")) \(caretLine)\n"
        for note in diagnostic.notes { out += "\(gutter) = help: \(note)\n" }
        return out
    }

    private func paint(_ text: String, _ code: String) -> String {
        useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
