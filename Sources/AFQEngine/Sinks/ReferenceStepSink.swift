import AFQQuery

/// A stage run by its reference reading (`StageDefinition.referenceStep`): for stages with no
/// faster sink of their own, which then cost nothing beyond their plain reading.
final class ReferenceStepSink: RowSink {
    let step: ReferenceStep
    let next: RowSink

    init(_ step: ReferenceStep, next: RowSink) {
        self.step = step
        self.next = next
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        let next = self.next
        return try step.push(row) { row throws(RuntimeError) in try next.push(row) }
    }

    override func finish() throws(RuntimeError) {
        let next = self.next
        try step.finish { row throws(RuntimeError) in try next.push(row) }
        try next.finish()
    }
}
