import AFQQuery

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// How the values of a JSON text are laid out.
public enum JSONLayout: Sendable, Hashable {
    /// Exactly one value (RFC 8259).
    case single
    /// JSON Lines: one value per line; blank lines are skipped. Errors name the value's own line,
    /// and a value that does not end on its line is an error there (`unexpected end of line`).
    case lines
    /// Any number of values separated by whitespace (concatenated or pretty-printed documents, or
    /// JSON Lines read without knowing it); what `jq` reads.
    case stream
}

/// One step of a path into a JSON value, to point a diagnostic at a nested value.
public enum JSONPathComponent: Sendable, Hashable {
    case key(String)
    case index(Int)
}

/// Reads JSON into `Value`s (docs/language.md, "Values"): objects become records that keep their
/// key order (a duplicate key's last value wins, in the first one's place), numbers become doubles
/// (exact for integers up to 2^53, correctly rounded otherwise), strings must be valid UTF-8.
///
/// Foundation's `JSONSerialization` is not used: it loses key order and error positions.
public enum JSONReader {
    /// Parses one JSON value from text (`--param-json`).
    public static func parse(_ text: String) throws(JSONSyntaxError) -> Value {
        try parse(Array(text.utf8))
    }

    /// Parses one JSON value; with `keepingTopLevelKeys`, an object value keeps only those members
    /// (the others are checked for syntax and skipped without being built).
    public static func parse(_ bytes: [UInt8], keepingTopLevelKeys keys: Set<String>? = nil)
        throws(JSONSyntaxError) -> Value
    {
        let result: Result<Value, JSONSyntaxError> = bytes.withUnsafeBytes { raw in
            do throws(JSONSyntaxError) {
                return .success(try parse(raw, keepingTopLevelKeys: keys))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    public static func parse(_ bytes: UnsafeRawBufferPointer, keepingTopLevelKeys keys: Set<String>? = nil)
        throws(JSONSyntaxError) -> Value
    {
        var parser = JSONParser(bytes: bytes)
        parser.skipByteOrderMark()
        let value = try parser.parseValue(projection: JSONProjection.keeping(keys))
        parser.skipWhitespace()
        guard parser.isAtEnd else {
            throw parser.failure("trailing characters after the JSON value", at: parser.position)
        }
        return value
    }

    /// Every value of `bytes` in `layout`, collected (small inputs and tests).
    public static func values(in bytes: [UInt8], layout: JSONLayout) throws(JSONSyntaxError) -> [Value] {
        var values: [Value] = []
        do {
            try bytes.withUnsafeBytes { raw in
                try forEachValue(in: raw, layout: layout) { value, _ in values.append(value) }
            }
        } catch let error as JSONSyntaxError {
            throw error
        } catch {
            // `body` above cannot throw; nothing else reaches here.
        }
        return values
    }

    /// Calls `body` with each value of `bytes` and the byte offset where it starts. Syntax errors
    /// are thrown as `JSONSyntaxError`; errors thrown by `body` pass through unchanged.
    public static func forEachValue(
        in bytes: UnsafeRawBufferPointer, layout: JSONLayout, keepingTopLevelKeys keys: Set<String>? = nil,
        _ body: (_ value: Value, _ offset: Int) throws -> Void
    ) throws {
        try forEachValue(in: bytes, layout: layout, projection: JSONProjection.keeping(keys), body)
    }

    /// Calls `body` with each value of `bytes`, built only as far as `projection` says. With
    /// `startsInput` false, `bytes` is a later piece of a JSON Lines input (cut at a line end),
    /// where a byte order mark is not skipped. Returns the line feeds in `bytes` when it went
    /// through them line by line anyway (JSON Lines), so the caller need not count them again.
    @discardableResult
    static func forEachValue(
        in bytes: UnsafeRawBufferPointer, layout: JSONLayout, projection: JSONProjection?, startsInput: Bool = true,
        _ body: (_ value: Value, _ offset: Int) throws -> Void
    ) throws -> Int? {
        switch layout {
        case .lines:
            return try forEachLine(in: bytes, projection: projection, startsInput: startsInput, body)
        case .stream:
            try forEachStreamValue(in: bytes, projection: projection, body)
        case .single:
            var parser = JSONParser(bytes: bytes)
            parser.skipByteOrderMark()
            parser.skipWhitespace()
            let start = parser.position
            let value = try parser.parseValue(projection: projection)
            parser.skipWhitespace()
            guard parser.isAtEnd else {
                throw parser.failure("trailing characters after the JSON value", at: parser.position)
            }
            try body(value, start)
        }
        return nil
    }

    /// Returns the line feeds it passed.
    @discardableResult
    private static func forEachLine(
        in bytes: UnsafeRawBufferPointer, projection: JSONProjection?, startsInput: Bool = true,
        _ body: (Value, Int) throws -> Void
    ) throws -> Int {
        var parser = JSONParser(bytes: bytes)
        parser.endMessage = "unexpected end of line"
        if startsInput { parser.skipByteOrderMark() }
        var lineStart = parser.position
        var lineFeeds = 0
        while lineStart < bytes.count {
            let lineEnd: Int
            if let found = newline(in: bytes, from: lineStart) {
                lineEnd = found
                lineFeeds += 1
            } else {
                lineEnd = bytes.count
            }
            parser.position = lineStart
            parser.end = lineEnd
            parser.skipWhitespace()
            if !parser.isAtEnd {
                let start = parser.position
                let value = try parser.parseValue(projection: projection)
                parser.skipWhitespace()
                guard parser.isAtEnd else {
                    throw parser.failure("trailing characters after the JSON value", at: parser.position)
                }
                try body(value, start)
            }
            lineStart = lineEnd + 1
        }
        return lineFeeds
    }

    private static func forEachStreamValue(
        in bytes: UnsafeRawBufferPointer, projection: JSONProjection?, _ body: (Value, Int) throws -> Void
    ) throws {
        var parser = JSONParser(bytes: bytes)
        parser.skipByteOrderMark()
        var count = 0
        // While every value so far sat on a line of its own, the input is probably JSON Lines, and a
        // broken line is better reported as JSON Lines would report it (on that line, not the next).
        var looksLikeLines = true
        var previousEnd = parser.position
        while true {
            let value: Value
            let start: Int
            do {
                parser.skipWhitespace()
                if parser.isAtEnd { return }
                start = parser.position
                value = try parser.parseValue(projection: projection)
            } catch {
                if count > 0, looksLikeLines {
                    do {
                        try forEachLine(in: bytes, projection: projection) { _, _ in }
                    } catch let lineError as JSONSyntaxError {
                        throw lineError
                    }
                }
                throw error
            }
            if looksLikeLines {
                looksLikeLines =
                    newline(in: bytes, from: start, to: parser.position) == nil
                    && (count == 0 || newline(in: bytes, from: previousEnd, to: start) != nil)
            }
            previousEnd = parser.position
            count += 1
            try body(value, start)
        }
    }

    /// The offset of the first line feed in `from..<to`.
    static func newline(in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int? = nil) -> Int? {
        let limit = end ?? bytes.count
        guard start < limit, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(UInt8(ascii: "\n")), limit - start) else { return nil }
        return UnsafeRawPointer(found) - base
    }

    /// The offset where the value at `path` starts, below the value starting at `offset`; nil when
    /// the path does not lead to a value. For a duplicated key, the last occurrence (the one kept).
    /// The value was read before (it is what a diagnostic points into), so the grammar walks it
    /// again building nothing and only notes where the step's value starts.
    public static func offset(of path: [JSONPathComponent], in bytes: UnsafeRawBufferPointer, valueAt offset: Int)
        -> Int?
    {
        var parser = JSONParser(bytes: bytes, start: offset)
        return self.offset(of: path, valueAt: offset, &parser)
    }

    /// `offset(of:in:valueAt:)` with a parser of the bytes already made, for finding many values
    /// (a parser's caches cost more to make than a short path costs to walk).
    static func offset(of path: [JSONPathComponent], valueAt offset: Int, _ parser: inout JSONParser) -> Int? {
        parser.position = offset
        parser.end = parser.bytes.count
        do throws(JSONSyntaxError) {
            for step in path {
                parser.skipWhitespace()
                guard !parser.isAtEnd else { return nil }
                var found: Int? = nil
                switch step {
                case .key(let wanted):
                    guard parser.bytes[parser.position] == UInt8(ascii: "{") else { return nil }
                    var members = MemberFinder(wanted: wanted)
                    try parser.readObject(&members)
                    found = members.found
                case .index(let wanted):
                    guard parser.bytes[parser.position] == UInt8(ascii: "[") else { return nil }
                    var index = 0
                    try parser.readArray { parser throws(JSONSyntaxError) in
                        parser.skipWhitespace()
                        if index == wanted { found = parser.position }
                        index += 1
                        try parser.skipValue()
                    }
                }
                guard let found else { return nil }
                parser.position = found
            }
        } catch {
            return nil
        }
        parser.skipWhitespace()
        return parser.position
    }

    /// Where the value of the last member with key `wanted` starts, as an object is walked.
    private struct MemberFinder: JSONMemberReader {
        let wanted: String
        var found: Int? = nil

        func key(_ parser: inout JSONParser) throws(JSONSyntaxError) -> String { try parser.parseKey().0 }

        mutating func value(of key: String, _ parser: inout JSONParser) throws(JSONSyntaxError) {
            parser.skipWhitespace()
            if key == wanted { found = parser.position }
            try parser.skipValue()
        }
    }
}
