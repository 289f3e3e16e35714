import AFQTestSupport
import Testing

@testable import AFQQuery
@testable import AFQEngine

/// Fields are found by the identity of a record's keys array (`FieldPositions`). That must be
/// invisible: the positions a search of the keys gives, whatever arrays, names and texts come.
@Suite struct FieldPositionsTests {
    /// Texts that differ only in code points ("K" and the Kelvin sign are canonically equivalent)
    /// or only past the fifteen bytes Swift keeps inline.
    static let names = [
        "K", "\u{212A}", "a", "supportedOperators", "supportedOperatorz", "connectorModes",
        "fieldNameLongerThanFifteen",
    ]

    /// The same text in storage of its own.
    static func fresh(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }

    @Test(arguments: Array(1...6) as [UInt64])
    func positionsEqualASearchOfTheKeys(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let orders: [[String]] = (0..<40).map { _ in
            Self.names.filter { _ in random.next(below: 3) != 0 }.shuffled(using: &random)
        }
        let table = FieldPositions.borrow()
        defer { FieldPositions.giveBack(table) }
        let shared = orders.map { $0.map(Self.fresh) }
        for _ in 0..<4000 {
            let order = random.next(below: orders.count)
            // Most records share their order's array, as loaded rows do; some have their own.
            let keys = random.next(below: 4) == 0 ? orders[order].map(Self.fresh) : shared[order]
            let record = Record(uncheckedKeys: keys, values: keys.map { .string($0) })
            let text = Self.names[random.next(below: Self.names.count)]
            let name = random.next(below: 2) == 0 ? table.canonicalName(text) : Self.fresh(text)
            #expect(table.index(of: name, in: record) == record.index(of: name), "\(name) in \(keys)")
        }
    }

    @Test func aNameHasOneStoragePerText() {
        let table = FieldPositions.borrow()
        defer { FieldPositions.giveBack(table) }
        let name = table.canonicalName(Self.fresh("supportedOperators"))
        #expect(table.canonicalName(Self.fresh("supportedOperators")).storageBits == name.storageBits)
        #expect(table.canonicalName("K").hasSameCodePoints(as: "K"))
        #expect(table.canonicalName("\u{212A}").hasSameCodePoints(as: "\u{212A}"))
    }
}
