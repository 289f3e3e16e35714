import AFQQuery

/// The line each row of a document starts on, for warnings that point at rows rather than at a
/// syntax error (`changes` naming a connector that appears twice: docs/changes.md, "Bad input").
/// It reads the document again with the builder noting where each row is, so reading for queries
/// never pays for it.
enum RecordedRowLocator {
    static func locatedRows(in document: RecordedDocument, modelSchema: Schema) throws(DataError) -> [(
        row: Row, line: Int
    )] {
        var builder = RecordedDataBuilder(modelSchema: modelSchema)
        builder.rowPlaces = []
        try builder.add(document)
        let rows = builder.takeRows().rows
        let places = builder.rowPlaces ?? []
        return document.bytes.withUnsafeBytes { raw in
            let offsets = places.map { place in
                JSONReader.offset(of: place.path, in: raw, valueAt: place.offset) ?? place.offset
            }
            let lines = lineNumbers(of: offsets, in: raw)
            return zip(rows, lines).map { ($0, $1) }
        }
    }

    /// The 1-based line of each offset, by one scan of the bytes up to the last of them.
    static func lineNumbers(of offsets: [Int], in raw: UnsafeRawBufferPointer) -> [Int] {
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var lines = [Int](repeating: 1, count: offsets.count)
        var line = 1
        var position = 0
        for index in order {
            let target = min(max(offsets[index], 0), raw.count)
            while position < target {
                if raw[position] == UInt8(ascii: "\n") { line += 1 }
                position += 1
            }
            lines[index] = line
        }
        return lines
    }
}
