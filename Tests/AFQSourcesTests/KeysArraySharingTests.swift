import AFQTestSupport
import Testing

@testable import AFQQuery
@testable import AFQSources

/// Loaded rows share one keys array per key order (`KeysArraySharing`). That must be invisible:
/// the same rows, whatever arrays, names and texts come.
@Suite struct KeysArraySharingTests {
    /// Texts that differ only in code points ("K" and the Kelvin sign are canonically equivalent)
    /// or only past the fifteen bytes Swift keeps inline.
    static let names = [
        "K", "\u{212A}", "a", "supportedOperators", "supportedOperatorz", "connectorModes",
        "fieldNameLongerThanFifteen",
    ]

    /// The same text in storage of its own.
    static func fresh(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }

    @Test(arguments: Array(1...4) as [UInt64])
    func sharedKeysLeaveRowsAsTheyWere(seed: UInt64) {
        var random = SplitMix64(seed: seed &* 71)
        let orders: [[String]] = (0..<12).map { _ in
            Self.names.filter { _ in random.next(below: 3) != 0 }.shuffled(using: &random)
        }
        var sharing = KeysArraySharing()
        var seen: [Row] = []
        for _ in 0..<5 {
            // One piece: its rows share arrays among themselves only, as one parser makes them.
            let pieceArrays = orders.map { $0.map(Self.fresh) }
            var piece: [Row] = (0..<50).map { index in
                if index % 17 == 0 { return Row(.list([1, 2])) }
                let keys = pieceArrays[random.next(below: orders.count)]
                return Row(.record(Record(uncheckedKeys: keys, values: keys.map { .string($0) })))
            }
            let before = piece
            sharing.shareKeys(of: &piece)
            for (old, new) in zip(before, piece) {
                #expect(old.value == new.value)
                if case .record(let a) = old.value, case .record(let b) = new.value {
                    #expect(a.keys.elementsEqual(b.keys) { $0.hasSameCodePoints(as: $1) })
                }
            }
            seen += piece
        }
        var arrays = Set<UInt>()
        var distinctOrders = Set<[CodePointText]>()
        for row in seen {
            guard case .record(let record) = row.value else { continue }
            arrays.insert(record.keys.storageIdentity)
            distinctOrders.insert(record.keys.map(CodePointText.init))
        }
        #expect(arrays.count == distinctOrders.count)
    }
}
