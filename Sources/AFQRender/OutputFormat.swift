/// An output format (docs/language.md, "Output"), spelled as `.format FORMAT` and `to FORMAT`
/// spell it.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns for people; the default.
    case table
    /// One pretty-printed JSON array of the whole result.
    case json
    /// One compact JSON value per line.
    case jsonl
    /// Comma-separated values with a header row, RFC 4180 quoting.
    case csv
    /// Tab-separated values with a header row, backslash escapes instead of quoting.
    case tsv
    /// A YAML block sequence of the result's values.
    case yaml
    /// A GitHub-flavoured Markdown table.
    case markdown
    /// Every record vertically, one `key  value` line per field under a `-[ RECORD n ]` rule, as
    /// psql's expanded mode (`\x`) and sqlite3's `.mode line` print: for wide results on a narrow
    /// terminal, on demand rather than when the table gives up.
    case line
}
