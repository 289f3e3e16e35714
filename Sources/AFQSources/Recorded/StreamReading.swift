import AFQQuery
import AFQEngine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One pass of `RecordedStream` over its inputs: cuts them into pieces (in order, under
/// `OrderedParallelMap`'s lock) and reads pieces into rows (on worker threads).
final class StreamReading: @unchecked Sendable {
    /// A run of whole lines of a JSON Lines file, or a whole other document.
    struct Piece: Sendable {
        var inputIndex: Int
        var name: String
        var bytes: [UInt8]
        /// Where `bytes` start in the input.
        var inputOffset = 0
        var layout: JSONLayout
        /// The piece starts its input (a byte order mark may be skipped; the line count restarts).
        var startsInput: Bool
        /// Rows are only checked and not handed to the query (it has all it wants).
        var checkingOnly: Bool
    }

    /// What a worker made of a piece.
    struct PieceResult<Output: Sendable>: Sendable {
        var inputIndex: Int
        var name: String
        var startsInput: Bool
        /// The query's output for the rows read before any error; nil when only checking.
        var output: Output?
        /// Malformed or unrecognised data; its line counts from the start of the piece.
        var error: DataError?
        /// The first warnings of the piece, lines counted from its start, and how many in all.
        var warnings: [DataWarning]
        var warningCount: Int
        /// Line feeds in the piece, to count the lines of later pieces from the input's start.
        var lineCount: Int
        /// Rows read from the piece (before the query saw them).
        var rowCount: Int
        /// Some row is a ConnectorDetail summary, which only the whole data can settle.
        var hasSummaries: Bool
    }

    private let inputs: [RecordedStream.Input]
    private let modelSchema: Schema
    private let pieceSize: Int
    /// What rows the query needs are read with: without their ARNs (`RowProjection`) until a
    /// row of some piece needs its ARN for provenance, then with them (`provenanceProjection`).
    private let projection: JSONProjection?
    private let provenanceProjection: JSONProjection?
    private let checkingProjection: JSONProjection?
    private let provenanceLock = Mutex()
    private var readsARNs = false
    private let timestampPaths: TimestampPaths

    // Cutting state, touched only under the parallel map's lock.
    private var inputIndex = 0
    private var descriptor: Int32 = -1
    private var fileOffset = 0
    private var carry: [UInt8] = []
    private var startsInput = true
    private let stopLock = Mutex()
    private var transforming = true

    init(
        inputs: [RecordedStream.Input], modelSchema: Schema, pieceSize: Int, projection: JSONProjection?,
        provenanceProjection: JSONProjection? = nil, checkingProjection: JSONProjection?
    ) {
        self.inputs = inputs
        self.modelSchema = modelSchema
        self.pieceSize = pieceSize
        self.projection = projection
        self.provenanceProjection = provenanceProjection ?? projection
        readsARNs = provenanceProjection == nil
        self.checkingProjection = checkingProjection
        self.timestampPaths = TimestampPaths(schema: modelSchema)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// The query wants no more rows: later pieces are only checked, which is cheaper.
    func stopTransforming() {
        stopLock.lock()
        transforming = false
        stopLock.unlock()
    }

    private var isTransforming: Bool {
        stopLock.lock()
        defer { stopLock.unlock() }
        return transforming
    }

    // MARK: - Cutting (in order)

    func nextPiece() throws(DataError) -> Piece? {
        while inputIndex < inputs.count {
            let input = inputs[inputIndex]
            guard let path = input.path else {
                inputIndex += 1
                return Piece(
                    inputIndex: inputIndex - 1, name: input.name, bytes: input.bytes,
                    layout: input.isJSONLines ? .lines : .stream, startsInput: true, checkingOnly: !isTransforming)
            }
            if descriptor < 0 {
                descriptor = open(path, O_RDONLY)
                guard descriptor >= 0 else { throw FileSystem.unreadable(path) }
                fileOffset = 0
                carry = []
                startsInput = true
            }
            let pieceStart = fileOffset - carry.count
            if let bytes = try readLines(path: path) {
                defer { startsInput = false }
                return Piece(
                    inputIndex: inputIndex, name: input.name, bytes: bytes, inputOffset: pieceStart, layout: .lines,
                    startsInput: startsInput, checkingOnly: !isTransforming)
            }
            close(descriptor)
            descriptor = -1
            inputIndex += 1
        }
        return nil
    }

    /// About `pieceSize` bytes of whole lines (more when one line is longer); the last piece
    /// of a file may end without a line feed. Nil at the end of the file.
    private func readLines(path: String) throws(DataError) -> [UInt8]? {
        var buffer = carry
        carry = []
        var atEnd = false
        var searchFrom = buffer.count
        while true {
            let start = buffer.count
            let want = max(pieceSize, buffer.count)
            var failed = false
            // Read into uninitialised memory: zero-filling a piece first costs as much as the
            // read itself for small files (start-up time, docs/performance.md).
            buffer = [UInt8](unsafeUninitializedCapacity: start + want) { memory, initialized in
                guard let base = memory.baseAddress else { return }
                buffer.withUnsafeBufferPointer { old in
                    if let from = old.baseAddress { base.update(from: from, count: start) }
                }
                var got = 0
                while got < want {
                    let n = pread(descriptor, base + start + got, want - got, off_t(fileOffset))
                    if n < 0 {
                        if errno == EINTR { continue }
                        failed = true
                        break
                    }
                    if n == 0 {
                        atEnd = true
                        break
                    }
                    got += n
                    fileOffset += n
                }
                initialized = start + got
            }
            if failed { throw FileSystem.unreadable(path) }
            if atEnd {
                return buffer.isEmpty ? nil : buffer
            }
            var lastNewline: Int? = nil
            var i = buffer.count - 1
            while i >= searchFrom {
                if buffer[i] == UInt8(ascii: "\n") {
                    lastNewline = i
                    break
                }
                i -= 1
            }
            if let lastNewline {
                carry = Array(buffer[(lastNewline + 1)...])
                buffer.removeSubrange((lastNewline + 1)...)
                return buffer
            }
            searchFrom = buffer.count
        }
    }

    // MARK: - Reading (on workers)

    func read<Output: Sendable>(_ piece: Piece, transform: @Sendable (ArraySlice<Row>) -> Output) -> PieceResult<Output>
    {
        read(piece, withBytes: false) { rows, _ in transform(rows) }
    }

    /// `read`, with `withBytes` handing `transform` the piece's bytes and where each row is in them
    /// (`RowBytes`), which only this call can: the bytes are the piece's.
    func read<Output: Sendable>(
        _ piece: Piece, withBytes: Bool, transform: (ArraySlice<Row>, RowBytes?) -> Output
    ) -> PieceResult<Output> {
        // The projection and the file name every row carries are copied per piece: shared by the
        // workers, the reference counting of their objects alone kept moving their memory between
        // the cores (docs/performance.md).
        // A whole document (`.stream`: AWS CLI output, a JSON file) is one piece, and rarely
        // says its region or account: read with ARNs at once, it is not read twice.
        provenanceLock.lock()
        let withARNs = readsARNs || piece.layout == .stream
        provenanceLock.unlock()
        let projection = (piece.checkingOnly ? checkingProjection : withARNs ? provenanceProjection : self.projection)?
            .copy()
        var builder = RecordedDataBuilder(modelSchema: modelSchema, timestampPaths: timestampPaths)
        builder.begin(documentNamed: String(decoding: Array(piece.name.utf8), as: UTF8.self))
        if withBytes { builder.rowPlaces = [] }
        var error: DataError? = nil
        var lastOffset = 0
        var count = 0
        var lineFeeds: Int? = nil
        typealias Read = (rows: (rows: [Row], hasSummaries: Bool), [DataWarning], Int, Int, Output?)
        let read = piece.bytes.withUnsafeBytes { raw -> Read? in
            do {
                lineFeeds = try JSONReader.forEachValue(
                    in: raw, layout: piece.layout, projection: projection, startsInput: piece.startsInput
                ) { value, offset in
                    count += 1
                    lastOffset = offset
                    try builder.recognize(value, at: offset)
                }
                if count == 0, piece.layout == .stream {
                    error = DataError(
                        .malformedJSON, "malformed JSON: unexpected end of input", file: piece.name,
                        location: TextLocation(offset: raw.count, in: raw))
                }
            } catch let syntax as JSONSyntaxError {
                error = DataError(
                    .malformedJSON, "malformed JSON: \(syntax.message)", file: piece.name,
                    location: TextLocation(offset: syntax.offset, in: raw))
            } catch let shape as ShapeFailure {
                let offset = JSONReader.offset(of: shape.path, in: raw, valueAt: lastOffset) ?? lastOffset
                error = DataError(
                    shape.kind, shape.message, file: piece.name, location: TextLocation(offset: offset, in: raw))
            } catch let other {
                error = DataError(.malformedJSON, "\(other)", file: piece.name)
            }
            if !piece.checkingOnly, !withARNs, builder.lookedForTheARN { return nil }
            let (rows, hasSummaries) = builder.takeRows()
            let (warnings, warningCount) = builder.takeWarnings(in: raw)
            let lineCount = lineFeeds ?? StreamReading.lineFeeds(in: raw)
            var output: Output? = nil
            if !piece.checkingOnly, !hasSummaries {
                let bytes = builder.rowPlaces.map {
                    RowBytes(
                        raw: raw, places: $0, timestamps: timestampPaths, input: piece.inputIndex,
                        inputOffset: piece.inputOffset)
                }
                output = transform(rows[...], bytes)
            }
            return ((rows: rows, hasSummaries: hasSummaries), warnings, warningCount, lineCount, output)
        }
        guard let (rows, warnings, warningCount, lineCount, output) = read else {
            // A row needed its ARN, which this read left out: from now on every piece keeps it.
            provenanceLock.lock()
            readsARNs = true
            provenanceLock.unlock()
            return self.read(piece, withBytes: withBytes, transform: transform)
        }
        return PieceResult(
            inputIndex: piece.inputIndex, name: piece.name, startsInput: piece.startsInput, output: output,
            error: error,
            warnings: warnings, warningCount: warningCount, lineCount: lineCount, rowCount: rows.rows.count,
            hasSummaries: rows.hasSummaries)
    }

    static func lineFeeds(in raw: UnsafeRawBufferPointer) -> Int {
        guard var cursor = raw.baseAddress else { return 0 }
        let end = cursor + raw.count
        var count = 0
        while cursor < end, let found = memchr(cursor, Int32(UInt8(ascii: "\n")), end - cursor) {
            count += 1
            cursor = UnsafeRawPointer(found) + 1
        }
        return count
    }
}
