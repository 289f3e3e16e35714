import Testing

@testable import AFQQuery
@testable import AFQEngine

/// Field lookups by keys array identity must give exactly what a search of the keys gives, whatever mix of
/// shapes, shared keys arrays and changed records it sees.
@Suite struct FieldLookupTests {
    /// Records of one shape sharing one keys array, as the reader makes them.
    private func records(keys: [String], rows: Int) -> [Record] {
        (0..<rows).map { row in
            Record(uncheckedKeys: keys, values: keys.indices.map { .number(Double(row * 10 + $0)) })
        }
    }

    @Test func findsFieldsOfRecordsSharingKeys() {
        let cache = FieldLookup()
        let keys = ["connectorName", "supportedWriteOperations", "canUseAsDestination"]
        for record in records(keys: keys, rows: 50) {
            for name in keys + ["missingField"] {
                #expect(cache.member(name, of: .record(record)) == (record[name] ?? .null))
            }
        }
    }

    @Test func followsRecordsChangedAfterALookup() {
        let cache = FieldLookup()
        var record = Record(uncheckedKeys: ["a", "b"], values: [1, 2])
        #expect(cache.member("b", of: .record(record)) == 2)
        record["a"] = nil
        #expect(cache.member("b", of: .record(record)) == 2)
        #expect(cache.member("a", of: .record(record)) == .null)
        record["a"] = 3
        #expect(cache.member("a", of: .record(record)) == 3)
    }

    @Test func staysExactOverManyShapes() {
        let cache = FieldLookup()
        // Many shapes, each a different order and subset of the same names, cycled so that
        // slots are taken over by other keys arrays and names.
        let names = (0..<12).map { "field\($0)WithALongName" }
        let shapes = (0..<40).map { shape in
            records(keys: names.enumerated().filter { ($0.offset + shape) % 3 != 0 }.map(\.element).shuffled(), rows: 3)
        }
        for round in 0..<20 {
            for shape in shapes {
                let record = shape[round % shape.count]
                for name in names {
                    #expect(cache.member(name, of: .record(record)) == (record[name] ?? .null))
                }
            }
        }
    }

    @Test func readsListsAndScalarsAsMemberDoes() {
        let cache = FieldLookup()
        let list: Value = [.record(["a": 1]), .record(["b": 2]), .record(["a": [3, 4]])]
        #expect(cache.member("a", of: list) == list.member("a"))
        #expect(cache.member("a", of: "text") == .null)
    }
}
