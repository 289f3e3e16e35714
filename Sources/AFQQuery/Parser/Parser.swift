/// Turns tokens into a `Program` (docs/language.md, "Pipelines" to "Functions"). A hand-written recursive-descent parser
/// with one function per precedence level.
///
/// ```
/// program     := statement? ((NEWLINE | ';') statement?)*
/// statement   := DOTCOMMAND | pipeline
/// pipeline    := IDENT ('|' stage)*
/// stage       := 'where' expr | 'select' item (',' item)* | 'reject' expr (',' expr)*
///              | 'get' expr | 'sort' 'by' sortkey (',' sortkey)* | 'limit' expr | 'skip' expr
///              | 'count' | 'distinct' | 'expand' expr ('as' name)?
///              | 'group' 'by' named (',' named)* ('compute' named (',' named)*)?
///              | 'compute' named (',' named)* | 'percent' 'of' named | 'to' IDENT
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
    /// How many brackets, parentheses, calls, `not`s and `-`s enclose the token being parsed.
    private var nesting = 0

    /// The deepest brackets, parentheses, calls, `not`s and `-`s may nest (docs/language.md,
    /// "Limits"). The parser descends once per level through every precedence function, so this
    /// bounds its own stack use before any tree exists; far beyond what anyone writes by hand.
    public static let maxNesting = 256
    /// The deepest an expression's tree may be. Every later walk (checker, compiler, evaluation on
    /// worker threads, the reference evaluator, and the release of the tree itself) recurses once
    /// per level, so this bounds their stack use. Only nesting makes a tree deep: chains of `and`
    /// and `or` are built balanced, and chains of `+`, `-`, `*`, `/`, `%`, `.name` and `[index]`
    /// longer than `leftDeepLimit` operators are one flat node, so neither is refused at any length.
    public static let maxDepth = 512
    /// The longest chain of one operator kind built as the left-deep (or, for `and` and `or`,
    /// written) tree: longer `and` and `or` chains are balanced, longer arithmetic and path chains
    /// flat (`Expression.chain`).
    public static let leftDeepLimit = 16

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
                if case .identifier(let word) = current.kind, let stage = StageLibrary.definition(startingWith: word) {
                    throw ParseError.missingPipe(stage.signature.name, current.range)
                }
                if case .identifier(let word) = current.kind,
                    let keyword = Parser.otherLanguagesKeywords[word.lowercased()]
                        ?? Suggestions.nearest(to: word, in: Parser.wordsAfterAnExpression).first
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

    /// What SQL and other languages spell differently, for "did you mean" (`descending` → `desc`):
    /// too far from the keyword for a spelling suggestion.
    static let otherLanguagesKeywords = ["descending": "desc", "ascending": "asc"]

    /// The source words a pipeline may start with (docs/language.md, "Pipelines").
    public static let sources = ["connectors", "changes"]

    // MARK: statements

    private mutating func parseStatement() throws -> Statement {
        if case .dotCommand(let text) = current.kind {
            let range = current.range
            advance()
            return .dotCommand(try DotCommandSplitter.split(text, range: range))
        }
        if current.isWord("let") {
            return .letBinding(try parseLetBinding())
        }
        return .pipeline(try parsePipeline())
    }

    /// `let $NAME = PIPELINE` (docs/language.md, "Let").
    private mutating func parseLetBinding() throws -> LetBinding {
        let keyword = current.range
        advance()
        guard case .variable(let name) = current.kind else {
            throw unexpected("a name such as `$targets` after `let`")
        }
        let nameToken = current
        advance()
        guard current.isSymbol(.assign) else { throw unexpected("`=` after `let $\(name)`") }
        advance()
        let pipeline = try parsePipeline()
        return LetBinding(
            name: Name(name, nameToken.range), pipeline: pipeline, range: keyword.joined(with: pipeline.range))
    }

    private mutating func parsePipeline() throws -> Pipeline {
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
        return Pipeline(
            source: Name(name, sourceToken.range), stages: stages, range: sourceToken.range.joined(with: end))
    }

    private mutating func parseStage() throws -> Stage {
        let keyword = current
        guard case .identifier(let word) = keyword.kind else {
            if keyword.isSymbol(.pipe), previousRange.upperBound == keyword.range.lowerBound {
                throw ParseError.doublePipe(previousRange.joined(with: keyword.range))
            }
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

    // MARK: expressions, lowest precedence first (docs/language.md, "Operators")

    public mutating func parseExpression() throws -> Expression {
        try parseOr().expression
    }

    /// An expression with the depth of its tree (`maxDepth`).
    private typealias Parsed = (expression: Expression, depth: Int)

    private mutating func parseOr() throws -> Parsed {
        var operands = [try parseAnd()]
        while current.isWord("or") {
            advance()
            operands.append(try parseAnd())
        }
        return Parser.balanced(.or, operands[...])
    }

    private mutating func parseAnd() throws -> Parsed {
        var operands = [try parseNot()]
        while current.isWord("and") {
            advance()
            operands.append(try parseNot())
        }
        return Parser.balanced(.and, operands[...])
    }

    /// `a or b or c …` as a tree: left-deep as written for the few operands people write, and
    /// balanced above that, so that a generated chain of thousands of tests is only a few levels
    /// deep. Both operators are associative, evaluate their operands left to right and stop at the
    /// same one whatever the grouping, so the result and any error are the same.
    private static func balanced(_ op: BinaryOperator, _ operands: ArraySlice<Parsed>) -> Parsed {
        if operands.count > Parser.leftDeepLimit {
            let middle = operands.startIndex + operands.count / 2
            return joined(op, balanced(op, operands[..<middle]), balanced(op, operands[middle...]))
        }
        var result = operands[operands.startIndex]
        for operand in operands.dropFirst() { result = joined(op, result, operand) }
        return result
    }

    private static func joined(_ op: BinaryOperator, _ left: Parsed, _ right: Parsed) -> Parsed {
        (
            .binary(op, left.expression, right.expression, left.expression.range.joined(with: right.expression.range)),
            max(left.depth, right.depth) + 1
        )
    }

    private mutating func parseNot() throws -> Parsed {
        if current.isWord("not") {
            let start = current.range
            try enterNesting()
            defer { nesting -= 1 }
            advance()
            let operand = try parseNot()
            return (.unary(.not, operand.expression, start.joined(with: operand.expression.range)), operand.depth + 1)
        }
        return try parseComparison()
    }

    private static let comparisonSymbols: [Token.Symbol: BinaryOperator] = [
        .equal: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessEqual, .greater: .greater,
        .greaterEqual: .greaterEqual, .match: .match, .notMatch: .notMatch,
    ]

    private static let comparisonWords: [String: BinaryOperator] = ["in": .in, "like": .like, "contains": .contains]

    private mutating func parseComparison() throws -> Parsed {
        let left = try parseAdditive()
        if case .symbol(let symbol) = current.kind, let op = Parser.comparisonSymbols[symbol] {
            advance()
            return Parser.joined(op, left, try parseAdditive())
        }
        if case .identifier(let word) = current.kind, let op = Parser.comparisonWords[word] {
            advance()
            return Parser.joined(op, left, try parseAdditive())
        }
        // `x not in y`, `x not like p`, `x not contains y`: an extension, read as `not (x in y)`.
        if current.isWord("not"), case .identifier(let word) = peek.kind, let op = Parser.comparisonWords[word] {
            advance()
            advance()
            let test = Parser.joined(op, left, try parseAdditive())
            return (.unary(.not, test.expression, test.expression.range), test.depth + 1)
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
            return (.isNull(left.expression, negated: negated, left.expression.range.joined(with: end)), left.depth + 1)
        }
        return left
    }

    private mutating func parseAdditive() throws -> Parsed {
        var chain = ChainBuilder(try parseMultiplicative())
        while true {
            let op: BinaryOperator
            if current.isSymbol(.plus) { op = .add } else if current.isSymbol(.minus) { op = .subtract } else { break }
            try checkDepth(chain.depthWithOneMore)
            advance()
            chain.append(binary: op, try parseMultiplicative())
        }
        return chain.built
    }

    private mutating func parseMultiplicative() throws -> Parsed {
        var chain = ChainBuilder(try parseUnary())
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
            try checkDepth(chain.depthWithOneMore)
            advance()
            chain.append(binary: op, try parseUnary())
        }
        return chain.built
    }

    private mutating func parseUnary() throws -> Parsed {
        if current.isSymbol(.minus) {
            let start = current.range
            try enterNesting()
            defer { nesting -= 1 }
            advance()
            let operand = try parseUnary()
            if case .literal(.number(let n), let r) = operand.expression {
                return (.literal(.number(-n), start.joined(with: r)), operand.depth)
            }
            if case .literal(.duration(let span), let r) = operand.expression {
                return (.literal(.duration(span.negated), start.joined(with: r)), operand.depth)
            }
            return (
                .unary(.negate, operand.expression, start.joined(with: operand.expression.range)), operand.depth + 1
            )
        }
        return try parsePostfix()
    }

    private mutating func parsePostfix() throws -> Parsed {
        var chain = ChainBuilder(try parsePrimary())
        while true {
            if current.isSymbol(.dot) {
                try checkDepth(chain.depthWithOneMore)
                advance()
                let token = current
                switch token.kind {
                case .identifier(let name), .quotedIdentifier(let name):
                    advance()
                    chain.append(member: name, end: token.range)
                default:
                    throw unexpected("a field name after `.`")
                }
            } else if current.isSymbol(.leftBracket) {
                try checkDepth(chain.depthWithOneMore)
                try enterNesting()
                defer { nesting -= 1 }
                advance()
                let indexExpression = try parseOr()
                let end = try expect(.rightBracket, "`]`")
                chain.append(index: indexExpression, end: end)
            } else {
                return chain.built
            }
        }
    }

    private mutating func parsePrimary() throws -> Parsed {
        let token = current
        switch token.kind {
        case .number(let n):
            advance()
            return (.literal(.number(n), token.range), 1)
        case .string(let s):
            advance()
            return (.literal(.string(s), token.range), 1)
        case .duration(let span):
            advance()
            return (.literal(.duration(span), token.range), 1)
        case .variable(let name):
            advance()
            return (.variable(name, token.range), 1)
        case .quotedIdentifier(let name):
            advance()
            return (.field(name, token.range), 1)
        case .symbol(.leftParen):
            try enterNesting()
            defer { nesting -= 1 }
            advance()
            let inner = try parseOr()
            _ = try expect(.rightParen, "`)`")
            return inner
        case .symbol(.leftBracket):
            try enterNesting()
            defer { nesting -= 1 }
            advance()
            var elements: [Parsed] = []
            if !current.isSymbol(.rightBracket) {
                elements = try parseList { try $0.parseOr() }
            }
            let end = try expect(.rightBracket, "`,` or `]`")
            return (.list(elements.map(\.expression), token.range.joined(with: end)), Parser.deepest(elements) + 1)
        case .identifier(let name):
            switch name {
            case "true", "false":
                advance()
                return (.literal(.bool(name == "true"), token.range), 1)
            case "null":
                advance()
                return (.literal(.null, token.range), 1)
            default: break
            }
            if peek.isSymbol(.leftParen) {
                try enterNesting()
                defer { nesting -= 1 }
                advance()
                advance()
                var arguments: [Parsed] = []
                if !current.isSymbol(.rightParen) {
                    arguments = try parseList { try $0.parseOr() }
                }
                let end = try expect(.rightParen, "`,` or `)`")
                return (
                    .call(
                        name, nameRange: token.range, arguments: arguments.map(\.expression),
                        token.range.joined(with: end)),
                    Parser.deepest(arguments) + 1
                )
            }
            if Token.reservedWords.contains(name) { throw ParseError.reservedWord(name, token.range) }
            advance()
            return (.field(name, token.range), 1)
        default:
            throw unexpected("an expression")
        }
    }

    /// A left-associative chain as it is read (`a + b - c`, `x.a[0].b`): its first operand and
    /// its operations so far. Up to `leftDeepLimit` operators it becomes the left-deep tree of
    /// binary, member and index nodes, one level per operator, as people write them; longer, one
    /// flat `Expression.chain` node whose depth is that of its deepest operand plus one, so that a
    /// generated chain of any length is neither refused nor walked by recursion. Both mean the
    /// same: evaluated left to right, with the same ranges for the same errors.
    private struct ChainBuilder {
        let first: Parsed
        private(set) var links: [ChainLink] = []
        /// The depth of the left-deep tree of the first `leftDeepLimit` operators.
        private var leftDeepDepth: Int
        /// The depth of the deepest operand.
        private var deepestOperand: Int

        init(_ first: Parsed) {
            self.first = first
            leftDeepDepth = first.depth
            deepestOperand = first.depth
        }

        /// The depth of the tree with one more operator (before its operand is known).
        var depthWithOneMore: Int {
            links.count < Parser.leftDeepLimit ? leftDeepDepth + 1 : deepestOperand + 1
        }

        var depth: Int {
            links.count <= Parser.leftDeepLimit ? leftDeepDepth : deepestOperand + 1
        }

        private var start: SourceRange { first.expression.range }

        mutating func append(binary op: BinaryOperator, _ operand: Parsed) {
            add(.binary(op, operand.expression), end: operand.expression.range, operandDepth: operand.depth)
        }

        mutating func append(member name: String, end: SourceRange) {
            add(.member(name), end: end, operandDepth: 0)
        }

        mutating func append(index: Parsed, end: SourceRange) {
            add(.index(index.expression), end: end, operandDepth: index.depth)
        }

        private mutating func add(_ step: ChainLink.Step, end: SourceRange, operandDepth: Int) {
            if links.count < Parser.leftDeepLimit { leftDeepDepth = max(leftDeepDepth, operandDepth) + 1 }
            deepestOperand = max(deepestOperand, operandDepth)
            links.append(ChainLink(step, range: start.joined(with: end)))
        }

        var built: Parsed {
            if links.isEmpty { return first }
            guard links.count <= Parser.leftDeepLimit else {
                return (.chain(first.expression, links, links[links.count - 1].range), depth)
            }
            var tree = first.expression
            for link in links { tree = link.applied(to: tree) }
            return (tree, depth)
        }
    }

    private static func deepest(_ parts: [Parsed]) -> Int {
        parts.reduce(0) { max($0, $1.depth) }
    }

    /// One more level of brackets, parentheses, calls, `not` or `-` opens at the current token.
    private mutating func enterNesting() throws {
        nesting += 1
        if nesting > Parser.maxNesting { throw ParseError.nestedTooDeeply(limit: Parser.maxNesting, current.range) }
    }

    /// A node of `depth` levels is about to be made at the current token (an operator).
    private func checkDepth(_ depth: Int) throws {
        if depth > Parser.maxDepth { throw ParseError.tooDeep(limit: Parser.maxDepth, current.range) }
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
