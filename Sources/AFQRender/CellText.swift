import AFQQuery

/// The text of a value in a cell for people: the `table` format, and `markdown` cells
/// (docs/language.md, "Output"), as `Value.cellText` writes it. The text is raw: control
/// characters are the caller's concern (`TerminalText.visible`).
enum CellText {
    /// Shared with `string(x)`, so a function gives what a table shows (`Value.cellText`).
    static func text(_ value: Value) -> String {
        value.cellText
    }

    /// The text of a value inside a list or record.
    static func nested(_ value: Value) -> String {
        value.nestedCellText
    }

    /// Whether a value prints on one line in expanded layouts: anything but a non-empty list or record.
    static func isScalar(_ value: Value) -> Bool {
        switch value {
        case .list(let items): return items.isEmpty
        case .record(let record): return record.isEmpty
        default: return true
        }
    }

    /// Whether a value's text must be shown whole: a cut number, boolean, timestamp or duration
    /// reads as another value.
    static func isUncuttable(_ value: Value) -> Bool {
        switch value {
        case .null, .number, .bool, .timestamp, .duration: return true
        default: return false
        }
    }

    /// Numbers and durations are right-aligned, so their digits line up.
    static func isNumber(_ value: Value) -> Bool {
        switch value {
        case .number, .duration: return true
        default: return false
        }
    }
}
