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

extension RecordedStream {
    func bytes(at locations: [RowLocation]) throws -> (bytes: [UInt8], starts: [Int]) {
        var starts: [Int] = []
        var total = 0
        for location in locations {
            starts.append(total)
            total += max(0, location.range.count)
        }
        var descriptors: [Int: Int32] = [:]
        defer { for descriptor in descriptors.values { close(descriptor) } }
        var failure: DataError? = nil
        let bytes = [UInt8](unsafeUninitializedCapacity: total) { memory, initialized in
            initialized = total
            guard let base = memory.baseAddress else { return }
            base.initialize(repeating: 0, count: total)
            for (location, start) in zip(locations, starts) where location.input >= 0 && location.input < inputs.count {
                let input = inputs[location.input]
                guard let path = input.path else {
                    if location.range.lowerBound >= 0, location.range.upperBound <= input.bytes.count {
                        input.bytes.withUnsafeBufferPointer { held in
                            if let from = held.baseAddress {
                                (base + start).update(
                                    from: from + location.range.lowerBound, count: location.range.count)
                            }
                        }
                    }
                    continue
                }
                var descriptor = descriptors[location.input] ?? -1
                if descriptor < 0 {
                    descriptor = open(path, O_RDONLY)
                    guard descriptor >= 0 else {
                        failure = FileSystem.unreadable(path)
                        return
                    }
                    descriptors[location.input] = descriptor
                }
                var got = 0
                while got < location.range.count {
                    let n = pread(
                        descriptor, base + start + got, location.range.count - got,
                        off_t(location.range.lowerBound + got))
                    if n < 0, errno == EINTR { continue }
                    guard n > 0 else {
                        failure = FileSystem.unreadable(path)
                        return
                    }
                    got += n
                }
            }
        }
        if let failure { throw failure }
        return (bytes, starts)
    }

    var timestampPaths: TimestampPaths { TimestampPaths(schema: modelSchema) }
}
