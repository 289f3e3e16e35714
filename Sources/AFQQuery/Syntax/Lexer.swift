/// Splits program text into tokens and applies the statement rules of docs/language.md,
/// "Pipelines": a newline ends a statement unless the line ends with `|` or `,`, the next
/// non-blank line starts with `|`, or it falls inside `(` or `[`.
public struct Lexer {
    private let bytes: [UInt8]
    private var position = 0
    /// Added to every range, so a statement lexed alone still points into its whole program.
    private let baseOffset: Int

    public init(_ text: String, baseOffset: Int = 0) {
        self.bytes = Array(text.utf8)
        self.baseOffset = baseOffset
    }

    public mutating func tokenize() throws(LexError) -> [Token] {
        var raw: [Token] = []
        var depth = 0
        while true {
            skipSpacesAndComments()
            guard position < bytes.count else { break }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") {
                raw.append(Token(.newline, range(position, position + 1)))
                position += 1
                continue
            }
            if byte == UInt8(ascii: "."), depth == 0, atStatementStart(raw), isLetter(peek(1)) {
                raw.append(lexDotCommand())
                continue
            }
            if byte == UInt8(ascii: "="), Lexer.followsLetName(raw), peek(1) != UInt8(ascii: "="),
                peek(1) != UInt8(ascii: "~")
            {
                raw.append(Token(.symbol(.assign), range(position, position + 1)))
                position += 1
                continue
            }
            let token = try lexToken()
            if case .symbol(let s) = token.kind {
                if s == .leftParen || s == .leftBracket { depth += 1 }
                if s == .rightParen || s == .rightBracket { depth = max(0, depth - 1) }
            }
            raw.append(token)
        }
        raw.append(Token(.end, range(bytes.count, bytes.count)))
        return Lexer.applyContinuationRules(raw)
    }

    /// Drops the newlines that do not end a statement, and collapses blank lines.
    static func applyContinuationRules(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var depth = 0
        for (i, token) in tokens.enumerated() {
            switch token.kind {
            case .symbol(.leftParen), .symbol(.leftBracket): depth += 1
            case .symbol(.rightParen), .symbol(.rightBracket): depth = max(0, depth - 1)
            case .newline:
                if depth > 0 { continue }
                if let previous = result.last {
                    if previous.isSymbol(.pipe) || previous.isSymbol(.comma) { continue }
                    if Lexer.expectsMore(after: previous) { continue }
                    if case .newline = previous.kind { continue }
                    if case .semicolon = previous.kind { continue }
                } else {
                    continue
                }
                let next = tokens[(i + 1)...].first { token in
                    if case .newline = token.kind { return false }
                    return true
                }
                if let next, next.isSymbol(.pipe) || Lexer.continues(next) { continue }
                if let next, case .end = next.kind { continue }
            default: break
            }
            result.append(token)
        }
        return result
    }

    /// A **Decision** of docs/language.md, "Pipelines": a line that ends with an operator, or a
    /// line that starts with `and`, `or` or `compute`, cannot end or start a statement, so the
    /// statement goes on.
    public static func expectsMore(after token: Token) -> Bool {
        switch token.kind {
        case .identifier(let word): return continuationWords.contains(word)
        case .symbol(let s): return s != .rightParen && s != .rightBracket && s != .star
        default: return false
        }
    }

    static func continues(_ token: Token) -> Bool {
        if case .identifier(let word) = token.kind { return ["and", "or", "compute"].contains(word) }
        return false
    }

    private static let continuationWords: Set<String> = [
        "and", "or", "not", "in", "contains", "like", "is", "as", "by", "compute",
    ]

    /// Whether the tokens so far end with `let $NAME` at the start of a statement, the one place
    /// a lone `=` means binding (docs/language.md, "Let").
    static func followsLetName(_ tokens: [Token]) -> Bool {
        let count = tokens.count
        guard count >= 2, tokens[count - 2].isWord("let"), case .variable = tokens[count - 1].kind else {
            return false
        }
        guard count >= 3 else { return true }
        switch tokens[count - 3].kind {
        case .newline, .semicolon: return true
        default: return false
        }
    }

    private func atStatementStart(_ tokens: [Token]) -> Bool {
        guard let last = tokens.last else { return true }
        switch last.kind {
        case .newline, .semicolon: return true
        default: return false
        }
    }

    private func range(_ from: Int, _ to: Int) -> SourceRange {
        SourceRange(from + baseOffset, to + baseOffset)
    }

    private func peek(_ ahead: Int) -> UInt8? {
        position + ahead < bytes.count ? bytes[position + ahead] : nil
    }

    private mutating func skipSpacesAndComments() {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                position += 1
            } else if byte == UInt8(ascii: "#") {
                while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
            } else {
                return
            }
        }
    }

    private mutating func lexDotCommand() -> Token {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
        var end = position
        while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return Token(.dotCommand(String(decoding: bytes[start..<end], as: UTF8.self)), range(start, end))
    }

    private mutating func lexToken() throws(LexError) -> Token {
        let start = position
        let byte = bytes[position]
        if isLetter(byte) || byte == UInt8(ascii: "_") {
            return Token(.identifier(readIdentifierText()), range(start, position))
        }
        if isDigit(byte) || (byte == UInt8(ascii: ".") && isDigit(peek(1))) {
            return try lexNumber()
        }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return Token(.string(try lexQuoted(terminator: byte)), range(start, position))
        case UInt8(ascii: "`"):
            position += 1
            let contentStart = position
            while position < bytes.count, bytes[position] != UInt8(ascii: "`"), bytes[position] != UInt8(ascii: "\n") {
                position += 1
            }
            guard position < bytes.count, bytes[position] == UInt8(ascii: "`") else {
                throw .unterminatedQuotedIdentifier(range(start, position))
            }
            let name = String(decoding: bytes[contentStart..<position], as: UTF8.self)
            position += 1
            return Token(.quotedIdentifier(name), range(start, position))
        case UInt8(ascii: "$"):
            position += 1
            guard position < bytes.count, isLetter(bytes[position]) || bytes[position] == UInt8(ascii: "_") else {
                throw .emptyVariableName(range(start, position))
            }
            return Token(.variable(readIdentifierText()), range(start, position))
        case UInt8(ascii: ";"):
            position += 1
            return Token(.semicolon, range(start, position))
        default:
            break
        }
        for symbol in Lexer.symbolsLongestFirst where matches(symbol.rawValue) {
            position += symbol.rawValue.utf8.count
            return Token(.symbol(symbol), range(start, position))
        }
        let character = readCharacter()
        throw .unexpectedCharacter(character, range(start, position))
    }

    private static let symbolsLongestFirst = Token.Symbol.allCases.filter { $0 != .assign }.sorted {
        $0.rawValue.count > $1.rawValue.count
    }

    private func matches(_ text: String) -> Bool {
        var i = position
        for byte in text.utf8 {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
        }
        return true
    }

    private mutating func readCharacter() -> String {
        let start = position
        position += 1
        while position < bytes.count, bytes[position] & 0xC0 == 0x80 { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func readIdentifierText() -> String {
        let start = position
        while position < bytes.count,
            isLetter(bytes[position]) || isDigit(bytes[position]) || bytes[position] == UInt8(ascii: "_")
        {
            position += 1
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func lexNumber() throws(LexError) -> Token {
        let start = position
        if TimeSpan.startsLiteral(bytes, at: start) { return try lexDuration() }
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        if position < bytes.count, bytes[position] == UInt8(ascii: "."), isDigit(peek(1)) {
            position += 1
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            var lookahead = position + 1
            if lookahead < bytes.count, bytes[lookahead] == UInt8(ascii: "+") || bytes[lookahead] == UInt8(ascii: "-") {
                lookahead += 1
            }
            if lookahead < bytes.count, isDigit(bytes[lookahead]) {
                position = lookahead
                while position < bytes.count, isDigit(bytes[position]) { position += 1 }
            }
        }
        // `12abc` is one mistake, not a number followed by a name; `1.5h` a duration that is not
        // written in whole units.
        if position < bytes.count, isLetter(bytes[position]) || bytes[position] == UInt8(ascii: "_") {
            let unitStart = position
            _ = readIdentifierText()
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            if text.contains("."), TimeSpan.startsLiteral(bytes, at: unitStart - 1) {
                throw .invalidDuration(text, problem: .fraction, range(start, position))
            }
            // `1y`, `6mo`: a few whole digits then a letter or two read as a duration with a unit afq
            // lacks; longer words stay malformed numbers.
            if unitStart - start <= 12, position - unitStart <= 2, bytes[start..<position].allSatisfy(isLetterOrDigit) {
                let unit = String(text.drop { $0.isASCII && $0.isNumber }.prefix { $0.isLetter })
                throw .invalidDuration(text, problem: .unknownUnit(unit), range(start, position))
            }
            throw .invalidNumber(text, range(start, position))
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = Double(text) else { throw .invalidNumber(text, range(start, position)) }
        // `1e400` would be infinity: refused, as it is in data, so numbers stay finite.
        guard value.isFinite else { throw .numberOutOfRange(text, range(start, position)) }
        return Token(.number(value), range(start, position))
    }

    /// `90d`, `1d12h`, `500ms` (docs/language.md, "Time"): the whole word is read, so `90x` or
    /// `12h1d` is one mistake with its reason.
    private mutating func lexDuration() throws(LexError) -> Token {
        let start = position
        while position < bytes.count,
            isLetter(bytes[position]) || isDigit(bytes[position]) || bytes[position] == UInt8(ascii: "_")
        {
            position += 1
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        switch TimeSpan.parse(literal: text) {
        case .success(let span): return Token(.duration(span), range(start, position))
        case .failure(let problem): throw .invalidDuration(text, problem: problem, range(start, position))
        }
    }

    private mutating func lexQuoted(terminator: UInt8) throws(LexError) -> String {
        let start = position
        position += 1
        var scalars: [UInt8] = []
        while true {
            guard position < bytes.count, bytes[position] != UInt8(ascii: "\n") else {
                throw .unterminatedString(range(start, position))
            }
            let byte = bytes[position]
            if byte == terminator {
                position += 1
                return String(decoding: scalars, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                let escapeStart = position
                position += 1
                guard position < bytes.count else { throw .unterminatedString(range(start, position)) }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "\\"): scalars.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "\""): scalars.append(UInt8(ascii: "\""))
                case UInt8(ascii: "'"): scalars.append(UInt8(ascii: "'"))
                case UInt8(ascii: "n"): scalars.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): scalars.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "u"):
                    let scalar = try readUnicodeEscape(escapeStart: escapeStart)
                    Unicode.UTF8.encode(scalar) { scalars.append($0) }
                default:
                    position -= 1
                    let text = "\\" + readCharacter()
                    throw .invalidEscape(text, range(escapeStart, position))
                }
                continue
            }
            scalars.append(byte)
            position += 1
        }
    }

    /// The scalar of `\uXXXX` (the `\u` read, `position` at the digits). A surrogate pair written
    /// as two escapes (`\ud83d\ude00`, as JSON writes characters beyond U+FFFF) is one scalar;
    /// half a pair is an error, as it is in data.
    private mutating func readUnicodeEscape(escapeStart: Int) throws(LexError) -> Unicode.Scalar {
        guard let code = hexCode(at: position) else {
            let end = min(escapeStart + 6, bytes.count)
            throw .invalidEscape(String(decoding: bytes[escapeStart..<end], as: UTF8.self), range(escapeStart, end))
        }
        position += 4
        var value = code
        if (0xD800...0xDBFF).contains(code) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                bytes[position + 1] == UInt8(ascii: "u"), let low = hexCode(at: position + 2),
                (0xDC00...0xDFFF).contains(low)
            else {
                throw .unpairedSurrogate(
                    String(decoding: bytes[escapeStart..<position], as: UTF8.self), range(escapeStart, position))
            }
            position += 6
            value = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw .unpairedSurrogate(
                String(decoding: bytes[escapeStart..<position], as: UTF8.self), range(escapeStart, position))
        }
        return scalar
    }

    /// The four hexadecimal digits at `offset` as a number; nil when they are not all there.
    private func hexCode(at offset: Int) -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var code: UInt32 = 0
        for byte in bytes[offset..<offset + 4] {
            guard let digit = hexValue(byte) else { return nil }
            code = code * 16 + digit
        }
        return code
    }
}

private func isLetter(_ byte: UInt8?) -> Bool {
    guard let byte else { return false }
    return (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
}

private func isLetterOrDigit(_ byte: UInt8) -> Bool {
    isLetter(byte) || isDigit(byte)
}

private func isDigit(_ byte: UInt8?) -> Bool {
    guard let byte else { return false }
    return byte >= 48 && byte <= 57
}

private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case 48...57: return UInt32(byte - 48)
    case 65...70: return UInt32(byte - 55)
    case 97...102: return UInt32(byte - 87)
    default: return nil
    }
}
