/// Turns tokens into a `Program` (afq-language §3–§6). A hand-written recursive-descent parser
/// with one function per precedence level.
///
/// ```
/// program     := statement? ((NEWLINE | ';') statement?)*
/// statement   := DOTCOMMAND | pipeline
/// pipeline    := IDENT ('|' stage)*
/// stage       := 'where' expr | 'select' item (',' item)* | 'reject' expr (',' expr)*
///              | 'get' expr | 'sort' 'by' sortkey (',' sortkey)* | 'limit' expr | 'skip' expr
///              | 'count' | 'distinct' | 'expand' expr ('as' name)?
///              | 'group' 'by' named (',' named)* ('compute' named (',' named)*)? | 'to' IDENT
/// item        := '*' | named          named := expr ('as' name)?
/// sortkey     := expr ('asc' | 'desc')?
/// expr        := and ('or' and)*                 and := not ('and' not)*
/// not         := 'not' not | comparison
/// comparison  := additive (compop additive | 'not'? ('in'|'like'|'contains') additive
///                         | 'is' 'not'? 'null')?
/// additive    := multiplicative (('+' | '-') multiplicative)*
/// multiplicative := unary (('*' | '/' | '%') unary)*
/// unary       := '-' unary | postfix           postfix := primary ('.' name | '[' expr ']')*
/// primary     := NUMBER | STRING | 'true' | 'false' | 'null' | '[' (expr (',' expr)*)? ']'
///              | '(' expr ')' | IDENT '(' (expr (',' expr)*)? ')' | IDENT | `QUOTED` | VARIABLE
/// ```
public struct Parser {
    private let source: SourceFile
    private var tokens: [Token] = []
    private var index = 0

    public init(source: SourceFile) {
        self.source = source
    }

    /// Lexes and parses the whole program; throws a `LexError` or a `ParseError`.
    public mutating func parse() throws -> Program {
        var lexer = Lexer(source.text)
        tokens = try lexer.tokenize()
        index = 0
        var statements: [Statement] = []
        while true {
            skipSeparators()
            if case .end = current.kind { break }
            statements.append(try parseStatement())
            switch current.kind {
            case .newline, .semicolon, .end: break
            default:
                if case .identifier(let word) = current.kind,
                    let keyword = Suggestions.nearest(to: word, in: Parser.wordsAfterAnExpression).first
                {
                    throw ParseError.misspelledKeyword(word, suggestion: keyword, current.range)
                }
                throw unexpected("`|`, `;` or the end of the statement")
            }
        }
        return Program(statements: statements)
    }

    /// Keywords that can follow an expression: a misspelling of one gets a suggestion.
    static let wordsAfterAnExpression = [
        "asc", "desc", "as", "compute", "and", "or", "not", "in", "contains", "like", "is",
    ]

    /// The source words a pipeline may start with (afq-language §4).
    public static let sources = ["connectors"]

    // MARK: statements

    private mutating func parseStatement() throws -> Statement {
        if case .dotCommand(let text) = current.kind {
            let range = current.range
            advance()
            return .dotCommand(try DotCommandSplitter.split(text, range: range))
        }
        let sourceToken = current
        guard case .identifier(let name) = sourceToken.kind else {
            throw unexpected("a source such as `connectors`")
        }
        guard Parser.sources.contains(name) else {
            throw ParseError.unknownSource(
                name, suggestion: Suggestions.nearest(to: name, in: Parser.sources).first, sourceToken.range)
        }
        advance()
        var stages: [Stage] = []
        while current.isSymbol(.pipe) {
            advance()
            if let last = stages.last, last.signature.endsPipeline {
                throw ParseError.misplacedStage(last.name, last.range)
            }
            stages.append(try parseStage())
        }
        let end = stages.last?.range ?? sourceToken.range
        return .pipeline(
            Pipeline(source: Name(name, sourceToken.range), stages: stages, range: sourceToken.range.joined(with: end)))
    }

    private mutating func parseStage() throws -> Stage {
        let keyword = current
        guard case .identifier(let word) = keyword.kind else {
            throw unexpected("a stage such as `where` or `select`")
        }
        guard let definition = StageLibrary.definition(startingWith: word) else {
            throw ParseError.unknownStage(
                word, suggestion: Suggestions.nearest(to: word, in: StageLibrary.signatures.map(\.name)).first,
                keyword.range)
        }
        advance()
        var keywordRange = keyword.range
        for following in definition.signature.keywords.dropFirst() {
            keywordRange = keywordRange.joined(with: try expectWord(following, after: word))
        }
        let stage = try definition.parse(&self, keyword: keywordRange)
        return Stage(stage, range: keyword.range.joined(with: previousRange), keywordRange: keywordRange)
    }

    mutating func parseNamed() throws -> NamedExpression {
        // The column name is the text as written, from the first token to the last (a leading
        // `(` belongs to it even though the expression's own range starts inside it).
        let start = current.range.lowerBound
        let expression = try parseExpression()
        let text = Parser.normalizedText(source.text(of: SourceRange(start, previousRange.upperBound)))
        return NamedExpression(expression: expression, alias: try parseAlias(), sourceText: text)
    }

    mutating func parseAlias() throws -> Name? {
        guard current.isWord("as") else { return nil }
        advance()
        return try parseName(what: "a column name after `as`")
    }

    private mutating func parseName(what: String) throws -> Name {
        let token = current
        switch token.kind {
        case .identifier(let name):
            if Token.reservedWords.contains(name) { throw ParseError.reservedWord(name, token.range) }
            advance()
            return Name(name, token.range)
        case .quotedIdentifier(let name):
            advance()
            return Name(name, token.range)
        default:
            throw unexpected(what)
        }
    }

    mutating func parseList<T>(_ item: (inout Parser) throws -> T) throws -> [T] {
        var items = [try item(&self)]
        while current.isSymbol(.comma) {
            advance()
            items.append(try item(&self))
        }
        return items
    }

    // MARK: expressions, lowest precedence first (afq-language §6)

    public mutating func parseExpression() throws -> Expression {
        var left = try parseAnd()
        while current.isWord("or") {
            advance()
            let right = try parseAnd()
            left = .binary(.or, left, right, left.range.joined(with: right.range))
        }
        return left
    }

    private mutating func parseAnd() throws -> Expression {
        var left = try parseNot()
        while current.isWord("and") {
            advance()
            let right = try parseNot()
            left = .binary(.and, left, right, left.range.joined(with: right.range))
        }
        return left
    }

    private mutating func parseNot() throws -> Expression {
        if current.isWord("not") {
            let start = current.range
            advance()
            let operand = try parseNot()
            return .unary(.not, operand, start.joined(with: operand.range))
        }
        return try parseComparison()
    }

    private static let comparisonSymbols: [Token.Symbol: BinaryOperator] = [
        .equal: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessEqual, .greater: .greater,
        .greaterEqual: .greaterEqual, .match: .match, .notMatch: .notMatch,
    ]

    private static let comparisonWords: [String: BinaryOperator] = ["in": .in, "like": .like, "contains": .contains]

    private mutating func parseComparison() throws -> Expression {
        let left = try parseAdditive()
        if case .symbol(let symbol) = current.kind, let op = Parser.comparisonSymbols[symbol] {
            advance()
            let right = try parseAdditive()
            return .binary(op, left, right, left.range.joined(with: right.range))
        }
        if case .identifier(let word) = current.kind, let op = Parser.comparisonWords[word] {
            advance()
            let right = try parseAdditive()
            return .binary(op, left, right, left.range.joined(with: right.range))
        }
        // `x not in y`, `x not like p`, `x not contains y`: an extension, read as `not (x in y)`.
        if current.isWord("not"), case .identifier(let word) = peek.kind, let op = Parser.comparisonWords[word] {
            advance()
            advance()
            let right = try parseAdditive()
            let range = left.range.joined(with: right.range)
            return .unary(.not, .binary(op, left, right, range), range)
        }
        if current.isWord("is") {
            advance()
            var negated = false
            if current.isWord("not") {
                negated = true
                advance()
            }
            guard current.isWord("null") else { throw unexpected("`null` after `is`") }
            let end = current.range
            advance()
            return .isNull(left, negated: negated, left.range.joined(with: end))
        }
        return left
    }

    private mutating func parseAdditive() throws -> Expression {
        var left = try parseMultiplicative()
        while true {
            let op: BinaryOperator
            if current.isSymbol(.plus) { op = .add } else if current.isSymbol(.minus) { op = .subtract } else { break }
            advance()
            let right = try parseMultiplicative()
            left = .binary(op, left, right, left.range.joined(with: right.range))
        }
        return left
    }

    private mutating func parseMultiplicative() throws -> Expression {
        var left = try parseUnary()
        while true {
            let op: BinaryOperator
            if current.isSymbol(.star) {
                op = .multiply
            } else if current.isSymbol(.slash) {
                op = .divide
            } else if current.isSymbol(.percent) {
                op = .remainder
            } else {
                break
            }
            advance()
            let right = try parseUnary()
            left = .binary(op, left, right, left.range.joined(with: right.range))
        }
        return left
    }

    private mutating func parseUnary() throws -> Expression {
        if current.isSymbol(.minus) {
            let start = current.range
            advance()
            let operand = try parseUnary()
            if case .literal(.number(let n), let r) = operand {
                return .literal(.number(-n), start.joined(with: r))
            }
            return .unary(.negate, operand, start.joined(with: operand.range))
        }
        return try parsePostfix()
    }

    private mutating func parsePostfix() throws -> Expression {
        var base = try parsePrimary()
        while true {
            if current.isSymbol(.dot) {
                advance()
                let token = current
                switch token.kind {
                case .identifier(let name), .quotedIdentifier(let name):
                    advance()
                    base = .member(base, name, base.range.joined(with: token.range))
                default:
                    throw unexpected("a field name after `.`")
                }
            } else if current.isSymbol(.leftBracket) {
                advance()
                let indexExpression = try parseExpression()
                let end = try expect(.rightBracket, "`]`")
                base = .index(base, indexExpression, base.range.joined(with: end))
            } else {
                return base
            }
        }
    }

    private mutating func parsePrimary() throws -> Expression {
        let token = current
        switch token.kind {
        case .number(let n):
            advance()
            return .literal(.number(n), token.range)
        case .string(let s):
            advance()
            return .literal(.string(s), token.range)
        case .variable(let name):
            advance()
            return .variable(name, token.range)
        case .quotedIdentifier(let name):
            advance()
            return .field(name, token.range)
        case .symbol(.leftParen):
            advance()
            let inner = try parseExpression()
            _ = try expect(.rightParen, "`)`")
            return inner
        case .symbol(.leftBracket):
            advance()
            var elements: [Expression] = []
            if !current.isSymbol(.rightBracket) {
                elements = try parseList { try $0.parseExpression() }
            }
            let end = try expect(.rightBracket, "`,` or `]`")
            return .list(elements, token.range.joined(with: end))
        case .identifier(let name):
            switch name {
            case "true", "false":
                advance()
                return .literal(.bool(name == "true"), token.range)
            case "null":
                advance()
                return .literal(.null, token.range)
            default: break
            }
            if peek.isSymbol(.leftParen) {
                advance()
                advance()
                var arguments: [Expression] = []
                if !current.isSymbol(.rightParen) {
                    arguments = try parseList { try $0.parseExpression() }
                }
                let end = try expect(.rightParen, "`,` or `)`")
                return .call(name, nameRange: token.range, arguments: arguments, token.range.joined(with: end))
            }
            if Token.reservedWords.contains(name) { throw ParseError.reservedWord(name, token.range) }
            advance()
            return .field(name, token.range)
        default:
            throw unexpected("an expression")
        }
    }

    // MARK: token helpers

    var current: Token { tokens[index] }
    private var peek: Token { tokens[min(index + 1, tokens.count - 1)] }
    var previousRange: SourceRange { tokens[max(0, index - 1)].range }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    private mutating func skipSeparators() {
        while true {
            switch current.kind {
            case .newline, .semicolon: advance()
            default: return
            }
        }
    }

    private mutating func expect(_ symbol: Token.Symbol, _ what: String) throws -> SourceRange {
        guard current.isSymbol(symbol) else { throw unexpected(what) }
        let range = current.range
        advance()
        return range
    }

    mutating func expectWord(_ word: String, after keyword: String) throws -> SourceRange {
        guard current.isWord(word) else { throw unexpected("`\(word)` after `\(keyword)`") }
        let range = current.range
        advance()
        return range
    }

    func unexpected(_ what: String) -> ParseError {
        var range = current.range
        switch current.kind {
        case .end, .newline, .semicolon:
            // Point just past the previous token, on its line, rather than at nothing.
            let after = index > 0 ? tokens[index - 1].range.upperBound : range.lowerBound
            range = SourceRange(after, after + 1)
        default: break
        }
        return .expected(what, found: current.description, range)
    }

    /// Column names come from the text as written, with runs of whitespace made single spaces.
    static func normalizedText(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
