import AFQTestSupport
import Testing

@testable import AFQQuery

/// A JSON Lines encoder copies the text of lists it wrote before (`JSONListTexts`): its lines
/// must be exactly those written without it, whether lists repeat, differ, outnumber its slots,
/// outgrow its arena, or are changed after they were written.
@Suite struct JSONListTextsTests {
    @Test(arguments: Array(1...8) as [UInt64])
    func linesEqualThoseWrittenWithoutIt(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        func next(_ bound: Int) -> Int { random.next(below: bound) }
        // A few lists that repeat, as the reader shares them, and many made afresh.
        let shared: [[Value]] = (0..<(3 + next(100))).map { i in
            (0..<(1 + next(6))).map { j in j % 3 == 0 ? .string("OP_\(i)_\(j)\"\\") : .number(Double(i * j)) }
        }
        let longList: [Value] = (0..<200).map { .string("element \($0) of a list whose text is long") }
        var values: [Value] = []
        for row in 0..<3000 {
            var items: [Value] = shared[next(shared.count)]
            switch next(10) {
            case 0: items = (0..<next(4)).map { .number(Double(row + $0)) }
            case 1: items = longList
            case 2: items.append(.string("changed after it was shared"))
            default: break
            }
            values.append(
                .record(["name": .string("row \(row)"), "items": .list(items), "nested": .list([.list(items)])]))
        }
        let lists = JSONListTexts()
        var with = UTF8Buffer()
        var without = UTF8Buffer()
        for value in values {
            JSONText.appendLine(value, to: &with, lists: lists)
            JSONText.appendLine(value, to: &without)
        }
        #expect(with.string == without.string)
    }

    @Test func aListChangedInPlaceIsWrittenAnew() {
        let lists = JSONListTexts()
        var out = UTF8Buffer()
        var items: [Value] = ["A", "B"]
        JSONText.appendLine(.list(items), to: &out, lists: lists)
        items.append("C")
        JSONText.appendLine(.list(items), to: &out, lists: lists)
        JSONText.appendLine(.list(items), to: &out, lists: lists)
        #expect(out.string == "[\"A\",\"B\"]\n[\"A\",\"B\",\"C\"]\n[\"A\",\"B\",\"C\"]\n")
    }
}
