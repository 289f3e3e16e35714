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
    func location(of range: Range<Int>, hash: UInt64) -> RowLocation {
        RowLocation(
            input: input, range: (range.lowerBound + inputOffset)..<(range.upperBound + inputOffset), bytesHash: hash)
    }

    /// Where the object of row `index` starts, found with `parser` (a parser of `raw`).
    func start(ofRow index: Int, _ parser: inout JSONParser) -> Int {
        let place = places[index]
        if place.path.isEmpty { return place.offset }
        return JSONReader.offset(of: place.path, valueAt: place.offset, &parser) ?? place.offset
    }
}
