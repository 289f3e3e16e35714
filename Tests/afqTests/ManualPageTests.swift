import AFQTestSupport
import Foundation
import Testing

@testable import afq

/// afq(1), as `afq --man` prints it and `make install` installs it, and `--help`, both written from
/// the option table the parser uses.
@Suite struct ManualPageTests {
    static let groff = InstalledProgram.named("groff")

    /// groff with every warning on (`-ww`) formats the page without a word to say (`-P-cbou`: plain
    /// text, no overstriking, so the output can be searched).
    @Test(.enabled(if: groff != nil, "groff is not installed (Debian groff-base): the manual page is not formatted"))
    func groffFormatsThePageWithoutWarnings() throws {
        let program = try #require(Self.groff)
        let page = try BinaryRunner.run(["--man"])
        #expect(page.status == 0)
        let formatted = try BinaryRunner.run(
            ["-man", "-Tutf8", "-ww", "-P-cbou"], stdin: Data(page.stdout.utf8), program: program)
        #expect(formatted.stderr == "")
        #expect(formatted.status == 0)
        for heading in ["NAME", "SYNOPSIS", "OPTIONS", "EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES"] {
            #expect(formatted.stdout.contains(heading), "\(heading)")
        }
        #expect(formatted.stdout.contains("--format FORMAT"))
    }

    @Test func thePageAndTheHelpNameEveryOption() {
        for option in CommandLineOption.allCases {
            #expect(ManualPage.text.contains(ManualPage.escaped("--" + option.longName)), "--\(option.longName)")
            #expect(AFQCommand.helpText.contains(option.label), "\(option.label)")
        }
        for status in CommandLineDocumentation.exitStatuses {
            #expect(ManualPage.text.contains(".B \(status.code)\n"))
            #expect(AFQCommand.helpText.contains("  \(status.code)  "))
        }
    }

    @Test func helpLinesAreShorterThanEightyColumns() {
        for line in AFQCommand.helpText.split(separator: "\n") {
            #expect(line.count < 80, "\(line)")
        }
    }

    /// No line of the page starts with a character roff would read as a request.
    @Test func textIsEscaped() {
        #expect(ManualPage.escaped(".help") == "\\&.help")
        #expect(ManualPage.escaped("a\\b-c") == "a\\eb\\-c")
        let requests = ManualPage.text.split(separator: "\n").filter { $0.hasPrefix(".") }
        #expect(
            requests.allSatisfy {
                $0.dropFirst().prefix { $0 != " " }.allSatisfy { $0.isLetter || $0 == "\\" || $0 == "\"" }
            })
    }
}
