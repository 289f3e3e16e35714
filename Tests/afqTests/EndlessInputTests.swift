import AFQTestSupport
import Foundation
import Testing

/// Input that never ends, or whose lines never do, stops with an error at its start instead of
/// being held until memory runs out (docs/reliability.md, "Endless input").
@Suite struct EndlessInputTests {
    /// `/dev/zero` is in error at its first byte; `/dev/urandom` at one of its first (random bytes
    /// may start with whitespace, or even `{`, but hold a NUL byte within a few hundred).
    @Test(arguments: ["/dev/zero", "/dev/urandom"])
    func dataFromAnEndlessDeviceIsAnErrorNearItsStart(_ device: String) throws {
        let result = try BinaryRunner.run(["--data", device, "-c", "connectors | count"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("\(device):1:"), "\(result.stderr)")
    }

    @Test func aQueryFileThatNeverEndsIsRefused() throws {
        let result = try BinaryRunner.run(["-f", "/dev/zero"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("longer than 16 MiB"), "\(result.stderr)")
    }

    @Test func queriesOnStandardInputAreBounded() throws {
        let result = try BinaryRunner.run([], stdin: Data(repeating: 0x20, count: (16 << 20) + 1))
        #expect(result.status == 2)
        #expect(result.stderr.contains("<stdin>") && result.stderr.contains("longer than 16 MiB"), "\(result.stderr)")
    }

    /// A line that starts well but does not end within the bound, through a pipe.
    @Test func aPipedLineLongerThanTheBoundIsAnErrorAtThatLine() throws {
        var input = Data("{\"connectorType\": \"S3\"}\n{\"connectorName\": \"".utf8)
        input.append(Data(repeating: UInt8(ascii: "a"), count: (128 << 20) + 10))
        let result = try BinaryRunner.run(["--data", "-", "-c", "connectors | count"], stdin: input)
        #expect(result.status == 3)
        #expect(result.stderr.contains("line 2 is longer than 128 MiB"), "\(result.stderr)")
        #expect(result.stderr.contains("<stdin>:2:1"), "\(result.stderr)")
    }

    @Test func pipedDataWithinTheBoundIsReadWhole() throws {
        let lines = String(repeating: "{\"connectorType\": \"S3\"}\n", count: 1000)
        let result = try BinaryRunner.run(["--data", "-", "-c", "connectors | count"], stdin: Data(lines.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "1000\n")
    }
}
