import AFQQuery

/// The bytes a batch of rows was read from, and where in them each row is: `changes` digests
/// configurations from their bytes rather than from built values (`DigestBuilder+Bytes.swift`,
/// docs/performance.md, "changes"). Only valid during the call it is handed to.
struct RowBytes {
    /// The piece of input the rows were read from.
    let raw: UnsafeRawBufferPointer
    /// For each row, the offset of the top-level value it came from and the path below that to
    /// the row's object (`RecordedDataBuilder.rowPlaces`).
    let places: [(offset: Int, path: [JSONPathComponent])]
    /// Where the rows hold timestamps, which loading converted.
    let timestamps: TimestampPaths
    /// Which input the piece is of, and where in the input it starts.
    let input: Int
    let inputOffset: Int

    /// Where `range` of the piece is in its input, to read it again (`RowBytesSupplier.bytes(at:)`).
    func location(of range: Range<Int>) -> RowLocation {
        RowLocation(input: input, range: (range.lowerBound + inputOffset)..<(range.upperBound + inputOffset))
    }

    /// Where the object of row `index` starts, found with `parser` (a parser of `raw`).
    func start(ofRow index: Int, _ parser: inout JSONParser) -> Int {
        let place = places[index]
        if place.path.isEmpty { return place.offset }
        return JSONReader.offset(of: place.path, valueAt: place.offset, &parser) ?? place.offset
    }
}

/// Where a row's bytes are in the inputs of a `RowBytesSupplier`.
struct RowLocation: Sendable {
    var input: Int
    var range: Range<Int>
}

/// A supplier whose rows can come with the bytes they were read from (`RecordedStream`).
protocol RowBytesSupplier: ConcurrentRowSupplier {
    /// The bytes at `locations`, read again, one after another, and where each starts: a side of
    /// `changes` then need not digest a row before it knows the row is needed.
    func bytes(at locations: [RowLocation]) throws -> (bytes: [UInt8], starts: [Int])
    /// Where rows hold timestamps, which loading converts.
    var timestampPaths: TimestampPaths { get }

    /// As `forEachBatch`, with `transform` also given the bytes of its batch; nil when the rows
    /// were not read from bytes just then (they were loaded before, or read whole to settle
    /// ConnectorDetail summaries), and then the rows are whole whatever `demand` says.
    func forEachBatchWithBytes<Output: Sendable>(
        demand: FieldDemand, transform: @escaping @Sendable (ArraySlice<Row>, RowBytes?) -> Output,
        _ consume: (Output) throws -> Bool
    ) throws
}
