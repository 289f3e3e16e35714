import Testing

@testable import AWSSigV4

/// Python `shlex.split` (POSIX mode) behaviour, as botocore uses for `credential_process`.
struct ShellWordsTests {
    @Test(arguments: [
        (
            "aws configure export-credentials --profile dev --format process",
            ["aws", "configure", "export-credentials", "--profile", "dev", "--format", "process"]
        ),
        ("  a\t b  ", ["a", "b"]),
        (#"'/opt/my tools/get' "two words""#, ["/opt/my tools/get", "two words"]),
        (#"a'b'"c"d"#, ["abcd"]),
        (#""a \"q\" \\ \n""#, [#"a "q" \ \n"#]),
        (#"a\ b \'c"#, ["a b", "'c"]),
        (#"'it''s' ''"#, ["its", ""]),
        ("", []),
    ])
    func splitsLikeShlex(_ line: String, _ words: [String]) {
        #expect(ShellWords.split(line) == words)
    }

    @Test(arguments: ["'open", #""open"#, #"trailing\"#, #""esc\"#])
    func rejectsUnterminatedInput(_ line: String) {
        #expect(ShellWords.split(line) == nil)
    }
}
