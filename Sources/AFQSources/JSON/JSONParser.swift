import AFQQuery
import CJSONSkip

/// The byte-level cursor behind `JSONReader` (RFC 8259).
///
/// It reads straight from borrowed memory: strings without escapes become `String`s in one copy,
/// repeated object keys are interned (a connector row has ~30 keys, most longer than Swift's 15-byte
/// small-string limit), plain numbers are converted without building text, and members a caller
/// does not want are skipped without building values. Offsets are always into the whole buffer, so
/// a JSON Lines line's errors still name the file's line and column.
struct JSONParser: ~Copyable {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The same memory, for reading eight bytes at a time.
    private let raw: UnsafeRawBufferPointer
    var position: Int
    var end: Int
    /// What running out of bytes is called: the whole input, or one JSON Lines line.
    var endMessage = "unexpected end of input"
    private var depth = 0
    private var scratch: [UInt8] = []
    /// The last key scanned that had escapes or non-ASCII text, decoded (`ScannedKey`).
    private(set) var decodedKey = ""
    /// The members of the objects being built, innermost last, as three parallel stacks: keys,
    /// values and `KeyHash`es of the keys (duplicate detection). Each record is then allocated
    /// once at its final size instead of growing.
    private var memberKeys: [String] = []
    private var memberValues = ValueStack()
    private var memberHashes: [UInt64] = []
    private var keyCache = KeyCache()
    private var keyLists = KeyListCache()
    private var stringCache = StringCache()
    private var containerMemo = ContainerMemo()
    /// Elements of the arrays being built, innermost last: each list is then allocated once at
    /// its final size instead of growing.
    private var elementStack = ValueStack()

    /// Deeper nesting is refused rather than risking the stack.
    static let maxDepth = 512

    init(bytes: UnsafeRawBufferPointer, start: Int = 0, end: Int? = nil) {
        self.bytes = UnsafeBufferPointer(
            start: bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        self.raw = bytes
        self.position = start
        self.end = end ?? bytes.count
    }

    // MARK: - Errors

    func failure(_ message: String, at offset: Int) -> JSONSyntaxError {
        let location = TextLocation(offset: offset, in: UnsafeRawBufferPointer(bytes))
        return JSONSyntaxError(message: message, offset: offset, line: location.line, column: location.column)
    }

    private var endFailure: JSONSyntaxError { failure(endMessage, at: position) }

    /// The byte at `position`; at the end, the error for running out of bytes.
    @inline(__always)
    func byte() throws(JSONSyntaxError) -> UInt8 {
        guard position < end else { throw endFailure }
        return bytes[position]
    }

    // MARK: - Whitespace

    var isAtEnd: Bool { position >= end }

    @inline(__always)
    mutating func skipWhitespace() {
        while position < end {
            let byte = bytes[position]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            position += 1
        }
    }

    /// Skips a UTF-8 byte order mark at the very start (files saved by some Windows editors).
    mutating func skipByteOrderMark() {
        if position == 0, end >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    // MARK: - Values

    /// Parses one value in full (`parseValue(projection:)` builds only part of it).
    mutating func parseValue() throws(JSONSyntaxError) -> Value {
        try readValue(
            object: { parser throws(JSONSyntaxError) in .record(try parser.parseObject()) },
            array: { parser throws(JSONSyntaxError) in .list(try parser.parseArray()) },
            string: { parser throws(JSONSyntaxError) in .string(try parser.parseString()) },
            scalar: { $0 })
    }

    /// Parses one value, building only what `projection` names (nil: everything). Skipped
    /// members are checked exactly as parsed ones would be, so the same input gives the same
    /// syntax error at the same place whatever the projection.
    mutating func parseValue(projection: JSONProjection?) throws(JSONSyntaxError) -> Value {
        guard let projection else { return try parseValue() }
        skipWhitespace()
        guard position < end else { throw endFailure }
        if let kept = projection.keptTexts {
            return bytes[position] == UInt8(ascii: "[") ? .list(try parseArray(keeping: kept)) : try parseValue()
        }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .record(try parseProjectedObject(projection))
        case UInt8(ascii: "["): return .list(try parseArray(elements: projection.elementProjection))
        default: return try parseValue()
        }
    }

    private mutating func parseProjectedObject(_ projection: JSONProjection) throws(JSONSyntaxError) -> Record {
        var members = ProjectedMembers(projection: projection, hashBase: memberHashes.count)
        return try readObject(&members) ? takeRecord(from: members.hashBase) : Record()
    }

    /// A projected read's members: those `projection` names are built as it says, the others
    /// as its `otherMembers` says.
    private struct ProjectedMembers: JSONMemberReader {
        let projection: JSONProjection
        let hashBase: Int
        /// Members by key hash, made once an object is wide (`addMember`).
        var wideIndex: [UInt64: Int]? = nil
        /// Whether the C side may still step over numbers and nulls of `unlessNumberOrNull`
        /// members: not once one such member was built here, so that a later duplicate of it
        /// replaces it as in a full read (the last duplicate wins).
        var skipsNumbers = true

        @inline(__always)
        mutating func start(_ parser: inout JSONParser) -> MemberStart<(ScannedKey, Int?)> {
            projection.skipsOtherMembers ? parser.skipUnnamedMembers(of: projection, skipsNumbers: skipsNumbers) : .scan
        }

        @inline(__always)
        mutating func key(_ parser: inout JSONParser) throws(JSONSyntaxError) -> (ScannedKey, Int?) {
            let key = try parser.scanKey()
            return (key, parser.memberIndex(of: key, in: projection))
        }

        @inline(__always)
        mutating func value(of member: (ScannedKey, Int?), _ parser: inout JSONParser) throws(JSONSyntaxError) {
            let (key, memberIndex) = member
            if let memberIndex {
                if projection.members[memberIndex].unlessNumberOrNull { skipsNumbers = false }
                let value = try parser.parseMemberValue(projection: projection.members[memberIndex].projection)
                parser.addMember(
                    projection.members[memberIndex].key, hash: key.hash, value, from: hashBase, index: &wideIndex)
                return
            }
            switch projection.otherMembers {
            case .skip:
                try parser.skipValue()
            case .placeholder:
                try parser.skipValue()
                parser.addMember(parser.string(of: key), hash: key.hash, .null, from: hashBase, index: &wideIndex)
            case .project(let inner):
                let name = parser.string(of: key)  // before the value, whose keys reuse `decodedKey`
                let value = try parser.parseValue(projection: inner)
                parser.addMember(name, hash: key.hash, value, from: hashBase, index: &wideIndex)
            }
        }
    }

    /// The members `projection` does not name go by in C, checked, from where a member may
    /// start; the grammar then takes the named ones and anything the C side leaves to it
    /// (errors included). A named key the C side stopped at comes back scanned, with its index.
    @inline(__always)
    private mutating func skipUnnamedMembers(of projection: JSONProjection, skipsNumbers: Bool)
        -> MemberStart<(ScannedKey, Int?)>
    {
        guard let base = bytes.baseAddress else { return .scan }
        var closed: Int32 = 0
        var namedIndex = -1
        var keyStart = 0
        var keyEnd = 0
        position = afq_json_skip_members(
            base, position, end, JSONParser.maxDepth - depth, projection.namedKeyHashes.baseAddress,
            projection.namedKeyHashes.count, skipsNumbers ? projection.namedKeySkipsNumbers.baseAddress : nil,
            &closed, &namedIndex, &keyStart, &keyEnd)
        if closed != 0 { return .closed }
        guard namedIndex >= 0,
            projection.isKey(ofMember: namedIndex, UnsafeBufferPointer(rebasing: bytes[keyStart..<keyEnd]))
        else { return .scan }
        position = keyEnd + 1
        let hash = projection.namedKeyHashes[namedIndex]
        return .key((ScannedKey(start: keyStart, end: keyEnd, hash: hash, isDecoded: false), namedIndex))
    }

    /// The index in `projection.members` of the member with this key, if the projection names it.
    @inline(__always)
    private mutating func memberIndex(of key: ScannedKey, in projection: JSONProjection) -> Int? {
        if key.isDecoded {
            return decodedKey.withUTF8 { projection.memberIndex(hash: key.hash, bytes: $0) }
        }
        return projection.memberIndex(hash: key.hash, bytes: UnsafeBufferPointer(rebasing: bytes[key.start..<key.end]))
    }

    /// A member's value; one built in full that is a list or object of some size is looked up
    /// in `containerMemo` by its bytes first (found by the C skipper, which also checks them:
    /// anything it does not vouch for is parsed here, and errors are reported as before).
    @inline(__always)
    private mutating func parseMemberValue(projection: JSONProjection?) throws(JSONSyntaxError) -> Value {
        guard projection == nil else { return try parseValue(projection: projection) }
        skipWhitespace()
        guard position < end, bytes[position] == UInt8(ascii: "[") || bytes[position] == UInt8(ascii: "{"),
            let base = bytes.baseAddress
        else { return try parseValue() }
        let start = position
        let valueEnd = afq_json_skip_value(base, start, end, JSONParser.maxDepth - depth)
        let count = valueEnd - start
        guard count >= ContainerMemo.smallest else { return try parseValue() }
        let hash = afq_json_key_hash(base + start, count)
        if let known = containerMemo.value(in: raw, start: start, count: count, hash: hash) {
            position = valueEnd
            return known
        }
        let value = try parseValue()
        containerMemo.remember(value, start: start, count: count, hash: hash)
        return value
    }

    /// Adds a member to the object whose members start at `base`, replacing an earlier one of the
    /// same key in its place (the last duplicate wins, as in most JSON readers). Objects of up to
    /// `linearMembers` members are searched in a line, which is quickest at the thirty or so of a
    /// configuration; past that `index`, the object's own table from key hash to the first member
    /// with it, keeps a wide object's reading linear in its size rather than quadratic.
    @inline(__always)
    private mutating func addMember(
        _ key: String, hash: UInt64, _ value: Value, from base: Int, index: inout [UInt64: Int]?
    ) {
        let linearMembers = 64
        if memberHashes.count - base > linearMembers {
            if index == nil {
                var table: [UInt64: Int] = [:]
                for i in base..<memberHashes.count where table[memberHashes[i]] == nil { table[memberHashes[i]] = i }
                index = table
            }
            if let i = index?[hash] {
                if memberKeys[i].hasSameCodePoints(as: key) {
                    memberValues.replace(at: i, with: value)
                    return
                }
                // Another key with the same hash: rare enough for the search in a line below.
            } else {
                index?[hash] = memberHashes.count
                memberKeys.append(key)
                memberValues.append(value)
                memberHashes.append(hash)
                return
            }
        }
        var i = base
        while i < memberHashes.count {
            if memberHashes[i] == hash, memberKeys[i].hasSameCodePoints(as: key) {
                memberValues.replace(at: i, with: value)
                return
            }
            i += 1
        }
        memberKeys.append(key)
        memberValues.append(value)
        memberHashes.append(hash)
    }

    /// The object whose members start at `base`, taken off the member stacks. Objects with the
    /// same keys in the same order (every row of a recording, nearly) share one keys array, so a
    /// record costs one allocation, for its values: loading a large recording was mostly
    /// allocation (measured: docs/performance.md, "Results").
    private mutating func takeRecord(from base: Int) -> Record {
        var sequenceHash = UInt64(memberHashes.count - base)
        for i in base..<memberHashes.count { sequenceHash = (sequenceHash ^ memberHashes[i]) &* 0x100_0000_01b3 }
        let keys = keyLists.keys(memberKeys[base...], hash: sequenceHash)
        let record = Record(uncheckedKeys: keys, values: memberValues.take(from: base))
        memberKeys.removeSubrange(base...)
        memberHashes.removeSubrange(base...)
        return record
    }

    /// A key as scanned: its bytes in the input when it has no escapes, else decoded into
    /// `decodedKey`. Plain data, so handing one around costs no reference counting (it is made
    /// for every key of every row).
    struct ScannedKey {
        var start: Int
        var end: Int
        var hash: UInt64
        var isDecoded: Bool
    }

    /// Scans a key without building a `String` unless it has escapes or non-ASCII text.
    mutating func scanKey() throws(JSONSyntaxError) -> ScannedKey {
        let quote = position
        position += 1
        let start = position
        if let close = plainStringEnd(from: start) {
            position = close + 1
            return ScannedKey(
                start: start, end: close, hash: KeyHash.of(UnsafeBufferPointer(rebasing: bytes[start..<close])),
                isDecoded: false)
        }
        position = quote
        let (key, decodedHash) = try parseKey()
        decodedKey = key
        return ScannedKey(start: start, end: start, hash: decodedHash, isDecoded: true)
    }

    /// Where the closing quote of a key or string starting at `start` is, when nothing in between
    /// needs decoding or checking (no escape, control character or non-ASCII byte); else nil. Eight
    /// bytes at a time: the first byte needing attention is the lowest flagged one.
    @inline(__always)
    private func plainStringEnd(from start: Int) -> Int? {
        var i = start
        while i &+ 8 <= end {
            let flags = JSONByteScan.attentionFlags(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            if flags != 0 {
                let found = i &+ flags.trailingZeroBitCount / 8
                return bytes[found] == UInt8(ascii: "\"") ? found : nil
            }
            i &+= 8
        }
        while i < end {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") { return i }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { return nil }
            i &+= 1
        }
        return nil
    }

    private mutating func string(of key: ScannedKey) -> String {
        if key.isDecoded { return decodedKey }
        return keyCache.string(UnsafeBufferPointer(rebasing: bytes[key.start..<key.end]), hash: key.hash)
    }

    /// Steps over plain string bytes eight at a time, stopping exactly at the first byte that
    /// needs a look (fewer than eight bytes from the end: wherever the eight-byte steps stop).
    @inline(__always)
    private mutating func skipPlainStringBytes() {
        while position &+ 8 <= end {
            let flags = JSONByteScan.attentionFlags(raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            if flags != 0 {
                position &+= flags.trailingZeroBitCount &>> 3
                return
            }
            position &+= 8
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > JSONParser.maxDepth {
            throw failure("nesting deeper than \(JSONParser.maxDepth) levels", at: position)
        }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> Record {
        var members = FullMembers(hashBase: memberHashes.count)
        return try readObject(&members) ? takeRecord(from: members.hashBase) : Record()
    }

    /// A full read's members: every one built, containers through `containerMemo`. A full read
    /// is not `ProjectedMembers` with a projection of everything, though the grammar is the same:
    /// looking up each key in the projection, switching on what to do with it and reaching into
    /// the projection (a class, so with exclusivity checks) made full reads measurably slower
    /// (docs/performance.md, "One JSON grammar").
    private struct FullMembers: JSONMemberReader {
        let hashBase: Int
        /// Members by key hash, made once an object is wide (`addMember`).
        var wideIndex: [UInt64: Int]? = nil

        @inline(__always)
        func key(_ parser: inout JSONParser) throws(JSONSyntaxError) -> (String, UInt64) {
            try parser.parseKey()
        }

        @inline(__always)
        mutating func value(of key: (String, UInt64), _ parser: inout JSONParser) throws(JSONSyntaxError) {
            let value = try parser.parseMemberValue(projection: nil)
            parser.addMember(key.0, hash: key.1, value, from: hashBase, index: &wideIndex)
        }
    }

    /// An array, its elements read with `elements` (nil: in full).
    private mutating func parseArray(elements: JSONProjection? = nil) throws(JSONSyntaxError) -> [Value] {
        let base = elementStack.count
        let hasElements = try readArray { parser throws(JSONSyntaxError) in
            let value = try parser.parseValue(projection: elements)
            parser.elementStack.append(value)
        }
        return hasElements ? elementStack.take(from: base) : []
    }

    /// An array of which only the strings that are one of `kept` are kept.
    private mutating func parseArray(keeping kept: KeptTexts) throws(JSONSyntaxError) -> [Value] {
        let base = elementStack.count
        let hasElements = try readArray { parser throws(JSONSyntaxError) in try parser.keepElement(ifOneOf: kept) }
        return hasElements ? elementStack.take(from: base) : []
    }

    /// The next element of an array read keeping only the strings that are one of `kept`
    /// (`KeptTexts`), onto `elementStack` if it is one; every other element is checked and
    /// stepped over, so errors are the full parse's. A plain string (ASCII without escapes) is
    /// matched on its bytes, anything else decoded and compared by code points.
    @inline(__always)
    private mutating func keepElement(ifOneOf kept: KeptTexts) throws(JSONSyntaxError) {
        skipWhitespace()
        guard position < end, bytes[position] == UInt8(ascii: "\"") else { return try skipValue() }
        if let close = plainStringEnd(from: position + 1) {
            if let text = kept.text(matching: UnsafeBufferPointer(rebasing: bytes[position + 1..<close])) {
                elementStack.append(.string(text))
            }
            position = close + 1
        } else {
            let text = try parseString()
            if kept.holds(text) { elementStack.append(.string(text)) }
        }
    }

    // MARK: - The grammar

    /// How a member starts, as the reader of an object's members sees it (`readObject`): it
    /// stepped over members up to the object's end, or up to a member whose key it scanned,
    /// or it leaves the next key to the grammar.
    enum MemberStart<Key> {
        case closed
        case key(Key)
        case scan
    }

    /// One value, the one place where what starts a value is decided: full reads, projected
    /// reads and checked skipping differ only in what they do with each kind, given as closures
    /// the optimiser inlines into each caller (no call per value).
    @inline(__always)
    private mutating func readValue<Result>(
        object: (inout JSONParser) throws(JSONSyntaxError) -> Result,
        array: (inout JSONParser) throws(JSONSyntaxError) -> Result,
        string: (inout JSONParser) throws(JSONSyntaxError) -> Result,
        scalar: (Value) -> Result
    ) throws(JSONSyntaxError) -> Result {
        skipWhitespace()
        guard position < end else { throw endFailure }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object(&self)
        case UInt8(ascii: "["): return try array(&self)
        case UInt8(ascii: "\""): return try string(&self)
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return scalar(.bool(true))
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return scalar(.bool(false))
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return scalar(.null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return scalar(.number(try parseNumber()))
        default:
            throw failure("expected a value", at: position)
        }
    }

    /// An object from its '{', the one place the object grammar is written: full, projected and
    /// skipping reads differ only in what `members` does with each member (`JSONMemberReader`),
    /// so every read fails the same way at the same place. Returns false for an empty object.
    @inline(__always)
    @discardableResult
    mutating func readObject<Members: JSONMemberReader>(_ members: inout Members) throws(JSONSyntaxError) -> Bool {
        try enter()
        position += 1
        skipWhitespace()
        if position < end, bytes[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return false
        }
        var afterComma = false
        while true {
            let memberStart = position
            let key: Members.Key
            switch members.start(&self) {
            case .closed:
                depth -= 1
                return true
            case .key(let found):
                key = found
            case .scan:
                if position != memberStart { afterComma = true }
                skipWhitespace()
                guard position < end else { throw endFailure }
                guard bytes[position] == UInt8(ascii: "\"") else {
                    throw failure(
                        afterComma ? "expected a string key after ','" : "expected a string key or '}'", at: position)
                }
                key = try members.key(&self)
            }
            skipWhitespace()
            guard position < end else { throw endFailure }
            guard bytes[position] == UInt8(ascii: ":") else {
                throw failure("expected ':' after an object key", at: position)
            }
            position += 1
            try members.value(of: key, &self)
            skipWhitespace()
            guard position < end else { throw endFailure }
            switch bytes[position] {
            case UInt8(ascii: ","):
                position += 1
                afterComma = true
            case UInt8(ascii: "}"):
                position += 1
                depth -= 1
                return true
            default:
                throw failure("expected ',' or '}' after an object member", at: position)
            }
        }
    }

    /// An array from its '[', the one place the array grammar is written (as `readObject`);
    /// `element` reads each element. Returns false for an empty array.
    @inline(__always)
    @discardableResult
    mutating func readArray(element: (inout JSONParser) throws(JSONSyntaxError) -> Void) throws(JSONSyntaxError)
        -> Bool
    {
        try enter()
        position += 1
        skipWhitespace()
        if position < end, bytes[position] == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return false
        }
        while true {
            try element(&self)
            skipWhitespace()
            guard position < end else { throw endFailure }
            switch bytes[position] {
            case UInt8(ascii: ","):
                position += 1
            case UInt8(ascii: "]"):
                position += 1
                depth -= 1
                return true
            default:
                throw failure("expected ',' or ']' after an array element", at: position)
            }
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let count = literal.utf8CodeUnitCount
        let start = position
        var i = 0
        while i < count {
            guard start + i < end, bytes[start + i] == literal.utf8Start[i] else {
                throw failure("invalid literal, expected `\(literal)`", at: start)
            }
            i += 1
        }
        position += count
    }

    // MARK: - Strings

    /// A key and the `KeyHash` of its decoded UTF-8 bytes.
    mutating func parseKey() throws(JSONSyntaxError) -> (String, UInt64) {
        let quote = position
        let start = position + 1
        if let close = plainStringEnd(from: start) {
            let keyBytes = UnsafeBufferPointer(rebasing: bytes[start..<close])
            let hash = KeyHash.of(keyBytes)
            position = close + 1
            return (keyCache.string(keyBytes, hash: hash), hash)
        }
        // Escapes or non-ASCII: decode fully (rare for keys), hash the decoded bytes.
        position = quote
        let key = try parseString()
        return (key, KeyHash.of(key.utf8))
    }

    mutating func parseString() throws(JSONSyntaxError) -> String {
        let quote = position
        position += 1
        let start = position
        while true {
            skipPlainStringBytes()
            guard position < end else { break }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = stringCache.string(UnsafeBufferPointer(rebasing: bytes[start..<position]))
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw controlCharacterFailure(byte) }
            if byte >= 0x80 {
                try validateUTF8Sequence()
            } else {
                position += 1
            }
        }
        guard position < end else { throw failure("unterminated string", at: quote) }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < end {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: scratch, as: UTF8.self)
            } else if byte == UInt8(ascii: "\\") {
                try decodeEscape(quote: quote)
            } else if byte < 0x20 {
                throw controlCharacterFailure(byte)
            } else if byte >= 0x80 {
                let sequenceStart = position
                try validateUTF8Sequence()
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[sequenceStart..<position]))
            } else {
                scratch.append(byte)
                position += 1
            }
        }
        throw failure("unterminated string", at: quote)
    }

    /// Calls `body` with the UTF-8 bytes of the string at `position` (its opening quote) and steps
    /// over it: in place when it has no escapes or non-ASCII text, else decoded and checked as
    /// `parseString` does, so only a string that needs it costs a `String` (hashing a value's
    /// bytes for `changes`, docs/performance.md).
    @inline(__always)
    mutating func withStringBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(JSONSyntaxError)
        -> Result
    {
        if let close = plainStringEnd(from: position + 1) {
            let result = body(UnsafeBufferPointer(rebasing: bytes[(position + 1)..<close]))
            position = close + 1
            return result
        }
        var text = try parseString()
        return text.withUTF8(body)
    }

    private func controlCharacterFailure(_ byte: UInt8) -> JSONSyntaxError {
        let hex = String(byte, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: 4 - hex.count) + hex
        return failure("control character \(code) must be escaped in a string", at: position)
    }

    /// Checks one multi-byte UTF-8 sequence at `position` (RFC 3629 table 3-7) and steps over it.
    private mutating func validateUTF8Sequence() throws(JSONSyntaxError) {
        let lead = bytes[position]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: throw failure("invalid UTF-8 in string", at: position)
        }
        guard position + length <= end else { throw failure("invalid UTF-8 in string", at: position) }
        let second = bytes[position + 1]
        guard second >= low, second <= high else { throw failure("invalid UTF-8 in string", at: position) }
        var i = 2
        while i < length {
            guard bytes[position + i] & 0xC0 == 0x80 else { throw failure("invalid UTF-8 in string", at: position) }
            i += 1
        }
        position += length
    }

    /// Decodes one escape into `scratch`, or, with `decoding` false, only checks it (skipping).
    private mutating func decodeEscape(quote: Int, decoding: Bool = true) throws(JSONSyntaxError) {
        let backslash = position
        position += 1
        guard position < end else { throw failure("unterminated string", at: quote) }
        let letter = bytes[position]
        position += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            guard decoding else { return }
            switch letter {
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            default: scratch.append(letter)
            }
        case UInt8(ascii: "u"):
            var code = try hexQuad(backslash: backslash)
            if (0xDC00...0xDFFF).contains(code) {
                throw failure("unpaired surrogate \\u\(String(code, radix: 16, uppercase: true))", at: backslash)
            }
            if (0xD800...0xDBFF).contains(code) {
                guard position + 1 < end, bytes[position] == UInt8(ascii: "\\"),
                    bytes[position + 1] == UInt8(ascii: "u")
                else {
                    throw failure("unpaired surrogate \\u\(String(code, radix: 16, uppercase: true))", at: backslash)
                }
                let lowBackslash = position
                position += 2
                let lowCode = try hexQuad(backslash: lowBackslash)
                guard (0xDC00...0xDFFF).contains(lowCode) else {
                    throw failure("unpaired surrogate \\u\(String(code, radix: 16, uppercase: true))", at: backslash)
                }
                code = 0x10000 + ((code - 0xD800) << 10) + (lowCode - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code) else {
                throw failure("invalid \\u escape", at: backslash)
            }
            if decoding { Unicode.UTF8.encode(scalar) { scratch.append($0) } }
        default:
            let shown = letter >= 0x21 && letter < 0x7F ? String(UnicodeScalar(letter)) : ""
            throw failure("invalid escape \\\(shown)", at: backslash)
        }
    }

    /// Four hex digits after `\u`.
    private mutating func hexQuad(backslash: Int) throws(JSONSyntaxError) -> UInt32 {
        guard position + 4 <= end else {
            throw failure("invalid \\u escape: expected 4 hex digits", at: backslash)
        }
        var code: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("invalid \\u escape: expected 4 hex digits", at: backslash)
            }
            code = code << 4 | UInt32(digit)
            position += 1
        }
        return code
    }

    // MARK: - Numbers

    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// A JSON number as the nearest double. Integers up to 2^53 and short decimals take Clinger's
    /// fast path (one exact operand times or over an exact power of ten, hence correctly rounded);
    /// everything else goes through the standard library's correctly rounded text conversion.
    mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = position
        let negative = bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        guard position < end, isDigit(bytes[position]) else {
            throw failure("expected a digit after '-'", at: position)
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var decimalExponent = 0
        var fast = true
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < end, isDigit(bytes[position]) {
                throw failure("leading zeros are not allowed in numbers", at: start)
            }
        } else {
            while position < end, isDigit(bytes[position]) {
                if digits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(bytes[position] &- UInt8(ascii: "0"))
                    digits += 1
                } else {
                    fast = false
                }
                position += 1
            }
        }
        if position < end, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard position < end, isDigit(bytes[position]) else {
                throw failure("expected a digit after the decimal point", at: position)
            }
            while position < end, isDigit(bytes[position]) {
                if digits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(bytes[position] &- UInt8(ascii: "0"))
                    digits += 1
                    decimalExponent -= 1
                } else {
                    fast = false
                }
                position += 1
            }
        }
        if position < end, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            var exponentNegative = false
            if position < end, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                exponentNegative = bytes[position] == UInt8(ascii: "-")
                position += 1
            }
            guard position < end, isDigit(bytes[position]) else {
                throw failure("expected a digit in the exponent", at: position)
            }
            var exponent = 0
            while position < end, isDigit(bytes[position]) {
                if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[position] - UInt8(ascii: "0")) }
                position += 1
            }
            decimalExponent += exponentNegative ? -exponent : exponent
        }
        if fast, mantissa <= 1 << 53, (-22...22).contains(decimalExponent) {
            var value = Double(mantissa)
            if decimalExponent > 0 {
                value *= JSONParser.powersOfTen[decimalExponent]
            } else if decimalExponent < 0 {
                value /= JSONParser.powersOfTen[-decimalExponent]
            }
            return negative ? -value : value
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw failure("number out of range: \(text)", at: start)
        }
        return value
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    // MARK: - Skipping

    /// Steps over one value, checking its syntax exactly as parsing would but building nothing.
    /// The C skipper (CJSONSkip) takes every value it can vouch for; the rest -- errors, and the
    /// rare values it leaves to Swift -- go through `checkedSkipValue`, which names the error.
    mutating func skipValue() throws(JSONSyntaxError) {
        if let base = bytes.baseAddress {
            let skipped = afq_json_skip_value(base, position, end, JSONParser.maxDepth - depth)
            if skipped >= 0 {
                position = skipped
                return
            }
        }
        try checkedSkipValue()
    }

    /// `skipValue` in Swift: the grammar read building nothing, for the values the C skipper
    /// leaves to Swift (errors, which it names, numbers that might be out of range, nesting
    /// beyond its budget). Nested values stay in Swift: asking C again at every level would go
    /// over a deeply nested value once per level.
    mutating func checkedSkipValue() throws(JSONSyntaxError) {
        try readValue(
            object: { parser throws(JSONSyntaxError) in
                var members = SkippedMembers()
                try parser.readObject(&members)
            },
            array: { parser throws(JSONSyntaxError) in
                try parser.readArray { parser throws(JSONSyntaxError) in try parser.checkedSkipValue() }
            },
            string: { parser throws(JSONSyntaxError) in try parser.skipString() },
            scalar: { _ in })
    }

    /// The members of an object skipped in Swift: checked, nothing built.
    private struct SkippedMembers: JSONMemberReader {
        @inline(__always)
        func key(_ parser: inout JSONParser) throws(JSONSyntaxError) { try parser.skipString() }

        @inline(__always)
        func value(of key: Void, _ parser: inout JSONParser) throws(JSONSyntaxError) {
            try parser.checkedSkipValue()
        }
    }

    /// Steps over a string, checking it exactly as `parseString` would (escapes, surrogate pairs,
    /// control characters, UTF-8), so a skipped member fails where a parsed one would.
    private mutating func skipString() throws(JSONSyntaxError) {
        let quote = position
        position += 1
        while true {
            skipPlainStringBytes()
            guard position < end else { break }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return
            }
            if byte == UInt8(ascii: "\\") {
                try decodeEscape(quote: quote, decoding: false)
            } else if byte < 0x20 {
                throw controlCharacterFailure(byte)
            } else if byte >= 0x80 {
                try validateUTF8Sequence()
            } else {
                position += 1
            }
        }
        throw failure("unterminated string", at: quote)
    }
}
