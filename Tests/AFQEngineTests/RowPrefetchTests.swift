import Testing

@testable import AFQQuery
@testable import AFQEngine

/// `RowPrefetch` reads a `Row`'s words to find the arrays a query will read next. Only speed
/// depends on it (a prefetch of any address is harmless), so this checks the layout it assumes:
/// should Swift lay rows out differently, this fails and the hint is to be changed.
@Suite struct RowPrefetchTests {
    @Test func theHintedWordsAreTheRecordsArrays() {
        let record = Record(uncheckedKeys: ["a", "b"], values: [.number(1), .string("a string longer than fifteen")])
        let rows = [Row(.record(record), source: RowSource(region: "eu-west-1", file: "inventory.jsonl"))]
        // An array's elements follow its object's 32-byte header.
        let keys = record.keys.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) - 32 }
        let values = record.values.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) - 32 }
        rows.withUnsafeBufferPointer { buffer in
            let raw = UnsafeRawPointer(buffer.baseAddress!)
            #expect(RowPrefetch.address(at: 0, of: raw) == keys)
            #expect(RowPrefetch.address(at: RowPrefetch.valuesWordOffset, of: raw) == values)
        }
    }
}
