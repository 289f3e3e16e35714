import AFQQuery

/// Turns a statement's result into text in one of the output formats (docs/language.md, "Output").
///
/// A result is a sequence of values: records from most pipelines, plain values after `get`, one
/// number after `count`. Every format ends each line with `\n`, including the last. An empty
/// result is `(no rows)` in `table` and `line`, `[]` in `json` and `yaml`, nothing in `jsonl`, and in `csv`,
/// `tsv` and `markdown` the header alone when the statement's columns are known (`columns`:
/// a `select` or `group by` fixes them), else nothing.
public enum Renderer {
    public static func render(
        _ values: [Value], as format: OutputFormat, options: RenderOptions, columns: [String] = []
    ) -> String {
        switch format {
        case .table:
            return TableRenderer(options: options).render(values)
        case .line:
            return TableRenderer(options: options).renderVertically(values)
        case .json:
            return JSONText.pretty(.list(values)) + "\n"
        case .jsonl:
            return JSONText.lines(values)
        case .csv:
            return DelimitedText(dialect: .csv).render(values, emptyColumns: columns)
        case .tsv:
            return DelimitedText(dialect: .tsv).render(values, emptyColumns: columns)
        case .yaml:
            return YAMLEmitter.render(values)
        case .markdown:
            return MarkdownTable.render(values, emptyColumns: columns)
        }
    }
}
