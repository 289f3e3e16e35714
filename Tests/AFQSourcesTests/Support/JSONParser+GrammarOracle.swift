@testable import AFQSources

/// The JSON grammar written out plainly, one recursive function, as the oracle the reader's own
/// grammar (`JSONParser.readValue`, `readObject`, `readArray`) and the C skipper are tested
/// against: it steps over one value, building nothing, and throws the error a reader must report,
/// at the same place. Strings and numbers are the reader's own scanners; only the structure is
/// written again here, so that a slip in the shared grammar cannot hide behind itself.
extension JSONParser {
    mutating func oracleSkipValue(depth: Int = 0) throws(JSONSyntaxError) {
        skipWhitespace()
        guard position < end else { throw failure(endMessage, at: position) }
        switch bytes[position] {
        case UInt8(ascii: "{"):
            try oracleEnter(depth: depth)
            position += 1
            skipWhitespace()
            if position < end, bytes[position] == UInt8(ascii: "}") {
                position += 1
                return
            }
            var afterComma = false
            while true {
                skipWhitespace()
                guard position < end else { throw failure(endMessage, at: position) }
                guard bytes[position] == UInt8(ascii: "\"") else {
                    throw failure(
                        afterComma ? "expected a string key after ','" : "expected a string key or '}'", at: position)
                }
                _ = try parseString()
                skipWhitespace()
                guard position < end else { throw failure(endMessage, at: position) }
                guard bytes[position] == UInt8(ascii: ":") else {
                    throw failure("expected ':' after an object key", at: position)
                }
                position += 1
                try oracleSkipValue(depth: depth + 1)
                skipWhitespace()
                guard position < end else { throw failure(endMessage, at: position) }
                switch bytes[position] {
                case UInt8(ascii: ","):
                    position += 1
                    afterComma = true
                case UInt8(ascii: "}"):
                    position += 1
                    return
                default:
                    throw failure("expected ',' or '}' after an object member", at: position)
                }
            }
        case UInt8(ascii: "["):
            try oracleEnter(depth: depth)
            position += 1
            skipWhitespace()
            if position < end, bytes[position] == UInt8(ascii: "]") {
                position += 1
                return
            }
            while true {
                try oracleSkipValue(depth: depth + 1)
                skipWhitespace()
                guard position < end else { throw failure(endMessage, at: position) }
                switch bytes[position] {
                case UInt8(ascii: ","):
                    position += 1
                case UInt8(ascii: "]"):
                    position += 1
                    return
                default:
                    throw failure("expected ',' or ']' after an array element", at: position)
                }
            }
        case UInt8(ascii: "\""):
            _ = try parseString()
        case UInt8(ascii: "t"): try oracleLiteral("true")
        case UInt8(ascii: "f"): try oracleLiteral("false")
        case UInt8(ascii: "n"): try oracleLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            _ = try parseNumber()
        default:
            throw failure("expected a value", at: position)
        }
    }

    /// `depth` arrays and objects are open around the one starting here.
    private func oracleEnter(depth: Int) throws(JSONSyntaxError) {
        if depth >= JSONParser.maxDepth {
            throw failure("nesting deeper than \(JSONParser.maxDepth) levels", at: position)
        }
    }

    private mutating func oracleLiteral(_ literal: String) throws(JSONSyntaxError) {
        let expected = Array(literal.utf8)
        guard position + expected.count <= end,
            Array(bytes[position..<position + expected.count]) == expected
        else { throw failure("invalid literal, expected `\(literal)`", at: position) }
        position += expected.count
    }
}
