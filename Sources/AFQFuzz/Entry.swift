import Foundation

/// The fuzz target's entry: with libFuzzer (built with `-sanitize=fuzzer,address -D AFQ_FUZZING`:
/// `make fuzz`) it hands the command line to libFuzzer's driver, which calls `fuzzOneInput` for
/// each input it makes; without, it runs each file named on the command line through the target,
/// so a failure libFuzzer found can be replayed, and the seed corpora checked, by the test suite.
@main
enum FuzzMain {
    static func main() {
        #if AFQ_FUZZING
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
        #else
            let target = FuzzTarget.fromEnvironment
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                    exit(2)
                }
                target.check(Array(data))
            }
        #endif
    }
}

#if AFQ_FUZZING
    /// libFuzzer's driver, for programs that have a `main` of their own (SwiftPM gives every
    /// executable one).
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    let fuzzTarget = FuzzTarget.fromEnvironment

    func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        fuzzTarget.check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
    }
#endif
