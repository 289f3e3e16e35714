import AFQQuery

/// What the worker threads make of each batch of rows after the row-by-row stages
/// (`ExecutionPlan`): the rows themselves, or, when the next stage can take its work in parts,
/// their JSON Lines text, their groups or their number.
enum BatchEnding: Sendable {
    case rows
    /// Encoded as JSON Lines on the workers, when nothing but writing follows.
    case lines
    /// Grouped as `group by` groups them, for its sink to merge in input order.
    case groups(GroupByStage.Grouping)
    /// Counted, for `count`.
    case count

    /// The sink at the end of a worker's chain that makes this part.
    func makeSink(_ expressions: ExpressionEvaluator) -> RowSink {
        switch self {
        case .rows: return BatchCollector()
        case .lines: return EncodingSink()
        case .groups(let grouping): return PartialGroupBy(grouping.unsharedCopy, expressions)
        case .count: return RowCounter()
        }
    }

    /// Whether the workers do part of the next stage's work, rather than hand over rows.
    var isPartial: Bool {
        if case .rows = self { return false }
        return true
    }

    /// How the plan names it.
    var summary: String {
        switch self {
        case .rows: return "rows handed over"
        case .lines: return "encoded as JSON Lines on the workers"
        case .groups: return "grouped in parts"
        case .count: return "counted in parts"
        }
    }
}
