/// One stage of the reference evaluator: it takes rows one at a time, in the order a single
/// thread meets them, and hands what comes of each to the next stage (`emit`), which answers
/// false when it wants no more. Rows a stage holds (a sort, groups) go out at `finish`.
package final class ReferenceStep {
    package typealias Emit = (Row) throws(RuntimeError) -> Bool

    package let push: (Row, Emit) throws(RuntimeError) -> Bool
    package let finish: (Emit) throws(RuntimeError) -> Void

    init(
        push: @escaping (Row, Emit) throws(RuntimeError) -> Bool,
        finish: @escaping (Emit) throws(RuntimeError) -> Void = { _ throws(RuntimeError) in }
    ) {
        self.push = push
        self.finish = finish
    }

    /// A stage that makes one new value of each row and passes it on with the row's `$source`.
    static func mapping(_ transform: @escaping (Row) throws(RuntimeError) -> Value) -> ReferenceStep {
        ReferenceStep { row, emit throws(RuntimeError) in
            try emit(Row(try transform(row), source: row.source))
        }
    }
}
