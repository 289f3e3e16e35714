import AFQTestSupport
import Testing

@testable import AFQQuery

/// `list contains text` is remembered by the storage of the list and of the text
/// (`ListSearchCache`): answers must be exactly those of searching each time, for lists that
/// repeat, lists made afresh, texts that differ only in code points, and lists changed after
/// they were searched.
@Suite struct ListSearchCacheTests {
    @Test(arguments: Array(1...6) as [UInt64])
    func answersEqualSearchingEachTime(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        func next(_ bound: Int) -> Int { random.next(below: bound) }
        let words: [String] = ["BETWEEN", "K", "\u{212A}", "a text longer than fifteen bytes", "EQUAL_TO", ""]
        let shared: [[Value]] = (0..<(2 + next(60))).map { _ in (0..<next(6)).map { _ in .string(words[next(words.count)]) } }
        let range = SourceRange(0, 1)
        let evaluator = ExpressionEvaluator(parameters: [:])
        let conditions = words.map { word in
            evaluator.compile(.binary(.contains, .field("ops", range), .literal(.string(word), range), range))
        }
        for _ in 0..<5000 {
            var list = shared[next(shared.count)]
            if next(4) == 0 { list = list.map { $0 } + [.string(words[next(words.count)])] }
            let row = Row(.record(["ops": .list(list)]))
            let which = next(words.count)
            let expected = try Comparison.contains(.list(list), .string(words[which]), range: range)
            #expect(try conditions[which](row) == .bool(expected), "\(list) contains \(words[which])")
        }
    }
}
