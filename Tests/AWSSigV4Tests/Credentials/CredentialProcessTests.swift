import AFQTestSupport
import Foundation
import Testing

@testable import AWSSigV4

/// `credential_process` (docs/live.md, "Signing in"; AWS SDKs and Tools Reference Guide,
/// "Process credential provider"): real child processes, split like a shell line but
/// run without a shell; standard output is never echoed.
struct CredentialProcessTests {
    /// A script that prints its first two arguments as key id and secret.
    static let echoScript = """
        #!/bin/sh
        printf '{"Version": 1, "AccessKeyId": "%s", "SecretAccessKey": "%s", "SessionToken": "proctoken", "Expiration": "2030-01-02T03:04:05.123Z"}' "$1" "$2"
        """

    static func chain(
        _ folder: TemporaryFolder, _ line: String, _ extra: [String: String] = [:], stderr: FileHandle? = nil
    )
        throws -> CredentialChain
    {
        try folder.write("config", "[profile ci]\ncredential_process = \(line)\n")
        return try ChainFixture.chain(folder, extra, profile: "ci", processStandardError: stderr)
    }

    @Test func runsTheCommandWithShellLikeQuoting() async throws {
        let folder = try TemporaryFolder()
        let script = try folder.write("my script.sh", Self.echoScript, executable: true)
        let chain = try Self.chain(folder, #""\#(script)" 'AKID PROC' "sec ret""#)
        let credentials = try await chain.resolve()
        #expect(credentials.accessKeyId == "AKID PROC")
        #expect(credentials.secretAccessKey.reveal() == "sec ret")
        #expect(credentials.sessionToken?.reveal() == "proctoken")
        let expiration = try #require(credentials.expiration)
        #expect(abs(expiration.timeIntervalSince1970 - 1_893_553_445.123) < 0.001)
        #expect(credentials.source == .credentialProcess(profile: "ci"))
        #expect(credentials.source.description == "credential_process of profile ci")
    }

    @Test func findsTheProgramOnPATHAndPassesTheEnvironment() async throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "afq-creds",
            """
            #!/bin/sh
            printf '{"Version": 1, "AccessKeyId": "%s", "SecretAccessKey": "s"}' "$AFQ_TEST_MARKER"
            """, executable: true)
        let chain = try Self.chain(
            folder, "afq-creds", ["PATH": folder.path + ":/usr/bin:/bin", "AFQ_TEST_MARKER": "FROMENV"])
        #expect(try await chain.resolve().accessKeyId == "FROMENV")
    }

    /// A program still open for writing somewhere cannot be started ("Text file busy"); held
    /// open for 20 ms, it is started on a later try. The file is closed by a thread of its own,
    /// on time however busy the dispatch queues are with other suites (closed by a queue, it once
    /// stayed open past the 0.2 s of tries), and it is not inherited by the children of other
    /// suites' tests, which would hold it open for their whole run.
    @Test func aProgramBusyForAMomentIsStartedOnceFree() async throws {
        let folder = try TemporaryFolder()
        let script = try folder.write("busy.sh", Self.echoScript, executable: true)
        let writer = open(script, O_WRONLY | O_CLOEXEC)
        try #require(writer >= 0)
        Thread.detachNewThread {
            usleep(20_000)
            close(writer)
        }
        let chain = try Self.chain(folder, "\(script) AKIDBUSY s")
        #expect(try await chain.resolve().accessKeyId == "AKIDBUSY")
    }

    /// A program that does not finish in time is stopped, and its output is not waited for:
    /// here `sleep`, a child of the script, would hold it open for ten seconds more. Without the
    /// timeout the script prints its credentials after those ten seconds, and the test fails.
    @Test func aProgramThatDoesNotFinishInTimeIsStopped() async throws {
        let folder = try TemporaryFolder()
        let script = try folder.write(
            "slow.sh",
            """
            #!/bin/sh
            sleep 10
            printf '{"Version": 1, "AccessKeyId": "AKIDLATE", "SecretAccessKey": "s"}'
            """, executable: true)
        var provider = CredentialProcessProvider(environment: folder.environment(), standardError: nil)
        provider.timeout = .milliseconds(300)
        do {
            let credentials = try await provider.credentials(commandLine: script, profile: "ci")
            Issue.record("got credentials \(credentials.accessKeyId) from a program past its time")
        } catch {
            #expect(
                error.description
                    == "credential_process of profile ci: '\(script)' did not finish within 300 ms and was stopped; "
                    + "try running the command by hand to see what it waits for"
            )
        }
        #expect(CredentialProcessProvider.describe(CredentialProcessProvider.defaultTimeout) == "60 s")
    }

    @Test func aFailingProcessShowsItsOwnErrorOutputButNeverItsStandardOutput() async throws {
        let folder = try TemporaryFolder()
        let script = try folder.write(
            "fail.sh",
            """
            #!/bin/sh
            echo '{"Version": 1, "AccessKeyId": "AKIDLEAK", "SecretAccessKey": "stdoutsecret"}'
            echo 'the SSO session has expired; run aws sso login' >&2
            exit 3
            """, executable: true)
        let stderrPath = try folder.write("stderr.txt", "")
        let stderr = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        let chain = try Self.chain(folder, "\(script) --password=hunter2", stderr: stderr)
        let error = await ChainFixture.error(chain)
        try stderr.close()
        #expect(
            error?.description
                == "credential_process of profile ci: '\(script)' exited with status 3; see its own error output above, and try running the command by hand"
        )
        for leaked in ["stdoutsecret", "AKIDLEAK", "hunter2"] {
            #expect(error?.description.contains(leaked) == false)
        }
        let captured = try String(contentsOfFile: stderrPath, encoding: .utf8)
        #expect(captured == "the SSO session has expired; run aws sso login\n")
    }

    @Test(arguments: [
        (
            #"{"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "leaky"}"#,
            #"printed Version 2; afq understands only "Version": 1"#
        ),
        (
            #"{"AccessKeyId": "A", "SecretAccessKey": "leaky"}"#,
            #"printed no Version; afq understands only "Version": 1"#
        ),
        (#"{"Version": 1, "AccessKeyId": "A"}"#, "printed JSON without SecretAccessKey"),
        (
            #"AccessKeyId=A SecretAccessKey=leaky"#,
            #"did not print a JSON object like {"Version": 1, "AccessKeyId": …, "SecretAccessKey": …}"#
        ),
    ])
    func rejectsOutputOfTheWrongShape(_ output: String, _ problem: String) async throws {
        let folder = try TemporaryFolder()
        try folder.write("out.json", output)
        let error = await ChainFixture.error(try Self.chain(folder, "/bin/cat \(folder.path)/out.json"))
        #expect(error == .credentialProcess(profile: "ci", problem: "'/bin/cat' " + problem))
        #expect(error?.description.contains("leaky") == false)
    }

    @Test func rejectsAMalformedExpiration() async throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "out.json", #"{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "s", "Expiration": "soon"}"#)
        let error = await ChainFixture.error(try Self.chain(folder, "/bin/cat \(folder.path)/out.json"))
        #expect(error == .invalidExpiration(source: "credential_process of profile ci"))
    }

    @Test func reportsAMissingProgram() async throws {
        let folder = try TemporaryFolder()
        let error = await ChainFixture.error(try Self.chain(folder, "no-such-afq-helper --token abc"))
        #expect(
            error?.description
                == "credential_process of profile ci: cannot find program 'no-such-afq-helper'; give its full path or add its folder to PATH"
        )
        let missing = await ChainFixture.error(try Self.chain(folder, "\(folder.path)/absent"))
        #expect(
            missing?.description.hasPrefix("credential_process of profile ci: cannot start '\(folder.path)/absent': ")
                == true)
    }

    @Test func reportsBadQuoting() async throws {
        let folder = try TemporaryFolder()
        let error = await ChainFixture.error(try Self.chain(folder, "/bin/echo 'unterminated"))
        #expect(
            error
                == .credentialProcess(
                    profile: "ci",
                    problem: "the command line has an unterminated quote or a trailing backslash; fix its quoting"))
    }

    @Test func runsForAProfileFromTheCredentialsFile() async throws {
        let folder = try TemporaryFolder()
        let script = try folder.write("p.sh", Self.echoScript, executable: true)
        try folder.write("credentials", "[default]\ncredential_process = \(script) AKIDCRED s\n")
        #expect(try await ChainFixture.chain(folder).resolve().accessKeyId == "AKIDCRED")
    }
}
