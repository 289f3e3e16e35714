@testable import AFQQuery
import AFQTestSupport
import Testing

/// afq's engine answers as Swift's `Regex` does (the engine `=~` used before) on random small
/// patterns within the syntax both read alike, over random short texts: Swift's engine
/// backtracks, so the patterns are at most three groups deep and the texts at most ten scalars,
/// which keeps it quick. Swift's `Regex` is asked to match Unicode scalars with simple word
/// boundaries, as afq does; the texts hold no `\n`, whose handling by `$` and `.` differs (afq's
/// is RE2's, and is tested in `RegularExpressionTests`), and no digits where the pattern has `\b`
/// or `\B`: Swift's simple word boundaries do not count digits as word characters, where `\w`,
/// RE2, Rust and PCRE do.
@Suite struct RegexDifferentialTests {
    static let literals = ["a", "b", "c", "A", "1", "-", "é", " ", "_", "\\.", "\\-", "\\u00e9", "\\x41"]
    static let classes = [
        "[ab]", "[^a]", "[a-c]", "[^a-c1]", "[A-Ca-c]", "[\\d_]", "[é-]", "[^\\s]", "[\\w.]", "[\\W]",
    ]
    static let perlClasses = ["\\d", "\\w", "\\s", "\\D", "\\W", "\\S"]
    static let assertions = ["^", "$", "\\b", "\\B"]
    static let quantifiers = ["*", "+", "?", "{2}", "{1,2}", "{0,2}", "{2,}", "*?", "+?", "??", "{1,2}?", "{0}"]
    static let textScalars: [String] = ["a", "b", "c", "A", "B", "1", "-", "é", "É", " ", "_", ".", "x", "\t"]

    struct PatternMaker {
        var random: SplitMix64

        mutating func pick(_ choices: [String]) -> String { choices[random.next(below: choices.count)] }

        mutating func pattern() -> String {
            let flags = random.next(below: 5) == 0 ? "(?i)" : ""
            return flags + alternation(depth: 0)
        }

        mutating func alternation(depth: Int) -> String {
            (0...random.next(below: 2)).map { _ in concatenation(depth: depth) }.joined(separator: "|")
        }

        mutating func concatenation(depth: Int) -> String {
            (0..<random.next(below: 4)).map { _ in piece(depth: depth) }.joined()
        }

        mutating func piece(depth: Int) -> String {
            switch random.next(below: depth < 3 ? 12 : 9) {
            case 0, 1, 2, 3: return pick(Self.literalsOf) + quantifier()
            case 4: return "." + quantifier()
            case 5: return pick(RegexDifferentialTests.classes) + quantifier()
            case 6: return pick(RegexDifferentialTests.perlClasses) + quantifier()
            case 7: return pick(RegexDifferentialTests.assertions)
            case 8: return pick(Self.literalsOf)
            default:
                let opening = random.next(below: 2) == 0 ? "(" : "(?:"
                return opening + alternation(depth: depth + 1) + ")" + quantifier()
            }
        }

        static let literalsOf = RegexDifferentialTests.literals

        mutating func quantifier() -> String {
            random.next(below: 3) == 0 ? pick(RegexDifferentialTests.quantifiers) : ""
        }

        mutating func text() -> String {
            (0..<random.next(below: 11)).map { _ in pick(RegexDifferentialTests.textScalars) }.joined()
        }
    }

    @Test func answersAsSwiftRegexOnRandomPatterns() throws {
        var maker = PatternMaker(random: SplitMix64(seed: 0x5EED_2026))
        var compared = 0
        for _ in 0..<2000 {
            let pattern = maker.pattern()
            let ours = try RegularExpression(pattern)
            let swift = try Regex(pattern).matchingSemantics(.unicodeScalar).wordBoundaryKind(.simple)
            let boundaries = pattern.contains("\\b") || pattern.contains("\\B")
            for _ in 0..<12 {
                var text = maker.text()
                if boundaries { text = String(text.map { $0 == "1" ? "x" : $0 }) }
                let expected = text.contains(swift)
                #expect(ours.isFound(in: text) == expected, "\(pattern) on \(text.debugDescription)")
                compared += 1
            }
        }
        #expect(compared == 24_000)
    }
}
