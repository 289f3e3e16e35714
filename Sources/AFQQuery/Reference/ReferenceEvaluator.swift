/// The language read plainly: a checked pipeline over rows held in an array, one row at a time
/// through each stage's `referenceStep`, with no threads, batches, caches, projections or
/// in-place reading. It is slow and small on purpose: every fast path of `Evaluator` and of the
/// sources is tested against it, values and run-time errors alike.
public struct ReferenceEvaluator {
    public var parameters: [String: Value]
    /// What `now()` reads; nil reads the clock when the run starts (docs/language.md, "Time").
    public var now: Timestamp?

    /// The most stages a row passes through by nested calls. A longer pipeline runs in segments
    /// of this many stages: what comes out of one segment for a row is collected, then handed to
    /// the next by a loop, so a pipeline of any length costs a bounded stack (docs/reliability.md,
    /// "Deep and long queries").
    public static let segmentLength = 256

    public init(parameters: [String: Value] = [:], now: Timestamp? = nil) {
        self.parameters = parameters
        self.now = now
    }

    /// How a segment's run over some rows ended: with every row taken, at a row after which it
    /// wants no more, or at a run-time error.
    private enum Outcome {
        case open, stopped
        case failed(RuntimeError)
    }

    /// The pipeline's result values over `rows`, in order.
    public func run(_ checked: CheckedPipeline, on rows: [Row]) throws(RuntimeError) -> [Value] {
        let expressions = ReferenceExpressions(parameters: parameters, now: now ?? StatementClock.current())
        var steps: [ReferenceStep] = []
        for stage in checked.pipeline.stages { steps.append(try stage.definition.referenceStep(expressions)) }
        let segments = stride(from: 0, to: max(steps.count, 1), by: Self.segmentLength).map {
            $0..<min($0 + Self.segmentLength, steps.count)
        }
        var results: [Value] = []
        /// `row` through the stages from `index` to the end of its segment, collecting what comes
        /// out of the segment's last stage in `output`.
        func feed(_ row: Row, to index: Int, end: Int, into output: inout [Row]) throws(RuntimeError) -> Bool {
            guard index < end else {
                output.append(row)
                return true
            }
            return try steps[index].push(row) { next throws(RuntimeError) in
                try feed(next, to: index + 1, end: end, into: &output)
            }
        }
        /// `rows`, which came out of the segments before `first` (whose run ended as `outcome`),
        /// through the segments from `first` on; false when a stage wants no more rows. A later
        /// segment stops or fails at a row that came out before the earlier one stopped or failed,
        /// so as one row at a time through every stage, the later outcome is the one that counts.
        func drain(_ rows: [Row], from first: Int, after outcome: Outcome) throws(RuntimeError) -> Bool {
            var rows = rows
            var outcome = outcome
            for segment in segments[first...] {
                var output: [Row] = []
                for row in rows {
                    do {
                        guard try feed(row, to: segment.lowerBound, end: segment.upperBound, into: &output) else {
                            outcome = .stopped
                            break
                        }
                    } catch {
                        outcome = .failed(error)
                        break
                    }
                }
                rows = output
            }
            for row in rows { results.append(row.value) }
            switch outcome {
            case .open: return true
            case .stopped: return false
            case .failed(let error): throw error
            }
        }
        for row in rows {
            guard try drain([row], from: 0, after: .open) else { break }
        }
        for (position, segment) in segments.enumerated() {
            for index in segment {
                var output: [Row] = []
                var outcome = Outcome.open
                do {
                    try steps[index].finish { next throws(RuntimeError) in
                        try feed(next, to: index + 1, end: segment.upperBound, into: &output)
                    }
                } catch {
                    outcome = .failed(error)
                }
                _ = try drain(output, from: position + 1, after: outcome)
            }
        }
        return results
    }
}
