import AFQQuery

/// Collects rows from documents one at a time, then settles the ConnectorDetail summaries and the
/// schema once everything has been read.
///
/// What a value is, and which of its members hold rows, is `RecordedShape`'s to say; this reads
/// the rows out of the members it names, and reports values of the wrong shape or type.
struct RecordedDataBuilder {
    private let modelSchema: Schema
    private let timestampPaths: TimestampPaths
    /// Top-level ConnectorConfiguration member names: an object with one of them is a bare row.
    private let memberNames: Set<String>
    /// The rows read, in input order, and which of them are ConnectorDetail summaries (a row only
    /// if no full row covers the same connector, see `settledRows`): two arrays rather than one of
    /// an enum, so a piece's rows are handed over without copying each (`takeRows`).
    private var rows: [Row] = []
    private var isSummary: [Bool] = []
    /// Some row's recording left its region or account unsaid, so its ARN was looked at
    /// (`RowProjection`: a streamed read that left the ARN out must read the piece again).
    private(set) var lookedForTheARN = false
    private(set) var warnings: [DataWarning] = []
    private(set) var inputs: [String] = []
    /// Warnings of the current document, located when the document is done.
    private var pending: [PendingWarning] = []
    private var currentFile = ""
    /// `$source.file` of the current document's rows: nil for the bundled sample and live data.
    private var rowFile: String? = nil
    private var currentOffset = 0
    /// The keys of the last top-level object recognised, and its shape (`shape(of:)`).
    private var shapeKeys: [String] = []
    private var lastShape = RecordedShape.unrecognized
    /// Where in a row `TimestampPaths.convert` is, kept between rows for its capacity.
    private var rowPath: [JSONPathComponent] = []
    /// Rows equal to earlier ones share their storage (the live source, whose accounts and
    /// regions repeat the same configurations); nil: every row is kept as read.
    var equalRows: EqualRowSharing? = nil
    /// Where each row's value starts (the top-level value's offset and the path below it), kept
    /// only when asked for (`RecordedRowLocator`): warnings that name a row's line need it, reading
    /// for a query does not.
    var rowPlaces: [(offset: Int, path: [JSONPathComponent])]? = nil

    /// Warnings with a line and column per document; the rest are counted in one more warning.
    static let locatedWarningLimit = 10

    struct PendingWarning {
        var offset: Int
        var path: [JSONPathComponent]
        var message: String
    }

    init(modelSchema: Schema, timestampPaths: TimestampPaths? = nil) {
        self.modelSchema = modelSchema
        self.timestampPaths = timestampPaths ?? TimestampPaths(schema: modelSchema)
        memberNames = Set(modelSchema.row.fields.map(\.name))
    }

    // MARK: - Documents

    mutating func add(_ document: RecordedDocument) throws(DataError) {
        inputs.append(document.name)
        currentFile = document.name
        rowFile = document.isUserInput ? document.name : nil
        pending = []
        let layout: JSONLayout = document.isJSONLines ? .lines : .stream
        var count = 0
        let failure: DataError? = document.bytes.withUnsafeBytes { raw in
            do {
                try JSONReader.forEachValue(in: raw, layout: layout) { value, offset in
                    count += 1
                    currentOffset = offset
                    try recognize(value, path: [])
                }
            } catch let error as JSONSyntaxError {
                return DataError(
                    .malformedJSON, "malformed JSON: \(error.message)", file: document.name,
                    location: TextLocation(offset: error.offset, in: raw))
            } catch let error as ShapeFailure {
                let offset = JSONReader.offset(of: error.path, in: raw, valueAt: currentOffset) ?? currentOffset
                return DataError(
                    error.kind, error.message, file: document.name, location: TextLocation(offset: offset, in: raw))
            } catch {
                return DataError(.malformedJSON, "\(error)", file: document.name)
            }
            if count == 0, layout == .stream {
                return DataError(
                    .malformedJSON, "malformed JSON: unexpected end of input", file: document.name,
                    location: TextLocation(offset: raw.count, in: raw))
            }
            locatePendingWarnings(in: raw)
            return nil
        }
        if let failure { throw failure }
    }

    private mutating func locatePendingWarnings(in raw: UnsafeRawBufferPointer) {
        for warning in pending.prefix(RecordedDataBuilder.locatedWarningLimit) {
            let offset = JSONReader.offset(of: warning.path, in: raw, valueAt: warning.offset) ?? warning.offset
            let location = TextLocation(offset: offset, in: raw)
            warnings.append(
                DataWarning(warning.message, file: currentFile, line: location.line, column: location.column))
        }
        let rest = pending.count - RecordedDataBuilder.locatedWarningLimit
        if rest > 0 {
            warnings.append(DataWarning("\(rest) more warning\(rest == 1 ? "" : "s") like these", file: currentFile))
        }
        pending = []
    }

    // MARK: - Pieces of a document (streamed reading)

    /// Starts the rows of a document that is read in pieces (`RecordedStream`): the builder then
    /// recognises values one by one and hands its rows over after each piece.
    mutating func begin(documentNamed name: String) {
        currentFile = name
        rowFile = name
        pending = []
    }

    /// Recognises one top-level value (a JSON Lines line, or a value of a stream) that starts at
    /// `offset` in the piece being read.
    mutating func recognize(_ value: Value, at offset: Int) throws(ShapeFailure) {
        currentOffset = offset
        try recognize(value, path: [])
    }

    /// The rows recognised since the last call, and whether any is a ConnectorDetail summary
    /// (which only the whole data can settle, see `finish`).
    mutating func takeRows() -> (rows: [Row], hasSummaries: Bool) {
        let taken = (rows, isSummary.contains(true))
        rows = []
        isSummary = []
        return taken
    }

    /// The warnings found since `begin`, the first `locatedWarningLimit` located in `raw` (the
    /// piece being read, so lines count from its start), and how many there were in all.
    mutating func takeWarnings(in raw: UnsafeRawBufferPointer) -> (located: [DataWarning], count: Int) {
        let count = pending.count
        locatePendingWarnings(in: raw)
        let located = warnings.filter { $0.line != nil }
        warnings = []
        return (located, count)
    }

    // MARK: - Shapes (docs/recording.md, "What afq reads")

    private static let unrecognizedMessage =
        "unrecognized data: expected a DescribeConnectors or DescribeConnector response, a connector configuration, or a list of them"

    /// One top-level value, array element or JSON Lines line.
    private mutating func recognize(_ value: Value, path: [JSONPathComponent]) throws(ShapeFailure) {
        switch value {
        case .list(let items):
            for (i, item) in items.enumerated() { try recognize(item, path: path + [.index(i)]) }
        case .record(let object):
            switch shape(of: object) {
            case .recording:
                try recording(object, path: path)
            case .connectorsPage:
                try connectorsPage(object, path: path, recorded: Provenance())
            case .connectorResponse:
                try connectorResponse(object, path: path, recorded: Provenance())
            case .configuration:
                addRow(object, path: path, provenance: Provenance(), isSummary: false)
            case .unrecognized:
                throw ShapeFailure(.unrecognizedData, RecordedDataBuilder.unrecognizedMessage, at: path)
            }
        default:
            throw ShapeFailure(.unrecognizedData, RecordedDataBuilder.unrecognizedMessage, at: path)
        }
    }

    /// The shape of `object`, worked out once per keys array: objects of one shape share theirs
    /// (`KeyListCache`), so the lines of a recording are told apart by one comparison instead of
    /// searching their keys by name four times (docs/performance.md, "Results"). The
    /// last keys array is held, so its address cannot be reused by another while it is remembered.
    private mutating func shape(of object: Record) -> RecordedShape {
        if !object.keys.isEmpty, object.keys.storageIdentity == shapeKeys.storageIdentity {
            return lastShape
        }
        let shape = RecordedShape(of: object, configurationMembers: memberNames)
        shapeKeys = object.keys
        lastShape = shape
        return shape
    }

    /// A DescribeConnectors or ListConnectors page: map entries are full rows, `connectors`
    /// entries are summaries.
    private mutating func connectorsPage(
        _ object: Record, path: [JSONPathComponent], recorded: Provenance
    ) throws(ShapeFailure) {
        let provenance = recorded.filled(from: try Provenance(of: object, path: path))
        let mapKey = RecordedShape.connectorConfigurations
        switch object[mapKey] ?? .null {
        case .null:
            break
        case .record(let map):
            for (type, entry) in map.fields {
                let entryPath = path + [.key(mapKey), .key(type)]
                switch entry {
                case .null:
                    continue
                case .record(let configuration):
                    addRow(
                        configuration.withConnectorType(type), path: entryPath, provenance: provenance, isSummary: false
                    )
                default:
                    throw ShapeFailure(
                        .wrongType, "the configuration of `\(type)` must be an object, found \(entry.article)",
                        at: entryPath)
                }
            }
        case let other:
            throw ShapeFailure(
                .wrongType,
                "`\(mapKey)` must be an object mapping connector types to configurations, found \(other.article)",
                at: path + [.key(mapKey)])
        }
        let listKey = RecordedShape.connectors
        switch object[listKey] ?? .null {
        case .null:
            break
        case .list(let details):
            for (i, detail) in details.enumerated() {
                let detailPath = path + [.key(listKey), .index(i)]
                switch detail {
                case .null:
                    continue
                case .record(let summary):
                    addRow(summary, path: detailPath, provenance: provenance, isSummary: true)
                default:
                    throw ShapeFailure(
                        .wrongType, "a connector in `\(listKey)` must be an object, found \(detail.article)",
                        at: detailPath)
                }
            }
        case let other:
            throw ShapeFailure(
                .wrongType, "`\(listKey)` must be a list of connector summaries, found \(other.article)",
                at: path + [.key(listKey)])
        }
    }

    /// A DescribeConnector response: one full row.
    private mutating func connectorResponse(
        _ object: Record, path: [JSONPathComponent], recorded: Provenance
    ) throws(ShapeFailure) {
        let provenance = recorded.filled(from: try Provenance(of: object, path: path))
        let key = RecordedShape.connectorConfiguration
        switch object[key] ?? .null {
        case .null:
            break
        case .record(let configuration):
            addRow(configuration, path: path + [.key(key)], provenance: provenance, isSummary: false)
        case let other:
            throw ShapeFailure(
                .wrongType, "`\(key)` must be an object, found \(other.article)", at: path + [.key(key)])
        }
    }

    /// One line of an afq recording (docs/recording.md).
    private mutating func recording(_ object: Record, path: [JSONPathComponent]) throws(ShapeFailure) {
        let versionPath = path + [.key(AFQRecording.Key.version)]
        guard case .number(let version) = object[AFQRecording.Key.version] ?? .null else {
            throw ShapeFailure(
                .unsupportedRecording, "`afqRecording` must be the format version number \(AFQRecording.version)",
                at: versionPath)
        }
        guard version == Double(AFQRecording.version) else {
            let shown = version == version.rounded() && abs(version) < 1e15 ? String(Int(version)) : String(version)
            throw ShapeFailure(
                .unsupportedRecording,
                "unsupported afq recording version \(shown) (this afq reads version \(AFQRecording.version))",
                at: versionPath)
        }
        let provenance = try Provenance(of: object, path: path)
        var operation: String? = nil
        switch object[AFQRecording.Key.operation] ?? .null {
        case .null: break
        case .string(let name): operation = name
        case let other:
            throw ShapeFailure(
                .wrongType, "`operation` must be a string, found \(other.article)",
                at: path + [.key(AFQRecording.Key.operation)])
        }
        if let operation, !AFQRecording.connectorOperations.contains(operation) { return }
        let responsePath = path + [.key(AFQRecording.Key.response)]
        switch object[AFQRecording.Key.response] ?? .null {
        case .null:
            guard let error = object[AFQRecording.Key.error], !error.isNull else {
                throw ShapeFailure(.wrongType, "an afq recording line needs a `response` or an `error`", at: path)
            }
            var text = "recorded \(operation ?? "API") call"
            if let region = provenance.region { text += " in \(region)" }
            text += " failed"
            let code = error["code"].stringValue
            let message = error["message"].stringValue ?? error.stringValue
            if let code, let message {
                text += ": \(code): \(message)"
            } else if let detail = code ?? message {
                text += ": \(detail)"
            }
            pending.append(PendingWarning(offset: currentOffset, path: path, message: text))
        case .record(let response):
            switch RecordedShape(response: response) {
            case .connectorsPage?:
                try connectorsPage(response, path: responsePath, recorded: provenance)
            case .connectorResponse?:
                try connectorResponse(response, path: responsePath, recorded: provenance)
            default:
                throw ShapeFailure(
                    .unrecognizedData,
                    "unrecognized data: expected a DescribeConnectors, DescribeConnector or ListConnectors response",
                    at: responsePath)
            }
        case let other:
            throw ShapeFailure(.wrongType, "`response` must be an object, found \(other.article)", at: responsePath)
        }
    }

    // MARK: - Rows

    /// `path` is worked out only for a warning: building it for every row cost two allocations.
    private mutating func addRow(
        _ record: Record, path: @autoclosure () -> [JSONPathComponent], provenance: Provenance, isSummary: Bool
    ) {
        var value = Value.record(record)
        if !timestampPaths.isEmpty {
            let offset = currentOffset
            var found: [PendingWarning] = []
            rowPath.removeAll(keepingCapacity: true)
            timestampPaths.convert(&value, path: &rowPath) { badPath, bad, problem in
                let name = badPath.compactMap { step -> String? in
                    if case .key(let key) = step { return key }
                    return nil
                }.joined(separator: ".")
                let what =
                    switch problem {
                    case .notATimestamp: "is not a timestamp"
                    case .outOfRange: "is outside the timestamps afq can print (years 0001 to 9999)"
                    }
                found.append(
                    PendingWarning(
                        offset: offset, path: path() + badPath,
                        message: "`\(name)` \(what): \(bad.shortDescription); kept as it is"))
            }
            pending.append(contentsOf: found)
        }
        if equalRows != nil { value = equalRows?.shared(value) ?? value }
        // The ARN is read only when the recording leaves the region or account unsaid (a per-row cost).
        var arn: ConnectorARN? = nil
        if provenance.region == nil || provenance.account == nil {
            lookedForTheARN = true
            arn = record["connectorArn"]?.stringValue.flatMap(ConnectorARN.init)
        }
        let source = RowSource(
            region: provenance.region ?? arn?.region, account: provenance.account ?? arn?.account,
            accountName: provenance.accountName, file: rowFile)
        let row = Row(value, source: source)
        if rowPlaces != nil { rowPlaces?.append((currentOffset, path())) }
        rows.append(row)
        self.isSummary.append(isSummary)
    }

    // MARK: - Finishing

    /// Which connector a row describes, to match summaries against full rows.
    private struct Identity: Hashable {
        var type: String?
        var label: String?

        init(_ row: Row) {
            type = row.value["connectorType"].stringValue
            label = row.value["connectorLabel"].stringValue
        }
    }

    /// The rows in input order (summaries that no full row covers stay where they appeared), and
    /// the model's schema widened with the rows' shape.
    func finish() -> (rows: [Row], summaryRowCount: Int, schema: Schema) {
        let (kept, summaryRowCount) = settledRows()
        let widener = SchemaWidener(modelSchema)
        for row in kept { widener.widen(with: row.value) }
        return (kept, summaryRowCount, widener.schema)
    }

    /// The rows, with each summary dropped where a full row describes the same connector, and
    /// how many summaries stay rows of their own.
    func settledRows() -> (rows: [Row], summaryRowCount: Int) {
        var covered: [Identity: [RowSource]] = [:]
        for (row, isSummary) in zip(rows, isSummary) where !isSummary {
            covered[Identity(row), default: []].append(row.source)
        }
        var kept: [Row] = []
        kept.reserveCapacity(rows.count)
        var summaryRowCount = 0
        for (row, isSummary) in zip(rows, isSummary) {
            if isSummary {
                let identity = Identity(row)
                if covered[identity, default: []].contains(where: { $0.sameConnector(as: row.source) }) { continue }
                covered[identity, default: []].append(row.source)
                summaryRowCount += 1
            }
            kept.append(row)
        }
        return (kept, summaryRowCount)
    }
}

extension RowSource {
    /// Same region and account, where both sides know them.
    fileprivate func sameConnector(as other: RowSource) -> Bool {
        (region == nil || other.region == nil || region == other.region)
            && (account == nil || other.account == nil || account == other.account)
    }
}

extension Record {
    /// A DescribeConnectors map entry with its `connectorType` taken from the map key when it has
    /// none: put first, as the identifying column (a `null` one is filled in place).
    fileprivate func withConnectorType(_ type: String) -> Record {
        switch self["connectorType"] {
        case .some(.null):
            var copy = self
            copy["connectorType"] = .string(type)
            return copy
        case .some:
            return self
        case .none:
            var result = Record()
            result.appendUnchecked("connectorType", .string(type))
            for (key, value) in fields { result.appendUnchecked(key, value) }
            return result
        }
    }
}

extension Value {
    /// A string quoted, cut and made visible as a token is (`VisibleText.token`), a number as afq
    /// prints it, else the type.
    fileprivate var shortDescription: String {
        if case .number(let number) = self { return Value.numberText(number) }
        guard case .string(let text) = self else { return article }
        return "\"\(VisibleText.token(text))\""
    }
}
