import AFQQuery
import AFQSources

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The baseline `changes` compares the data with (docs/changes.md).
extension Session {
    /// The source word that compares the data with the baseline (docs/language.md, "Sources").
    static let changesSource = "changes"

    /// Sets the baseline (`--baseline`, `.baseline PATH`), or drops it with nil (`.baseline off`).
    /// With `loadingNow` it is opened at once, so a file that cannot be read is reported where it
    /// was named (`.baseline`, as `.open`); otherwise by the first `changes` query (`--baseline`,
    /// as `--data`). Its rows are read by each `changes` query, as the data's are.
    public func setBaseline(_ selection: DataSelection?, loadingNow: Bool = true) throws {
        loadedBaseline = nil
        guard let selection else {
            baselineSelection = nil
            return
        }
        guard loadingNow else {
            baselineSelection = selection
            return
        }
        let fresh = try load(selection)
        baselineSelection = selection
        loadedBaseline = fresh
    }

    /// The baseline's rows, loaded on first need; nil when there is no baseline.
    func baselineData() throws -> LoadedData? {
        guard let baselineSelection else { return nil }
        if let loadedBaseline { return loadedBaseline }
        let fresh = try load(baselineSelection)
        loadedBaseline = fresh
        return fresh
    }

    /// The rows `pipeline`'s source reads.
    func rows(for pipeline: Pipeline) throws -> StatementRows {
        let data = try data()
        guard pipeline.source.text == Session.changesSource else { return StatementRows(rows: data.rows) }
        guard let baseline = try baselineData() else { throw ShellError.noBaseline(pipeline.source.range) }
        let sameData = baselineIsTheData()
        let changes = ConnectorChanges(current: data.rows, baseline: baseline.rows, sameData: sameData)
        return StatementRows(rows: changes, changes: changes, baseline: baseline, baselineIsTheData: sameData)
    }

    /// Says, as a statement starts, that its baseline is its data (docs/changes.md, "Bad input").
    func warnIfBaselineIsTheData(_ rows: StatementRows) {
        guard rows.baselineIsTheData else { return }
        errors.write(
            "warning: the baseline is the data itself (\(baselinePaths.joined(separator: ", "))): `changes` has nothing to compare, so its result is empty\n"
        )
    }

    /// Warnings the statement's reading of the baseline and its comparison turned up.
    func reportWarnings(of rows: StatementRows) {
        if let baseline = rows.baseline { reportLateWarnings(of: baseline) }
        for warning in rows.changes?.takeWarnings() ?? [] { errors.write("warning: \(warning)\n") }
    }

    /// What `.baseline` alone prints.
    var baselineDescription: String {
        guard let baselineSelection else { return "no baseline: `changes` needs one (.baseline PATH)" }
        switch baselineSelection {
        case .recorded(let paths): return "baseline: " + paths.joined(separator: " ")
        case .bundledSample: return "baseline: the bundled sample"
        case .live: return "baseline: live AppFlow data"
        }
    }

    private var baselinePaths: [String] {
        if case .recorded(let paths) = baselineSelection { return paths }
        return []
    }

    /// The baseline names the very files the data does (the same device and inode, however the
    /// paths are written), so every connector would be compared with itself.
    private func baselineIsTheData() -> Bool {
        guard case .recorded(let baselinePaths) = baselineSelection, case .recorded(let dataPaths) = selection,
            !baselinePaths.contains("-"), !dataPaths.contains("-")
        else { return false }
        func identities(_ paths: [String]) -> Set<[UInt64]>? {
            var found: Set<[UInt64]> = []
            for path in paths {
                var status = stat()
                guard stat(path, &status) == 0 else { return nil }
                found.insert([UInt64(status.st_dev), UInt64(status.st_ino)])
            }
            return found
        }
        guard let baseline = identities(baselinePaths), let data = identities(dataPaths) else { return false }
        return baseline == data
    }
}
