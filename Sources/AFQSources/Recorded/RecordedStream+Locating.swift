import AFQQuery

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension RecordedStream: RowLocating {
    public func locatedRows(inFile file: String) throws -> [(row: Row, line: Int)] {
        guard let input = inputs.first(where: { $0.name == file }) else { return [] }
        let bytes = try input.path.map { path throws(DataError) in try FileSystem.readFile(path) } ?? input.bytes
        let document = RecordedDocument(name: input.name, bytes: bytes, isJSONLines: input.isJSONLines)
        return try RecordedRowLocator.locatedRows(in: document, modelSchema: modelSchema)
    }

    public var byteCount: Int {
        inputs.reduce(0) { total, input in
            guard let path = input.path else { return total + input.bytes.count }
            var status = stat()
            return stat(path, &status) == 0 ? total + Int(status.st_size) : total
        }
    }
}
