/// Turns a `RegexNode` tree into a `RegexProgram` by Thompson's construction: each node becomes
/// instructions whose size is proportional to it, so the program, and the work per scalar of
/// text, is proportional to the pattern with its counted repetitions copied out. That copying is
/// where a short pattern grows (`(a{1000}){1000}` is a million copies), so the program is
/// refused as soon as it passes `RegularExpression.maxInstructions`, before it takes the memory.
struct RegexCompiler {
    let pattern: String
    private var program = RegexProgram()
    /// Nodes compiled so far: empty groups copied by counts make no instructions but still take
    /// time (`((){1000}){1000}`), so they count against the same limit.
    private var visits = 0

    init(pattern: String) {
        self.pattern = pattern
    }

    mutating func compile(_ root: RegexNode) throws(RegexSyntaxError) -> RegexProgram {
        try emit(root)
        try append(.match)
        program.anchoredAtStart = Self.isAnchoredAtStart(root)
        if !program.anchoredAtStart {
            var prefix: [UInt32] = []
            _ = Self.literalPrefix(root, into: &prefix)
            for value in prefix {
                guard let scalar = Unicode.Scalar(value) else { break }
                program.prefix.append(contentsOf: String(scalar).utf8)
            }
        }
        return program
    }

    private var tooLarge: RegexSyntaxError {
        RegexSyntaxError(
            .tooLarge, in: pattern,
            "it compiles to more than \(RegularExpression.maxInstructions) instructions once counted repetitions are copied out",
            help: "a count copies what it repeats: use smaller counts, or `*` and `+` "
                + "(docs/reliability.md, \"Regular expressions\")")
    }

    @discardableResult
    private mutating func append(_ instruction: RegexInstruction) throws(RegexSyntaxError) -> Int {
        guard program.instructions.count < RegularExpression.maxInstructions else { throw tooLarge }
        program.instructions.append(instruction)
        return program.instructions.count - 1
    }

    private mutating func emit(_ node: RegexNode) throws(RegexSyntaxError) {
        visits += 1
        guard visits <= RegularExpression.maxInstructions else { throw tooLarge }
        switch node {
        case .empty:
            break
        case .scalar(let value, let caseInsensitive):
            try append(caseInsensitive ? .foldedScalar(RegexCaseFolding.fold(value)) : .scalar(value))
        case .any(let matchesNewline):
            try append(matchesNewline ? .anyScalar : .anyButNewline)
        case .set(let set):
            program.sets.append(set)
            try append(.set(program.sets.count - 1))
        case .assertion(let assertion):
            try append(.assertion(assertion))
        case .concatenation(let items):
            for item in items { try emit(item) }
        case .alternation(let alternatives):
            var jumps: [Int] = []
            for alternative in alternatives.dropLast() {
                let split = try append(.split(0, 0))
                try emit(alternative)
                jumps.append(try append(.jump(0)))
                program.instructions[split] = .split(split + 1, program.instructions.count)
            }
            if let last = alternatives.last { try emit(last) }
            for jump in jumps { program.instructions[jump] = .jump(program.instructions.count) }
        case .repetition(let item, let minimum, let maximum):
            try emitRepetition(item, minimum: minimum, maximum: maximum)
        }
    }

    /// `x{m,n}` as m copies of x, then n - m optional copies that each may end the repetition;
    /// `x*` as a loop, `x{m,}` as m - 1 copies then `x+`.
    private mutating func emitRepetition(_ item: RegexNode, minimum: Int, maximum: Int?) throws(RegexSyntaxError) {
        guard let maximum else {
            if minimum == 0 {
                let loop = try append(.split(0, 0))
                try emit(item)
                try append(.jump(loop))
                program.instructions[loop] = .split(loop + 1, program.instructions.count)
            } else {
                for _ in 1..<minimum { try emit(item) }
                let body = program.instructions.count
                try emit(item)
                let split = program.instructions.count
                try append(.split(body, split + 1))
            }
            return
        }
        for _ in 0..<minimum { try emit(item) }
        var splits: [Int] = []
        for _ in minimum..<maximum {
            splits.append(try append(.split(0, 0)))
            try emit(item)
        }
        let end = program.instructions.count
        for split in splits { program.instructions[split] = .split(split + 1, end) }
    }

    /// Whether every match must start at the start of the text.
    private static func isAnchoredAtStart(_ node: RegexNode) -> Bool {
        switch node {
        case .assertion(.startOfText): return true
        case .concatenation(let items): return items.first.map(isAnchoredAtStart) ?? false
        case .alternation(let alternatives): return alternatives.allSatisfy(isAnchoredAtStart)
        default: return false
        }
    }

    /// Appends the case-sensitive scalars every match starts with; true when `node` is nothing
    /// but such scalars, so what follows it continues the prefix.
    static func literalPrefix(_ node: RegexNode, into prefix: inout [UInt32]) -> Bool {
        switch node {
        case .empty:
            return true
        case .scalar(let value, caseInsensitive: false):
            prefix.append(value)
            return true
        case .concatenation(let items):
            for item in items where !literalPrefix(item, into: &prefix) { return false }
            return true
        case .repetition(let item, let minimum, let maximum) where minimum > 0:
            // `(ab){2,}` starts with `ab`; only one copy is taken, so the walk stays linear.
            let complete = literalPrefix(item, into: &prefix)
            return complete && minimum == 1 && maximum == 1
        default:
            return false
        }
    }
}
