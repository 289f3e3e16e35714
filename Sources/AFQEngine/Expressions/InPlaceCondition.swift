import AFQQuery

/// A `where` condition of the shapes most queries use (a field path's truthiness, `path contains
/// "text"` and `"text" in path`, and `and`, `or`, `not` of those), tested on the row where its
/// values are, without taking a copy of any of them (`LentFieldPath` says why).
///
/// A test answers nil where the general evaluation must decide (a path through a list, which
/// maps over its elements; a timestamp among a list's elements; a type `contains` refuses), and
/// `Where` then evaluates the condition as compiled; everything else is answered as that would be.
final class InPlaceCondition {
    /// One test of the condition's tree: a class with constant members, so that walking the tree
    /// for every row reads them without retaining them (an indirect enum's cases are retained
    /// when matched).
    private final class Node {
        enum Kind {
            /// The truthiness of the value at `path`.
            case truthy
            /// `path contains text`.
            case containsText
            case and
            case or
            case not
        }

        let kind: Kind
        let path: LentFieldPath?
        let text: String
        let left: Node?
        let right: Node?

        init(_ kind: Kind, path: LentFieldPath? = nil, text: String = "", left: Node? = nil, right: Node? = nil) {
            self.kind = kind
            self.path = path
            self.text = text
            self.left = left
            self.right = right
        }
    }

    private let root: Node

    init?(_ condition: Expression, fields: FieldLookup) {
        guard let root = InPlaceCondition.node(for: condition, fields) else { return nil }
        self.root = root
    }

    private static func node(for expression: Expression, _ fields: FieldLookup) -> Node? {
        switch expression {
        case .field, .member:
            return expression.fieldPath.map { Node(.truthy, path: LentFieldPath($0, fields: fields)) }
        case .binary(.contains, let container, .literal(.string(let text), _), _),
            .binary(.in, .literal(.string(let text), _), let container, _):
            // `"text" in path` is `path contains "text"` for a list or null; for anything else
            // the test answers nil and the compiled expression gives `in`'s error.
            return container.fieldPath.map {
                Node(.containsText, path: LentFieldPath($0, fields: fields), text: text)
            }
        case .binary(let op, let left, let right, _) where op == .and || op == .or:
            guard let left = node(for: left, fields), let right = node(for: right, fields) else { return nil }
            return Node(op == .and ? .and : .or, left: left, right: right)
        case .unary(.not, let operand, _):
            return node(for: operand, fields).map { Node(.not, left: $0) }
        default:
            return nil
        }
    }

    /// Whether `row` passes; nil when the general evaluation must decide.
    func passes(_ row: Row) -> Bool? {
        passes(root, row)
    }

    /// A node missing the member its kind needs cannot be built (`node(for:_:)`); were one met, the
    /// general evaluation would decide.
    private func passes(_ node: Node, _ row: Row) -> Bool? {
        switch node.kind {
        case .truthy:
            guard let path = node.path else { return nil }
            return path.withValue(in: row) { value, _ in value.isTruthy }
        case .containsText:
            guard let path = node.path else { return nil }
            return path.withValue(in: row) { value, _ in InPlaceCondition.contains(&value, node.text) } ?? nil
        case .and:
            guard let leftNode = node.left, let rightNode = node.right, let left = passes(leftNode, row) else {
                return nil
            }
            return left ? passes(rightNode, row) : false
        case .or:
            guard let leftNode = node.left, let rightNode = node.right, let left = passes(leftNode, row) else {
                return nil
            }
            return left ? true : passes(rightNode, row)
        case .not:
            guard let operand = node.left else { return nil }
            return passes(operand, row).map { !$0 }
        }
    }

    /// `Comparison.contains(value, .string(text))`, or nil where it could throw or compares a
    /// timestamp.
    private static func contains(_ value: inout Value, _ text: String) -> Bool? {
        switch value {
        case .null: return false
        case .list(let elements):
            for i in elements.indices {
                switch elements[i] {
                case .string(let element): if element.hasSameCodePoints(as: text) { return true }
                case .timestamp: return nil
                default: continue
                }
            }
            return false
        default: return nil
        }
    }
}
