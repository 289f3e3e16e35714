/// Reads a pattern into a `RegexNode` tree (docs/language.md, "Regular expressions"), refusing
/// what afq does not match, with the place in the pattern:
///
///     pattern       = alternation
///     alternation   = concatenation ("|" concatenation)*
///     concatenation = (atom quantifier?)*
///     quantifier    = ("*" | "+" | "?" | "{" count "}") "?"?
///     count         = digits | digits "," | digits "," digits | "," digits
///     atom          = scalar | "." | "^" | "$" | escape | class | group | "(?" flags ")"
///     group         = "(" ("?:" | "?" flags ":" | "?<" name ">" | "?P<" name ">" | "?'" name "'")?
///                     alternation ")"
///     flags         = [ims]* ("-" [ims]*)?
///     class         = "[" "^"? "]"? (item | item "-" item | "[:" "^"? name ":]")* "]"
///
/// The parser does not recurse: open groups are kept on a stack of their own, at most
/// `RegularExpression.maxNesting` deep, so no pattern can run it out of stack.
struct RegexParser {
    let pattern: String
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ pattern: String) {
        self.pattern = pattern
        scalars = Array(pattern.unicodeScalars)
    }

    /// The flags a group or `(?flags)` sets, for the rest of the group.
    private struct Flags {
        var caseInsensitive = false
        var multiLine = false
        var dotMatchesNewline = false
    }

    /// What came last in a concatenation, for the quantifier that may follow.
    private enum Last {
        case nothing, repeatable, repeated
    }

    /// A group being read: its finished alternatives and the items of the current one.
    private struct Frame {
        var flags: Flags
        /// Where its `(` is, for the error when it is never closed; -1 for the whole pattern.
        let openedAt: Int
        var alternatives: [RegexNode] = []
        var items: [RegexNode] = []
        var last = Last.nothing

        init(flags: Flags, openedAt: Int) {
            self.flags = flags
            self.openedAt = openedAt
        }

        func finished() -> RegexNode {
            let all = alternatives + [RegexParser.concatenation(items)]
            return all.count == 1 ? all[0] : .alternation(all)
        }
    }

    static func concatenation(_ items: [RegexNode]) -> RegexNode {
        switch items.count {
        case 0: return .empty
        case 1: return items[0]
        default: return .concatenation(items)
        }
    }

    mutating func parse() throws(RegexSyntaxError) -> RegexNode {
        var stack = [Frame(flags: Flags(), openedAt: -1)]
        while position < scalars.count {
            let flags = stack[stack.count - 1].flags
            let scalar = scalars[position]
            switch scalar {
            case "(":
                let openedAt = position
                position += 1
                switch try groupOpening(flags) {
                case .group(let groupFlags):
                    guard stack.count <= RegularExpression.maxNesting else {
                        throw error(
                            .tooLarge, "groups nest more than \(RegularExpression.maxNesting) deep at \(at(openedAt))",
                            help: "the engine's limits are in docs/reliability.md, \"Regular expressions\"")
                    }
                    stack.append(Frame(flags: groupFlags, openedAt: openedAt))
                case .flags(let newFlags):
                    stack[stack.count - 1].flags = newFlags
                    stack[stack.count - 1].last = .nothing
                }
            case ")":
                guard stack.count > 1 else {
                    throw error(
                        .invalid, "`)` at \(at(position)) closes no group", help: "write `\\)` to match a parenthesis")
                }
                position += 1
                let node = stack.removeLast().finished()
                append(node, to: &stack[stack.count - 1])
            case "|":
                position += 1
                let items = stack[stack.count - 1].items
                stack[stack.count - 1].alternatives.append(Self.concatenation(items))
                stack[stack.count - 1].items = []
                stack[stack.count - 1].last = .nothing
            case "*", "+", "?", "{":
                try quantify(&stack[stack.count - 1])
            case "[":
                append(.set(try characterClass(flags)), to: &stack[stack.count - 1])
            case "\\":
                let node: RegexNode
                switch try escape(inClass: false) {
                case .scalar(let value): node = literal(value, flags)
                case .perlClass(let perlClass, let negated): node = .set(RegexScalarSet(perlClass, negated: negated))
                case .assertion(let assertion): node = .assertion(assertion)
                }
                append(node, to: &stack[stack.count - 1])
            case ".":
                position += 1
                append(.any(matchesNewline: flags.dotMatchesNewline), to: &stack[stack.count - 1])
            case "^":
                position += 1
                append(.assertion(flags.multiLine ? .startOfLine : .startOfText), to: &stack[stack.count - 1])
            case "$":
                position += 1
                append(.assertion(flags.multiLine ? .endOfLine : .endOfText), to: &stack[stack.count - 1])
            default:
                position += 1
                append(literal(scalar.value, flags), to: &stack[stack.count - 1])
            }
        }
        guard stack.count == 1 else {
            throw error(
                .invalid, "`(` at \(at(stack[stack.count - 1].openedAt)) is never closed",
                help: "close it with `)`, or write `\\(` to match a parenthesis")
        }
        return stack[0].finished()
    }

    private func append(_ node: RegexNode, to frame: inout Frame) {
        frame.items.append(node)
        frame.last = .repeatable
    }

    private func literal(_ value: UInt32, _ flags: Flags) -> RegexNode {
        .scalar(value, caseInsensitive: flags.caseInsensitive && RegexCaseFolding.hasOtherCases(value))
    }

    /// "character 6": a place in the pattern, counted in Unicode scalars from 1.
    private func at(_ index: Int) -> String { "character \(index + 1)" }

    private func error(_ kind: RegexSyntaxError.Kind, _ problem: String, help: String? = nil) -> RegexSyntaxError {
        RegexSyntaxError(kind, in: pattern, problem, help: help)
    }

    private func unsupported(_ what: String, at index: Int) -> RegexSyntaxError {
        error(
            .unsupported, "\(what) at \(at(index)) cannot be matched in linear time",
            help: RegexSyntaxError.linearTimeHelp)
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    // MARK: Quantifiers

    /// `*`, `+`, `?` or `{m,n}` after an item, and a lazy `?` after that (the same for a yes/no
    /// search); a possessive `+` is refused.
    private mutating func quantify(_ frame: inout Frame) throws(RegexSyntaxError) {
        let start = position
        let symbol = scalars[position]
        let minimum: Int
        let maximum: Int?
        switch symbol {
        case "*": (minimum, maximum) = (0, nil)
        case "+": (minimum, maximum) = (1, nil)
        case "?": (minimum, maximum) = (0, 1)
        default: (minimum, maximum) = try count()
        }
        if symbol != "{" { position += 1 }
        let written = String(String.UnicodeScalarView(scalars[start..<position]))
        switch frame.last {
        case .nothing:
            throw error(
                .invalid, "`\(written)` at \(at(start)) has nothing to repeat",
                help: "write `\\\(symbol)` to match `\(symbol)` itself")
        case .repeated:
            throw error(
                .invalid, "`\(written)` at \(at(start)) repeats a repetition",
                help: "put the repeated part in a group first: `(?:…)\(written)`")
        case .repeatable:
            break
        }
        if peek() == "?" {
            position += 1
        } else if peek() == "+" {
            throw unsupported("the possessive quantifier `\(written)+`", at: start)
        }
        guard let item = frame.items.popLast() else { return }
        frame.items.append(.repetition(item, minimum: minimum, maximum: maximum))
        frame.last = .repeated
    }

    /// `{m}`, `{m,}`, `{m,n}` or `{,n}`, each count at most `RegularExpression.maxCount`.
    private mutating func count() throws(RegexSyntaxError) -> (Int, Int?) {
        let start = position
        position += 1
        let low = try number()
        var high = low
        if peek() == "," {
            position += 1
            high = try number()
        }
        guard peek() == "}", low != nil || high != nil else {
            throw error(
                .invalid, "`{` at \(at(start)) does not start a count such as `{2}`, `{1,3}` or `{2,}`",
                help: "write `\\{` to match a brace")
        }
        position += 1
        let minimum = low ?? 0
        let written = String(String.UnicodeScalarView(scalars[start..<position]))
        if let high, high < minimum {
            throw error(.invalid, "`\(written)` at \(at(start)) has its counts out of order")
        }
        return (minimum, high)
    }

    /// Decimal digits, nil when there are none; refused past `RegularExpression.maxCount`.
    private mutating func number() throws(RegexSyntaxError) -> Int? {
        let start = position
        var value = 0
        while let digit = peek(), digit.value &- 0x30 < 10 {
            value = min(value * 10 + Int(digit.value - 0x30), RegularExpression.maxCount + 1)
            position += 1
        }
        guard position > start else { return nil }
        guard value <= RegularExpression.maxCount else {
            throw error(
                .tooLarge, "the count at \(at(start)) is above \(RegularExpression.maxCount)",
                help: "a count copies what it repeats; use `*` or `+` for long runs "
                    + "(docs/reliability.md, \"Regular expressions\")")
        }
        return value
    }

    // MARK: Groups

    private enum GroupOpening {
        /// A group, with the flags inside it.
        case group(Flags)
        /// `(?i)`: flags for the rest of the enclosing group.
        case flags(Flags)
    }

    /// What follows `(`: a plain, non-capturing or named group, flags, or a construct afq refuses.
    private mutating func groupOpening(_ flags: Flags) throws(RegexSyntaxError) -> GroupOpening {
        let start = position - 1
        guard peek() == "?" else { return .group(flags) }
        position += 1
        switch peek() {
        case ":":
            position += 1
            return .group(flags)
        case "=": throw unsupported("the lookahead `(?=`", at: start)
        case "!": throw unsupported("the negative lookahead `(?!`", at: start)
        case ">": throw unsupported("the atomic group `(?>`", at: start)
        case "(": throw unsupported("the conditional `(?(`", at: start)
        case "R", "&", "+": throw unsupported("the recursion `(?\(peek().map(String.init) ?? "")`", at: start)
        case "<":
            if peek(1) == "=" { throw unsupported("the lookbehind `(?<=`", at: start) }
            if peek(1) == "!" { throw unsupported("the negative lookbehind `(?<!`", at: start) }
            position += 1
            try groupName(closedBy: ">", start: start)
            return .group(flags)
        case "'":
            position += 1
            try groupName(closedBy: "'", start: start)
            return .group(flags)
        case "P":
            if peek(1) == "<" {
                position += 2
                try groupName(closedBy: ">", start: start)
                return .group(flags)
            }
            if peek(1) == "=" { throw unsupported("the backreference `(?P=`", at: start) }
            throw unsupported("the recursion `(?P>`", at: start)
        case "#":
            throw error(
                .invalid, "comments `(?#…)` are not supported (\(at(start)))", help: "leave the comment out")
        case let next? where next.value &- 0x30 < 10:
            throw unsupported("the recursion `(?\(next)`", at: start)
        default:
            return try inlineFlags(flags, start: start)
        }
    }

    /// A group's name up to `terminator`; names only label captures, which `=~` does not keep.
    private mutating func groupName(closedBy terminator: Unicode.Scalar, start: Int) throws(RegexSyntaxError) {
        let nameStart = position
        while let scalar = peek(), scalar != terminator, RegexPerlClass.word.contains(scalar.value) {
            position += 1
        }
        guard peek() == terminator, position > nameStart else {
            throw error(.invalid, "the group name at \(at(start)) must be letters, digits or `_`, then `\(terminator)`")
        }
        position += 1
    }

    /// `(?i)`, `(?m-s)`, `(?i:…)`: `i` case-insensitive, `m` `^` and `$` at line ends, `s` `.`
    /// matching `\n`; a `-` turns off those after it.
    private mutating func inlineFlags(_ flags: Flags, start: Int) throws(RegexSyntaxError) -> GroupOpening {
        var result = flags
        var turningOff = false
        var any = false
        while let scalar = peek() {
            position += 1
            switch scalar {
            case "i": result.caseInsensitive = !turningOff
            case "m": result.multiLine = !turningOff
            case "s": result.dotMatchesNewline = !turningOff
            case "-" where !turningOff: turningOff = true
            case ")" where any || turningOff: return .flags(result)
            case ":" where any || turningOff: return .group(result)
            default:
                throw error(
                    .invalid, "`\(scalar)` at \(at(position - 1)) is not a flag afq knows",
                    help:
                        "the flags are `i` (case-insensitive), `m` (`^` and `$` at each line) and `s` (`.` matches `\\n`)"
                        + ", as in `(?i)` or `(?i:…)`")
            }
            if scalar != "-" { any = true }
        }
        throw error(.invalid, "`(?` at \(at(start)) is never closed")
    }

    // MARK: Escapes

    private enum Escape {
        case scalar(UInt32)
        /// `\d`, `\w`, `\s`, or with `negated` `\D`, `\W`, `\S`.
        case perlClass(RegexPerlClass, negated: Bool)
        case assertion(RegexAssertion)
    }

    /// A backslash and what follows it; in a class only scalars and `\d`-style classes.
    private mutating func escape(inClass: Bool) throws(RegexSyntaxError) -> Escape {
        let start = position
        position += 1
        guard let scalar = peek() else {
            throw error(.invalid, "`\\` at \(at(start)) ends the pattern", help: "write `\\\\` to match a backslash")
        }
        position += 1
        switch scalar {
        case "d": return .perlClass(.digit, negated: false)
        case "D": return .perlClass(.digit, negated: true)
        case "w": return .perlClass(.word, negated: false)
        case "W": return .perlClass(.word, negated: true)
        case "s": return .perlClass(.space, negated: false)
        case "S": return .perlClass(.space, negated: true)
        case "b" where !inClass: return .assertion(.wordBoundary)
        case "B" where !inClass: return .assertion(.notWordBoundary)
        case "A" where !inClass: return .assertion(.startOfText)
        case "z" where !inClass: return .assertion(.endOfText)
        case "t": return .scalar(0x09)
        case "n": return .scalar(0x0A)
        case "r": return .scalar(0x0D)
        case "f": return .scalar(0x0C)
        case "x", "u": return .scalar(try hexadecimalEscape(start: start, short: scalar == "x" ? 2 : 4))
        case "1", "2", "3", "4", "5", "6", "7", "8", "9":
            throw unsupported("the backreference `\\\(scalar)`", at: start)
        case "k", "g":
            throw unsupported("the backreference `\\\(scalar)`", at: start)
        case "p", "P":
            throw error(
                .invalid, "Unicode property classes (`\\\(scalar)` at \(at(start))) are not supported",
                help: "use a class such as `[a-z]`, or `\\w`, `\\d`, `\\s`, which are Unicode-aware")
        default:
            if scalar.value < 0x80, RegexPerlClass.word.contains(scalar.value) {
                throw error(
                    .invalid, "`\\\(scalar)` at \(at(start)) is not an escape afq knows",
                    help:
                        "the escapes are `\\d \\w \\s \\D \\W \\S \\b \\B \\A \\z \\t \\n \\r \\f \\xHH \\x{…} \\uHHHH`;"
                        + " a backslash before punctuation matches it as it is")
            }
            return .scalar(scalar.value)
        }
    }

    /// `\xHH`, `\uHHHH` (`short` digits), or `\x{H…}` / `\u{H…}` with one to six digits.
    private mutating func hexadecimalEscape(start: Int, short: Int) throws(RegexSyntaxError) -> UInt32 {
        let braced = peek() == "{"
        if braced { position += 1 }
        var value: UInt32 = 0
        var digits = 0
        while let scalar = peek(), let digit = Self.hexadecimalDigit(scalar), braced ? digits < 6 : digits < short {
            value = value * 16 + digit
            digits += 1
            position += 1
        }
        let closed = !braced || peek() == "}"
        if braced, closed { position += 1 }
        let written = String(String.UnicodeScalarView(scalars[start..<min(position, scalars.count)]))
        guard closed, braced ? digits > 0 : digits == short else {
            throw error(
                .invalid, "`\(written)` at \(at(start)) is not a complete escape",
                help: "write `\\x` with two hexadecimal digits, `\\u` with four, or either with braces: `\\x{1F600}`")
        }
        guard Unicode.Scalar(value) != nil else {
            throw error(.invalid, "`\(written)` at \(at(start)) is not a Unicode scalar")
        }
        return value
    }

    private static func hexadecimalDigit(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: return scalar.value - 0x30
        case 0x41...0x46: return scalar.value - 0x41 + 10
        case 0x61...0x66: return scalar.value - 0x61 + 10
        default: return nil
        }
    }

    // MARK: Classes

    /// `[…]`: scalars, ranges, `\d`-style classes and ASCII POSIX classes, or their complement
    /// with `^`. Nested classes and `&&` are refused rather than read as other engines differ on
    /// them.
    private mutating func characterClass(_ flags: Flags) throws(RegexSyntaxError) -> RegexScalarSet {
        let start = position
        position += 1
        var negated = false
        if peek() == "^" {
            negated = true
            position += 1
        }
        var ranges: [ClosedRange<UInt32>] = []
        var classes: [(class: RegexPerlClass, negated: Bool)] = []
        var first = true
        while true {
            guard let scalar = peek() else {
                throw error(
                    .invalid, "`[` at \(at(start)) is never closed",
                    help: "close it with `]`, or write `\\[` to match a bracket")
            }
            if scalar == "]", !first {
                position += 1
                break
            }
            first = false
            if scalar == "[", peek(1) == ":" {
                ranges += try posixClass()
                continue
            }
            guard let low = try classMember(&classes) else { continue }
            if peek() == "-", let after = peek(1), after != "]" {
                let dash = position
                position += 1
                var ignored: [(class: RegexPerlClass, negated: Bool)] = []
                guard let high = try classMember(&ignored), ignored.isEmpty else {
                    throw error(.invalid, "the range at \(at(dash)) ends with a class, not a character")
                }
                guard low <= high else {
                    throw error(
                        .invalid, "the range at \(at(dash)) runs backwards",
                        help: "write the lower end first, e.g. `a-z`")
                }
                ranges.append(low...high)
            } else {
                ranges.append(low...low)
            }
        }
        return RegexScalarSet(
            ranges: ranges, classes: classes, negated: negated, caseInsensitive: flags.caseInsensitive)
    }

    /// One member of a class: its scalar, or nil after adding a `\d`-style class to `classes`.
    private mutating func classMember(
        _ classes: inout [(class: RegexPerlClass, negated: Bool)]
    ) throws(RegexSyntaxError) -> UInt32? {
        guard let scalar = peek() else { return nil }
        switch scalar {
        case "\\":
            switch try escape(inClass: true) {
            case .scalar(let value): return value
            case .perlClass(let perlClass, let negated):
                classes.append((perlClass, negated))
                return nil
            case .assertion: return nil
            }
        case "[":
            throw error(
                .invalid, "`[` at \(at(position)) inside a class: nested classes are not supported",
                help: "write `\\[` to match a bracket")
        case "&" where peek(1) == "&":
            throw error(
                .invalid, "`&&` at \(at(position)) inside a class: class intersection is not supported",
                help: "write `\\&` to match an ampersand")
        default:
            position += 1
            return scalar.value
        }
    }

    /// `[:alpha:]` and the other POSIX classes, ASCII only, as RE2 and Rust's regex crate read
    /// them; `[:^alpha:]` is the complement.
    private mutating func posixClass() throws(RegexSyntaxError) -> [ClosedRange<UInt32>] {
        let start = position
        position += 2
        var negated = false
        if peek() == "^" {
            negated = true
            position += 1
        }
        var name = ""
        while let scalar = peek(), scalar != ":", scalar.value &- 0x61 < 26 {
            name.unicodeScalars.append(scalar)
            position += 1
        }
        guard peek() == ":", peek(1) == "]", let ranges = Self.posixRanges[name] else {
            throw error(
                .invalid, "`[` at \(at(start)) starts neither a POSIX class such as `[:alpha:]` nor a character",
                help: "write `\\[` to match a bracket")
        }
        position += 2
        return negated ? RegexScalarSet.complement(ranges) : ranges
    }

    private static let posixRanges: [String: [ClosedRange<UInt32>]] = [
        "alnum": [0x30...0x39, 0x41...0x5A, 0x61...0x7A],
        "alpha": [0x41...0x5A, 0x61...0x7A],
        "ascii": [0x00...0x7F],
        "blank": [0x09...0x09, 0x20...0x20],
        "cntrl": [0x00...0x1F, 0x7F...0x7F],
        "digit": [0x30...0x39],
        "graph": [0x21...0x7E],
        "lower": [0x61...0x7A],
        "print": [0x20...0x7E],
        "punct": [0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E],
        "space": [0x09...0x0D, 0x20...0x20],
        "upper": [0x41...0x5A],
        "word": [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A],
        "xdigit": [0x30...0x39, 0x41...0x46, 0x61...0x66],
    ]
}
