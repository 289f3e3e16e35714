import AFQQuery
import AFQTestSupport
import Foundation
import Testing

@testable import AFQModel

/// The schemas afq starts with are written out ahead of time (`PrecomputedSchema`); these keep them
/// equal to what the model's decoders derive, so the checker still cannot drift from the decoder.
struct PrecomputedSchemaTests {
    @Test func precomputedSchemasEqualTheDerivedOnes() {
        #expect(ConnectorConfiguration.schema.row == ConnectorConfiguration.deriveRecordSchema())
        #expect(ConnectorDetail.schema.row == ConnectorDetail.deriveRecordSchema())
    }

    @Test func generatedSourceIsCurrent() {
        let source = PrecomputedSchemaSource.render(roots: [
            ("connectorConfiguration", ConnectorConfiguration.deriveRecordSchema()),
            ("connectorDetail", ConnectorDetail.deriveRecordSchema()),
        ])
        let file = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/AFQModel/Schema/PrecomputedSchema.swift")
        let problem = Golden.compare(source, with: file)
        #expect(problem == nil, "\(problem ?? "")\nregenerate: AFQ_RECORD=1 swift test --filter PrecomputedSchemaTests")
    }
}
