import AFQQuery
import AFQTestSupport
import Testing

@testable import AFQSources

@Suite struct JSONRoundTripTests {
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func parseOfSerializeIsIdentity(seed: UInt64) throws {
        var values = RandomValues(random: SplitMix64(seed: seed))
        var writer = TestJSONWriter(random: SplitMix64(seed: seed &* 31))
        for _ in 0..<250 {
            let value = values.value()
            let text = writer.write(value)
            let parsed = try JSONReader.parse(text)
            #expect(parsed.isIdentical(to: value), "\(text)")
        }
    }

    @Test func skippingAgreesWithParsing() throws {
        var values = RandomValues(random: SplitMix64(seed: 99))
        var writer = TestJSONWriter(random: SplitMix64(seed: 100))
        for _ in 0..<200 {
            guard case .record(let record) = values.value(depth: 2) else { continue }
            let text = writer.write(.record(record))
            let keep = Set(record.keys.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
            let parsed = try JSONReader.parse(Array(text.utf8), keepingTopLevelKeys: keep)
            var expected = Record()
            for (key, value) in record.fields where keep.contains(key) { expected.appendUnchecked(key, value) }
            #expect(parsed.isIdentical(to: .record(expected)), "\(text)")
        }
    }
}
