import AFQTestSupport
import Testing

@testable import AFQQuery

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
}
