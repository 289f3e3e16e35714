import AFQModel
import Foundation
import Testing

/// Enumerations accept and keep values outside the model, as in the sample response on the
/// Amazon AppFlow API Reference's DescribeConnectors page (frequencies written `Hour`, `Day`, …
/// instead of `HOURLY`, `DAILY`).
struct ModelEnumerationTests {
    @Test func keepsAnUnknownValueVerbatim() throws {
        let frequencies = try Fixture.decode([ScheduleFrequencyType].self, json: #"["Minute", "DAILY"]"#)
        #expect(frequencies.map(\.rawValue) == ["Minute", "DAILY"])
        #expect(frequencies[1] == .daily)
        #expect(!frequencies[0].isKnown)
        #expect(frequencies[1].isKnown)
    }

    @Test func encodesAsTheBareWireString() throws {
        let data = try JSONEncoder().encode([WriteOperationType.upsert, WriteOperationType(rawValue: "MERGE")])
        #expect(String(decoding: data, as: UTF8.self) == #"["UPSERT","MERGE"]"#)
    }

    @Test func rejectsAValueThatIsNotAString() {
        #expect(throws: DecodingError.self) { try Fixture.decode([TriggerType].self, json: "[1]") }
    }

    @Test func matchesValuesCaseSensitively() {
        #expect(ConnectorType(rawValue: "googleanalytics") != .googleAnalytics)
        #expect(ConnectorType(rawValue: "Googleanalytics") == .googleAnalytics)
    }

    @Test func printsAsTheWireString() {
        #expect("\(Operators.maskFirstN)" == "MASK_FIRST_N")
    }
}
