import AFQTestSupport
import Testing

@testable import AFQQuery
@testable import AFQEngine

/// `where` conditions and `get` paths read in place (`InPlaceCondition`, `LentFieldPath`) must
/// answer exactly as the compiled expressions do, or leave the answer to them: over rows with
/// missing keys, nulls, scalars and lists on the way, timestamps among a list's elements, keys
/// that differ only in code points, and rows that are not records.
@Suite struct InPlaceReadingTests {
    static let range = SourceRange(0, 1)
    static let names = ["a", "b", "K", "\u{212A}", "aFieldNameLongerThanFifteen"]
    static let texts = ["BETWEEN", "K", "\u{212A}", "", "a text longer than fifteen bytes", "2024-01-02T03:04:05Z"]

    struct RandomRows {
        var random: SplitMix64

        mutating func next(_ bound: Int) -> Int { random.next(below: bound) }

        mutating func value(depth: Int) -> Value {
            switch next(depth > 2 ? 6 : 9) {
            case 0: return .null
            case 1: return .bool(next(2) == 0)
            case 2: return .number(Double(next(3)))
            case 3: return .string(InPlaceReadingTests.texts[next(InPlaceReadingTests.texts.count)])
            case 4: return .timestamp(Timestamp(secondsSince1970: 1_704_164_645))
            case 5: return .list([])
            case 6, 7: return .record(record(depth: depth + 1))
            default: return .list((0..<next(4)).map { _ in element(depth: depth + 1) })
            }
        }

        mutating func element(depth: Int) -> Value {
            switch next(5) {
            case 0: return .timestamp(Timestamp(secondsSince1970: Double(next(2)) + 1_704_164_645))
            case 1: return .record(record(depth: depth + 1))
            default: return .string(InPlaceReadingTests.texts[next(InPlaceReadingTests.texts.count)])
            }
        }

        mutating func record(depth: Int) -> Record {
            var record = Record()
            for name in InPlaceReadingTests.names.shuffled(using: &random) where next(3) != 0 {
                record.appendUnchecked(name, value(depth: depth))
            }
            return record
        }

        mutating func row() -> Row {
            Row(next(12) == 0 ? value(depth: 2) : .record(record(depth: 0)))
        }

        mutating func path() -> Expression {
            var path = Expression.field(InPlaceReadingTests.names[next(InPlaceReadingTests.names.count)], range)
            for _ in 0..<next(3) {
                path = .member(path, InPlaceReadingTests.names[next(InPlaceReadingTests.names.count)], range)
            }
            return path
        }

        mutating func condition(depth: Int = 0) -> Expression {
            switch next(depth > 2 ? 2 : 5) {
            case 0: return path()
            case 1:
                let text = InPlaceReadingTests.texts[next(InPlaceReadingTests.texts.count)]
                if next(3) == 0 { return .binary(.in, .literal(.string(text), range), path(), range) }
                return .binary(.contains, path(), .literal(.string(text), range), range)
            case 2: return .binary(.and, condition(depth: depth + 1), condition(depth: depth + 1), range)
            case 3: return .binary(.or, condition(depth: depth + 1), condition(depth: depth + 1), range)
            default: return .unary(.not, condition(depth: depth + 1), range)
            }
        }
    }

    @Test(arguments: Array(1...8) as [UInt64])
    func conditionsAnswerAsCompiledOnesDo(seed: UInt64) throws {
        var rows = RandomRows(random: SplitMix64(seed: seed))
        let evaluator = ExpressionEvaluator(parameters: [:])
        var answeredInPlace = 0
        var tested = 0
        for _ in 0..<40 {
            let expression = rows.condition()
            let compiled = evaluator.compile(expression)
            let inPlace = try #require(evaluator.inPlaceCondition(expression))
            for _ in 0..<60 {
                let row = rows.row()
                tested += 1
                guard let passes = inPlace.passes(row) else { continue }
                answeredInPlace += 1
                #expect(try compiled(row).isTruthy == passes, "\(expression) on \(row.value)")
            }
        }
        // Most rows are answered in place, so the comparison above is not vacuous.
        #expect(answeredInPlace * 2 > tested)
    }

    @Test(arguments: Array(1...8) as [UInt64])
    func pathsReadAsCompiledOnesDo(seed: UInt64) throws {
        var rows = RandomRows(random: SplitMix64(seed: seed &* 31))
        let evaluator = ExpressionEvaluator(parameters: [:])
        var answeredInPlace = 0
        var tested = 0
        for _ in 0..<40 {
            let expression = rows.path()
            let compiled = evaluator.compile(expression)
            let path = try #require(evaluator.lentFieldPath(expression))
            for _ in 0..<60 {
                let row = rows.row()
                tested += 1
                guard let value = path.withValue(in: row, { value, _ in value }) else { continue }
                answeredInPlace += 1
                #expect(try compiled(row) == value, "\(expression) on \(row.value)")
            }
        }
        #expect(answeredInPlace * 2 > tested)
    }

    /// `select` of field paths into JSON Lines writes each row from where its values are; the
    /// lines must be those of the selected records, including rows whose paths go through a list
    /// (written as compiled, after the part written in place is taken back).
    @Test(arguments: Array(1...6) as [UInt64])
    func selectedLinesEqualTheSelectedRecords(seed: UInt64) throws {
        var rows = RandomRows(random: SplitMix64(seed: seed &* 97))
        let evaluator = ExpressionEvaluator(parameters: [:])
        for _ in 0..<30 {
            let items = (0..<(1 + rows.next(3))).enumerated().map { index, _ in
                SelectItem.column(
                    NamedExpression(
                        expression: rows.path(), alias: Name("c\(index)", InPlaceReadingTests.range),
                        sourceText: "c\(index)"))
            }
            let encoder = EncodingSink()
            var values: [Value] = []
            let collector = EmittingSink { values.append($0) }
            let inPlace = SelectStage.Sink(items, evaluator, next: encoder)
            let compiled = SelectStage.Sink(items, evaluator, next: collector)
            for _ in 0..<40 {
                let row = rows.row()
                _ = try inPlace.push(row)
                _ = try compiled.push(row)
            }
            #expect(inPlace.strategy == "lent into lines")
            guard case .lines(let text) = encoder.takePart() else { Issue.record("no lines"); return }
            #expect(text == JSONText.lines(values), "\(items)")
        }
    }

    @Test func onlyTheShapesItReadsInPlace() {
        let evaluator = ExpressionEvaluator(parameters: [:])
        let range = InPlaceReadingTests.range
        #expect(evaluator.inPlaceCondition(.binary(.equal, .field("a", range), .literal(1, range), range)) == nil)
        #expect(evaluator.inPlaceCondition(.binary(.contains, .field("a", range), .literal(1, range), range)) == nil)
        #expect(evaluator.inPlaceCondition(.variable("it", range)) == nil)
        #expect(evaluator.lentFieldPath(.index(.field("a", range), .literal(0, range), range)) == nil)
    }
}
