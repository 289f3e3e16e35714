@testable import AFQQuery
import Testing

/// The regular expressions of `=~` and `!~` (docs/language.md, "Regular expressions"): the syntax
/// afq accepts, search semantics over Unicode scalars, the patterns that hang a backtracking
/// engine, and the errors for what afq refuses.
@Suite struct RegularExpressionTests {
    static func found(_ pattern: String, _ text: String) throws -> Bool {
        try RegularExpression(pattern).isFound(in: text)
    }

    static func failure(_ pattern: String) -> RegexSyntaxError? {
        do {
            _ = try RegularExpression(pattern)
            return nil
        } catch {
            return error
        }
    }

    /// (pattern, text, whether it is found), one or more for each piece of the syntax.
    static let cases: [(String, String, Bool)] = [
        ("", "", true), ("", "anything", true), ("force", "Salesforce", true), ("Force", "Salesforce", false),
        ("^Sales", "Salesforce", true), ("^force", "Salesforce", false), ("force$", "Salesforce", true),
        ("^Salesforce$", "Salesforce", true), ("^Sales$", "Salesforce", false), ("s.l", "Sales", false),
        ("a.e", "Sales", true), ("l.s", "Sales", true), ("a|z", "zoo", true), ("^(a|z)", "zoo", true),
        ("^(?:ab|cd)+$", "abcdab", true), ("^(?:ab|cd)+$", "abcda", false), ("^a*$", "", true),
        ("^a+$", "", false), ("^ab?c$", "ac", true), ("^ab?c$", "abbc", false), ("^a{3}$", "aaa", true),
        ("^a{3}$", "aa", false), ("^a{2,}$", "aaaaa", true), ("^a{2,}$", "a", false), ("^a{1,2}$", "aaa", false),
        ("^a{,2}$", "", true), ("^a{0}b$", "b", true), ("^a*?b+?c??$", "aabb", true), ("^a{2,3}?$", "aaa", true),
        ("^[a-z]+-[0-9]+$", "jira-42", true), ("^[a-z]+-[0-9]+$", "Jira-42", false), ("[^a-z]", "abc", false),
        ("[^a-z]", "abC", true), ("^[]a]+$", "a]a", true), ("^[a-]+$", "-a-", true), ("^[-a]+$", "a-", true),
        ("[\\]]", "]", true), ("^[\\d.]+$", "1.5", true), ("^[\\w-]+$", "acme-api_2", true),
        ("^[[:alpha:]]+$", "Abc", true), ("^[[:^digit:]]+$", "ab1", false), ("^[[:xdigit:]]+$", "c0ffee", true),
        ("^\\d+$", "2024", true), ("^\\d+$", "20x4", false), ("^\\D+$", "abc", true), ("^\\w+$", "snake_case9", true),
        ("\\W", "snake_case9", false), ("^\\s+$", " \t\n", true), ("\\S", " \t", false), ("\\bcase\\b", "a case", true),
        ("\\bcase\\b", "showcase", false), ("\\Bcase", "showcase", true), ("\\Bcase", "case", false),
        ("^a\\.b$", "a.b", true), ("^a\\.b$", "axb", false), ("\\(\\)", "f()", true), ("\\$", "US$", true),
        ("\\\\", "a\\b", true), ("^\\t\\n\\r\\f$", "\t\n\r\u{0C}", true), ("^\\u00e9$", "é", true),
        ("^\\x41$", "A", true), ("^\\x{1F600}$", "😀", true), ("^\\u{1F600}$", "😀", true),
        ("\\Asales", "salesforce", true), ("force\\z", "salesforce", true), ("\\Aforce", "salesforce", false),
        ("(?i)^SALES", "salesforce", true), ("(?i)[A-C]", "xbx", true), ("(?i)[^a-c]", "B", false),
        ("a(?i)b", "aB", true), ("a(?i)b", "AB", false), ("(?i:a)b", "Ab", true), ("(?i:a)b", "AB", false),
        ("(?i)a(?-i)b", "Ab", true), ("(?i)a(?-i)b", "AB", false), ("((?i)a)b", "AB", false),
        ("(?i)k", "\u{212A}", true), ("(?i)\u{212A}", "k", true), ("(?i)σ", "Σ", true), ("(?i)é", "É", true),
        ("^.$", "\n", false), ("(?s)^.$", "\n", true), ("^b", "a\nb", false), ("(?m)^b", "a\nb", true),
        ("a$", "a\nb", false), ("(?m)a$", "a\nb", true), ("a$", "a\n", false), ("(?<name>ab)+", "abab", true),
        ("(?P<name>ab)", "ab", true), ("(?'name'ab)", "ab", true), ("}", "}", true), ("]", "a]", true),
        ("^(|a)+$", "aaa", true), ("^(a*)*$", "aaab", false), ("^()*$", "", true), ("^(^a|b)+$", "ab", true),
    ]

    @Test func matchesTheDocumentedSyntax() throws {
        for (pattern, text, expected) in Self.cases {
            #expect(try Self.found(pattern, text) == expected, "\(pattern) on \(text.debugDescription)")
        }
    }

    /// Matching is over Unicode scalars (code points), as afq compares strings: a decomposed `é`
    /// is two scalars, `e` and a combining accent, so `e` is found in it and `.` is not all of it.
    @Test func matchesUnicodeScalarsNotGraphemeClusters() throws {
        let decomposed = "e\u{301}"
        #expect(try Self.found("e", decomposed))
        #expect(try Self.found("^.$", decomposed) == false)
        #expect(try Self.found("^..$", decomposed))
        #expect(try Self.found("^.$", "é"))
        #expect(try Self.found("^.$", "😀"))
        #expect(try Self.found("^\\w+$", "Ünïcödé_名前"))
        #expect(try Self.found("^\\d+$", "١٢٣"))
        #expect(try Self.found("^\\s$", "\u{2003}"))
        #expect(try Self.found("K", "\u{212A}") == false)
    }

    /// A literal pattern is searched by comparing bytes; the answers must be the automaton's.
    @Test func literalPatternsAnswerAsTheAutomatonDoes() throws {
        let texts = ["", "a", "ab", "xab", "abx", "éab", "abé", "aab", "ba"]
        for pattern in ["ab", "^ab", "ab$", "^ab$", "é", "^é", "", "^", "$", "^$"] {
            for text in texts {
                // `|\b\B` never matches, and makes the pattern more than a literal.
                #expect(
                    try Self.found(pattern, text) == (try Self.found("(?:" + pattern + "|\\b\\B)", text)),
                    "\(pattern) on \(text)")
            }
        }
    }

    /// The patterns that make a backtracking engine take exponential time finish here; these are
    /// ordinary tests without timing: they must simply return.
    @Test func catastrophicPatternsReturn() throws {
        let forty = String(repeating: "a", count: 40) + "!"
        #expect(try Self.found("^(a+)+$", forty) == false)
        #expect(try Self.found("(a|aa)+b", String(repeating: "a", count: 30)) == false)
        #expect(try Self.found("^(a|a)*$", String(repeating: "a", count: 5000) + "b") == false)
        #expect(try Self.found("(x+x+)+y", String(repeating: "x", count: 5000)) == false)
        #expect(try Self.found("^(\\w+\\s?)*$", String(repeating: "word ", count: 1000) + "!") == false)
        #expect(
            try Self.found("(.*a){12}", String(repeating: "a", count: 11) + String(repeating: "b", count: 2000))
                == false)
        #expect(try Self.found("^(a?){30}a{30}$", String(repeating: "a", count: 30)))
    }

    @Test func countsUpToTheLimitCompile() throws {
        let thousand = String(repeating: "a", count: 1000)
        #expect(try Self.found("^a{1000}$", thousand))
        #expect(try Self.found("^a{1000}$", String(thousand.dropFirst())) == false)
        #expect(try Self.found("^(?:ab|c){2,1000}$", "abcab"))
    }

    @Test func refusesPatternsPastTheLimits() throws {
        let deep = RegularExpression.maxNesting
        #expect(Self.failure(String(repeating: "(", count: deep) + "a" + String(repeating: ")", count: deep)) == nil)
        let tooDeep = Self.failure(
            String(repeating: "(", count: deep + 1) + "a" + String(repeating: ")", count: deep + 1))
        #expect(tooDeep?.kind == .tooLarge)
        #expect(tooDeep?.problem == "groups nest more than 256 deep at character 257")
        #expect(Self.failure("a{1001}")?.problem == "the count at character 3 is above 1000")
        for pattern in ["(a{1000}){1000}", "((){1000}){1000}", "[a-z]{1000}[a-z]{1000}(x{1000}){8}", "(?:a{1000}){11}"]
        {
            let failure = Self.failure(pattern)
            #expect(failure?.kind == .tooLarge, "\(pattern)")
            #expect(failure?.problem.hasPrefix("it compiles to more than 10000 instructions") == true, "\(pattern)")
        }
    }

    /// (pattern, the label's text): each feature that needs backtracking is named, with where.
    static let unsupported: [(String, String)] = [
        ("(a)\\1", "the backreference `\\1` at character 4 cannot be matched in linear time"),
        ("(?<x>a)\\k<x>", "the backreference `\\k` at character 8 cannot be matched in linear time"),
        ("(?P<x>a)(?P=x)", "the backreference `(?P=` at character 9 cannot be matched in linear time"),
        ("a(?=b)", "the lookahead `(?=` at character 2 cannot be matched in linear time"),
        ("a(?!b)", "the negative lookahead `(?!` at character 2 cannot be matched in linear time"),
        ("(?<=a)b", "the lookbehind `(?<=` at character 1 cannot be matched in linear time"),
        ("(?<!a)b", "the negative lookbehind `(?<!` at character 1 cannot be matched in linear time"),
        ("(?>a+)b", "the atomic group `(?>` at character 1 cannot be matched in linear time"),
        ("a*+b", "the possessive quantifier `*+` at character 2 cannot be matched in linear time"),
        ("a{2}+", "the possessive quantifier `{2}+` at character 2 cannot be matched in linear time"),
        ("(a|b(?R))", "the recursion `(?R` at character 5 cannot be matched in linear time"),
        ("(?(1)a|b)", "the conditional `(?(` at character 1 cannot be matched in linear time"),
    ]

    @Test func refusesWhatNeedsBacktrackingAndSaysWhy() {
        for (pattern, problem) in Self.unsupported {
            let failure = Self.failure(pattern)
            #expect(failure?.kind == .unsupported, "\(pattern)")
            #expect(failure?.problem == problem, "\(pattern)")
            #expect(failure?.help?.contains("without backtracking") == true, "\(pattern)")
        }
    }

    /// (pattern, the label's text) for mistakes.
    static let invalid: [(String, String)] = [
        ("Sales(force", "`(` at character 6 is never closed"), ("a)", "`)` at character 2 closes no group"),
        ("*a", "`*` at character 1 has nothing to repeat"), ("a|+", "`+` at character 3 has nothing to repeat"),
        ("(?i)*", "`*` at character 5 has nothing to repeat"), ("a**", "`*` at character 3 repeats a repetition"),
        ("a{2}{3}", "`{3}` at character 5 repeats a repetition"),
        ("a{x}", "`{` at character 2 does not start a count such as `{2}`, `{1,3}` or `{2,}`"),
        ("a{3,1}", "`{3,1}` at character 2 has its counts out of order"),
        ("[abc", "`[` at character 1 is never closed"),
        ("[z-a]", "the range at character 3 runs backwards"),
        ("[a-\\d]", "the range at character 3 ends with a class, not a character"),
        ("[a[b]]", "`[` at character 3 inside a class: nested classes are not supported"),
        ("[a&&b]", "`&&` at character 3 inside a class: class intersection is not supported"),
        ("[[:alfa:]]", "`[` at character 2 starts neither a POSIX class such as `[:alpha:]` nor a character"),
        ("\\q", "`\\q` at character 1 is not an escape afq knows"), ("a\\", "`\\` at character 2 ends the pattern"),
        ("\\x4", "`\\x4` at character 1 is not a complete escape"),
        ("\\x{1100000}", "`\\x{110000` at character 1 is not a complete escape"),
        ("\\x{110000}", "`\\x{110000}` at character 1 is not a Unicode scalar"),
        ("\\u{D800}", "`\\u{D800}` at character 1 is not a Unicode scalar"),
        ("\\p{L}", "Unicode property classes (`\\p` at character 1) are not supported"),
        ("(?x)a", "`x` at character 3 is not a flag afq knows"),
        ("(?#note)", "comments `(?#…)` are not supported (character 1)"),
        ("(?<1a)", "the group name at character 1 must be letters, digits or `_`, then `>`"),
    ]

    @Test func refusesMistakesAndSaysWhere() {
        for (pattern, problem) in Self.invalid {
            let failure = Self.failure(pattern)
            #expect(failure?.kind == .invalid, "\(pattern)")
            #expect(failure?.problem == problem, "\(pattern)")
        }
    }

    /// The diagnostic names the pattern, says what is wrong under the caret, and why in a note.
    @Test func diagnosticNamesThePattern() {
        let failure = Self.failure("(a)\\1")
        let diagnostic = failure?.diagnostic(at: SourceRange(10, 18))
        #expect(diagnostic?.message == "unsupported regular expression `(a)\\1`")
        #expect(diagnostic?.range == SourceRange(10, 18))
        #expect(diagnostic?.notes.count == 1)
    }
}
