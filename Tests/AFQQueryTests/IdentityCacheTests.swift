import AFQTestSupport
import Testing

@testable import AFQQuery
@testable import AFQEngine

/// `IdentityCache` answers by the storage of values it holds: answers must be exactly those of
/// computing each time, for values that repeat, values made afresh with the same contents, texts
/// that differ only in code points, and values changed after they were remembered.
@Suite struct IdentityCacheTests {
    static let words: [String] = ["BETWEEN", "K", "\u{212A}", "a text longer than fifteen bytes", "EQUAL_TO", ""]

    /// `list contains text` through the evaluator, which remembers answers in an `IdentityCache`.
    @Test(arguments: Array(1...6) as [UInt64])
    func containsAnswersEqualSearchingEachTime(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        func next(_ bound: Int) -> Int { random.next(below: bound) }
        let shared: [[Value]] = (0..<(2 + next(60))).map { _ in
            (0..<next(6)).map { _ in .string(Self.words[next(Self.words.count)]) }
        }
        let range = SourceRange(0, 1)
        let evaluator = ExpressionEvaluator(parameters: [:])
        let conditions = Self.words.map { word in
            evaluator.compile(.binary(.contains, .field("ops", range), .literal(.string(word), range), range))
        }
        for _ in 0..<5000 {
            var list = shared[next(shared.count)]
            if next(4) == 0 { list = list.map { $0 } + [.string(Self.words[next(Self.words.count)])] }
            let row = Row(.record(["ops": .list(list)]))
            let which = next(Self.words.count)
            let expected = try Comparison.contains(.list(list), .string(Self.words[which]), range: range)
            #expect(try conditions[which](row) == .bool(expected), "\(list) contains \(Self.words[which])")
        }
    }

    /// Held values cannot be freed and their storage reused for other contents, and a held list
    /// changed by its owner is copied first: a remembered answer stays true of its key.
    @Test(arguments: Array(1...4) as [UInt64])
    func answersStayTrueOfTheirKeys(seed: UInt64) {
        var random = SplitMix64(seed: seed &* 17)
        let cache = IdentityCache<([Value], String), Int>(slotCountLog2: 3, unused: 0)
        for _ in 0..<3000 {
            // Lists made and dropped at once, so that freed buffers are reused by the next ones.
            var list: [Value] = (0..<random.next(below: 4)).map { _ in .number(Double(random.next(below: 5))) }
            let text =
                random.next(below: 2) == 0
                ? Self.words[random.next(below: Self.words.count)] : "w\(random.next(below: 40))"
            let truth = list.count * 1000 + text.utf8.count
            if let known = cache.answer(for: IdentityKey(list, text)) {
                #expect(known == truth)
            } else {
                cache.remember(truth, for: IdentityKey(list, text), holding: (list, text))
            }
            list.append(.null)
            #expect(
                cache.answer(for: IdentityKey(list, text)).map { $0 == list.count * 1000 + text.utf8.count } ?? true)
        }
    }

    @Test func forgetsEverythingOnRemoveAll() {
        let cache = IdentityCache<String, Int>(slotCountLog2: 2, unused: 0)
        let names = (0..<4).map { "name number \($0) is long" }
        for (i, name) in names.enumerated() { cache.remember(i, for: IdentityKey(name), holding: name) }
        #expect(names.contains { cache.answer(for: IdentityKey($0)) != nil })
        cache.removeAll()
        #expect(names.allSatisfy { cache.answer(for: IdentityKey($0)) == nil })
    }
}
