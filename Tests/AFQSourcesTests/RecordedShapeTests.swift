import AFQQuery
import Testing

@testable import AFQSources

/// `RecordedShape` tells values apart by their members alone, in the order docs/recording.md,
/// "What afq reads", gives: a recording line, then a response, then a bare configuration.
@Suite struct RecordedShapeTests {
    static let configurationMembers = Set(TestSchema.schema.row.fields.map(\.name))

    static func shape(_ object: Record) -> RecordedShape {
        RecordedShape(of: object, configurationMembers: configurationMembers)
    }

    @Test func tellsEachShapeByItsMembers() {
        #expect(Self.shape(["afqRecording": 1, "response": .record(["connectors": .list([])])]) == .recording)
        #expect(Self.shape(["connectorConfigurations": .record([:]), "nextToken": "x"]) == .connectorsPage)
        #expect(Self.shape(["connectors": .list([]), "nextToken": .null]) == .connectorsPage, "a ListConnectors page")
        #expect(Self.shape(["region": "eu-west-1", "connectorConfiguration": .null]) == .connectorResponse)
        #expect(Self.shape(["connectorName": "Slack", "somethingNew": 1]) == .configuration)
        #expect(Self.shape(["somethingNew": 1, "nextToken": "x"]) == .unrecognized)
        #expect(Self.shape([:]) == .unrecognized)
    }

    @Test func aMemberThatHoldsRowsMakesAResponseEvenBesideConfigurationMembers() {
        #expect(Self.shape(["connectorName": "Slack", "connectorConfiguration": .record([:])]) == .connectorResponse)
        #expect(Self.shape(["connectorConfiguration": .null, "connectors": .list([])]) == .connectorsPage)
    }

    @Test func aRecordingsResponseIsOnlyEverAResponse() {
        #expect(RecordedShape(response: ["connectorConfigurations": .record([:])]) == .connectorsPage)
        #expect(RecordedShape(response: ["connectorConfiguration": .record([:])]) == .connectorResponse)
        #expect(RecordedShape(response: ["connectorName": "Slack"]) == nil)
        #expect(RecordedShape(response: ["afqRecording": 1]) == nil)
    }

    @Test func namesEveryWrapperMemberOnce() {
        let names = RecordedShape.wrapperMembers.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(!names.contains(RecordedShape.nextToken), "a page's token is never read from a recording")
    }
}
