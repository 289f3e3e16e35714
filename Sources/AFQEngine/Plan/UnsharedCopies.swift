import AFQQuery

/// Copies of a pipeline's syntax that share no storage with the original, one per batch of rows.
///
/// Why: evaluating a row retains parts of the syntax tree (boxed sub-expressions, path arrays,
/// field names longer than fifteen bytes). When both cores evaluate the same tree, every such
/// retain moves one cache line between them, and over loaded rows this took as long as the work
/// itself. A copy per batch
/// costs a few dozen allocations against thousands of rows.
extension Expression {
    package var unsharedCopy: Expression {
        switch self {
        case .literal(let value, let range): return .literal(value.unsharedCopy, range)
        case .list(let elements, let range): return .list(elements.map(\.unsharedCopy), range)
        case .field(let name, let range): return .field(name.unsharedCopy, range)
        case .variable(let name, let range): return .variable(name.unsharedCopy, range)
        case .member(let base, let name, let range): return .member(base.unsharedCopy, name.unsharedCopy, range)
        case .index(let base, let index, let range): return .index(base.unsharedCopy, index.unsharedCopy, range)
        case .unary(let op, let operand, let range): return .unary(op, operand.unsharedCopy, range)
        case .binary(let op, let left, let right, let range):
            return .binary(op, left.unsharedCopy, right.unsharedCopy, range)
        case .isNull(let operand, let negated, let range): return .isNull(operand.unsharedCopy, negated: negated, range)
        case .call(let name, let nameRange, let arguments, let range):
            return .call(name.unsharedCopy, nameRange: nameRange, arguments: arguments.map(\.unsharedCopy), range)
        case .chain(let first, let links, let range):
            return .chain(first.unsharedCopy, links.map(\.unsharedCopy), range)
        }
    }
}

extension ChainLink {
    package var unsharedCopy: ChainLink {
        switch step {
        case .member(let name): return ChainLink(.member(name.unsharedCopy), range: range)
        case .index(let index): return ChainLink(.index(index.unsharedCopy), range: range)
        case .binary(let op, let operand): return ChainLink(.binary(op, operand.unsharedCopy), range: range)
        }
    }
}

extension NamedExpression {
    package var unsharedCopy: NamedExpression {
        NamedExpression(
            expression: expression.unsharedCopy, alias: alias?.unsharedCopy, sourceText: sourceText.unsharedCopy)
    }
}

extension SelectItem {
    package var unsharedCopy: SelectItem {
        switch self {
        case .all(let range): return .all(range)
        case .column(let column): return .column(column.unsharedCopy)
        }
    }
}

extension Name {
    package var unsharedCopy: Name { Name(text.unsharedCopy, range) }
}

extension Value {
    package var unsharedCopy: Value {
        var bytes = 0
        return unsharedCopy(counting: &bytes)
    }

    /// The copy, adding to `bytes` an estimate of the memory it takes: the storage of records,
    /// lists and text longer than fifteen bytes, each with a 32-byte allocation header
    /// (`ProjectedRowCache` keeps its copies within a budget by it).
    package func unsharedCopy(counting bytes: inout Int) -> Value {
        switch self {
        case .string(let text):
            if text.utf8.count > 15 { bytes += 32 + text.utf8.count }
            return .string(text.unsharedCopy)
        case .list(let items):
            bytes += 32 + items.count * MemoryLayout<Value>.stride
            return .list(items.map { $0.unsharedCopy(counting: &bytes) })
        case .record(let record):
            bytes += 2 * 32 + record.count * (MemoryLayout<Value>.stride + MemoryLayout<String>.stride)
            return .record(
                Record(
                    uncheckedKeys: record.keys.map(\.unsharedCopy),
                    values: record.values.map { $0.unsharedCopy(counting: &bytes) }))
        default: return self
        }
    }
}

extension String {
    /// Text longer than fifteen bytes lives in a buffer of its own, which this copies; shorter
    /// text is held inline and returned as it is.
    package var unsharedCopy: String {
        let count = utf8.count
        guard count > 15 else { return self }
        return String(unsafeUninitializedCapacity: count) { buffer in
            _ = buffer.initialize(from: utf8)
            return count
        }
    }
}
