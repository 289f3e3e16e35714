import AFQQuery

extension DigestBuilder {
    /// Why a digest is made from the built value after all: the bytes hold an object with a key
    /// twice, whose value the reader takes from the last one (so the bytes' members are not the
    /// value's), or something the reader would not have read (bytes that do not start an object).
    struct NeedsValue: Error {}

    /// The digest of the configuration whose JSON starts at `start` in `parser`'s input, made as
    /// the bytes are stepped over instead of from a built value (docs/performance.md, "changes"):
    /// each member's bytes are hashed where they lie, and only the members whose bytes can differ
    /// for equal values are decoded -- strings with escapes, numbers, and the timestamp members
    /// (`timestampMembers`), which are built and converted exactly as loading converts them.
    /// Records are still walked member by member and set-valued lists hashed as sets, so it is
    /// equal to `digest(of:)` of the value the reader builds from the same bytes (the tests hold
    /// the two to that); where the bytes have a repeated key it is that digest.
    ///
    /// The bytes were read once already (the row came from them), so they are valid JSON.
    mutating func digest(ofBytesAt start: Int, _ parser: inout JSONParser) -> ConfigurationDigest {
        leaves.removeAll(keepingCapacity: true)
        components.removeAll(keepingCapacity: true)
        objectKeyHashes.removeAll(keepingCapacity: true)
        setElementHashes.removeAll(keepingCapacity: true)
        parser.position = start
        parser.end = parser.bytes.count
        parser.skipWhitespace()
        do {
            guard parser.position < parser.end, parser.bytes[parser.position] == UInt8(ascii: "{") else {
                throw NeedsValue()
            }
            _ = try walkObject(&parser, path: DigestBuilder.rootPath, depth: 0, timestamps: true)
            return finishedDigest()
        } catch {
            parser.position = start
            var value = (try? parser.parseValue()) ?? .null
            var path: [JSONPathComponent] = []
            var converting = TimestampPaths()
            converting.children = timestampMembers.map { ($0.name, $0.paths) }
            converting.convert(&value, path: &path) { _, _, _ in }
            return digest(of: value)
        }
    }

    /// Where the object of row `index` of `bytes` lies; nil when it cannot be found. A row that is
    /// a member of an object (a DescribeConnector response's `connectorConfiguration`) is found
    /// where the object's members are walked for it, in one pass: finding its start first would
    /// step over it once more, to make sure no later member has the same key (the reader keeps
    /// the last).
    static func range(ofRow index: Int, in bytes: RowBytes, _ parser: inout JSONParser) -> Range<Int>? {
        let place = bytes.places[index]
        guard case .key(let wanted)? = place.path.last else {
            guard let start = JSONReader.offset(of: place.path, valueAt: place.offset, &parser) else { return nil }
            parser.position = start
            do { try parser.skipValue() } catch { return nil }
            return start..<parser.position
        }
        guard let object = JSONReader.offset(of: Array(place.path.dropLast()), valueAt: place.offset, &parser) else {
            return nil
        }
        parser.position = object
        var wantedKey = wanted
        var found: Range<Int>? = nil
        do {
            guard try parser.byte() == UInt8(ascii: "{") else { return nil }
            parser.position += 1
            parser.skipWhitespace()
            if try parser.byte() == UInt8(ascii: "}") { return nil }
            repeat {
                parser.skipWhitespace()
                guard try parser.byte() == UInt8(ascii: "\"") else { return nil }
                let key = try parser.scanKey()
                let matches =
                    key.isDecoded
                    ? parser.decodedKey == wantedKey
                    : wantedKey.withUTF8 { $0.elementsEqual(parser.bytes[key.start..<key.end]) }
                parser.skipWhitespace()
                guard try parser.byte() == UInt8(ascii: ":") else { return nil }
                parser.position += 1
                parser.skipWhitespace()
                let start = parser.position
                try parser.skipValue()
                if matches { found = start..<parser.position }
            } while try !DigestBuilder.endOfMember(&parser, closing: UInt8(ascii: "}"))
        } catch {
            return nil
        }
        return found
    }

    /// Adds the `connectorType` that reading gave a DescribeConnectors map entry from its key
    /// (`RecordedDataBuilder`), which the entry's bytes do not hold, so the digest is that of the
    /// row's value. A row whose type came from its bytes already has the leaf, or leaves below it.
    mutating func addTypeFromMapKey(of row: Row, to digest: inout ConfigurationDigest) {
        addType(row.value["connectorType"].stringValue, to: &digest)
    }

    /// `addTypeFromMapKey` given the row's `connectorType` (`ChangeEntry.connectorType`).
    mutating func addType(_ type: String?, to digest: inout ConfigurationDigest) {
        guard let type else { return }
        let path = DigestBuilder.connectorTypePath
        guard !digest.leaves.contains(where: { $0.path == path }) else { return }
        components.removeAll(keepingCapacity: true)
        note(path, key: .text("connectorType"))
        let leaf = ConfigurationDigest.Leaf(path: path, value: ChangeHash.of(.string(type), asSet: isSet(path)))
        digest = ConfigurationDigest(leaves: digest.leaves + [leaf])
    }

    static let connectorTypePath = pathHash(["connectorType"])

    /// The object at `parser` (its '{'), member by member as `walk` goes through a record: returns
    /// false when it has no member that is not null. `timestamps`: this is the configuration
    /// itself, whose `timestampMembers` are built and converted.
    private mutating func walkObject(_ parser: inout JSONParser, path: UInt64, depth: Int, timestamps: Bool) throws
        -> Bool
    {
        parser.position += 1
        let keyBase = objectKeyHashes.count
        defer { objectKeyHashes.removeSubrange(keyBase...) }
        parser.skipWhitespace()
        if try parser.byte() == UInt8(ascii: "}") {
            parser.position += 1
            return false
        }
        var added = false
        while true {
            let (key, keyHash) = try scanMemberKey(&parser, keyBase: keyBase)
            let memberPath = ChangeHash.combine(path, ChangeHash.mix(keyHash))
            if timestamps, let member = timestampMember(keyHash, key) {
                var value = try parser.parseValue()
                var at: [JSONPathComponent] = []
                member.convert(&value, path: &at) { _, _, _ in }
                if add(value, key: key, path: memberPath, depth: depth) { added = true }
            } else {
                switch try parser.byte() {
                case UInt8(ascii: "n"):
                    try skipLiteral("null", &parser)
                case UInt8(ascii: "{") where depth + 1 < DigestBuilder.maxRecordDepth:
                    components.append(key)
                    let descended = try walkObject(&parser, path: memberPath, depth: depth + 1, timestamps: false)
                    components.removeLast()
                    // A record whose members are all null is one leaf, hashed as `ChangeHash.of` would.
                    if !descended { addLeaf(path: memberPath, key: key, value: ChangeHash.emptyRecord) }
                    added = true
                default:
                    let value = try valueHash(&parser, asSet: isSet(memberPath), depth: 0)
                    addLeaf(path: memberPath, key: key, value: value)
                    added = true
                }
            }
            if try DigestBuilder.endOfMember(&parser, closing: UInt8(ascii: "}")) { return added }
        }
    }

    /// The timestamp member with this key, if it is one.
    @inline(__always)
    private func timestampMember(_ keyHash: UInt64, _ key: PathKey) -> TimestampPaths? {
        for member in timestampMembers where member.keyHash == keyHash {
            if key.text == member.name { return member.paths }
        }
        return nil
    }

    /// A member's key and its `KeyHash`, the parser left at the start of its value; throws
    /// `NeedsValue` when the object already had the key.
    @inline(__always)
    private mutating func scanMemberKey(_ parser: inout JSONParser, keyBase: Int) throws -> (PathKey, UInt64) {
        parser.skipWhitespace()
        guard try parser.byte() == UInt8(ascii: "\"") else { throw NeedsValue() }
        let scanned = try parser.scanKey()
        let key: PathKey =
            scanned.isDecoded
            ? .text(parser.decodedKey)
            : .bytes(UnsafeBufferPointer(rebasing: parser.bytes[scanned.start..<scanned.end]))
        var i = keyBase
        while i < objectKeyHashes.count {
            if objectKeyHashes[i] == scanned.hash { throw NeedsValue() }
            i += 1
        }
        objectKeyHashes.append(scanned.hash)
        parser.skipWhitespace()
        guard try parser.byte() == UInt8(ascii: ":") else { throw NeedsValue() }
        parser.position += 1
        parser.skipWhitespace()
        return (key, scanned.hash)
    }

    /// Steps over the ',' or the `closing` bracket after a member or element; true at the bracket.
    @inline(__always)
    private static func endOfMember(_ parser: inout JSONParser, closing: UInt8) throws -> Bool {
        parser.skipWhitespace()
        let byte = try parser.byte()
        parser.position += 1
        if byte == closing { return true }
        guard byte == UInt8(ascii: ",") else { throw NeedsValue() }
        parser.skipWhitespace()
        return false
    }

    /// `ChangeHash.of` of the value at `parser`, from its bytes.
    private mutating func valueHash(_ parser: inout JSONParser, asSet: Bool, depth: Int) throws -> UInt64 {
        guard depth < ChangeHash.maxDepth else {
            try parser.skipValue()
            return ChangeHash.tooDeepTag
        }
        switch try parser.byte() {
        case UInt8(ascii: "\""):
            return ChangeHash.combine(
                ChangeHash.stringTag, ChangeHash.mix(try parser.withStringBytes({ KeyHash.of($0) })))
        case UInt8(ascii: "["):
            parser.position += 1
            parser.skipWhitespace()
            let empty = try parser.byte() == UInt8(ascii: "]")
            if empty { parser.position += 1 }
            if asSet {
                let base = setElementHashes.count
                defer { setElementHashes.removeSubrange(base...) }
                if !empty {
                    repeat {
                        setElementHashes.append(try valueHash(&parser, asSet: false, depth: depth + 1))
                    } while try !DigestBuilder.endOfMember(&parser, closing: UInt8(ascii: "]"))
                }
                return ChangeHash.setHash(sorting: &setElementHashes[base...])
            }
            var hash = ChangeHash.listTag
            var count: UInt64 = 0
            if !empty {
                repeat {
                    hash = ChangeHash.combine(hash, try valueHash(&parser, asSet: false, depth: depth + 1))
                    count += 1
                } while try !DigestBuilder.endOfMember(&parser, closing: UInt8(ascii: "]"))
            }
            return ChangeHash.combine(hash, count)
        case UInt8(ascii: "{"):
            parser.position += 1
            let keyBase = objectKeyHashes.count
            defer { objectKeyHashes.removeSubrange(keyBase...) }
            parser.skipWhitespace()
            var sum: UInt64 = 0
            if try parser.byte() == UInt8(ascii: "}") {
                parser.position += 1
            } else {
                repeat {
                    let (_, keyHash) = try scanMemberKey(&parser, keyBase: keyBase)
                    if try parser.byte() == UInt8(ascii: "n") {
                        try skipLiteral("null", &parser)
                    } else {
                        sum &+= ChangeHash.combine(
                            ChangeHash.mix(keyHash), try valueHash(&parser, asSet: false, depth: depth + 1))
                    }
                } while try !DigestBuilder.endOfMember(&parser, closing: UInt8(ascii: "}"))
            }
            return ChangeHash.combine(ChangeHash.recordTag, sum)
        case UInt8(ascii: "t"):
            try skipLiteral("true", &parser)
            return ChangeHash.trueTag
        case UInt8(ascii: "f"):
            try skipLiteral("false", &parser)
            return ChangeHash.falseTag
        case UInt8(ascii: "n"):
            try skipLiteral("null", &parser)
            return ChangeHash.nullTag
        default:
            return ChangeHash.combine(ChangeHash.numberTag, ChangeHash.number(try parser.parseNumber()))
        }
    }

    /// Steps over the literal at `parser`.
    @inline(__always)
    private func skipLiteral(_ literal: StaticString, _ parser: inout JSONParser) throws {
        let count = literal.utf8CodeUnitCount
        guard parser.position + count <= parser.end else { throw NeedsValue() }
        var i = 0
        while i < count {
            guard parser.bytes[parser.position + i] == literal.utf8Start[i] else { throw NeedsValue() }
            i += 1
        }
        parser.position += count
    }
}
