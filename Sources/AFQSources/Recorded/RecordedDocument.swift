/// The bytes of one input — a file, standard input, or the bundled sample — and how to read them.
public struct RecordedDocument: Sendable {
    /// What diagnostics and `$source.file` call it: the path as the user gave it, or `<stdin>`.
    public var name: String
    public var bytes: [UInt8]
    /// JSON Lines are read line by line, so errors name the broken line. Other documents are read
    /// as one or more whitespace-separated JSON values (more than one makes them JSON Lines too).
    public var isJSONLines: Bool
    /// False for data that is not an input the user named (the bundled sample, a live fetch):
    /// its rows have no `$source.file`.
    public var isUserInput: Bool

    /// `isJSONLines` defaults to `isJSONLines(name:)`.
    public init(name: String, bytes: [UInt8], isJSONLines: Bool? = nil, isUserInput: Bool = true) {
        self.name = name
        self.bytes = bytes
        self.isUserInput = isUserInput
        self.isJSONLines = isJSONLines ?? RecordedDocument.isJSONLines(name: name)
    }

    /// Whether a file of this name is always read line by line: its name ends in `.jsonl` or
    /// `.ndjson`, in any letter case (docs/recording.md, "What afq reads").
    static func isJSONLines(name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson")
    }

    /// The name standard input goes by in diagnostics and `$source.file`.
    public static let standardInputName = "<stdin>"

    /// The name of the in-memory recording of a live fetch, for its diagnostics.
    public static let liveName = "<live>"
}
