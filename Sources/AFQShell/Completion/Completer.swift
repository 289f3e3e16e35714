import AFQQuery
import AFQRender

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Context-aware Tab completion (docs/shell.md): sources at the start of
/// a statement, stages after `|`, field paths one segment at a time, columns made by earlier
/// stages, functions, aggregates after `compute`, enum and data values after a comparison,
/// `$` variables, dot-commands with their arguments, formats and file paths.
public struct Completer {
    let source: any CompletionSource

    public init(source: any CompletionSource) {
        self.source = source
    }

    /// Completes the word that ends at the cursor. `text` is everything typed before the cursor,
    /// including earlier lines of a statement still being continued.
    public func complete(_ text: String) -> Completion {
        let word = Completer.currentWord(in: text)
        let before = String(text.dropLast(word.count))
        let statement = Completer.currentStatement(before)
        var trimmed = statement.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        if let pipeline = Completer.pipelineOfLet(trimmed) { trimmed = pipeline }
        if trimmed.isEmpty {
            if word.hasPrefix(".") { return filter(word, Session.commandNames.map { "." + $0 }) }
            return filter(word, Parser.sources)
        }
        if trimmed.hasPrefix(".") { return completeCommandArgument(String(trimmed), word: word) }
        return completeInPipeline(String(trimmed), word: word)
    }

    // MARK: pipelines

    private func completeInPipeline(_ statement: String, word: String) -> Completion {
        let (completedStages, currentStage) = Completer.splitAtLastPipe(statement)
        let stageWords = Completer.words(in: currentStage)
        guard let keyword = stageWords.first else {
            // Right after `|`: a stage name.
            return filter(word, StageLibrary.signatures.map(\.name))
        }
        // A stage the language does not know still gets fields, functions and variables.
        let signature = StageLibrary.signature(startingWith: keyword)
        let keywords = signature?.keywords ?? [keyword]
        let argument = signature?.argument ?? .expressions
        if stageWords.count < keywords.count {
            // The rest of the stage's name: `sort` → `by`.
            return filter(word, [keywords[stageWords.count]])
        }
        let rowType = self.rowType(after: completedStages)
        let previous = stageWords.last ?? ""
        switch argument {
        case .format: return filter(word, OutputFormat.allCases.map(\.rawValue))
        case .count, .none: return .none
        case .expressions, .sortKeys, .groupKeys: break
        }
        if previous == "as" { return .none }
        if argument == .sortKeys, stageWords.count > keywords.count,
            word.isEmpty || "desc".hasPrefix(word) || "asc".hasPrefix(word), !Completer.expectsOperand(previous)
        {
            return filter(word, ["asc", "desc"])
        }
        if let path = Completer.comparedPath(in: currentStage) {
            return completeValue(word, at: path, rowType: rowType)
        }
        if word.hasPrefix("$") { return completeVariable(word, rowType: rowType) }
        if word.contains(".") { return completePath(word, in: rowType) }
        if argument == .groupKeys, stageWords.contains("compute"), !currentStage.hasSuffix("(") {
            let afterCompute = currentStage.components(separatedBy: "compute").last ?? ""
            if !afterCompute.contains("(") || afterCompute.hasSuffix(", ") || afterCompute.hasSuffix(",") {
                return filter(word, AggregateLibrary.names.map { $0 + "(" })
            }
        }
        let fields = fieldNames(of: rowType, matching: word)
        let functions = FunctionLibrary.names.map { $0 + "(" }.filter { $0.hasPrefix(word) }
        let variables = word.isEmpty ? [] : ["$it", "$source"].filter { $0.hasPrefix(word) }
        return Completion(word: word, candidates: (fields + functions + variables).sorted())
    }

    /// A field path, one segment at a time: `authenticationConfig.oA` → `…oAuth2Defaults.`.
    private func completePath(_ word: String, in rowType: SchemaType) -> Completion {
        guard let dot = word.lastIndex(of: ".") else {
            return Completion(word: word, candidates: fieldNames(of: rowType, matching: word).sorted())
        }
        let base = word[..<dot].split(separator: ".").map(String.init)
        guard let baseType = Completer.type(at: base, in: rowType) else { return .none }
        let partial = String(word[word.index(after: dot)...])
        let names = fieldNames(of: baseType, matching: partial).sorted()
        return Completion(word: word, candidates: names.map { word[...dot] + $0 }, listed: names)
    }

    /// Field names of a record type (lists map over their elements), with a `.` after records:
    /// only a record's fields must follow; a list of records is whole where `expand`, `get` or
    /// `len(` take it, so it ends like any other field (`.` still opens its elements' fields).
    private func fieldNames(of type: SchemaType, matching prefix: String) -> [String] {
        guard case .record(let r) = type.innermost else { return [] }
        return r.fields.filter { $0.name.hasPrefix(prefix) }.map { field in
            let name = Completer.isIdentifier(field.name) ? field.name : "`\(field.name)`"
            if case .record = field.type { return name + "." }
            return name
        }
    }

    private func completeVariable(_ word: String, rowType: SchemaType) -> Completion {
        if word.hasPrefix("$source.") {
            let partial = word.dropFirst("$source.".count)
            let names = ["account", "accountName", "file", "region"].filter { $0.hasPrefix(partial) }
            return Completion(word: word, candidates: names.map { "$source." + $0 }, listed: names)
        }
        if word.hasPrefix("$it.") {
            let partial = String(word.dropFirst(4))
            let names = fieldNames(of: rowType, matching: partial).sorted()
            return Completion(word: word, candidates: names.map { "$it." + $0 }, listed: names)
        }
        return filter(word, (["it", "source."] + source.parameterNames).map { "$" + $0 })
    }

    /// Values after `==`, `!=`, `contains`, `in [`: the enum's values, else those in the data.
    private func completeValue(_ word: String, at path: [String], rowType: SchemaType) -> Completion {
        guard let type = Completer.type(at: path, in: rowType) else { return .none }
        var values: [String]
        if case .enumeration(let e) = type.innermost {
            values = e.values
        } else if case .record(let r) = rowType, r == source.completionSchema.row {
            values = source.observedValues(at: path)
        } else {
            values = []
        }
        let quote: Character = word.first == "'" ? "'" : "\""
        let typed = word.drop { $0 == "\"" || $0 == "'" }
        // Sorted by value, not by quoted text, so `"AWS"` comes before `"AWS Samples"`.
        let matching = Set(values.filter { $0.hasPrefix(typed) }).sorted()
        return Completion(word: word, candidates: matching.map { "\(quote)\($0)\(quote)" })
    }

    /// The row type entering the stage being typed: what the completed stages produce.
    private func rowType(after completedStages: String) -> SchemaType {
        let sourceWord = completedStages.drop { $0 == " " || $0 == "\n" }.prefix { $0.isLetter }
        let schema = source.completionSchema(forSource: String(sourceWord))
        let fallback = SchemaType.record(schema.row)
        guard completedStages.contains("|") else { return fallback }
        var text = completedStages
        while let last = text.last, last == " " || last == "|" || last == "\n" { text.removeLast() }
        guard let program = try? Query.parse(SourceFile(name: "completion", text: text)),
            case .pipeline(let pipeline)? = program.statements.last
        else { return fallback }
        // Only the names are known here: a null value types as `any`, so no comparison with a
        // parameter is taken for one that is never true (docs/language.md, "Operators").
        let parameters = Dictionary(uniqueKeysWithValues: source.parameterNames.map { ($0, Value.null) })
        let checker = Checker(context: CheckContext(schema: schema, parameters: parameters))
        return (try? checker.check(pipeline).resultType) ?? fallback
    }

    // MARK: dot-commands

    private func completeCommandArgument(_ line: String, word: String) -> Completion {
        let name = line.dropFirst().split(separator: " ").first.map(String.init) ?? ""
        switch name {
        case "format": return filter(word, OutputFormat.allCases.map(\.rawValue))
        case "help": return filter(word, HelpText.topics)
        case "timer": return filter(word, ["on", "off"])
        case "output":
            let files = Completer.paths(matching: word)
            guard "stdout".hasPrefix(word) else { return files }
            let pairs = (zip(files.candidates, files.listed) + [("stdout", "stdout")]).sorted { $0.0 < $1.0 }
            return Completion(word: word, candidates: pairs.map(\.0), listed: pairs.map(\.1))
        case "open", "source", "record", "baseline": return Completer.paths(matching: word)
        case "schema":
            return completePath(word, in: .record(source.completionSchema.row))
        default: return .none
        }
    }

    /// File and folder names for `.open` and friends; folders end in `/`.
    static func paths(matching word: String) -> Completion {
        let slash = word.lastIndex(of: "/")
        let directory = slash.map { String(word[...$0]) } ?? ""
        let partial = slash.map { String(word[word.index(after: $0)...]) } ?? word
        let expanded =
            directory.hasPrefix("~/")
            ? (String(cString: getenv("HOME") ?? strdup("")) + directory.dropFirst()) : directory
        guard let dir = opendir(expanded.isEmpty ? "." : expanded) else { return .none }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard name != ".", name != "..", name.hasPrefix(partial), !name.hasPrefix(".") || partial.hasPrefix(".")
            else {
                continue
            }
            var info = stat()
            let full = (expanded.isEmpty ? "" : expanded) + name
            let isDirectory = stat(full, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            names.append(name + (isDirectory ? "/" : ""))
        }
        names.sort()
        return Completion(word: word, candidates: names.map { directory + $0 }, listed: names)
    }

    // MARK: text helpers

    private func filter(_ word: String, _ options: [String]) -> Completion {
        Completion(word: word, candidates: options.filter { $0.hasPrefix(word) }.sorted())
    }

    /// Characters that end a word: spaces and punctuation, but not `.` (paths complete segment
    /// by segment), `$`, quotes (values) or `/` (file names).
    static let wordBreaks: Set<Character> = [
        " ", "\t", "\n", "|", "(", ")", "[", "]", "{", "}", ",", "=", "<", ">", "!", ";",
    ]

    static func currentWord(in text: String) -> String {
        var word = ""
        for character in text.reversed() {
            if wordBreaks.contains(character) { break }
            word.insert(character, at: word.startIndex)
        }
        return word
    }

    /// The text of the statement the cursor is in (after the last top-level `;`).
    static func currentStatement(_ text: String) -> String {
        guard let semicolon = lastTopLevel(";", in: text) else { return text }
        return String(text[text.index(after: semicolon)...])
    }

    /// Splits at the last `|` outside brackets and quotes: (everything up to it, the stage after it).
    static func splitAtLastPipe(_ statement: String) -> (String, String) {
        guard let pipe = lastTopLevel("|", in: statement) else { return (statement, "") }
        return (String(statement[...pipe]), String(statement[statement.index(after: pipe)...]))
    }

    /// The last `character` outside brackets and string quotes.
    static func lastTopLevel(_ character: Character, in text: String) -> String.Index? {
        var depth = 0
        var quote: Character? = nil
        var last: String.Index? = nil
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "(" || c == "[" {
                depth += 1
            } else if c == ")" || c == "]" {
                depth -= 1
            } else if c == character && depth == 0 {
                last = index
            }
            index = text.index(after: index)
        }
        return last
    }

    static func words(in text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
    }

    /// The path on the left of the comparison the cursor is in: `connectorType == "Sa`,
    /// `supportedWriteOperations contains "UP`, `connectorType in ["S3", "Re`.
    static func comparedPath(in stage: String) -> [String]? {
        var text = Substring(stage)
        // Drop the value being typed, and an open `in [...` list's earlier elements.
        while let last = text.last, !(wordBreaks.contains(last) && last != "\"") { text.removeLast() }
        if let bracket = text.lastIndex(of: "["), !text[bracket...].contains("]") {
            text = text[..<bracket]
        }
        let trimmed = text.reversed().drop { $0 == " " }
        var rest = String(trimmed.reversed())
        var matched = false
        for op in ["==", "!=", " contains", " in", " like", " not in"] where rest.hasSuffix(op) {
            rest = String(rest.dropLast(op.count))
            matched = true
            break
        }
        guard matched else { return nil }
        let path = currentWord(in: String(rest.reversed().drop { $0 == " " }.reversed()))
        guard !path.isEmpty, !path.hasPrefix("$"),
            path.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." })
        else {
            return nil
        }
        return path.split(separator: ".").map(String.init)
    }

    static func expectsOperand(_ word: String) -> Bool {
        ["by", ",", "and", "or", "not", "==", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/"].contains(word)
            || word.hasSuffix(",")
    }

    static func type(at path: [String], in rowType: SchemaType) -> SchemaType? {
        var type = rowType
        for step in path {
            guard let next = type.member(step) else { return nil }
            type = next
        }
        return type
    }

    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter || first == "_" else { return false }
        return name.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "_") && $0.isASCII }
            && !Token.reservedWords.contains(name)
    }
}
