import AFQQuery

/// The sinks of a long pipeline in segments of at most `segmentLength` stages (docs/reliability.md,
/// "Deep and long queries"). A row goes from stage to stage by a call, one frame per stage, and a
/// chain of sinks is released by one nested release per sink: a pipeline of thousands of stages
/// would overflow the stack. So each segment ends at a `SegmentCollector`, and what comes out of
/// one segment for a row is handed to the next by a loop; a pipeline no longer than one segment
/// is one plain chain, with nothing added to its rows' path.
///
/// Results and errors are those of one row at a time through every stage: rows that came out of
/// a segment before it stopped or failed go on through the later segments first, and a later
/// segment that stops or fails on them does so at an earlier row, so its outcome is the one that
/// counts.
final class SegmentedSink: RowSink {
    /// The most stages a row passes through by nested calls.
    static let segmentLength = 256

    private struct Segment {
        let head: RowSink
        /// Nil for the last segment, which ends at the sink after the pipeline's stages.
        let collector: SegmentCollector?
    }

    /// How a segment's run over some rows ended: with every row taken, at a row after which it
    /// wants no more, or at a run-time error.
    private enum Outcome {
        case open, stopped
        case failed(RuntimeError)
    }

    private let segments: [Segment]

    private init(_ segments: [Segment]) {
        self.segments = segments
    }

    /// The sinks of `count` stages ending at `end`, made by `makeSink(stage, next)` from the last
    /// stage to the first: one chain when there are at most `segmentLength`, segments otherwise.
    static func chain(
        of count: Int, endingAt end: RowSink, _ makeSink: (Int, RowSink) throws(RuntimeError) -> RowSink
    ) throws(RuntimeError) -> RowSink {
        guard count > segmentLength else {
            var head = end
            for stage in (0..<count).reversed() { head = try makeSink(stage, head) }
            return head
        }
        var segments: [Segment] = []
        for start in stride(from: 0, to: count, by: segmentLength).reversed() {
            let stages = start..<min(start + segmentLength, count)
            let collector = stages.upperBound == count ? nil : SegmentCollector()
            var head: RowSink = collector ?? end
            for stage in stages.reversed() { head = try makeSink(stage, head) }
            segments.append(Segment(head: head, collector: collector))
        }
        return SegmentedSink(segments.reversed())
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        try drain([row], from: 0, after: .open)
    }

    override func merge(_ part: BatchPart) {
        segments[0].head.merge(part)
    }

    /// Each segment finishes in turn, and what its held rows made goes through the later segments
    /// before they finish. Whether a later stage wants more does not matter here, as when a stage
    /// hands over its held rows at the end of a plain chain.
    override func finish() throws(RuntimeError) {
        for position in segments.indices {
            var outcome = Outcome.open
            do {
                try segments[position].head.finish()
            } catch {
                outcome = .failed(error)
            }
            _ = try drain(segments[position].collector?.take() ?? [], from: position + 1, after: outcome)
        }
    }

    /// `rows`, which came out of the segments before `first` (whose run ended as `outcome`),
    /// through the segments from `first` on; false when a stage wants no more rows.
    private func drain(_ rows: [Row], from first: Int, after outcome: Outcome) throws(RuntimeError) -> Bool {
        var rows = rows
        var outcome = outcome
        for segment in segments[first...] {
            for row in rows {
                do {
                    guard try segment.head.push(row) else {
                        outcome = .stopped
                        break
                    }
                } catch {
                    outcome = .failed(error)
                    break
                }
            }
            rows = segment.collector?.take() ?? []
        }
        switch outcome {
        case .open: return true
        case .stopped: return false
        case .failed(let error): throw error
        }
    }
}
