import Foundation

/// The four fuzz targets (docs/reliability.md, "Fuzzing"), each a property that must hold for
/// any input: the check stops the process (a crash libFuzzer records, with the input) when it
/// does not.
enum FuzzTarget: String, CaseIterable {
    /// The JSON reader: a full read and a streamed, projected read of the same bytes agree.
    case json
    /// The query front end: any text parses and checks to a pipeline, or to a diagnostic whose
    /// position lies in the text; pipelines also run on the bundled sample.
    case query
    /// The renderers: any JSON value renders in every format, and json, jsonl and csv read back.
    case render
    /// The regular expressions of `=~`: any pattern compiles or names itself in its error, and its
    /// shortcuts answer as the plain simulation does on any text.
    case regex

    /// The target named by `AFQ_FUZZ_TARGET` (libFuzzer's own arguments are its flags and corpus
    /// folders, so the target is chosen from the environment).
    static var fromEnvironment: FuzzTarget {
        let name = getenv("AFQ_FUZZ_TARGET").map { String(cString: $0) } ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("AFQ_FUZZ_TARGET must be one of: json, query, render, regex\n".utf8))
            exit(2)
        }
        return target
    }

    func check(_ bytes: [UInt8]) {
        switch self {
        case .json: JSONFuzzing.check(bytes)
        case .query: QueryFuzzing.check(bytes)
        case .render: RenderFuzzing.check(bytes)
        case .regex: RegexFuzzing.check(bytes)
        }
    }
}
