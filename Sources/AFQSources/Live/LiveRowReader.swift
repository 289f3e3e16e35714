import AFQModel
import AFQQuery

/// Reads the rows of a live fetch piece by piece: each (account, region)'s responses become rows
/// as soon as they arrive, and their bytes are kept only for a recording. A piece's connector
/// summaries settle within it (they name their region), and rows equal to earlier ones share
/// their storage (`EqualRowSharing`); rows and recording come out in the order of the pieces'
/// indexes, whatever order they arrived in.
struct LiveRowReader {
    let keepsResponses: Bool
    private let schema = ConnectorConfiguration.schema
    private let timestampPaths = TimestampPaths(schema: ConnectorConfiguration.schema)
    private var sharing = EqualRowSharing()
    private var parts: [Int: (rows: [Row], summaries: Int, warnings: [DataWarning])] = [:]
    private var pieces: [Int: [UInt8]] = [:]
    /// The first piece that was not afq's recording format; later pieces are not read.
    private(set) var error: DataError? = nil

    init(keepsResponses: Bool) {
        self.keepsResponses = keepsResponses
    }

    mutating func read(_ piece: [UInt8], at index: Int) {
        guard error == nil else { return }
        var builder = RecordedDataBuilder(modelSchema: schema, timestampPaths: timestampPaths)
        builder.equalRows = sharing
        sharing = EqualRowSharing()  // the builder's copy is then its own, not copied on write
        do throws(DataError) {
            try builder.add(
                RecordedDocument(name: RecordedDocument.liveName, bytes: piece, isJSONLines: true, isUserInput: false))
        } catch {
            self.error = error
        }
        sharing = builder.equalRows ?? sharing
        let (rows, summaries) = builder.settledRows()
        parts[index] = (rows, summaries, builder.warnings)
        if keepsResponses { pieces[index] = piece }
    }

    /// The rows of every piece, in order.
    mutating func data() -> RecordedData {
        var rows: [Row] = []
        var warnings: [DataWarning] = []
        var summaries = 0
        for index in parts.keys.sorted() {
            guard let part = parts.removeValue(forKey: index) else { continue }
            rows += part.rows
            warnings += part.warnings
            summaries += part.summaries
        }
        return RecordedData(
            rows: rows, warnings: warnings, inputs: [RecordedDocument.liveName], modelSchema: schema,
            summaryRowCount: summaries)
    }

    /// The pieces kept for a recording, in order.
    var recording: [[UInt8]] { pieces.keys.sorted().compactMap { pieces[$0] } }
}
