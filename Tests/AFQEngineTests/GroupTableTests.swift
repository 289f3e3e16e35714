import AFQTestSupport
import Testing

@testable import AFQQuery
@testable import AFQEngine

/// `GroupTable` finds text keys met lately by their storage before hashing them: the groups must
/// be exactly those of the key index alone, for short and long text, the same text in different
/// storage, text that differs only in code points, and keys that share a slot.
@Suite struct GroupTableTests {
    @Test(arguments: Array(1...6) as [UInt64])
    func textKeysFindTheGroupsTheIndexFinds(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        func next(_ bound: Int) -> Int { random.next(below: bound) }
        let texts = (0..<(5 + next(200))).map { i -> String in
            switch i % 4 {
            case 0: return "OP\(i)"
            case 1: return "a long key of more than fifteen bytes \(i)"
            case 2: return i % 8 == 2 ? "K" : "\u{212A}"  // the Kelvin sign
            default: return String(repeating: "x", count: i % 20)
            }
        }
        var table = GroupTable()
        var expected: [Value: Int] = [:]
        for _ in 0..<20_000 {
            let chosen = texts[next(texts.count)]
            // Now and then the same text in storage of its own.
            let text = next(3) == 0 ? String(decoding: Array(chosen.utf8), as: UTF8.self) : chosen
            let key = Value.string(text)
            let group = table.group(singleKey: key, definitions: [])
            let reference = expected[key] ?? expected.count
            expected[key] = reference
            try #require(group == reference, "\(text)")
        }
        #expect(table.groups.count == expected.count)
    }

    /// NaN keys, which `==` finds unequal even to themselves, make one group, at any depth.
    @Test func nanKeysFallInOneGroup() {
        var table = GroupTable()
        let nan = Value.number(.nan)
        let otherNaN = Value.number(-Double.nan)
        #expect(nan != nan)
        for key in [nan, otherNaN, .number(1), nan] { _ = table.group(singleKey: key, definitions: []) }
        #expect(table.groups.count == 2)
        let nested: [Value] = [.list([nan, .record(["x": nan])]), .string("a")]
        var multi = GroupTable()
        for _ in 0..<3 { _ = multi.group(key: nested, definitions: []) }
        _ = multi.group(key: [.list([otherNaN, .record(["x": otherNaN])]), .string("a")], definitions: [])
        #expect(multi.groups.count == 1)
    }
}
