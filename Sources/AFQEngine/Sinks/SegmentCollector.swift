import AFQQuery

/// The end of one segment of a long pipeline's sinks (`SegmentedSink`): the rows that came out of
/// the segment's last stage, until the segmented sink hands them to the next segment.
final class SegmentCollector: RowSink {
    private var rows: [Row] = []

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        rows.append(row)
        return true
    }

    /// The rows collected since the last call, in order.
    func take() -> [Row] {
        defer { rows = [] }
        return rows
    }
}
