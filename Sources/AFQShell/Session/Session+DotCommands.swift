import AFQQuery
import AFQRender
import AFQSources

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The dot-commands (docs/language.md, "Dot-commands").
extension Session {
    static let commandNames = [
        "help", "format", "open", "live", "refresh", "record", "source", "schema", "param", "param-json", "params",
        "timer",
        "output", "history", "quit", "exit",
    ]

    func executeCommand(_ command: DotCommand, in source: SourceFile) throws -> StatementOutcome {
        let arguments = command.arguments
        switch command.name {
        case "quit", "exit":
            try Session.expectNoArguments(command, usage: ".\(command.name)")
            return .quit
        case "help":
            guard arguments.count <= 1 else {
                throw ShellError.usage("`.help` takes one topic", usage: ".help [TOPIC]", command.range)
            }
            guard let text = HelpText.text(for: arguments.first, width: output.terminalWidth) else {
                let topic = arguments.first ?? ""
                let suggestion = Suggestions.nearest(to: topic, in: HelpText.topics).first
                throw ShellError.usage(
                    "no help for `\(topic)`" + (suggestion.map { ": did you mean `\($0)`?" } ?? ""),
                    usage: ".help [TOPIC]", command.range)
            }
            output.write(text)
        case "format":
            guard arguments.count == 1, let format = OutputFormat(rawValue: arguments[0]) else {
                let formats = OutputFormat.allCases.map(\.rawValue)
                if arguments.count > 1 {
                    throw ShellError.usage(
                        "`.format` takes one format", usage: ".format " + formats.joined(separator: "|"), command.range)
                }
                if arguments.isEmpty {
                    output.write("\(format.rawValue)\n")
                    return .continue
                }
                throw ShellError.usage(
                    "unknown output format `\(arguments[0])`"
                        + (Suggestions.didYouMean(arguments[0], in: formats).map { ": \($0)" } ?? ""),
                    usage: ".format " + formats.joined(separator: "|"), command.range)
            }
            self.format = format
        case "open":
            guard !arguments.isEmpty else {
                throw ShellError.usage("`.open` needs a file or folder", usage: ".open PATH ...", command.range)
            }
            try open(.recorded(paths: arguments))
        case "source":
            guard arguments.count == 1 else {
                throw ShellError.usage("`.source` needs one query file", usage: ".source PATH", command.range)
            }
            let text: String
            do {
                text = try Session.readQueryFile(arguments[0])
            } catch {
                if case .cannotRead(let path, let reason, nil) = error {
                    throw ShellError.cannotRead(path, reason: reason, command.range)
                }
                throw error
            }
            let outcome = run(text, name: arguments[0])
            switch outcome {
            case .quit: return .quit
            case .finished(.success): break
            case .finished(let status): throw NestedFailure(status: status)
            }
        case "schema":
            guard arguments.count <= 1 else {
                throw ShellError.usage("`.schema` takes one path", usage: ".schema [PATH]", command.range)
            }
            try showSchema(path: arguments.first, command: command)
        case "param":
            guard arguments.count == 2 else {
                let message =
                    arguments.count > 2
                    ? "`.param` takes one value; quote a value with spaces: .param \(arguments[0]) \"\(arguments.dropFirst().joined(separator: " "))\""
                    : "`.param` needs a name and a value"
                throw ShellError.usage(message, usage: ".param NAME VALUE", command.range)
            }
            parameters[arguments[0]] = .string(arguments[1])
        case "param-json":
            // The typed form, as `--param-json` is to `--param`: `.param n 3` stays the string "3".
            let usage = ".param-json NAME JSON"
            guard arguments.count == 2 else {
                let message =
                    arguments.count > 2
                    ? "`.param-json` takes one value; quote JSON with spaces or double quotes in single quotes: .param-json \(arguments[0]) '[\"a\", \"b\"]'"
                    : "`.param-json` needs a name and a JSON value"
                throw ShellError.usage(message, usage: usage, command.range)
            }
            do {
                parameters[arguments[0]] = try JSONReader.parse(arguments[1])
            } catch {
                throw ShellError.usage(
                    "`\(arguments[1])` is not valid JSON: \(error); a string needs its double quotes, inside single quotes: '\"text\"'",
                    usage: usage, command.range)
            }
        case "params":
            try Session.expectNoArguments(command, usage: ".params")
            let rows = parameters.keys.sorted().map { name in
                Value.record(["name": .string(name), "value": parameters[name] ?? .null])
            }
            write(rows, as: format)
        case "timer":
            if arguments.isEmpty {
                // Alone it shows the setting, as `.format` alone does.
                output.write(showsTimer ? "on\n" : "off\n")
                return .continue
            }
            guard arguments.count == 1, arguments[0] == "on" || arguments[0] == "off" else {
                throw ShellError.usage("`.timer` takes on or off", usage: ".timer [on|off]", command.range)
            }
            showsTimer = arguments[0] == "on"
        case "output":
            guard arguments.count == 1 else {
                throw ShellError.usage("`.output` needs a path or stdout", usage: ".output PATH|stdout", command.range)
            }
            try redirectOutput(to: arguments[0] == "stdout" ? nil : arguments[0])
        case "history":
            let count = try Session.historyCount(command)
            let entries = historyEntries?() ?? history
            for (i, entry) in entries.enumerated().suffix(count) { output.write("\(i + 1)  \(entry)\n") }
        case "live":
            do {
                try open(.live(try LiveOptions(arguments: arguments)))
                // What was fetched, and from which accounts, as the banner says it.
                errors.write("\(try data().description)\n")
            } catch let problem as ConfigurationProblem {
                throw ShellError.usage(problem.description, usage: LiveOptions.usage, command.range)
            }
        case "refresh":
            try Session.expectNoArguments(command, usage: ".refresh")
            refresh()
        case "record":
            guard arguments.count == 1 else {
                throw ShellError.usage("`.record` needs a file", usage: ".record PATH", command.range)
            }
            try startRecording(to: arguments[0])
            errors.write("recording live AppFlow responses to \(arguments[0])\n")
        default:
            throw ShellError.unknownCommand(
                command.name,
                suggestion: Suggestions.nearest(to: command.name, in: Session.commandNames).first.map {
                    "did you mean `.\($0)`?"
                }, command.range)
        }
        return .continue
    }

    /// Commands that take no arguments say so rather than ignore what was written.
    private static func expectNoArguments(_ command: DotCommand, usage: String) throws(ShellError) {
        guard command.arguments.isEmpty else {
            throw .usage("`.\(command.name)` takes no arguments", usage: usage, command.range)
        }
    }

    /// `.history [N]`: how many of the last entries to show, 20 unless given; a count that is not
    /// a whole number from 0 up is an error rather than a guess (a negative one made `suffix` trap).
    private static func historyCount(_ command: DotCommand) throws(ShellError) -> Int {
        let usage = ".history [N]"
        guard command.arguments.count <= 1 else {
            throw .usage("`.history` takes one count", usage: usage, command.range)
        }
        guard let text = command.arguments.first else { return 20 }
        let digits = !text.isEmpty && text.allSatisfy { ("0"..."9").contains($0) }
        guard digits, let count = Int(text) else {
            let reason = digits ? "is too large" : "is not a whole number from 0 up"
            throw .usage("the count `\(text)` \(reason)", usage: usage, command.range)
        }
        return count
    }

    /// `.schema [PATH]`: the fields under PATH with their types, enum values and one-line
    /// descriptions; for a field that is not a record (or list of records), that field alone. The
    /// values are a list (`-o json` gives an array), and field names are never cut on a terminal.
    private func showSchema(path: String?, command: DotCommand) throws {
        let schema = try data().rows.schema
        let steps = path.map { $0.split(separator: ".").map(String.init) } ?? []
        guard let type = schema.type(at: steps) else {
            let known = schema.row.fields.map(\.name)
            throw ShellError.usage(
                "unknown field `\(path ?? "")`"
                    + (Suggestions.didYouMean(steps.first ?? "", in: known).map { ": \($0)" } ?? ""),
                usage: ".schema [PATH]", command.range)
        }
        var record = type
        while case .list(let element) = record { record = element }
        let fields: [FieldSchema]
        if case .record(let r) = record {
            fields = r.fields
        } else if let field = Session.field(at: steps, in: schema) {
            fields = [FieldSchema(name: path ?? field.name, type: field.type, summary: field.summary)]
        } else {
            fields = [FieldSchema(name: path ?? "", type: type, summary: "")]
        }
        let rows: [Value] = fields.map { field in
            var row: Record = ["field": .string(field.name), "type": .string(field.type.displayName)]
            if case .enumeration(let e) = field.type.innermost {
                row["values"] = .list(e.values.map(Value.string))
            } else {
                row["values"] = .null
            }
            row["description"] = field.summary.isEmpty ? .null : .string(field.summary)
            return .record(row)
        }
        write(rows, as: format, wholeColumns: ["field"])
    }

    /// The field a path ends at, for its description: the last step looked up in the record (or
    /// list of records) the steps before it lead to.
    private static func field(at steps: [String], in schema: Schema) -> FieldSchema? {
        guard let last = steps.last, var parent = schema.type(at: Array(steps.dropLast())) else { return nil }
        while case .list(let element) = parent { parent = element }
        guard case .record(let r) = parent else { return nil }
        return r.field(named: last)
    }

    /// Reads a query file for `-f`, positional files and `.source`.
    public static func readQueryFile(_ path: String) throws(ShellError) -> String {
        guard let file = fopen(path, "r") else {
            throw .cannotRead(path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        return try readQueryText(file, name: path)
    }

    /// The longest query text afq reads from a file or standard input (docs/reliability.md,
    /// "Endless input"): a generated query of a hundred thousand tests is a few MiB, and a
    /// device or pipe that never ends (`-f /dev/zero`) must not be held until memory runs out.
    public static let longestQueryText = 16 << 20

    /// The text of `file` to its end, at most `longestQueryText` bytes.
    public static func readQueryText(_ file: UnsafeMutablePointer<FILE>, name: String) throws(ShellError) -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n > 0 { bytes.append(contentsOf: buffer[0..<n]) }
            if bytes.count > longestQueryText {
                throw .cannotRead(
                    name, reason: "longer than \(longestQueryText >> 20) MiB, the longest query afq reads")
            }
            if n < buffer.count { break }
        }
        if ferror(file) != 0 { throw .cannotRead(name, reason: String(cString: strerror(errno))) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A `.source`d file failed; its diagnostic has been printed already.
struct NestedFailure: Error {
    let status: ExitStatus
}
