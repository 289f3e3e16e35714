import AFQRender
import AFQSources
import AFQTestSupport
import Foundation
import Testing

@testable import afq

/// What each shell offers, by running the script `afq --completions SHELL` prints in that shell
/// (README, "Shell completions"). A shell that is not installed skips its tests with a note;
/// `scripts/install-deps.sh` installs bash, zsh and fish where apt can.
@Suite struct CompletionScriptTests {
    static let bashProgram = InstalledProgram.named("bash")
    static let zshProgram = InstalledProgram.named("zsh")
    static let fishProgram = InstalledProgram.named("fish")

    /// A home with AWS config and credentials files, and a folder with two data files.
    struct Fixture {
        let home: URL
        let work: URL

        init() throws {
            home = FileManager.default.temporaryDirectory.appendingPathComponent("afq-completion-\(UUID().uuidString)")
            work = home.appendingPathComponent("work")
            try FileManager.default.createDirectory(
                at: home.appendingPathComponent(".aws"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            try """
            [default]
            region = us-east-1
            [profile prod]
            role_arn = arn:aws:iam::123456789012:role/Read
            [ profile  prod-eu ]
            [sso-session corp]
            sso_region = eu-west-1
            [services local]
            """.write(to: home.appendingPathComponent(".aws/config"), atomically: true, encoding: .utf8)
            try "[staging]\naws_access_key_id = AKIDEXAMPLE\n[prod]\n".write(
                to: home.appendingPathComponent(".aws/credentials"), atomically: true, encoding: .utf8)
            try "[profile elsewhere]\n".write(
                to: home.appendingPathComponent("other-config"), atomically: true, encoding: .utf8)
            for name in ["inventory.jsonl", "inventory-eu.json", "report.afq"] {
                try "{}".write(to: work.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
        }

        func environment(_ extra: [String: String] = [:]) -> [String: String] {
            var environment = ["HOME": home.path, "AWS_CONFIG_FILE": "", "AWS_SHARED_CREDENTIALS_FILE": ""]
            for (key, value) in extra { environment[key] = value }
            return environment
        }

        /// The script for `shell`, written where the shells read it.
        func write(_ shell: CompletionShell) throws -> String {
            let path = home.appendingPathComponent("afq.\(shell.rawValue)").path
            try CompletionScript.text(for: shell).write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }

        func remove() { try? FileManager.default.removeItem(at: home) }
    }

    static var longOptions: [String] { CommandLineOption.allCases.map { "--" + $0.longName } }
    static var formats: [String] { OutputFormat.allCases.map(\.rawValue) }

    // MARK: bash

    /// COMPREPLY after `_afq` for the command line `words`, the last being the word under the
    /// cursor.
    private func bash(_ words: [String], in fixture: Fixture, environment: [String: String] = [:]) throws -> [String] {
        let program = try #require(Self.bashProgram)
        let script = try fixture.write(.bash)
        let code = """
            source "$1"; shift
            unset AWS_CONFIG_FILE AWS_SHARED_CREDENTIALS_FILE
            [ -n "$CONFIG" ] && export AWS_CONFIG_FILE="$CONFIG"
            COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
            _afq
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try BinaryRunner.run(
            ["--norc", "--noprofile", "-c", code, "bash", script] + words,
            environment: fixture.environment(environment), directory: fixture.work, program: program)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init).sorted()
    }

    @Test(.enabled(if: bashProgram != nil, "bash is not installed: its completion script is not tested"))
    func bashOffersEveryOptionFormatRegionProfileAndFile() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try bash(["afq", "--"], in: fixture) == Self.longOptions.sorted())
        #expect(try bash(["afq", "-o", ""], in: fixture) == Self.formats.sorted())
        #expect(try bash(["afq", "--format=js"], in: fixture) == ["--format=json", "--format=jsonl"])
        #expect(try bash(["afq", "--format", "=", "ch"], in: fixture) == ["chart"])
        #expect(try bash(["afq", "--live", "--region", "us-east"], in: fixture) == ["us-east-1", "us-east-2"])
        #expect(
            try bash(["afq", "--region", "eu-west-1,us-west"], in: fixture) == [
                "eu-west-1,us-west-1", "eu-west-1,us-west-2",
            ])
        #expect(try bash(["afq", "--region", "al"], in: fixture) == ["all"])
        #expect(try bash(["afq", "--profile", ""], in: fixture) == ["default", "prod", "prod-eu", "staging"])
        #expect(try bash(["afq", "--profile", "staging,pr"], in: fixture) == ["staging,prod", "staging,prod-eu"])
        #expect(
            try bash(
                ["afq", "--profile", ""], in: fixture, environment: ["CONFIG": fixture.home.path + "/other-config"])
                == ["elsewhere", "prod", "staging"])
        #expect(try bash(["afq", "--data", "inv"], in: fixture) == ["inventory-eu.json", "inventory.jsonl"])
        #expect(try bash(["afq", "-f", "rep"], in: fixture) == ["report.afq"])
        #expect(try bash(["afq", "rep"], in: fixture) == ["report.afq"])
        #expect(try bash(["afq", "-c", ""], in: fixture) == [])
        #expect(try bash(["afq", "--completions", ""], in: fixture) == ["bash", "fish", "zsh"])
        #expect(try bash(["afq", "--", "--re"], in: fixture) == [])
    }

    // MARK: zsh

    /// What `_afq` offers for `words`, the last being the word under the cursor, with the
    /// completion system's `compadd`, `_describe` and `_files` standing in as functions that print
    /// what they would offer (each matching `PREFIX`, as the real ones match it).
    private func zsh(_ words: [String], in fixture: Fixture, environment: [String: String] = [:]) throws -> [String] {
        let program = try #require(Self.zshProgram)
        let script = try fixture.write(.zsh)
        let code = """
            compdef() { : }
            _afq_offer() { local c; for c in "$@"; do [[ $c == ${PREFIX}* ]] && print -r -- "$IPREFIX$c"; done }
            compadd() { while [[ $1 == -* && $1 != -- ]]; do shift; done; [[ $1 == -- ]] && shift; _afq_offer "$@" }
            _describe() { local entry; local -a names; for entry in ${(P)2}; do names+=(${entry%%:*}); done; _afq_offer $names }
            _files() { _afq_offer *(N) }
            source "$1"; shift
            unset AWS_CONFIG_FILE AWS_SHARED_CREDENTIALS_FILE
            [[ -n $CONFIG ]] && export AWS_CONFIG_FILE=$CONFIG
            words=("$@"); CURRENT=$#; PREFIX=${@[-1]}; IPREFIX=""
            _afq
            """
        let result = try BinaryRunner.run(
            ["-f", "-c", code, "zsh", script] + words, environment: fixture.environment(environment),
            directory: fixture.work, program: program)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init).sorted()
    }

    @Test(.enabled(if: zshProgram != nil, "zsh is not installed: its completion script is not tested"))
    func zshOffersEveryOptionFormatRegionProfileAndFile() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try zsh(["afq", "--"], in: fixture) == Self.longOptions.sorted())
        #expect(try zsh(["afq", "-o", ""], in: fixture) == Self.formats.sorted())
        #expect(try zsh(["afq", "--format=js"], in: fixture) == ["--format=json", "--format=jsonl"])
        #expect(
            try zsh(["afq", "--region", "eu-west-1,us-west"], in: fixture) == [
                "eu-west-1,us-west-1", "eu-west-1,us-west-2",
            ])
        #expect(try zsh(["afq", "--region", "al"], in: fixture) == ["all"])
        #expect(try zsh(["afq", "--profile", ""], in: fixture) == ["default", "prod", "prod-eu", "staging"])
        #expect(
            try zsh(
                ["afq", "--profile", "p"], in: fixture, environment: ["CONFIG": fixture.home.path + "/other-config"])
                == ["prod"])
        #expect(try zsh(["afq", "--data", "inv"], in: fixture) == ["inventory-eu.json", "inventory.jsonl"])
        #expect(try zsh(["afq", "rep"], in: fixture) == ["report.afq"])
        #expect(try zsh(["afq", "-c", ""], in: fixture) == [])
        #expect(try zsh(["afq", "--", "--re"], in: fixture) == [])
    }

    /// The real completion system takes the script both ways README gives: from `$fpath` (the
    /// `#compdef` line) and `source`d after `compinit`.
    @Test(.enabled(if: zshProgram != nil, "zsh is not installed: its completion script is not tested"))
    func zshRegistersTheFunctionFromFpathAndWhenSourced() throws {
        let program = try #require(Self.zshProgram)
        let fixture = try Fixture()
        defer { fixture.remove() }
        let folder = fixture.home.appendingPathComponent("site-functions")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try CompletionScript.text(for: .zsh).write(
            to: folder.appendingPathComponent("_afq"), atomically: true, encoding: .utf8)
        let fromFpath = try BinaryRunner.run(
            [
                "-f", "-c",
                "fpath=(\(folder.path) $fpath); autoload -U compinit; compinit -u -D; print -r -- $_comps[afq]",
            ],
            environment: fixture.environment(), program: program)
        #expect(fromFpath.stdout == "_afq\n", "\(fromFpath.stderr)")
        let script = try fixture.write(.zsh)
        let sourced = try BinaryRunner.run(
            ["-f", "-c", "autoload -U compinit; compinit -u -D; source \(script); print -r -- $_comps[afq]"],
            environment: fixture.environment(), program: program)
        #expect(sourced.stdout == "_afq\n", "\(sourced.stderr)")
    }

    /// Runs an interactive zsh on a pseudo-terminal (zsh's own `zpty`), with `_afq` on `$fpath` and
    /// `compinit`, types each line and Tab, and prints the line as Tab left it: the real completion
    /// system, with nothing standing in.
    static let zshTerminalHarness = #"""
        zmodload zsh/zpty || exit 1
        local folder=$1 work=$2 out=$2/.buffer line i; shift 2
        zpty z zsh -f -i
        zpty -w z "PS1=''; fpath=(${(q)folder} \$fpath); autoload -U compinit; compinit -u -D; cd ${(q)work}"
        zpty -w z "show-buffer() { print -r -- \"\$BUFFER\" > ${(q)out} }; zle -N show-buffer; bindkey '^X^P' show-buffer"
        for line in "$@"; do
          rm -f $out
          zpty -n -w z "${line}"$'\t\C-x\C-p'
          for (( i = 0; i < 200; i++ )); do [[ -s $out ]] && break; sleep 0.05; done
          print -r -- "$(<$out)"
          zpty -n -w z $'\C-e\C-u'
        done
        zpty -d z
        """#

    @Test(.enabled(if: zshProgram != nil, "zsh is not installed: its completion script is not tested"))
    func zshCompletesTypedLinesOnATerminal() throws {
        let program = try #require(Self.zshProgram)
        let fixture = try Fixture()
        defer { fixture.remove() }
        let folder = fixture.home.appendingPathComponent("site-functions")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try CompletionScript.text(for: .zsh).write(
            to: folder.appendingPathComponent("_afq"), atomically: true, encoding: .utf8)
        let typed = [
            "afq --reg", "afq --format=jso", "afq --region eu-west-1,ca-", "afq --profile stag", "afq -o mark",
            "afq --data inventory.j", "afq --completions f",
        ]
        let result = try BinaryRunner.run(
            ["-f", "-c", Self.zshTerminalHarness, "zsh", folder.path, fixture.work.path] + typed,
            environment: fixture.environment(), program: program)
        #expect(
            result.stdout.split(separator: "\n", omittingEmptySubsequences: false) == [
                "afq --region ", "afq --format=json", "afq --region eu-west-1,ca-central-1 ", "afq --profile staging ",
                "afq -o markdown ", "afq --data inventory.jsonl ", "afq --completions fish ", "",
            ], "\(result.stderr)")
    }

    // MARK: fish

    /// fish's own completions for the command line `line` (`complete -C`), without descriptions.
    private func fish(_ line: String, in fixture: Fixture, environment: [String: String] = [:]) throws -> [String] {
        let program = try #require(Self.fishProgram)
        let script = try fixture.write(.fish)
        let code = """
            set -e AWS_CONFIG_FILE; set -e AWS_SHARED_CREDENTIALS_FILE
            test -n "$CONFIG"; and set -gx AWS_CONFIG_FILE $CONFIG
            source $argv[1]; complete -C $argv[2]
            """
        let result = try BinaryRunner.run(
            ["--no-config", "-c", code, script, line], environment: fixture.environment(environment),
            directory: fixture.work, program: program)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }.sorted()
    }

    @Test(.enabled(if: fishProgram != nil, "fish is not installed: its completion script is not tested"))
    func fishOffersEveryOptionFormatRegionProfileAndFile() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try fish("afq --", in: fixture) == Self.longOptions.sorted())
        #expect(try fish("afq -o ", in: fixture) == Self.formats.sorted())
        #expect(try fish("afq --format=js", in: fixture) == ["--format=json", "--format=jsonl"])
        #expect(
            try fish("afq --region eu-west-1,us-west", in: fixture) == ["eu-west-1,us-west-1", "eu-west-1,us-west-2"])
        #expect(try fish("afq --region al", in: fixture) == ["all"])
        #expect(try fish("afq --profile ", in: fixture) == ["default", "prod", "prod-eu", "staging"])
        #expect(
            try fish("afq --profile p", in: fixture, environment: ["CONFIG": fixture.home.path + "/other-config"])
                == ["prod"])
        #expect(try fish("afq --data inv", in: fixture) == ["inventory-eu.json", "inventory.jsonl"])
        #expect(try fish("afq rep", in: fixture) == ["report.afq"])
        #expect(try fish("afq -c ", in: fixture) == [])
    }

    /// The descriptions shells show beside options are cut from the summaries at `;` or ` (`: each
    /// still says something, and leaves no bracket open.
    @Test func everyOptionHasADescriptionForShells() {
        for option in CommandLineOption.allCases {
            let brief = option.briefSummary
            #expect(brief.split(separator: " ").count >= 2, "--\(option.longName): \(brief)")
            #expect(brief.filter { $0 == "(" }.count == brief.filter { $0 == ")" }.count, "\(brief)")
        }
    }

    /// The scripts are written from the option table: each names every option.
    @Test(arguments: CompletionShell.allCases)
    func everyScriptNamesEveryOption(shell: CompletionShell) {
        let text = CompletionScript.text(for: shell)
        for option in CommandLineOption.allCases {
            #expect(text.contains(option.longName), "\(shell): --\(option.longName)")
        }
    }
}
