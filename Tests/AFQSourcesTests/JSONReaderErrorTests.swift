import AFQQuery
import Testing

@testable import AFQSources

/// Every syntax error names what was expected and where; `‸` marks where in each case.
@Suite struct JSONReaderErrorTests {
    static let cases: [(String, String)] = [
        ("{\"a\": 1\n  ‸\"b\": 2}", "expected ',' or '}' after an object member"),
        ("[1 ‸2]", "expected ',' or ']' after an array element"),
        ("{\"a\" ‸1}", "expected ':' after an object key"),
        ("{‸1: 2}", "expected a string key or '}'"),
        ("{\"a\": 1,‸}", "expected a string key after ','"),
        ("[1, ‸]", "expected a value"),
        ("‸]", "expected a value"),
        ("[‸'x']", "expected a value"),
        ("‸\"abc", "unterminated string"),
        ("[‸\"abc\\", "unterminated string"),
        ("\"a‸\\qb\"", "invalid escape \\q"),
        ("\"‸\\u12G4\"", "invalid \\u escape: expected 4 hex digits"),
        ("\"‸\\u12\"", "invalid \\u escape: expected 4 hex digits"),
        ("\"x‸\\uD83D\"", "unpaired surrogate \\uD83D"),
        ("\"‸\\uD83Dx\"", "unpaired surrogate \\uD83D"),
        ("\"‸\\uD83D\\u0041\"", "unpaired surrogate \\uD83D"),
        ("\"‸\\uDE00\"", "unpaired surrogate \\uDE00"),
        ("\"a‸\tb\"", "control character U+0009 must be escaped in a string"),
        ("\"a‸\nb\"", "control character U+000A must be escaped in a string"),
        ("{\"a\": 1} ‸x", "trailing characters after the JSON value"),
        ("{\"a\": [1, 2‸", "unexpected end of input"),
        ("‸", "unexpected end of input"),
        ("  \n ‸", "unexpected end of input"),
        ("[‸tru]", "invalid literal, expected `true`"),
        ("‸nul", "invalid literal, expected `null`"),
        ("‸False", "expected a value"),
        ("‸01", "leading zeros are not allowed in numbers"),
        ("[-‸]", "expected a digit after '-'"),
        ("1.‸", "expected a digit after the decimal point"),
        ("1.‸e3", "expected a digit after the decimal point"),
        ("1e‸", "expected a digit in the exponent"),
        ("1e+‸x", "expected a digit in the exponent"),
        ("‸.5", "expected a value"),
        ("[‸1e400]", "number out of range: 1e400"),
        ("{\"é€😀\": 1 ‸2}", "expected ',' or '}' after an object member"),
    ]

    @Test(arguments: cases)
    func reportsMessageLineAndColumn(marked: String, message: String) {
        let expected = MarkedText(marked)
        #expect(
            throws: JSONSyntaxError(
                message: message, offset: expected.offset, line: expected.line, column: expected.column)
        ) {
            try JSONReader.parse(expected.text)
        }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        let cases: [[UInt8]] = [
            [0x22, 0xC3, 0x28, 0x22],  // bad continuation
            [0x22, 0xC0, 0xAF, 0x22],  // overlong
            [0x22, 0xED, 0xA0, 0x80, 0x22],  // encoded surrogate
            [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // above U+10FFFF
            [0x22, 0xE2, 0x82, 0x22],  // truncated
            [0x22, 0xFF, 0x22],
        ]
        for bytes in cases {
            #expect(throws: JSONSyntaxError(message: "invalid UTF-8 in string", offset: 1, line: 1, column: 2)) {
                try JSONReader.parse(bytes)
            }
        }
    }

    @Test func invalidUTF8AfterAnEscapeIsRejectedToo() {
        #expect(throws: JSONSyntaxError(message: "invalid UTF-8 in string", offset: 3, line: 1, column: 4)) {
            try JSONReader.parse([0x22, 0x5C, 0x6E, 0xC3, 0x28, 0x22])
        }
    }

    @Test func rejectsNestingDeeperThanTheLimit() {
        let text = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: JSONSyntaxError(message: "nesting deeper than 512 levels", offset: 512, line: 1, column: 513)) {
            try JSONReader.parse(text)
        }
        let ok = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(throws: Never.self) { try JSONReader.parse(ok) }
    }

    @Test func jsonLinesErrorNamesItsLine() {
        let expected = MarkedText("{\"a\": 1}\n\n{\"b\": [1,‸\n{\"c\": 3}\n")
        #expect(
            throws: JSONSyntaxError(
                message: "unexpected end of line", offset: expected.offset, line: expected.line, column: expected.column
            )
        ) {
            try JSONReader.values(in: expected.bytes, layout: .lines)
        }
    }

    @Test func jsonLinesRejectTwoValuesOnOneLine() {
        let expected = MarkedText("{\"a\": 1}\n{\"b\": 2} ‸{\"c\": 3}\n")
        #expect(
            throws: JSONSyntaxError(
                message: "trailing characters after the JSON value", offset: expected.offset, line: expected.line,
                column: expected.column)
        ) {
            try JSONReader.values(in: expected.bytes, layout: .lines)
        }
    }

    @Test func streamThatLooksLikeJSONLinesReportsTheBrokenLine() {
        let expected = MarkedText("{\"a\": 1}\n{\"b\": 2}\n{\"c\": ‸\n{\"d\": 4}\n")
        #expect(
            throws: JSONSyntaxError(
                message: "unexpected end of line", offset: expected.offset, line: expected.line, column: expected.column
            )
        ) {
            try JSONReader.values(in: expected.bytes, layout: .stream)
        }
    }

    @Test func prettyPrintedStreamReportsPlainErrors() {
        let expected = MarkedText("{\n  \"a\": 1\n}\n{\n  \"b\": 2\n  ‸\"c\": 3\n}\n")
        #expect(
            throws: JSONSyntaxError(
                message: "expected ',' or '}' after an object member", offset: expected.offset, line: expected.line,
                column: expected.column)
        ) {
            try JSONReader.values(in: expected.bytes, layout: .stream)
        }
    }

    @Test func describesItselfWithLineAndColumn() {
        let error = JSONSyntaxError(message: "unterminated string", offset: 9, line: 2, column: 4)
        #expect(error.description == "2:4: unterminated string")
    }
}
