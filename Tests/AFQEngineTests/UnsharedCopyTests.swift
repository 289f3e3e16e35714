import Testing

@testable import AFQQuery
@testable import AFQEngine

/// Each batch of rows runs on its own copy of the pipeline's syntax (`UnsharedCopies`): the copy
/// must be equal to the original and share no text buffer with it.
@Suite struct UnsharedCopyTests {
    @Test func copiesOfStagesEqualTheOriginals() throws {
        let text = """
            connectors | where authenticationConfig.isOAuth2Supported and supportedOperators contains "BETWEEN_LONGER_THAN_15" \
            | select connectorName as aNameLongerThanFifteen, len(supportedWriteOperations) as n, [1, "two", null] as l \
            | expand supportedDestinationConnectors as destination | group by destination compute count(), collect(n) as ns \
            | sort by count desc, destination | reject ns | skip 1 | limit $limit | get $it | distinct | count
            """
        let program = try Query.parse(SourceFile(name: "query", text: text))
        guard case .pipeline(let pipeline) = program.statements.first else {
            Issue.record("not a pipeline")
            return
        }
        for stage in pipeline.stages {
            let definition = try #require(stage.definition as? any SinkStage)
            #expect(definition.unsharedCopy.isEqual(to: definition))
        }
    }

    @Test func longTextIsCopiedAndShortTextIsKept() {
        let long = String(repeating: "supportedOperators", count: 2)
        let copy = long.unsharedCopy
        #expect(copy == long)
        let addresses = [long, copy].map { text in
            var text = text
            return text.withUTF8 { UInt(bitPattern: $0.baseAddress) }
        }
        #expect(addresses[0] != addresses[1])
        #expect("BETWEEN".unsharedCopy == "BETWEEN")
        #expect(Value.record(["k": .list([.string(long)])]).unsharedCopy == .record(["k": .list([.string(long)])]))
    }
}
