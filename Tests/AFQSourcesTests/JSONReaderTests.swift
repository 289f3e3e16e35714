import AFQQuery
import AFQTestSupport
import Testing

@testable import AFQSources

@Suite struct JSONReaderTests {
    @Test func parsesScalars() throws {
        #expect(try JSONReader.parse("null") == .null)
        #expect(try JSONReader.parse("true") == .bool(true))
        #expect(try JSONReader.parse(" false ") == .bool(false))
        #expect(try JSONReader.parse("\"x\"") == .string("x"))
        #expect(try JSONReader.parse("12") == .number(12))
    }

    @Test func keepsRecordKeyOrder() throws {
        let value = try JSONReader.parse(#"{"z": 1, "a": 2, "m": {"y": 1, "b": 2}}"#)
        let record = try #require(value.recordValue)
        #expect(record.keys == ["z", "a", "m"])
        #expect(value["m"].recordValue?.keys == ["y", "b"])
    }

    @Test func duplicateKeyLastValueWinsInFirstPlace() throws {
        let record = try #require(try JSONReader.parse(#"{"a": 1, "b": 2, "a": 3}"#).recordValue)
        #expect(record.keys == ["a", "b"])
        #expect(record.values == [3, 2])
    }

    @Test func duplicateKeyIsFoundThroughEscapes() throws {
        let record = try #require(try JSONReader.parse(#"{"ab": 1, "a\u0062": 2}"#).recordValue)
        #expect(record.keys == ["ab"])
        #expect(record["ab"] == 2)
    }

    @Test func nestsListsAndRecords() throws {
        let value = try JSONReader.parse(#"[[], {}, [[1, [2]]], {"a": [{"b": null}]}]"#)
        #expect(value == [[], .record(Record()), [[1, [2]]], .record(["a": [.record(["b": .null])]])])
    }

    @Test func decodesEveryEscape() throws {
        #expect(try JSONReader.parse(#""\" \\ \/ \b \f \n \r \t""#) == .string("\" \\ / \u{8} \u{C} \n \r \t"))
        #expect(try JSONReader.parse(#""\u0041\u00e9\u20AC""#) == .string("Aé€"))
    }

    @Test func decodesSurrogatePairs() throws {
        #expect(try JSONReader.parse(#""\uD83D\uDE00 \ud834\udd1e""#) == .string("😀 𝄞"))
    }

    @Test func keepsRawMultibyteCharacters() throws {
        #expect(try JSONReader.parse("\"é中😀\"") == .string("é中😀"))
        #expect(try JSONReader.parse("\"é\\n中\"") == .string("é\n中"))
    }

    @Test func internsLongKeysWithoutMixingThemUp() throws {
        let text =
            #"[{"supportedDestinationConnectors": 1, "supportedSchedulingFrequencies": 2}, "#
            + #"{"supportedDestinationConnectors": 3, "supportedSchedulingFrequencies": 4}]"#
        let value = try JSONReader.parse(text)
        #expect(
            value == [
                .record(["supportedDestinationConnectors": 1, "supportedSchedulingFrequencies": 2]),
                .record(["supportedDestinationConnectors": 3, "supportedSchedulingFrequencies": 4]),
            ])
    }

    @Test func readsNumbersExactlyAndCorrectlyRounded() throws {
        let cases: [(String, Double)] = [
            ("0", 0), ("-0", -0.0), ("42", 42), ("-17", -17), ("1.5", 1.5), ("-1.25e2", -125),
            ("1E3", 1000), ("1e+2", 100), ("25e-1", 2.5), ("0.1", 0.1), ("1612345678.123", 1612345678.123),
            ("9007199254740992", 9_007_199_254_740_992), ("9007199254740993", 9_007_199_254_740_992),
            ("123456789012345678901234567890", 123_456_789_012_345_678_901_234_567_890),
            ("2.2250738585072014e-308", 2.2250738585072014e-308), ("5e-324", 5e-324), ("1e-400", 0),
            ("1.7976931348623157e308", 1.7976931348623157e308),
            ("0.30000000000000004", 0.30000000000000004), ("3.141592653589793238462643383279", Double.pi),
        ]
        for (text, expected) in cases {
            let value = try JSONReader.parse(text)
            #expect(value.numberValue?.bitPattern == expected.bitPattern, "\(text)")
        }
    }

    @Test func integersUpTo2To53AreExact() throws {
        var random = SplitMix64(seed: 7)
        for _ in 0..<1000 {
            let n = Int64(random.next() % (1 << 53))
            #expect(try JSONReader.parse(String(n)) == .number(Double(n)))
            #expect(try JSONReader.parse(String(-n)) == .number(Double(-n)))
        }
    }

    @Test func skipsByteOrderMark() throws {
        #expect(try JSONReader.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == [1])
    }

    @Test func keepsOnlyRequestedTopLevelKeys() throws {
        let text = #"{"a": 1, "b": {"deep": ["x", {"y": "\u00e9\"}"}]}, "c": [true], "d": "skip \"me\""}"#
        let value = try JSONReader.parse(Array(text.utf8), keepingTopLevelKeys: ["a", "c"])
        let record = try #require(value.recordValue)
        #expect(record.keys == ["a", "c"])
        #expect(value["c"] == [true])
    }

    @Test func skippedMembersAreStillCheckedForSyntax() throws {
        let text = #"{"a": 1, "b": {"deep": [1 2]}}"#
        #expect(throws: JSONSyntaxError.self) {
            try JSONReader.parse(Array(text.utf8), keepingTopLevelKeys: ["a"])
        }
    }

    @Test func readsJSONLinesSkippingBlankLines() throws {
        let text = "{\"a\": 1}\n\n  \r\n[2]\r\n\"three\"\n"
        #expect(try JSONReader.values(in: Array(text.utf8), layout: .lines) == [.record(["a": 1]), [2], "three"])
    }

    @Test func readsAStreamOfPrettyPrintedValues() throws {
        let text = "{\n  \"a\": 1\n}\n{\n  \"b\": 2\n} [3]"
        #expect(
            try JSONReader.values(in: Array(text.utf8), layout: .stream) == [.record(["a": 1]), .record(["b": 2]), [3]])
    }

    @Test func reportsTheOffsetOfEachValue() throws {
        let bytes = Array("{\"a\": 1}\n  [2]\n".utf8)
        var offsets: [Int] = []
        try bytes.withUnsafeBytes { raw in
            try JSONReader.forEachValue(in: raw, layout: .lines) { _, offset in offsets.append(offset) }
        }
        #expect(offsets == [0, 11])
    }

    @Test func locatesNestedValuesByPath() throws {
        let marked = MarkedText(#"[{"a": 1}, {"c": 2, "a": {"b": [0, ‸"x"]}}]"#)
        let bytes = marked.bytes
        let offset = bytes.withUnsafeBytes { raw in
            JSONReader.offset(of: [.index(1), .key("a"), .key("b"), .index(1)], in: raw, valueAt: 0)
        }
        #expect(offset == marked.offset)
        let missing = bytes.withUnsafeBytes { raw in
            JSONReader.offset(of: [.index(5)], in: raw, valueAt: 0)
        }
        #expect(missing == nil)
    }

    @Test func locatesTheLastOfDuplicateKeys() throws {
        let marked = MarkedText(#"{"a": 1, "b": 2, "a": ‸3}"#)
        let offset = marked.bytes.withUnsafeBytes { raw in JSONReader.offset(of: [.key("a")], in: raw, valueAt: 0) }
        #expect(offset == marked.offset)
    }

    /// A value read after a larger one must not keep the parser's larger buffer: every top-level
    /// value once held a buffer as large as the parser's stack had grown (docs/performance.md,
    /// "Results": "Every top-level value held a buffer as large as the reader's stack").
    @Test func valuesHoldBuffersOfTheirOwnSize() throws {
        let long = (1...200).map(String.init).joined(separator: ",")
        let wide = (1...200).map { "\"k\($0)\": \($0)" }.joined(separator: ",")
        let text = "[\(long)]\n[1]\n{\(wide)}\n{\"a\": [2]}\n"
        let values = try JSONReader.values(in: Array(text.utf8), layout: .lines)
        #expect(values.count == 4)
        let shortList = try #require(values[1].listValue)
        #expect(shortList == [1])
        #expect(shortList.capacity < 8)
        let smallRecord = try #require(values[3].recordValue)
        #expect(smallRecord.values.capacity < 8)
        #expect(try #require(smallRecord["a"]?.listValue).capacity < 8)
    }
}
