import AFQQuery
import AFQTestSupport
import CJSONSkip
import Testing

@testable import AFQSources

/// The C skipper's contract (CJSONSkip.h): whatever it accepts, the Swift reader accepts too and
/// ends at the same offset; whatever the Swift reader rejects, it leaves to the Swift reader. It
/// is checked on random JSON with random damage, for both of its string scanners, and it must
/// actually take the common cases, or the fast path would be a slow one. The Swift side is the
/// grammar oracle (`oracleSkipValue`), which the reader's full, projected and skipping reads
/// must match error for error.
@Suite struct JSONSkipTests {
    /// One skipper: the best this CPU has (AVX2 here) or the portable one.
    typealias Skipper = @Sendable (UnsafePointer<UInt8>, Int, Int, Int) -> Int

    static let skippers: [(String, Skipper)] = [
        ("best", { afq_json_skip_value($0, $1, $2, $3) }),
        ("portable", { afq_json_skip_value_portable($0, $1, $2, $3) }),
    ]

    /// Where the grammar oracle's skip ends, or nil for a syntax error.
    static func swiftSkip(_ bytes: [UInt8]) -> Int? {
        try? outcome(bytes) { parser throws(JSONSyntaxError) in try parser.oracleSkipValue() }.get()
    }

    /// Where `read` leaves a parser over `bytes`, or the error it throws.
    static func outcome(_ bytes: [UInt8], _ read: (inout JSONParser) throws(JSONSyntaxError) -> Void)
        -> Result<Int, JSONSyntaxError>
    {
        bytes.withUnsafeBytes { raw in
            var parser = JSONParser(bytes: raw)
            do throws(JSONSyntaxError) {
                try read(&parser)
                return .success(parser.position)
            } catch {
                return .failure(error)
            }
        }
    }

    static func cSkip(_ bytes: [UInt8], with skipper: Skipper, depthBudget: Int = JSONParser.maxDepth) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            let end = skipper(base, 0, buffer.count, depthBudget)
            return end >= 0 ? end : nil
        }
    }

    @Test(arguments: skippers.map(\.0))
    func agreesWithTheSwiftReaderOnRandomAndDamagedJSON(scanner: String) {
        let skipper = Self.skippers.first { $0.0 == scanner }!.1
        var documents = RandomJSONText(random: SplitMix64(seed: 0x5EED_0005))
        var validTaken = 0
        var validTotal = 0
        var damagedRejected = 0
        for round in 0..<6000 {
            var bytes = documents.value()
            let damaged = round % 3 != 0
            if damaged { documents.damage(&bytes) }
            let swift = Self.swiftSkip(bytes)
            let c = Self.cSkip(bytes, with: skipper)
            if let c {
                let text = String(decoding: bytes, as: UTF8.self).debugDescription
                let swiftEnd = swift.map(String.init) ?? "error"
                #expect(swift == c, "C skipper accepted \(text) up to \(c); Swift: \(swiftEnd)")
            }
            if !damaged, swift != nil {
                validTotal += 1
                if c != nil { validTaken += 1 }
            } else if swift == nil {
                #expect(c == nil)
                damagedRejected += 1
            }
        }
        // Only numbers that might be out of range are left to Swift; the generator writes a few.
        #expect(validTaken * 10 >= validTotal * 9, "C skipper took \(validTaken) of \(validTotal) valid values")
        #expect(damagedRejected > 1000)
    }

    @Test(arguments: skippers.map(\.0))
    func takesTheBundledSampleWhole(scanner: String) throws {
        let skipper = Self.skippers.first { $0.0 == scanner }!.1
        let bytes = try BundledSample.document().bytes
        let swift = try #require(Self.swiftSkip(bytes))
        #expect(Self.cSkip(bytes, with: skipper) == swift)
    }

    @Test(arguments: skippers.map(\.0))
    func leavesNestingBeyondTheBudgetToSwift(scanner: String) {
        let skipper = Self.skippers.first { $0.0 == scanner }!.1
        func nested(_ levels: Int) -> [UInt8] {
            Array((String(repeating: "[", count: levels) + String(repeating: "]", count: levels)).utf8)
        }
        #expect(Self.cSkip(nested(512), with: skipper) == 1024)
        #expect(Self.cSkip(nested(513), with: skipper) == nil)
        #expect(Self.cSkip(nested(3), with: skipper, depthBudget: 3) == 6)
        #expect(Self.cSkip(nested(4), with: skipper, depthBudget: 3) == nil)
    }

    @Test(arguments: skippers.map(\.0))
    func checksEveryByteOfLongStrings(scanner: String) {
        let skipper = Self.skippers.first { $0.0 == scanner }!.1
        let plain = String(repeating: "abcdefghij", count: 10)
        // Each troublesome byte at every offset of a 100-byte string (a backslash makes an escape
        // of the next letter, valid or not): the 32- and 8-byte steps
        // must stop at it wherever it falls.
        for offset in 0..<100 {
            for (byte, valid) in [(UInt8(0x1F), false), (0xFF, false), (0x5C, nil), (0x22, true)] {
                var bytes = Array("\"\(plain)\"".utf8)
                bytes[1 + offset] = byte
                let expected = Self.swiftSkip(bytes)
                if let valid { #expect((expected != nil) == valid) }
                #expect(Self.cSkip(bytes, with: skipper) == expected, "byte \(byte) at \(offset)")
            }
        }
    }
}

extension JSONSkipTests {
    /// Projections of every kind the reader has: named members (one only unless a number or
    /// null), other members skipped, kept as `null` or read as a map, arrays of documents read
    /// alike, and arrays keeping some strings.
    static func projections() -> [(String, JSONProjection)] {
        let row = JSONProjection(otherMembers: .skip)
        row.read("connector", with: nil, unlessNumberOrNull: true)
        row.read("a", with: nil)
        row.readsElementsAlike = true
        let placeholders = JSONProjection(otherMembers: .placeholder)
        placeholders.read("a", with: .keeping(texts: ["a", "connector"]))
        placeholders.read("connector", with: row)
        let map = JSONProjection(otherMembers: .project(row))
        let list = JSONProjection(otherMembers: .skip, elements: placeholders)
        return [
            ("row", row), ("placeholders", placeholders), ("map", map), ("list", list),
            ("texts", .keeping(texts: ["Salesforce", "a"])),
        ]
    }

    /// Where a grammar slips, if it does: separators missing, doubled or trailing, keys that are
    /// not strings, values missing, containers left open or closed twice, members the C side
    /// steps over or stops at, numbers it leaves to Swift, and nesting at the limit.
    static let grammarEdges: [String] = [
        "[1,]", "[,1]", "[1 2]", "[1,,2]", "[", "[1", "[1,", "]", "[]]", " [ ] ", "[[],[{}],{\"a\":[]}]",
        "{}", "{", "{,}", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":}", "{\"a\":1 \"b\":2}", "{\"a\":1,,\"b\":2}",
        "{1:2}", "{\"a\":1}}", "{\"a\":1,\"a\":2}", "{\"\\u0061\":1,\"a\":[2,]}", "{\"connector\":1,}",
        "{\"connector\":null,\"a\":[1,]}", "{\"x\":{\"connector\":1,}}", "{\"x\":1,\"connector\":[\"a\",]}",
        "{\"connector\" : 5 , \"connector\":\"x\"}", "[\"Salesforce\",\"a\",1,]", "{\"a\":[\"a\",]}",
        "{\"x\":1e400}", "{\"x\":1e-400,\"connector\":1}", "{\"connector\":1e400}", "[1e400]", "tru", "nul", "-",
        "01", String(repeating: "[", count: 512) + String(repeating: "]", count: 512),
        String(repeating: "[", count: 513) + String(repeating: "]", count: 513),
        String(repeating: "{\"a\":", count: 512) + "1" + String(repeating: "}", count: 512),
        String(repeating: "{\"a\":", count: 513) + "1" + String(repeating: "}", count: 513),
        "{\"x\":" + String(repeating: "[", count: 511) + String(repeating: "]", count: 511) + "}",
        "{\"x\":" + String(repeating: "[", count: 512) + String(repeating: "]", count: 512) + "}",
    ]

    /// The reader's one grammar, in each of its uses -- a full read, every kind of projected
    /// read, its own checked skip and its skip through C -- accepts and rejects what the oracle
    /// does, ending or failing at the same offset with the same message.
    @Test func everyReadMatchesTheGrammarOracle() {
        var documents = RandomJSONText(random: SplitMix64(seed: 0x5EED_0008))
        let projections = Self.projections()
        var inputs = Self.grammarEdges.map { Array($0.utf8) }
        for round in 0..<6000 {
            var bytes = round % 2 == 0 ? documents.value() : documents.object()
            if round % 3 != 0 { documents.damage(&bytes) }
            inputs.append(bytes)
        }
        var failures = 0
        for bytes in inputs {
            let expected = Self.outcome(bytes) { parser throws(JSONSyntaxError) in try parser.oracleSkipValue() }
            if case .failure = expected { failures += 1 }
            let text = String(decoding: bytes, as: UTF8.self).debugDescription
            var reads: [(String, (inout JSONParser) throws(JSONSyntaxError) -> Void)] = [
                ("full", { parser throws(JSONSyntaxError) in _ = try parser.parseValue() }),
                ("checked skip", { parser throws(JSONSyntaxError) in try parser.checkedSkipValue() }),
                ("skip", { parser throws(JSONSyntaxError) in try parser.skipValue() }),
            ]
            for (name, projection) in projections {
                reads.append(
                    (name, { parser throws(JSONSyntaxError) in _ = try parser.parseValue(projection: projection) }))
            }
            for (name, read) in reads {
                #expect(Self.outcome(bytes, read) == expected, "\(name): \(text)")
            }
        }
        #expect(failures > 2000)
    }

    /// Projections step over unnamed members in C (`afq_json_skip_members`): the result must be
    /// the full parse cut to the named keys, and damaged input must fail with the full parse's
    /// error at the same offset, wherever the damage is.
    @Test func projectedObjectsReadAsTheFullParseCutDown() throws {
        var documents = RandomJSONText(random: SplitMix64(seed: 0x5EED_0006))
        var compared = 0
        for round in 0..<4000 {
            let original = documents.object()
            guard case .record(let full)? = try? JSONReader.parse(original) else { continue }
            let keep = Set(full.keys.enumerated().filter { ($0.offset + round) % 3 == 0 }.map(\.element))
            var bytes = original
            if round % 2 == 1 { documents.damage(&bytes) }
            let wholeResult = Result { () throws(JSONSyntaxError) in try JSONReader.parse(bytes) }
            let projectedResult = Result { () throws(JSONSyntaxError) in
                try JSONReader.parse(bytes, keepingTopLevelKeys: keep)
            }
            switch (wholeResult, projectedResult) {
            case (.success(.record(let whole)), .success(.record(let projected))):
                var expected = Record()
                for (key, value) in whole.fields where keep.contains(key) { expected.appendUnchecked(key, value) }
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(Value.record(projected).isIdentical(to: .record(expected)), "\(text)")
                compared += 1
            case (.failure(let wholeError), .failure(let projectedError)):
                #expect(wholeError == projectedError, "\(String(decoding: bytes, as: UTF8.self))")
            case (.success, .success):
                break  // damage that made it something other than an object
            default:
                Issue.record("one read failed, the other did not: \(String(decoding: bytes, as: UTF8.self))")
            }
        }
        #expect(compared > 1000)
    }

    /// The AVX2 and portable member skippers stop at the same place on the same input.
    @Test func memberSkippersAgree() {
        var documents = RandomJSONText(random: SplitMix64(seed: 0x5EED_0007))
        for round in 0..<3000 {
            var bytes = documents.object()
            if round % 2 == 1 { documents.damage(&bytes) }
            guard let brace = bytes.firstIndex(of: UInt8(ascii: "{")) else { continue }
            let wanted: [UInt64] = round % 4 == 0 ? [] : [afq_json_key_hash(Array("connector".utf8), 9)]
            bytes.withUnsafeBufferPointer { buffer in
                var closed: [Int32] = [0, 0]
                var found: [Int] = [0, 0]
                var keyStart: [Int] = [0, 0]
                var keyEnd: [Int] = [0, 0]
                let best = afq_json_skip_members(
                    buffer.baseAddress, brace + 1, buffer.count, 512, wanted, wanted.count, nil, &closed[0], &found[0],
                    &keyStart[0], &keyEnd[0])
                let portable = afq_json_skip_members_portable(
                    buffer.baseAddress, brace + 1, buffer.count, 512, wanted, wanted.count, nil, &closed[1], &found[1],
                    &keyStart[1], &keyEnd[1])
                #expect(best == portable && closed[0] == closed[1] && found[0] == found[1])
                if found[0] >= 0 {
                    #expect(keyStart[0] == keyStart[1] && keyEnd[0] == keyEnd[1])
                    #expect(Array(buffer[keyStart[0]..<keyEnd[0]]) == Array("connector".utf8))
                }
            }
        }
    }

    /// The budget counts what opens inside the object, as for a value: a member nested as deep
    /// as the budget allows is stepped over, one level deeper is left to Swift.
    @Test(arguments: [false, true])
    func memberSkipperLeavesNestingBeyondTheBudgetToSwift(portable: Bool) {
        func skip(_ levels: Int, budget: Int) -> (next: Int, closed: Bool) {
            let text = "{\"x\": " + String(repeating: "[", count: levels) + String(repeating: "]", count: levels) + "}"
            let bytes = Array(text.utf8)
            var closed: Int32 = 0
            var found = 0
            var keyStart = 0
            var keyEnd = 0
            let next = bytes.withUnsafeBufferPointer { buffer in
                portable
                    ? afq_json_skip_members_portable(
                        buffer.baseAddress, 1, buffer.count, budget, nil, 0, nil, &closed, &found, &keyStart, &keyEnd)
                    : afq_json_skip_members(
                        buffer.baseAddress, 1, buffer.count, budget, nil, 0, nil, &closed, &found, &keyStart, &keyEnd)
            }
            return (next, closed != 0)
        }
        #expect(skip(3, budget: 3) == (13, true))
        #expect(skip(4, budget: 3) == (1, false))
        #expect(skip(511, budget: 511) == (1029, true))
        #expect(skip(512, budget: 511) == (1, false))
    }

    @Test func keyHashesMatchTheReaders() {
        var random = SplitMix64(seed: 17)
        for length in 0..<48 {
            let key = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            #expect(afq_json_key_hash(key, key.count) == KeyHash.of(key), "length \(length)")
        }
    }
}

/// Random JSON text as writers produce it, with strings long enough for the 32-byte scanner,
/// every kind of escape and UTF-8 sequence length, and numbers in every form; and random damage
/// by the bytes that matter to JSON's grammar.
struct RandomJSONText {
    var random: SplitMix64

    private static let stringPieces: [String] = [
        "a", "connector", "Salesforce", " ", "0", "/", "\\n", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\r", "\\t",
        "\\u00e9", "\\u20AC", "\\uD83D\\uDE00", "é", "€", "😀", "中", "\u{10FFFF}", "arn:aws:appflow:eu-west-1:",
    ]
    private static let numbers: [String] = [
        "0", "-0", "7", "-12", "1650000000", "1650000000.125", "0.5", "-3.25e-7", "1e5", "1E+2", "2.5E-10",
        "12345678901234567890123", "1e400", "-1e-400",
    ]
    private static let troublemakers: [UInt8] =
        Array("\"\\{}[],:-.eEu0 xtfn".utf8) + [
            0x01, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE0, 0xED, 0xF0, 0xF4, 0xFF,
        ]

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }

    private mutating func space() -> String { pick(["", "", "", " ", "\n ", "\t", "\r\n"]) }

    private mutating func string() -> String {
        var text = "\""
        let pieces = Int(random.next() % 4 == 0 ? random.next() % 60 : random.next() % 8)
        for _ in 0..<pieces { text += pick(Self.stringPieces) }
        return text + "\""
    }

    private mutating func text(depth: Int) -> String {
        switch random.next() % (depth > 3 ? 6 : 9) {
        case 0: return pick(["true", "false", "null"])
        case 1, 2: return pick(Self.numbers)
        case 3, 4, 5: return string()
        case 6:
            let items = (0..<Int(random.next() % 5)).map { _ in space() + text(depth: depth + 1) + space() }
            return "[" + items.joined(separator: ",") + space() + "]"
        default:
            let members = (0..<Int(random.next() % 6)).map { _ in
                space() + string() + space() + ":" + space() + text(depth: depth + 1)
            }
            return "{" + members.joined(separator: "," + space()) + space() + "}"
        }
    }

    mutating func value() -> [UInt8] { Array((space() + text(depth: 0) + space()).utf8) }

    /// An object of up to nine members, some with keys the others repeat.
    mutating func object() -> [UInt8] {
        let members = (0..<Int(random.next() % 10)).map { _ in
            let key = random.next() % 3 == 0 ? pick(["\"connector\"", "\"a\"", "\"\\u0061\""]) : string()
            return space() + key + space() + ":" + space() + text(depth: 1)
        }
        return Array(("{" + members.joined(separator: "," + space()) + space() + "}").utf8)
    }

    /// One to three edits: a byte replaced, inserted or removed, or the text cut short.
    mutating func damage(_ bytes: inout [UInt8]) {
        for _ in 0..<(1 + Int(random.next() % 3)) {
            let at = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count))
            switch random.next() % 4 {
            case 0 where !bytes.isEmpty: bytes[at] = pick(Self.troublemakers)
            case 1: bytes.insert(pick(Self.troublemakers), at: at)
            case 2 where !bytes.isEmpty: bytes.remove(at: at)
            default: bytes.removeSubrange(at...)
            }
        }
    }
}
