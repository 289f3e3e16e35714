/// Runs a `RegexProgram` over UTF-8 text by simulating all of its states at once (Thompson's
/// simulation, as in RE2's and Rust's Pike VMs, without captures): each scalar of text moves
/// every live state one step, and a state is live at most once per position, so the work is at
/// most the program's size per scalar, whatever the pattern (docs/language.md, "Regular
/// expressions"). Any state reaching `match` answers the yes/no question at once.
enum RegexPikeVM {
    static func isFound(_ program: RegexProgram, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let size = program.instructions.count
        // Two lists of live states and the stack of the closure, then a mark per instruction:
        // a state is on the list being made when its mark is the current generation.
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: 3 * size) { lists in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: size) { marks in
                program.instructions.withUnsafeBufferPointer { code in
                    guard let base = lists.baseAddress, let marks = marks.baseAddress else { return false }
                    marks.initialize(repeating: 0, count: size)
                    return run(
                        program, code, text, current: base, next: base + size, stack: base + 2 * size, marks: marks)
                }
            }
        }
    }

    private static func run(
        _ program: RegexProgram, _ code: UnsafeBufferPointer<RegexInstruction>, _ text: UnsafeBufferPointer<UInt8>,
        current: UnsafeMutablePointer<Int32>, next: UnsafeMutablePointer<Int32>, stack: UnsafeMutablePointer<Int32>,
        marks: UnsafeMutablePointer<UInt32>
    ) -> Bool {
        var current = current
        var next = next
        var currentCount = 0
        var generation: UInt32 = 1
        let anchored = program.anchoredAtStart
        let prefix = program.prefix
        var position = 0
        var previous = RegexAssertion.none
        var (scalar, length) = decode(text, at: 0)
        while true {
            if currentCount == 0 {
                if anchored, position > 0 { return false }
                if !prefix.isEmpty {
                    guard let found = find(prefix, in: text, from: position) else { return false }
                    if found != position {
                        // The marks were made with the old position's neighbours.
                        generation = advance(generation, marks, code.count)
                        position = found
                        previous = scalarBefore(found, in: text)
                        (scalar, length) = decode(text, at: found)
                    }
                }
            }
            if !anchored || position == 0 {
                let found = addState(
                    program.start, code, marks, generation, current, &currentCount, stack, previous: previous,
                    next: scalar)
                if found { return true }
            }
            if scalar < 0 { return false }
            let nextPosition = position + length
            let (following, followingLength) = decode(text, at: nextPosition)
            generation = advance(generation, marks, code.count)
            var nextCount = 0
            for index in 0..<currentCount {
                let pc = Int(current[index])
                let passes: Bool
                switch code[pc] {
                case .scalar(let value): passes = value == UInt32(truncatingIfNeeded: scalar)
                case .foldedScalar(let value):
                    passes = RegexCaseFolding.fold(UInt32(truncatingIfNeeded: scalar)) == value
                case .anyScalar: passes = true
                case .anyButNewline: passes = scalar != 0x0A
                case .set(let set): passes = program.sets[set].contains(UInt32(truncatingIfNeeded: scalar))
                case .split, .jump, .assertion, .match: passes = false
                }
                if passes,
                    addState(
                        pc + 1, code, marks, generation, next, &nextCount, stack, previous: scalar, next: following)
                {
                    return true
                }
            }
            swap(&current, &next)
            currentCount = nextCount
            previous = scalar
            (scalar, length) = (following, followingLength)
            position = nextPosition
        }
    }

    /// The next generation of marks; when the counter wraps (four billion positions) the marks
    /// are cleared instead.
    @inline(__always)
    private static func advance(_ generation: UInt32, _ marks: UnsafeMutablePointer<UInt32>, _ size: Int) -> UInt32 {
        if generation == UInt32.max {
            marks.update(repeating: 0, count: size)
            return 1
        }
        return generation + 1
    }

    /// Adds `start` and every state reachable from it without consuming (following jumps, splits
    /// and the assertions that hold between `previous` and `next`) to `list`; true if one of them
    /// is `match`. The walk keeps its own stack: each instruction is pushed at most once per
    /// generation, so the stack never holds more than the program.
    @inline(__always)
    private static func addState(
        _ start: Int, _ code: UnsafeBufferPointer<RegexInstruction>, _ marks: UnsafeMutablePointer<UInt32>,
        _ generation: UInt32, _ list: UnsafeMutablePointer<Int32>, _ count: inout Int,
        _ stack: UnsafeMutablePointer<Int32>, previous: Int, next: Int
    ) -> Bool {
        if marks[start] == generation { return false }
        marks[start] = generation
        stack[0] = Int32(truncatingIfNeeded: start)
        var top = 1
        while top > 0 {
            top -= 1
            let pc = Int(stack[top])
            switch code[pc] {
            case .jump(let target):
                if marks[target] != generation {
                    marks[target] = generation
                    stack[top] = Int32(truncatingIfNeeded: target)
                    top += 1
                }
            case .split(let first, let second):
                if marks[second] != generation {
                    marks[second] = generation
                    stack[top] = Int32(truncatingIfNeeded: second)
                    top += 1
                }
                if marks[first] != generation {
                    marks[first] = generation
                    stack[top] = Int32(truncatingIfNeeded: first)
                    top += 1
                }
            case .assertion(let assertion):
                if assertion.holds(previous: previous, next: next), marks[pc + 1] != generation {
                    marks[pc + 1] = generation
                    stack[top] = Int32(truncatingIfNeeded: pc + 1)
                    top += 1
                }
            case .match:
                return true
            case .scalar, .foldedScalar, .anyScalar, .anyButNewline, .set:
                list[count] = Int32(truncatingIfNeeded: pc)
                count += 1
            }
        }
        return false
    }

    /// The scalar at byte `index` and its length in bytes; `RegexAssertion.none` past the end.
    /// Swift strings hold valid UTF-8; a cut sequence still reads as U+FFFD rather than past the
    /// end.
    @inline(__always)
    static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, Int) {
        guard index < text.count else { return (RegexAssertion.none, 0) }
        let lead = Int(text[index])
        if lead < 0x80 { return (lead, 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= text.count else { return (0xFFFD, 1) }
        var value = lead & (0x7F >> length)
        for offset in 1..<length { value = value << 6 | Int(text[index + offset] & 0x3F) }
        return (value, length)
    }

    /// The scalar that ends just before byte `index` (a scalar boundary).
    static func scalarBefore(_ index: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        guard index > 0 else { return RegexAssertion.none }
        var start = index - 1
        while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
        return decode(text, at: start).0
    }

    /// Where `needle` next occurs in `text` at or after `from`, or nil. Its first byte starts a
    /// scalar, so every place found is a scalar boundary. The work is at most the needle's length
    /// per byte of text, within the bound of the whole search.
    static func find(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let first = needle.first, needle.count <= text.count else { return nil }
        var index = from
        let last = text.count - needle.count
        while index <= last {
            if text[index] == first {
                var offset = 1
                while offset < needle.count, text[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }
}
