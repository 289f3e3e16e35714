import AFQQuery
import AFQRender
import AFQEngine

/// A run of afq: the data in use, the output format, parameters and settings that statements
/// and dot-commands change. Batch mode and the REPL both run statements through it.
public final class Session {
    public var format: OutputFormat = .table
    public var parameters: [String: Value] = [:]
    /// What `now()` reads in every statement (`AFQ_NOW`); nil reads the clock as each statement
    /// starts (docs/language.md, "Time").
    public var now: Timestamp? = nil
    public var showsTimer = false
    /// Colour for results and diagnostics, when the sink is a terminal (never with NO_COLOR).
    public var allowsColor: Bool
    public private(set) var selection: DataSelection
    public private(set) var history: [String] = []
    /// The shell's history (from libedit's file) for `.history`; batch runs list their own statements.
    public var historyEntries: (() -> [String])? = nil
    /// Where live responses are recorded, when they are (docs/recording.md).
    public private(set) var recordingPath: String?
    /// How many live regions failed during this run: batch mode exits 3 unless --allow-partial.
    public private(set) var failedRegions = 0
    /// Polled between rows so Ctrl-C can stop a long query in the shell.
    public var isCancelled: @Sendable () -> Bool = { false }
    /// The snapshot `changes` compares the data with (`--baseline`, `.baseline`; docs/changes.md).
    public internal(set) var baselineSelection: DataSelection?
    /// The baseline's rows, loaded on first need and kept, as the data's are.
    var loadedBaseline: LoadedData?
    /// Whether the last pipeline that ran printed at least one row, for `--exit-status`.
    public private(set) var lastResultHadRows = false

    let loader: any DataLoading
    let errors: any TextSink
    private let standardOutput: any TextSink
    private(set) var output: any TextSink
    private var loaded: LoadedData? {
        didSet { observedValueCache = [:] }
    }
    var observedValueCache: [[String]: [String]] = [:]

    public init(
        selection: DataSelection, loader: any DataLoading, output: any TextSink, errors: any TextSink,
        allowsColor: Bool = false
    ) {
        self.selection = selection
        self.loader = loader
        self.standardOutput = output
        self.output = output
        self.errors = errors
        self.allowsColor = allowsColor
    }

    /// Runs every statement of a program in order, stopping at the first failure, whose
    /// diagnostic goes to the error sink (README, "Command line": "the first failing statement
    /// stops the run").
    @discardableResult
    public func run(_ text: String, name: String) -> RunOutcome {
        let source = SourceFile(name: name, text: text)
        let program: Program
        do {
            program = try Query.parse(source)
        } catch {
            return report(error, in: source)
        }
        if let failure = precheck(program) { return report(failure, in: source) }
        for statement in program.statements {
            let statementText = source.text(of: statement.range)
            history.append(statementText)
            do {
                let clock = ContinuousClock()
                let started = clock.now
                let outcome = try execute(statement, in: source)
                if showsTimer, case .pipeline = statement {
                    errors.write("time: \(Session.milliseconds(clock.now - started)) ms\n")
                }
                if outcome == .quit { return .quit }
            } catch {
                return report(error, in: source)
            }
        }
        return .finished(.success)
    }

    /// Static errors are reported before anything runs (docs/language.md, "Pipelines"): every
    /// pipeline up to the first dot-command that could change the data or the parameters is
    /// checked first.
    private func precheck(_ program: Program) -> (any Error)? {
        guard program.statements.count > 1 else { return nil }
        var pipelines: [Pipeline] = []
        scan: for statement in program.statements {
            switch statement {
            case .pipeline(let p): pipelines.append(p)
            case .dotCommand(let c) where Session.commandsThatKeepContext.contains(c.name): continue
            case .dotCommand: break scan
            // Later statements may read the name it binds, whose value is not known yet.
            case .letBinding(let binding):
                pipelines.append(binding.pipeline)
                break scan
            }
        }
        guard !pipelines.isEmpty, (try? data()) != nil else { return nil }
        for pipeline in pipelines {
            do {
                _ = try Query.check(pipeline, on: try rows(for: pipeline).rows, context: checkContext(schema:))
            } catch {
                return error
            }
        }
        return nil
    }

    /// Dot-commands after which the same schema and parameters still hold.
    static let commandsThatKeepContext: Set<String> = [
        "help", "format", "timer", "output", "history", "params", "schema",
    ]

    /// The data in use, loaded on first need and kept for later statements (live data is
    /// fetched once and reused until `.refresh`).
    public func data() throws -> LoadedData {
        if let loaded { return loaded }
        let fresh = try load(selection)
        loaded = fresh
        return fresh
    }

    /// Switches to other data now, so a bad file is reported where it was named.
    public func open(_ newSelection: DataSelection) throws {
        let fresh = try load(newSelection)
        selection = newSelection
        loaded = fresh
    }

    /// Forgets the loaded data, so the next statement loads (or fetches) it again.
    public func refresh() {
        loaded = nil
        loadedBaseline = nil
    }

    /// Saves the live responses fetched from now on to `path` (`--record`, `.record`), starting
    /// the file afresh.
    public func startRecording(to path: String) throws(ShellError) {
        _ = try FileSink(path: path)
        recordingPath = path
    }

    func load(_ selection: DataSelection) throws -> LoadedData {
        var selection = selection
        // Live responses are kept past reading their rows only when they are to be recorded.
        if case .live(var options) = selection, recordingPath != nil {
            options.keepsResponses = true
            selection = .live(options)
        }
        let fresh = try loader.load(selection)
        for warning in fresh.warnings { errors.write("warning: \(warning)\n") }
        for failure in fresh.failures { errors.write("error: \(failure)\n") }
        failedRegions += fresh.failures.count
        if let recordingPath, !fresh.recording.isEmpty {
            try Session.append(fresh.recording, to: recordingPath)
        }
        return fresh
    }

    /// Sends results to a file (`.output PATH`) or back to standard output (`nil`).
    func redirectOutput(to path: String?) throws(ShellError) {
        if let path {
            output = try FileSink(path: path)
        } else {
            output = standardOutput
        }
    }

    func checkContext(schema: Schema) -> CheckContext {
        CheckContext(schema: schema, parameters: parameters, outputFormats: OutputFormat.allCases.map(\.rawValue))
    }

    private func execute(_ statement: Statement, in source: SourceFile) throws -> StatementOutcome {
        switch statement {
        case .dotCommand(let command):
            return try executeCommand(command, in: source)
        case .letBinding(let binding):
            try executeLet(binding)
            return .continue
        case .pipeline(let pipeline):
            let data = try data()
            defer { reportLateWarnings(of: data) }
            let source = try rows(for: pipeline)
            warnIfBaselineIsTheData(source)
            defer { reportWarnings(of: source) }
            let checked = try Query.check(pipeline, on: source.rows, context: checkContext(schema:))
            let evaluator = Evaluator(parameters: parameters, now: now, isCancelled: isCancelled)
            let statementFormat = checked.outputFormat.flatMap(OutputFormat.init(rawValue:)) ?? format
            if statementFormat == .jsonl {
                // One value per line needs nothing of later values: results stream out as rows
                // are read, so a large recording is never held (docs/performance.md).
                let stream = ResultStream(output: output)
                lastResultHadRows = false
                try evaluator.run(checked, on: source.rows, writingJSONLines: stream.add)
                lastResultHadRows = stream.hasWritten
                stream.finish()
            } else {
                lastResultHadRows = false
                let values = try evaluator.run(checked, on: source.rows)
                lastResultHadRows = !values.isEmpty
                write(values, as: statementFormat, columns: checked.resultColumns)
            }
            return .continue
        }
    }

    /// Warnings that reading the data turned up (streamed recordings find them as queries read).
    func reportLateWarnings(of data: LoadedData) {
        for warning in data.lateWarnings() { errors.write("warning: \(warning)\n") }
    }

    private var renderOptions: RenderOptions {
        let width = output.terminalWidth
        return RenderOptions(terminalWidth: width, color: allowsColor && width != nil)
    }

    /// Renders a result to the current output sink; `wholeColumns` are never cut in a table.
    func write(_ values: [Value], as format: OutputFormat, columns: [String] = [], wholeColumns: Set<String> = []) {
        var options = renderOptions
        options.wholeColumns = wholeColumns
        output.write(Renderer.render(values, as: format, options: options, columns: columns))
    }

    private func report(_ error: any Error, in source: SourceFile) -> RunOutcome {
        let colored = allowsColor && errors.terminalWidth != nil
        errors.write(ErrorReport.text(for: error, in: source, color: colored))
        return .finished(ErrorReport.status(for: error))
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let ms = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return ms < 10 ? String(Double(Int(ms * 100)) / 100) : String(Double(Int(ms * 10)) / 10)
    }
}

/// How a program run ended.
public enum RunOutcome: Equatable, Sendable {
    case finished(ExitStatus)
    /// `.quit` or `.exit`.
    case quit

    public var status: ExitStatus {
        if case .finished(let s) = self { return s }
        return .success
    }
}

enum StatementOutcome {
    case `continue`
    case quit
}
