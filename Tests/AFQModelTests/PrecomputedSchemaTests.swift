import AFQQuery
import AFQTestSupport
import Foundation
import Testing

@testable import AFQModel

/// The schemas afq starts with are written out ahead of time (`PrecomputedSchema`); these keep them
/// equal to what the model's Codable types derive, so the schema the checker uses cannot drift
/// from the model. `PrecomputedSchemaSource` writes the file; nothing else does.
struct PrecomputedSchemaTests {
    static let regenerate = "regenerate: AFQ_RECORD=1 swift test --filter PrecomputedSchemaTests"

    @Test func precomputedSchemasEqualTheDerivedOnes() {
        #expect(
            ConnectorConfiguration.schema.row == ConnectorConfiguration.deriveRecordSchema(), "\(Self.regenerate)")
        #expect(ConnectorDetail.schema.row == ConnectorDetail.deriveRecordSchema(), "\(Self.regenerate)")
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
        #expect(problem == nil, "\(problem ?? "")\n\(Self.regenerate)")
    }
}
